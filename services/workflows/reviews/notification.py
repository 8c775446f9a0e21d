"""Recording a police notification of a death: creates the review with its CSP reference."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from services.domain import lifecycle
from services.domain.access import can, require_csp
from services.domain.notification import check_notification
from services.storage.models import Csp, Review
from services.workflows.directory.directory import visible_csp
from services.workflows.kernel import views
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import NotificationRequest


def notify_death(ctx: Ctx, data: NotificationRequest) -> dict:
    csp = visible_csp(ctx, data["csp"])
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
    return f"{prefix}{(taken or 0) + 1:03d}"


def list_reviews(ctx: Ctx, csp_code: str | None, state: str | None) -> list[dict]:
    me = ctx.principal
    query = select(Review).where(
        or_(Review.csp_id.in_(me.csp_ids), Review.id.in_(set(me.review_roles)))
    )
    if state:
        query = query.where(Review.state == state)
    if csp_code:  # an unknown CSP and one the caller has no part in both list nothing
        query = query.join(Csp, Csp.id == Review.csp_id).where(Csp.code == csp_code.upper())
    reviews = ctx.session.scalars(query.order_by(Review.id)).all()
    return views.summaries(ctx, [r for r in reviews if can(me, "view_review", r.csp_id, r.id)])
