"""The action plan's rows (docs/rules.md) through the JSON API: add, read, change, milestones.

Each row names the recommendation it delivers ("overview:3" or "imr:<id>:2"); one recommendation
may have several. Every answer carries the row's SMART findings (V14): warnings while the plan is
drafted, blocking for new rows once the CSP has agreed it. A change names the version it was made
to (If-Match); a row changed since is refused with 412, never overwritten. A row becomes complete
only with a completion date and an outcome or evidence (V15).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from services.domain import access
from services.domain.action_plan_import import (
    PROGRESS_FIELDS,
)
from services.domain.action_rows import (
    PLAN_FIELDS,
    PlanFacts,
    check_values,
    findings,
    resolve_values,
)
from services.domain.action_tracking import (
    is_overdue,
    origin,
    rag,
)
from services.domain.errors import FieldErrors, Forbidden, NotFound, PreconditionFailed
from services.storage.models import ActionRow, Review
from services.workflows.action_plan.requests import ActionChange, ActionRequest, Milestone
from services.workflows.action_plan.rows import plan_facts, row_fields, rows_for
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx


def etag(row: ActionRow) -> str:
    return f'"{row.version}"'


def action_view(ctx: Ctx, row: ActionRow, facts: PlanFacts) -> dict:
    values = row_fields(row)
    return {
        "id": row.id,
        "review_id": row.review_id,
        "version": row.version,
        "etag": etag(row),
        "recommendation": row.recommendation,
        "recommendation_label": facts.labels.get(row.recommendation, row.recommendation),
        "origin": origin(row.recommendation),
        "scope": row.scope,
        "action": row.action,
        "success_measure": row.success_measure,
        "lead_agency_id": row.lead_agency_id,
        "lead_agency": facts.agency_name(row.lead_agency_id),
        "lead_officer": row.lead_officer,
        "target_date": _iso(row.target_date),
        "milestones": row.milestones,
        "theme": row.theme,
        "status": row.status,
        "rag": rag(row.status, row.target_date, ctx.today),
        "overdue": is_overdue(row.status, row.target_date, ctx.today),
        "completion_date": _iso(row.completion_date),
        "outcome": row.outcome,
        "closure_reason": row.closure_reason,
        "evidence_document_id": row.evidence_document_id,
        "evidence": facts.evidence_title(row.evidence_document_id),
        "updated_at": row.updated_at and row.updated_at.isoformat(),
        "smart": findings(facts, values, row.created_at.date()),
    }


def _iso(value: date | None) -> str | None:
    return value and value.isoformat()


def list_actions(ctx: Ctx, review_id: int, overdue: bool = False) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_review")
    facts = plan_facts(ctx, review)
    rows = rows_for(ctx, review)
    if overdue:
        rows = [r for r in rows if is_overdue(r.status, r.target_date, ctx.today)]
    return [action_view(ctx, r, facts) for r in rows]


def get_action(ctx: Ctx, action_id: int) -> dict:
    row = ctx.session.get(ActionRow, action_id)
    if row is None:
        raise NotFound("action")
    review = records.open_review(ctx, row.review_id, "view_review")
    return action_view(ctx, row, plan_facts(ctx, review, row))


def own_agencies(ctx: Ctx, review: Review) -> frozenset[int]:
    """The agencies the caller sits on this review's panel for."""
    return frozenset(
        m.agency_id
        for m in records.current_members(ctx, review.id)
        if m.person_id == ctx.actor_id and m.agency_id is not None
    )


def _milestones(items: list[Milestone]) -> list[dict[str, str]]:
    return [{"on": m["on"].isoformat(), "text": m["text"]} for m in items]


def add_action(ctx: Ctx, review_id: int, data: ActionRequest) -> dict:
    review = records.open_review(ctx, review_id, "edit_actions", lock=True)
    facts = plan_facts(ctx, review)
    values = resolve_values(facts, data)
    values["milestones"] = _milestones(values["milestones"])
    check_values(facts, values, ctx.today)
    found = findings(facts, values, ctx.today)
    if found and facts.plan_agreed:
        errors = FieldErrors()
        for f in found:
            errors.add(f["field"], f"{f['message']} (the plan is agreed: new actions are SMART)")
        errors.raise_if_any()
    row = new_row(
        ctx,
        review,
        {"status": "not_started", "outcome": "", "closure_reason": "", **values},
        (*PLAN_FIELDS, "status", "outcome", "closure_reason"),
    )
    record(ctx, review, "action.added", {"action_id": row.id, "recommendation": row.recommendation})
    return action_view(ctx, row, facts)


def new_row(ctx: Ctx, review: Review, values: dict, keys) -> ActionRow:
    """A new row at version 1, stored (flushed, so it has its id)."""
    now = ctx.clock.now()
    row = ActionRow(
        review_id=review.id,
        created_at=now,
        updated_at=now,
        updated_by=ctx.actor_id,
        version=1,
        **{key: values[key] for key in keys},
    )
    ctx.session.add(row)
    ctx.session.flush()
    return row


def open_action(ctx: Ctx, action_id: int) -> tuple[ActionRow, Review, str]:
    """The row, its review (locked) and what the caller may change on it; 404 if unseen."""
    row = ctx.session.get(ActionRow, action_id)
    if row is None:
        raise NotFound("action")
    review = records.open_review(ctx, row.review_id, "view_review", lock=True)
    scope = access.action_edit_scope(
        ctx.principal,
        review.csp_id,
        review.id,
        own_agency_leads=row.lead_agency_id in own_agencies(ctx, review),
    )
    if scope is None:
        raise Forbidden("Only the lead agency, the coordinator, the chair or the overview author")
    return row, review, scope


def precondition(row: ActionRow, if_match: str | None) -> None:
    if not if_match:
        raise PreconditionFailed(
            "Send If-Match with the ETag of the action you edited", missing=True, current=etag(row)
        )
    offered = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" not in offered and etag(row) not in offered:
        raise PreconditionFailed(
            f"Action A{row.id} was changed since you read it (now version {row.version}): "
            "reload it and make your change again",
            current=etag(row),
        )


def patch_action(ctx: Ctx, action_id: int, data: ActionChange, if_match: str | None) -> dict:
    row, review, scope = open_action(ctx, action_id)
    precondition(row, if_match)
    facts = plan_facts(ctx, review)
    changes: dict[str, Any] = (
        resolve_values(facts, data) if "recommendation_number" in data else dict(data)
    )
    if "milestones" in changes:
        changes["milestones"] = _milestones(changes["milestones"])
    if scope == access.PROGRESS_ONLY:
        barred = sorted(set(changes) - PROGRESS_FIELDS)
        if barred:
            raise Forbidden(
                f"The lead agency records progress; {', '.join(barred)} are changed by the "
                "coordinator, the chair or the overview author"
            )
    current = row_fields(row)
    current["outcome"], current["closure_reason"] = row.outcome, row.closure_reason
    values = {**current, **changes}
    check_values(facts, values, ctx.today)
    apply_changes(ctx, row, {k: v for k, v in changes.items() if current.get(k) != v})
    record(ctx, review, "action.updated", {"action_id": row.id, "version": row.version})
    return action_view(ctx, row, facts)


def add_milestone(ctx: Ctx, action_id: int, data: Milestone) -> dict:
    """A dated progress entry; milestones are only ever added, so no If-Match is needed."""
    row, review, _scope = open_action(ctx, action_id)
    entries = [*row.milestones, {"on": data["on"].isoformat(), "text": data["text"]}]
    apply_changes(ctx, row, {"milestones": sorted(entries, key=lambda m: m["on"])})
    record(
        ctx, review, "action.milestone_added", {"action_id": row.id, "on": data["on"].isoformat()}
    )
    return action_view(ctx, row, plan_facts(ctx, review))


def apply_changes(ctx: Ctx, row: ActionRow, changes: dict) -> None:
    if not changes:
        return
    for key, value in changes.items():
        setattr(row, key, value)
    row.version += 1
    row.updated_at, row.updated_by = ctx.clock.now(), ctx.actor_id
