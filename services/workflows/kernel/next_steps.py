"""The actions a caller may take on a review now: the lifecycle's moves from its state, those
their roles allow, less the one-off steps already done and the decisions nobody is waiting for.

`actions` on the review and the case file's `allowed_actions` both come from here, so neither
offers a step that would only be refused.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import home_office as home_office_rules
from services.domain import lifecycle
from services.domain.access import permitted
from services.storage.models import (
    Distribution,
    FeedbackItem,
    HomeOfficeSubmission,
    Review,
    SignOff,
)
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx


def actions_now(ctx: Ctx, review: Review) -> list[str]:
    offered = permitted(
        ctx.principal, lifecycle.allowed_actions(review.state), review.csp_id, review.id
    )
    done = _done(ctx, review, set(offered))
    return [a for a in offered if a not in done]


def _done(ctx: Ctx, review: Review, offered: set[str]) -> set[str]:
    done: set[str] = set()
    if "record_home_office_notification" in offered:
        decisions = records.decisions(ctx, review.id)
        if decisions and records.home_office_notification(ctx, decisions[-1].id):
            done.add("record_home_office_notification")
    for action, stage in (("panel_sign_off", "panel"), ("csp_agree", "csp")):
        if action in offered and not _pending(ctx, review, stage):
            done.add(action)
    if "answer_feedback" in offered and not _unanswered(ctx, review):
        done.add("answer_feedback")
    if "record_distribution" in offered and not distribution_outstanding(ctx, review):
        done.add("record_distribution")
    return done


def distribution_outstanding(ctx: Ctx, review: Review) -> list[str]:
    """Who has not yet had a copy of the cleared report (V21): agencies and national bodies."""
    sent = ctx.session.scalars(select(Distribution).where(Distribution.review_id == review.id))
    return home_office_rules.distribution_outstanding(
        [(d.recipient, d.agency_id) for d in sent],
        records.participating_agencies(ctx, review.id),
        ctx.rules(review.guidance_version).report_recipients,
    )


def _pending(ctx: Ctx, review: Review, stage: str) -> bool:
    query = select(SignOff.id).where(
        SignOff.review_id == review.id, SignOff.stage == stage, SignOff.state == "pending"
    )
    return ctx.session.scalar(query.limit(1)) is not None


def _unanswered(ctx: Ctx, review: Review) -> bool:
    latest = ctx.session.scalar(
        select(HomeOfficeSubmission)
        .where(HomeOfficeSubmission.review_id == review.id)
        .order_by(HomeOfficeSubmission.round.desc())
    )
    if latest is None:
        return False
    items = ctx.session.scalars(select(FeedbackItem).where(FeedbackItem.submission_id == latest.id))
    return any(not (i.response or "").strip() for i in items)
