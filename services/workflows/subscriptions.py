"""Power Automate webhook triggers: a flow subscribes a callback URL to an event of one CSP."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select

from services.domain.access import require_csp
from services.domain.errors import FieldErrors, NotFound
from services.storage.models import Notification, Subscription
from services.workflows import outbox, records
from services.workflows.context import Ctx
from services.workflows.directory import csp_by_code


def subscribe(ctx: Ctx, data: dict) -> dict:
    csp = csp_by_code(ctx, data["csp"])
    require_csp(ctx.principal, "manage_subscriptions", csp.id)
    errors = FieldErrors()
    errors.check(
        data["event"] in outbox.SUBSCRIBABLE,
        "event",
        f"One of {', '.join(outbox.SUBSCRIBABLE)}",
    )
    url = urlsplit(data["callback_url"])
    errors.check(
        url.scheme == "https" or url.hostname in {"127.0.0.1", "localhost"},
        "callback_url",
        "Callbacks go over HTTPS",
    )
    errors.raise_if_any()
    subscription = Subscription(
        event=data["event"],
        callback_url=data["callback_url"],
        csp_id=csp.id,
        created_by=ctx.actor_id,
        created_at=ctx.clock.now(),
    )
    ctx.session.add(subscription)
    ctx.session.flush()
    return {"id": subscription.id, "event": subscription.event, "csp": csp.code}


def unsubscribe(ctx: Ctx, subscription_id: int) -> None:
    subscription = ctx.session.get(Subscription, subscription_id)
    if subscription is None:
        raise NotFound("subscription")
    require_csp(ctx.principal, "manage_subscriptions", subscription.csp_id)
    ctx.session.delete(subscription)


def notifications(ctx: Ctx, review_id: int) -> list[dict]:
    """What the outbox delivered locally for this review, newest first, for the task pane."""
    review = records.open_review(ctx, review_id, "view_review")
    query = (
        select(Notification)
        .where(Notification.review_id == review.id)
        .order_by(Notification.id.desc())
        .limit(200)
    )
    return [
        {"id": n.id, "event": n.event, "payload": n.payload, "at": n.created_at.isoformat()}
        for n in ctx.session.scalars(query)
    ]
