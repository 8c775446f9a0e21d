"""Monitoring the action plans after publication: overdue actions per review, agency and CSP,
reminders before target dates, and themes that recur across reviews (docs/rules.md, V14, V15, V22).

Only a quarter of DHR recommendations are ever fully implemented; these views are how a CSP
sees which actions are slipping and which lessons keep coming back.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import or_, select

from services.domain.access import can
from services.domain.action_tracking import is_closed, is_overdue, origin, rag, reminder_due
from services.domain.errors import NotFound
from services.storage.models import ActionRow, Agency, Review
from services.workflows.directory.directory import csp_by_code
from services.workflows.kernel import outbox, records
from services.workflows.kernel.context import Ctx


def _visible_reviews(ctx: Ctx, csp_id: int | None = None) -> list[Review]:
    me = ctx.principal
    query = select(Review).where(
        or_(Review.csp_id.in_(me.csp_ids), Review.id.in_(set(me.review_roles)))
    )
    if csp_id is not None:
        query = query.where(Review.csp_id == csp_id)
    reviews = ctx.session.scalars(query.order_by(Review.id)).all()
    return [r for r in reviews if can(me, "view_review", r.csp_id, r.id)]


def _rows(ctx: Ctx, reviews: list[Review]) -> list[ActionRow]:
    if not reviews:
        return []
    query = select(ActionRow).where(ActionRow.review_id.in_([r.id for r in reviews]))
    return list(ctx.session.scalars(query.order_by(ActionRow.review_id, ActionRow.id)))


def csp_actions(
    ctx: Ctx,
    code: str,
    *,
    overdue: bool = False,
    agency_id: int | None = None,
    theme: str | None = None,
) -> dict:
    """Every action of the CSP's reviews the caller may see; 404 when they see none of it."""
    csp = csp_by_code(ctx, code)
    reviews = _visible_reviews(ctx, csp.id)
    if not reviews and csp.id not in ctx.principal.csp_ids:
        raise NotFound("CSP")
    by_id = {r.id: r for r in reviews}
    agencies = {
        a.id: a.name for a in ctx.session.scalars(select(Agency).where(Agency.csp_id == csp.id))
    }
    found = []
    for row in _rows(ctx, reviews):
        late = is_overdue(row.status, row.target_date, ctx.today)
        if overdue and not late:
            continue
        if agency_id is not None and row.lead_agency_id != agency_id:
            continue
        if theme is not None and row.theme != theme:
            continue
        found.append(_summary(ctx, row, by_id[row.review_id], agencies, late))
    by_agency: dict[str, int] = defaultdict(int)
    for item in found:
        if item["overdue"]:
            by_agency[item["lead_agency"] or "(no lead agency)"] += 1
    return {
        "csp": csp.code,
        "today": ctx.today.isoformat(),
        "actions": found,
        "overdue_by_agency": dict(sorted(by_agency.items())),
    }


def _summary(ctx: Ctx, row: ActionRow, review: Review, agencies: dict, late: bool) -> dict:
    return {
        "id": row.id,
        "review_id": review.id,
        "review_reference": review.reference,
        "recommendation": row.recommendation,
        "origin": origin(row.recommendation),
        "action": row.action,
        "lead_agency_id": row.lead_agency_id,
        "lead_agency": agencies.get(row.lead_agency_id, ""),
        "lead_officer": row.lead_officer,
        "target_date": row.target_date and row.target_date.isoformat(),
        "status": row.status,
        "rag": rag(row.status, row.target_date, ctx.today),
        "overdue": late,
        "days_overdue": (ctx.today - row.target_date).days if late and row.target_date else 0,
        "theme": row.theme,
        "version": row.version,
    }


def themes(ctx: Ctx) -> list[dict]:
    """Open, completed and overdue actions per theme across every review the caller may see,
    with how many reviews each theme appears in: a lesson repeating across reviews."""
    reviews = _visible_reviews(ctx)
    counts: dict[str, dict] = {
        t: {"theme": t, "open": 0, "completed": 0, "overdue": 0, "reviews": set()}
        for t in ctx.guidance.action_themes
    }
    for row in _rows(ctx, reviews):
        name = row.theme or "(no theme)"
        entry = counts.setdefault(
            name, {"theme": name, "open": 0, "completed": 0, "overdue": 0, "reviews": set()}
        )
        if is_closed(row.status, row.closure_reason):
            entry["completed"] += 1
        else:
            entry["open"] += 1
        entry["overdue"] += is_overdue(row.status, row.target_date, ctx.today)
        entry["reviews"].add(row.review_id)
    found = [{**e, "reviews": len(e["reviews"])} for e in counts.values()]
    return sorted(found, key=lambda e: (-e["reviews"], -(e["open"] + e["completed"]), e["theme"]))


def send_reminders(ctx: Ctx, today: date | None = None) -> int:
    """An `action.due_soon` event through the outbox for each open action whose target date
    is within the configured days; once per target date, so a moved date is reminded again."""
    today = today or ctx.today
    days = ctx.guidance.action_reminder_days
    query = select(ActionRow).where(
        ActionRow.target_date.is_not(None),
        ActionRow.status.in_(("not_started", "in_progress")),
    )
    sent = 0
    for row in ctx.session.scalars(query.with_for_update(skip_locked=True)):
        target = row.target_date  # never None: the query asks for a target date
        if target is None or not reminder_due(row.status, target, row.reminded_for, today, days):
            continue
        review = records.load(ctx, Review, row.review_id)
        agency = ctx.session.get(Agency, row.lead_agency_id) if row.lead_agency_id else None
        outbox.emit(
            ctx,
            review,
            "action.due_soon",
            f"action:{row.id}:due:{target.isoformat()}:{uuid.uuid4().hex[:8]}",
            {
                "review_reference": review.reference,
                "csp": review.csp.code,
                "action_id": row.id,
                "action": row.action[:300],
                "lead_agency": agency.name if agency else "",
                "lead_officer": row.lead_officer,
                "target_date": target.isoformat(),
                "days_left": (target - today).days,
                "url": f"{ctx.integrations.public_url}/api/v1/actions/{row.id}",
            },
        )
        row.reminded_for = target
        sent += 1
    return sent
