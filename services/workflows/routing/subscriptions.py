"""Power Automate webhook triggers: a flow subscribes a callback URL to an event of one CSP."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.access import require_csp
from services.domain.errors import FieldErrors, NotFound
from services.integrations import outbound
from services.storage.models import Notification, Subscription
from services.workflows.directory.directory import visible_csp
from services.workflows.kernel import outbox, records
from services.workflows.kernel.context import Ctx
from services.workflows.routing.requests import SubscriptionRequest


def subscribe(ctx: Ctx, data: SubscriptionRequest) -> dict:
    csp = visible_csp(ctx, data["csp"])
    require_csp(ctx.principal, "manage_subscriptions", csp.id)
    errors = FieldErrors()
    errors.check(
        data["event"] in outbox.SUBSCRIBABLE,
        "event",
        f"One of {', '.join(outbox.SUBSCRIBABLE)}",
    )
    errors.raise_if_any()
    try:  # checked again before every call: the name may resolve elsewhere by then
        outbound.check(data["callback_url"], ctx.integrations.outbound, ctx.integrations.resolver)
    except (outbound.Refused, outbound.Unresolved) as exc:
        errors.add("callback_url", f"This URL cannot be called: {exc}")
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
