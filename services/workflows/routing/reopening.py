"""A concluded review's record is final: its documents are read-only (409 naming the
conclusion) until the CSP chair reopens the review, with a reason, on the audit trail.

Reopening takes the review back to where it was concluded (published, or distributed when
nothing was published); concluding it again makes a new conclusion record, the old one kept.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.errors import Conflict, FieldErrors
from services.storage.models import Conclusion, Publication, Reopening, Review
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.routing.requests import ReopenRequest


def latest_conclusion(ctx: Ctx, review_id: int) -> Conclusion | None:
    return ctx.session.scalar(
        select(Conclusion).where(Conclusion.review_id == review_id).order_by(Conclusion.id.desc())
    )


def refuse_if_concluded(ctx: Ctx, review: Review) -> None:
    """Called before any document or version is stored."""
    if review.state != lifecycle.State.CONCLUDED:
        return
    conclusion = latest_conclusion(ctx, review.id)
    on = conclusion.concluded_on.isoformat() if conclusion else "an earlier date"
    raise Conflict(
        f"The review was concluded on {on}: its documents are read-only. "
        "The CSP chair may reopen it, giving a reason.",
        field="state",
    )


def reopen(ctx: Ctx, review_id: int, data: ReopenRequest) -> dict:
    review = records.open_review(ctx, review_id, "reopen", lock=True)
    published = ctx.session.scalar(
        select(Publication.id).where(
            Publication.review_id == review.id, Publication.state == "published"
        )
    )
    back_to = lifecycle.State.PUBLISHED if published else lifecycle.State.DISTRIBUTED
    new_state = lifecycle.next_state(review.state, "reopen", outcome=back_to)
    errors = FieldErrors()
    errors.check(bool(data["reason"].strip()), "reason", "Say why the review is reopened")
    errors.raise_if_any()
    conclusion = latest_conclusion(ctx, review.id)
    if conclusion is None:  # a concluded review always has one; never reopen without it
        raise Conflict("The review has no conclusion to reopen", field="state")
    reopening = Reopening(
        review_id=review.id,
        conclusion_id=conclusion.id,
        reason=data["reason"].strip(),
        reopened_to=new_state,
        reopened_by=ctx.actor_id,
        reopened_at=ctx.clock.now(),
    )
    ctx.session.add(reopening)
    review.state = new_state
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.reopened",
        {"reopening_id": reopening.id, "conclusion_id": conclusion.id, "reason": reopening.reason},
    )
    return reopening_view(reopening)


def reopening_view(r: Reopening) -> dict:
    return {
        "id": r.id,
        "conclusion_id": r.conclusion_id,
        "reason": r.reason,
        "reopened_to": r.reopened_to,
        "reopened_by": r.reopened_by,
        "reopened_at": r.reopened_at.isoformat(),
    }
