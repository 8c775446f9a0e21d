"""Recording a police notification of a death: creates the review with its CSP reference."""

from __future__ import annotations

import json

from sqlalchemy import func, or_, select

from services.domain import lifecycle
from services.domain.access import can, require_csp
from services.domain.notification import check_notification
from services.storage.models import Review
from services.workflows import audit_trail, outbox, views
from services.workflows.context import Ctx
from services.workflows.directory import csp_by_code


def notify_death(ctx: Ctx, data: dict) -> dict:
    csp = csp_by_code(ctx, data["csp"])
    require_csp(ctx.principal, "create_review", csp.id)
    version = data.get("guidance_version") or csp.guidance_version
    age = check_notification(data, ctx.rules(version), ctx.today)
    victim, officer = data["victim"], data["notifying_officer"]
    review = Review(
        csp_id=csp.id,
        reference=_next_reference(ctx, csp, data["notified_on"].year),
        guidance_version=version,
        decision_anchor=csp.decision_anchor,
        state=lifecycle.State.NOTIFIED,
        victim_name=victim["name"],
        victim_sex=victim["sex"],
        victim_date_of_birth=victim.get("date_of_birth"),
        victim_age_at_death=age,
        date_of_death=data["date_of_death"],
        relationship_to_suspect=data["relationship"],
        notified_on=data["notified_on"],
        notifying_officer_name=officer["name"],
        notifying_force=officer["force"],
        created_at=ctx.clock.now(),
    )
    ctx.session.add(review)
    ctx.session.flush()
    record(ctx, review, "review.notified", {"reference": review.reference, "state": review.state})
    return views.review_view(ctx, review)


def _next_reference(ctx: Ctx, csp, year: int) -> str:
    """CODE-YEAR-NNN, numbered per CSP and year of notification."""
    prefix = f"{csp.code}-{year}-"
    taken = ctx.session.scalar(
        select(func.count()).where(Review.csp_id == csp.id, Review.reference.like(f"{prefix}%"))
    )
    return f"{prefix}{taken + 1:03d}"


def list_reviews(ctx: Ctx, csp_code: str | None, state: str | None) -> list[dict]:
    me = ctx.principal
    query = select(Review).where(
        or_(Review.csp_id.in_(me.csp_ids), Review.id.in_(set(me.review_roles)))
    )
    if state:
        query = query.where(Review.state == state)
    if csp_code:
        query = query.where(Review.csp_id == csp_by_code(ctx, csp_code).id)
    reviews = ctx.session.scalars(query.order_by(Review.id)).all()
    return views.summaries(ctx, [r for r in reviews if can(me, "view_review", r.csp_id, r.id)])


def record(ctx: Ctx, review: Review, action: str, payload: dict) -> None:
    """One audit entry on the review's chain, in the same transaction as the change.

    When the review's state differs from the one the last entry recorded, the change also goes
    to the outbox (the "DHR Reviews" tracker list, subscribed flows, the task pane).
    """
    chain = audit_trail.review_chain(review.id)
    last = audit_trail.last_entry(ctx.session, chain)
    changed = last is None or json.loads(last.payload).get("review_state") != review.state
    audit_trail.append(
        ctx.session,
        chain,
        ctx.actor_id,
        action,
        {**payload, "review_state": review.state},  # the timeline is read back from these
        ctx.clock.now(),
        last=last,
    )
    if changed:
        outbox.review_changed(ctx, review)
