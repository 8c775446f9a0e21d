"""Gathers a review's current data as plain values for the templates (no database objects)."""

from __future__ import annotations

from services.storage.models import Agency, Person, Review
from services.workflows import records, views
from services.workflows.context import Ctx

RELATIONSHIPS = {
    "intimate_partner": "intimate partner",
    "ex_intimate_partner": "former partner",
    "relative": "relative",
    "household_member": "member of the same household",
    "parent_of_shared_child": "parent of a shared child",
}
POSSESSIVE = {"female": "her", "male": "his"}
GLOSSARY = [
    ("CSP", "Community Safety Partnership"),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk assessment"),
    ("IDVA", "Independent Domestic Violence Adviser"),
    ("IMR", "Individual Management Review"),
    ("MAPPA", "Multi-Agency Public Protection Arrangements"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
]


def review_data(ctx: Ctx, review: Review) -> dict:
    rules = ctx.rules(review.guidance_version)
    view = views.review_view(ctx, review)
    decision = records.latest_decision(ctx, review.id)
    told = decision and records.home_office_notification(ctx, decision.id)
    terms = view["terms_of_reference"] or {
        "period_from": None,
        "period_to": None,
        "agreed_on": None,
        "lines_of_enquiry": [],
    }
    subjects = [s for s in records.subjects(ctx, review.id)]
    victim = next((s for s in subjects if s.role == "victim"), None)
    chair = view["chair"] or {"name": "", "independence_statement": ""}
    author = next((m for m in view["panel_members"] if m["role"] == "overview_author"), None)
    agencies = [a["name"] for a in view["scoping"]["agencies"]]
    return {
        "review": {
            "reference": review.reference,
            "title": rules.title,
            "type_name": rules.title,
            "label": rules.label,
            "date_of_death": review.date_of_death,
            "relationship": review.relationship_to_suspect,
            "relationship_text": RELATIONSHIPS.get(
                review.relationship_to_suspect, review.relationship_to_suspect
            ),
            "officer_name": review.notifying_officer_name,
            "officer_force": review.notifying_force,
        },
        "csp": {"name": review.csp.name, "code": review.csp.code},
        "victim": {
            "name": review.victim_name,
            "age": review.victim_age_at_death,
            "date_of_birth": review.victim_date_of_birth,
            "pseudonym": (
                victim.pseudonym if victim and victim.pseudonym else "[pseudonym to be agreed]"
            ),
            "possessive": POSSESSIVE.get(review.victim_sex, "their"),
        },
        "subjects": [
            {
                "role": s.role,
                "pseudonym": s.pseudonym or "[pseudonym to be agreed]",
                "date_of_birth": None,
            }
            for s in subjects
        ],
        "pseudonyms": [
            {
                "pseudonym": s.pseudonym,
                "relationship": s.relationship_to_victim or s.role,
                "age": "",
                "ethnicity": "",
            }
            for s in subjects
            if s.pseudonym
        ],
        "terms": terms,
        "decision": {
            "decided_on": decision.decided_on if decision else None,
            "outcome_text": (
                "to hold a review" if decision and decision.proceed else "not to hold a review"
            ),
            "rationale": decision.rationale if decision else "",
            "child_review_arrangement": (decision.child_review_arrangement or "").replace("_", " "),
        },
        "home_office": {"address": rules.home_office_address},
        "timescales": {
            "notified_on": review.notified_on,
            "decided_on": decision.decided_on if decision else None,
            "home_office_notified_on": told.sent_on if told else None,
            "overview_due": view["deadlines"].get("overview_report", {}).get("due"),
            "panel_meetings": [],
        },
        "deadlines": {name: d["due"] for name, d in view["deadlines"].items()},
        "extensions": view["extensions"],
        "chair": {"name": chair["name"], "statement": chair["independence_statement"] or ""},
        "author": {"name": author["name"] if author else chair["name"]},
        "panel": [
            {
                "name": m["name"],
                "job_title": m["job_title"],
                "agency": m["agency"] or "Independent",
                "independent": "Yes" if m["independent"] else "No",
            }
            for m in view["panel_members"]
        ],
        "agencies": agencies,
        "contributors": [{"agency": a, "contribution": "Information requested"} for a in agencies],
        "proceedings": [
            {"kind": p["kind"].replace("_", " ").capitalize(), "description": p["description"]}
            for p in view["parallel_proceedings"]
        ],
        "dissemination": [
            *agencies,
            *(r.replace("_", " ").title() for r in rules.report_recipients),
        ],
        "glossary": [{"term": t, "meaning": m} for t, m in GLOSSARY],
        # Filled by the IMR, chronology and action-plan work as those records arrive.
        "chronology": [],
        "recommendations": [],
        "agency_recommendations": [],
        "actions": [],
    }


def person_data(ctx: Ctx, person_id: int | None) -> dict:
    person = ctx.session.get(Person, person_id) if person_id else None
    if person is None:
        return {"name": "", "job_title": "", "organisation": "", "email": ""}
    agency = ctx.session.get(Agency, person.agency_id) if person.agency_id else None
    return {
        "name": person.name,
        "job_title": person.job_title,
        "email": person.email,
        "organisation": agency.name if agency else "",
    }
