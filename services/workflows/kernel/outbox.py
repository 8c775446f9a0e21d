"""The outbox: events for SharePoint lists, Teams and Power Automate, written in the same
transaction as the change they report, and delivered later by the worker.

Each event has a unique key, sent as Idempotency-Key, so a receiver that sees it twice (after a
timeout or a worker killed mid-delivery) can tell; delivery is at least once, never lost.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from services.domain.errors import Forbidden, NotFound
from services.domain.reminders import KINDS as REMINDER_KINDS
from services.storage.models import OutboxEvent, Review, Subscription
from services.workflows.kernel import records, views
from services.workflows.kernel.context import Ctx

REMINDER_EVENTS = tuple(f"reminder.{kind}" for kind in REMINDER_KINDS)
TEAMS_EVENTS = {"signoff.requested", *REMINDER_EVENTS}
LIST_EVENTS = {"review.changed", "signoff.requested", "signoff.decided"}
SUBSCRIBABLE = (
    "signoff.requested",
    "signoff.decided",
    "review.changed",
    "home_office.outcome",
    "action.due_soon",
    "access.unusual_volume",
    *REMINDER_EVENTS,
)


def emit(ctx: Ctx, review: Review, event: str, key: str, payload: dict) -> None:
    targets = ["local"]
    if event in TEAMS_EVENTS and review.csp.code in ctx.integrations.teams_webhooks:
        targets.append(f"teams:{review.csp.code}")
    if event in LIST_EVENTS and ctx.integrations.sharepoint_lists:
        targets.append("sharepoint_list")
    subscribed = select(Subscription).where(
        Subscription.event == event, Subscription.csp_id == review.csp_id
    )
    targets += [f"subscription:{s.id}" for s in ctx.session.scalars(subscribed)]
    now = datetime.now(UTC)
    rows = [
        OutboxEvent(
            key=f"{key}:{target}",
            target=target,
            event=event,
            review_id=review.id,
            payload={},
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        for target in targets
    ]
    ctx.session.add_all(rows)
    ctx.session.flush()
    for row in rows:
        # Retries reorder deliveries; receivers keep the highest sequence they have seen.
        row.payload = {"event": event, "key": key, "sequence": row.id, **payload}
    ctx.session.flush()


def review_changed(ctx: Ctx, review: Review) -> None:
    """The "DHR Reviews" tracker row: reference, CSP, state, next deadline, chair."""
    due = views.deadlines(ctx, review)
    pending = sorted(
        (d["due"], name) for name, d in due.items() if d.get("met_on") is None and d.get("due")
    )
    chair = records.current_chair(ctx, review.id)
    emit(
        ctx,
        review,
        "review.changed",
        f"review:{review.id}:{uuid.uuid4().hex}",
        {
            "review_reference": review.reference,
            "csp": review.csp.code,
            "state": review.state,
            "next_deadline": pending[0][0] if pending else None,
            "next_deadline_name": pending[0][1] if pending else None,
            "chair": chair.person.name if chair else None,
        },
    )


def outbox_view(e: OutboxEvent) -> dict:
    return {
        "id": e.id,
        "key": e.key,
        "target": e.target,
        "event": e.event,
        "review_id": e.review_id,
        "state": e.state,
        "attempts": e.attempts,
        "next_attempt_at": e.next_attempt_at.isoformat(),
        "last_error": e.last_error,
        "created_at": e.created_at.isoformat(),
        "delivered_at": e.delivered_at and e.delivered_at.isoformat(),
    }


def list_outbox(ctx: Ctx, state: str | None) -> list[dict]:
    """For the deployment's administrator: what is waiting, delivered or failed, and why."""
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator reads the outbox")
    query = select(OutboxEvent).order_by(OutboxEvent.id.desc()).limit(500)
    if state:
        query = query.where(OutboxEvent.state == state)
    return [outbox_view(e) for e in ctx.session.scalars(query)]


def retry(ctx: Ctx, event_id: int) -> dict:
    """A failed event goes back in the queue, its attempts kept for the record."""
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator retries outbox events")
    event = ctx.session.get(OutboxEvent, event_id)
    if event is None:
        raise NotFound("outbox event")
    event.state, event.next_attempt_at = "pending", datetime.now(UTC)
    return outbox_view(event)
