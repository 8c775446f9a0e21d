"""`record`: one audit entry on a review's chain, in the change's own transaction; a change of
the review's state also goes to the outbox. Every stage records its changes through it."""

from __future__ import annotations

import json

from services.storage.models import Review
from services.workflows.kernel import audit_trail, outbox
from services.workflows.kernel.context import Ctx


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
