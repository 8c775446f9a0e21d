"""What a caller sees of a review: state, deadlines, records, and the actions open to them now."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from services.domain.deadlines import DeadlineFacts, review_deadlines
from services.storage.models import (
    AuditEntry,
    Decision,
    Extension,
    HomeOfficeNotification,
    Review,
    ReviewMember,
    TermsOfReference,
)
from services.workflows.kernel import audit_trail, deadline_events, next_steps, records
from services.workflows.kernel import imr_access as imr_records
from services.workflows.kernel.context import Ctx


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def deadlines(ctx: Ctx, review: Review) -> dict:
    return deadlines_for(ctx, [review])[review.id]


def deadlines_for(ctx: Ctx, reviews: list[Review]) -> dict[int, dict]:
    """Every review's deadlines with a handful of queries in all, however many reviews."""
    ids = [r.id for r in reviews]
    decided = records.latest_per_review(ctx, Decision, ids)
    agreed = records.latest_per_review(ctx, TermsOfReference, ids)
    extended = records.latest_per_review(ctx, Extension, ids)
    met = deadline_events.met_dates(ctx, ids)
    return {
        r.id: _deadlines(ctx, r, decided.get(r.id), agreed.get(r.id), extended.get(r.id), met[r.id])
        for r in reviews
    }


def _deadlines(
    ctx: Ctx,
    review: Review,
    decision: Decision | None,
    terms: TermsOfReference | None,
    extension: Extension | None,
    met: dict[str, date | None],
) -> dict:
    facts = DeadlineFacts(
        date_of_death=review.date_of_death,
        notified_on=review.notified_on,
        anchor=review.decision_anchor,
        decided_on=decision.decided_on if decision else None,
        home_office_notified_on=met["home_office_notified_on"],
        overview_completed_on=met["overview_completed_on"],
        proceeding=bool(decision and decision.proceed),
        terms_agreed_on=terms.agreed_on if terms else None,
        extended_overview_due=extension.new_due if extension else None,
        extension_reason=extension.reason if extension else "",
    )
    rules = ctx.rules(review.guidance_version)
    return {name: d.view(ctx.today) for name, d in review_deadlines(rules, facts).items()}


def summaries(ctx: Ctx, reviews: list[Review]) -> list[dict]:
    due = deadlines_for(ctx, reviews)
    return [summary(ctx, r, due[r.id]) for r in reviews]


def summary(ctx: Ctx, review: Review, due: dict | None = None) -> dict:
    rules = ctx.rules(review.guidance_version)
    return {
        "id": review.id,
        "reference": review.reference,
        "csp": review.csp.code,
        "review_type": rules.label,
        "guidance_version": review.guidance_version,
        "state": review.state,
        "date_of_death": _iso(review.date_of_death),
        "notified_on": _iso(review.notified_on),
        "deadlines": due if due is not None else deadlines(ctx, review),
    }


def review_view(ctx: Ctx, review: Review) -> dict:
    """The whole review; each record set is read once and shared by the parts that show it."""
    actions = next_steps.actions_now(ctx, review)
    decided = records.decisions(ctx, review.id)
    notified = records.home_office_notifications(ctx, [d.id for d in decided])
    terms = records.latest_terms(ctx, review.id)
    extended = records.extensions(ctx, review.id)
    members = records.current_members(ctx, review.id)
    latest = decided[-1] if decided else None
    told = notified.get(latest.id) if latest else None
    met = {
        "home_office_notified_on": told.sent_on if told else None,
        "overview_completed_on": deadline_events.overview_completed(ctx, [review.id])[review.id],
    }
    due = _deadlines(ctx, review, latest, terms, extended[-1] if extended else None, met)
    return {
        **summary(ctx, review, due),
        "title": ctx.rules(review.guidance_version).title,
        "victim": {
            "name": review.victim_name,
            "sex": review.victim_sex,
            "date_of_birth": _iso(review.victim_date_of_birth),
            "age_at_death": review.victim_age_at_death,
        },
        "relationship": review.relationship_to_suspect,
        "notifying_officer": {
            "name": review.notifying_officer_name,
            "force": review.notifying_force,
        },
        "scoping": _scoping(ctx, review),
        "decisions": [_decision(d, notified.get(d.id)) for d in decided],
        "chair": _chair(next((m for m in members if m.role == "chair"), None)),
        "panel_members": [_member(m) for m in members if m.role != "chair"],
        "terms_of_reference": _terms(terms),
        "extensions": [_extension(e) for e in extended],
        "parallel_proceedings": [_proceeding(p) for p in records.proceedings(ctx, review.id)],
        "imrs": imr_records.summary(ctx, review),
        "timeline": timeline(ctx, review),
        "panel_meetings": [
            {"held_on": m.held_on.isoformat(), "purpose": m.purpose}
            for m in records.panel_meetings(ctx, review.id)
        ],
        "actions": actions,
    }


def _scoping(ctx: Ctx, review: Review) -> dict:
    return {
        "started_on": _iso(review.scoping_started_on),
        "agencies": [
            {"agency_id": ra.agency_id, "name": ra.agency.name, "asked_on": _iso(ra.asked_on)}
            for ra in records.review_agencies(ctx, review.id)
        ],
    }


def _decision(d: Decision, told: HomeOfficeNotification | None) -> dict:
    return {
        "id": d.id,
        "kind": d.kind,
        "proceed": d.proceed,
        "decided_on": _iso(d.decided_on),
        "rationale": d.rationale,
        "factors": d.factors,
        "child_review_arrangement": d.child_review_arrangement,
        "direction_reference": d.direction_reference,
        "home_office_notification": told
        and {"sent_on": _iso(told.sent_on), "method": told.method, "to": told.address},
    }


def _chair(chair: ReviewMember | None) -> dict | None:
    if chair is None:
        return None
    return {
        "person_id": chair.person_id,
        "name": chair.person.name,
        "appointed_on": _iso(chair.joined_on),
        "independence_statement": chair.independence_statement,
        "signed_on": _iso(chair.declaration_signed_on),
        "agencies_declared": chair.agencies_declared,
    }


def _member(m: ReviewMember) -> dict:
    return {
        "id": m.id,
        "person_id": m.person_id,
        "name": m.person.name,
        "job_title": m.person.job_title,
        "agency": m.person.agency.name if m.person.agency else None,
        "role": m.role,
        "independent": m.person.agency_id is None,
        "joined_on": _iso(m.joined_on),
    }


def _terms(terms: TermsOfReference | None) -> dict | None:
    if terms is None:
        return None
    return {
        "period_from": _iso(terms.period_from),
        "period_to": _iso(terms.period_to),
        "lines_of_enquiry": terms.lines_of_enquiry,
        "agreed_on": _iso(terms.agreed_on),
    }


def _extension(e) -> dict:
    return {
        "id": e.id,
        "deadline": e.deadline,
        "previous_due": _iso(e.previous_due),
        "new_due": _iso(e.new_due),
        "reason": e.reason,
        "agreed_by": e.agreed_by,
        "agreed_on": _iso(e.agreed_on),
        "parallel_proceeding_id": e.parallel_proceeding_id,
    }


def _proceeding(p) -> dict:
    return {
        "id": p.id,
        "kind": p.kind,
        "description": p.description,
        "started_on": _iso(p.started_on),
        "pauses_clock": p.pauses_clock,
    }


def timeline(ctx: Ctx, review: Review) -> list[dict]:
    """Where the time went: each state the review has been in, when it entered and left it."""
    rows = ctx.session.execute(
        select(AuditEntry.at, AuditEntry.payload)
        .where(AuditEntry.chain == audit_trail.review_chain(review.id))
        .order_by(AuditEntry.seq)
    ).all()
    spans: list[dict] = []
    for at, payload in rows:
        state = json.loads(payload).get("review_state")
        if state and (not spans or spans[-1]["state"] != state):
            day = at[:10]
            if spans:
                spans[-1]["left"] = day
            spans.append({"state": state, "entered": day, "left": None})
    for span in spans:
        end = date.fromisoformat(span["left"]) if span["left"] else ctx.today
        span["days"] = (end - date.fromisoformat(span["entered"])).days
    return spans
