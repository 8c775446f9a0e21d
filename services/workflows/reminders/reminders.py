"""Reminders for every deadline, through the outbox (the task pane's notifications, Teams where
configured, subscribed flows): IMRs due and overdue, sign-offs waiting, the decision and the
Home Office notification due, the overview report due and overdue, Home Office points not
answered (docs/reminders.md).

Sent on working days only. Each reminder's key names its record and threshold; the outbox's
unique key makes it once, whoever sweeps and however often (a second worker's insert fails in
its savepoint and is skipped).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from services.domain import lifecycle
from services.domain.reminders import Reminder
from services.domain.working_days import is_working_day
from services.storage.models import Notification, OutboxEvent, Review
from services.workflows.kernel import outbox
from services.workflows.kernel.context import Ctx
from services.workflows.reminders import sources as reminder_sources

# A decision not to review still owes the Home Office its notification (V4): only a concluded
# review owes nothing.
CLOSED = (lifecycle.State.CONCLUDED,)


def send(ctx: Ctx, kinds: frozenset[str], today: date | None = None) -> int:
    """Queues every reminder now due of the enabled kinds; how many were new."""
    today = today or ctx.today
    if not is_working_day(today):
        return 0
    sent = 0
    reviews = ctx.session.scalars(select(Review).where(Review.state.not_in(CLOSED)))
    for review in reviews.all():
        for reminder in reminder_sources.due(ctx, review, today):
            if reminder.kind in kinds and _once(ctx, review, reminder):
                sent += 1
    return sent


def _once(ctx: Ctx, review: Review, reminder: Reminder) -> bool:
    taken = select(OutboxEvent.id).where(OutboxEvent.key == f"{reminder.key}:local")
    if ctx.session.scalar(taken) is not None:
        return False
    try:
        with ctx.session.begin_nested():
            outbox.emit(
                ctx,
                review,
                f"reminder.{reminder.kind}",
                reminder.key,
                _payload(ctx, review, reminder),
            )
    except IntegrityError:  # another worker queued it first
        return False
    return True


def _payload(ctx: Ctx, review: Review, r: Reminder) -> dict:
    return {
        "kind": r.kind,
        "review_id": review.id,
        "review_reference": review.reference,
        "csp": review.csp.code,
        "text": r.text,
        "due": r.due and r.due.isoformat(),
        "recipients": sorted(set(r.recipients)),
        "subject": r.subject,
        **r.facts,
        "url": f"{ctx.integrations.public_url}/api/v1/reviews/{review.id}/case-file",
    }


def mine(ctx: Ctx) -> list[dict]:
    """The reminders delivered to the task pane for the caller, newest first: what reaches an
    IMR author or senior manager who sees nothing else of the review."""
    query = (
        select(Notification)
        .where(Notification.event.like("reminder.%"))
        .order_by(Notification.id.desc())
        .limit(2000)
    )
    return [
        {"id": n.id, "event": n.event, "payload": n.payload, "at": n.created_at.isoformat()}
        for n in ctx.session.scalars(query)
        if ctx.actor_id in n.payload.get("recipients", ())
    ][:200]
