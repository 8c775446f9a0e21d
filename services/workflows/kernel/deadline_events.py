"""When each deadline's event happened, for many reviews at once: the Home Office told of the
latest decision, and the overview report agreed by the CSP (its first approved CSP sign-off).

The deadlines are then shown as met (with the day), never as days left after the event.
"""

from __future__ import annotations

from datetime import UTC, date

from sqlalchemy import select

from services.clock import LONDON
from services.storage.models import Decision, Document, HomeOfficeNotification, SignOff
from services.workflows.kernel.context import Ctx


def met_dates(ctx: Ctx, review_ids: list[int]) -> dict[int, dict[str, date | None]]:
    """review id -> {"home_office_notified_on": …, "overview_completed_on": …}."""
    found: dict[int, dict[str, date | None]] = {
        rid: {"home_office_notified_on": None, "overview_completed_on": None} for rid in review_ids
    }
    latest: dict[int, int] = {}
    for decision_id, review_id in ctx.session.execute(
        select(Decision.id, Decision.review_id)
        .where(Decision.review_id.in_(review_ids))
        .order_by(Decision.id)
    ):
        latest[review_id] = decision_id
    told = ctx.session.execute(
        select(HomeOfficeNotification.decision_id, HomeOfficeNotification.sent_on).where(
            HomeOfficeNotification.decision_id.in_(list(latest.values()))
        )
    )
    sent = dict(told.all())
    for review_id, decision_id in latest.items():
        found[review_id]["home_office_notified_on"] = sent.get(decision_id)
    for review_id, completed in overview_completed(ctx, review_ids).items():
        found[review_id]["overview_completed_on"] = completed
    return found


def overview_completed(ctx: Ctx, review_ids: list[int]) -> dict[int, date | None]:
    """review id -> the day the CSP first approved its overview report, or None."""
    found: dict[int, date | None] = dict.fromkeys(review_ids)
    agreed = ctx.session.execute(
        select(SignOff.review_id, SignOff.decided_at)
        .join(Document, Document.id == SignOff.document_id)
        .where(
            SignOff.review_id.in_(review_ids),
            SignOff.stage == "csp",
            SignOff.state == "approved",
            Document.kind == "overview_report",
        )
        .order_by(SignOff.id)
    )
    for review_id, decided_at in agreed:
        if found[review_id] is None and decided_at is not None:
            found[review_id] = london_day(decided_at)
    return found


def london_day(moment) -> date:
    if moment.tzinfo is None:  # SQLite hands back naive datetimes (stored as UTC)
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LONDON).date()
