"""Reading a review's audit trail, with the chain verified on every read."""

from __future__ import annotations

from services.workflows.kernel import audit_trail, records
from services.workflows.kernel.context import Ctx


def review_audit(ctx: Ctx, review_id: int) -> dict:
    review = records.open_review(ctx, review_id, "view_audit")
    found = audit_trail.trail(ctx.session, audit_trail.review_chain(review.id))
    return {"review_id": review.id, "reference": review.reference, **found}
