"""The overview report's numbered multi-agency recommendations, and the accepted IMRs' own."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import joinedload

from services.domain.imr import ImrState
from services.domain.numbering import numbered
from services.storage.models import Imr, ImrRecommendation, OverviewRecommendation, Review
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx


def overview(ctx: Ctx, review: Review, number: int | None = None) -> list[dict]:
    """The overview's recommendations (only the one numbered `number` when given)."""
    query = select(OverviewRecommendation).where(OverviewRecommendation.review_id == review.id)
    if number is not None:
        query = query.where(OverviewRecommendation.number == number)
    found = ctx.session.scalars(query.order_by(OverviewRecommendation.number))
    return [
        {"ref": f"overview:{r.number}", "number": r.number, "text": r.text, "scope": r.scope}
        for r in found
    ]


def from_imrs(ctx: Ctx, review: Review, only: tuple[int, int] | None = None) -> list[dict]:
    """Single-agency recommendations of the accepted IMRs, in agency order (only the one of
    `only`, an (IMR id, number) pair, when given)."""
    query = (
        select(ImrRecommendation, Imr)
        .join(Imr, Imr.id == ImrRecommendation.imr_id)
        .where(Imr.review_id == review.id, Imr.state == ImrState.ACCEPTED)
    )
    if only is not None:
        query = query.where(Imr.id == only[0], ImrRecommendation.number == only[1])
    found = ctx.session.execute(
        query.order_by(Imr.id, ImrRecommendation.number).options(
            joinedload(Imr.agency, innerjoin=True)
        )
    ).all()
    return [
        {
            "ref": f"imr:{imr.id}:{r.number}",
            "agency": imr.agency.name,
            "imr_id": imr.id,
            "number": r.number,
            "text": r.text,
        }
        for r, imr in found
    ]


def get_recommendations(ctx: Ctx, review_id: int) -> dict:
    review = records.open_review(ctx, review_id, "view_review")
    return {"overview": overview(ctx, review), "single_agency": from_imrs(ctx, review)}


def put_recommendations(ctx: Ctx, review_id: int, items: list[dict]) -> dict:
    """Replaces the overview's recommendations; numbers are kept as given, or 1, 2, 3…"""
    review = records.open_review(ctx, review_id, "edit_recommendations", lock=True)
    numbers = numbered(items, scoped=True)
    ctx.session.execute(
        delete(OverviewRecommendation).where(OverviewRecommendation.review_id == review.id)
    )
    ctx.session.flush()
    ctx.session.add_all(
        OverviewRecommendation(
            review_id=review.id, number=n, text=item["text"].strip(), scope=item["scope"]
        )
        for n, item in zip(numbers, items, strict=True)
    )
    ctx.session.flush()
    record(ctx, review, "recommendations.saved", {"count": len(items)})
    return get_recommendations(ctx, review_id)
