"""Gathers a review's current data as plain values for the templates (no database objects)."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.imr import ImrState
from services.storage.models import Imr, Review
from services.workflows.action_plan import rows as plan_rows
from services.workflows.kernel import records, views
from services.workflows.kernel.context import Ctx
from services.workflows.library import statutory_content
from services.workflows.overview import combined_chronology
from services.workflows.overview import recommendations as overview_recommendations
from services.workflows.reviews import family

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
    terms = view["terms_of_reference"] or {
        "period_from": None,
        "period_to": None,
        "agreed_on": None,
        "lines_of_enquiry": [],
    }
    subjects = list(records.subjects(ctx, review.id))
    people = statutory_content.people(ctx, review)
    agencies = [a["name"] for a in view["scoping"]["agencies"]]
    imr_recommendations = overview_recommendations.from_imrs(ctx, review)
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
        **_people(review, subjects),
        "terms": terms,
        **_decision(ctx, review, view, rules),
        "deadlines": {name: d["due"] for name, d in view["deadlines"].items()},
        "extensions": view["extensions"],
        **people,
        "agencies": agencies,
        "contributors": _contributors(ctx, review, agencies),
        "proceedings": [
            {"kind": p["kind"].replace("_", " ").capitalize(), "description": p["description"]}
            for p in view["parallel_proceedings"]
        ],
        "dissemination": [
            "The family of the victim",
            *agencies,
            *(r.replace("_", " ").title() for r in rules.report_recipients),
        ],
        "glossary": [{"term": t, "meaning": m} for t, m in GLOSSARY],
        "chronology": combined_chronology.rows_for(ctx, review),
        "recommendations": overview_recommendations.overview(ctx, review),
        "agency_recommendations": imr_recommendations,
        **_action_plan(ctx, review),
        "family": {
            **family.for_report(ctx, review),
            **statutory_content.family_views(ctx, review, subjects),
        },
    }


def _people(review: Review, subjects: list) -> dict:
    """The victim and the other subjects, by pseudonym only once one is agreed."""
    victim = next((s for s in subjects if s.role == "victim"), None)
    return {
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
        "pseudonyms": statutory_content.pseudonyms(subjects),
    }


def _decision(ctx: Ctx, review: Review, view: dict, rules) -> dict:
    """The decision to review and the review's timescales."""
    decision = records.latest_decision(ctx, review.id)
    told = decision and records.home_office_notification(ctx, decision.id)
    return {
        "decision": {
            "decided_on": decision.decided_on if decision else None,
            "outcome_text": _outcome_text(decision),
            "rationale": decision.rationale if decision else "",
            "child_review_arrangement": (
                (decision.child_review_arrangement if decision else None) or ""
            ).replace("_", " "),
        },
        "home_office": {"address": rules.home_office_address},
        "timescales": {
            "notified_on": review.notified_on,
            "decided_on": decision.decided_on if decision else None,
            "home_office_notified_on": told.sent_on if told else None,
            "overview_due": view["deadlines"].get("overview_report", {}).get("due"),
            "panel_meetings": [
                f"{m.held_on.day} {m.held_on:%B %Y}" for m in records.panel_meetings(ctx, review.id)
            ],
        },
    }


def _contributors(ctx: Ctx, review: Review, agencies: list[str]) -> list[dict]:
    """Which agencies gave an IMR (accepted, or still in hand) and which gave information."""
    imrs = {
        imr.agency.name: imr
        for imr in ctx.session.scalars(select(Imr).where(Imr.review_id == review.id))
    }
    names = [*agencies, *(n for n in imrs if n not in agencies)]
    found = []
    for name in names:
        imr = imrs.get(name)
        if imr is None:
            contribution = "Information provided"
        elif imr.state == ImrState.ACCEPTED:
            contribution = "Individual Management Review"
        else:
            contribution = "Individual Management Review (in progress)"
        found.append({"agency": name, "contribution": contribution})
    return found


def _action_plan(ctx: Ctx, review: Review) -> dict:
    facts = plan_rows.plan_facts(ctx, review)
    return {
        "actions": plan_rows.workbook_rows(ctx, review, facts),
        "recommendation_labels": list(facts.labels.values()),
        "themes": list(facts.themes),
    }


PUBLISHABLE_TEMPLATES = ("overview_report", "executive_summary")


def pseudonymised(data: dict) -> dict:
    """The review's data without a real name, date of birth or officer's name in it: what the
    publishable templates are filled from, so a real name never enters their context."""
    victim = {k: v for k, v in data["victim"].items() if k not in ("name", "date_of_birth")}
    review = {**data["review"], "officer_name": ""}
    return {**data, "victim": victim, "review": review}


def _outcome_text(decision) -> str:
    """A review still awaiting the CSP's decision is filled as such, never as "not to hold"."""
    if decision is None:
        return "not yet decided"
    return "to hold a review" if decision.proceed else "not to hold a review"
