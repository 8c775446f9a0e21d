"""The action plan's rows (domain.md §4): one or more actions for each recommendation.

Each row names the recommendation it delivers ("overview:3" or "imr:<id>:2"). A change carries
the row's `version`; a row changed since the caller read it is a conflict, not overwritten.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain.errors import Conflict, FieldErrors, NotFound
from services.domain.numbering import SCOPES
from services.storage.models import ActionRow, Agency, Review
from services.workflows import overview_recommendations, records
from services.workflows.context import Ctx
from services.workflows.notify import record

FIELDS = (
    "recommendation",
    "scope",
    "action",
    "success_measure",
    "lead_agency_id",
    "lead_officer",
    "target_date",
    "milestones",
    "theme",
)


STATUSES = ("not_started", "in_progress", "complete", "cannot_complete")


def action_view(row: ActionRow) -> dict:
    return {
        "id": row.id,
        "version": row.version,
        **{key: getattr(row, key) for key in FIELDS},
        "target_date": row.target_date and row.target_date.isoformat(),
        "milestones": row.milestones,
        "status": row.status,
        "completion_date": row.completion_date and row.completion_date.isoformat(),
        "outcome": row.outcome,
        "closure_reason": row.closure_reason,
    }


def _check_status(data: dict, today) -> None:
    """V15: complete only with a completion date and an outcome; closed only with a reason."""
    errors = FieldErrors()
    status = data.get("status", "not_started")
    errors.check(status in STATUSES, "status", f"One of {', '.join(STATUSES)}")
    if status == "complete":
        errors.check(data.get("completion_date") is not None, "completion_date", "Required (V15)")
        errors.check(bool(data.get("outcome", "").strip()), "outcome", "Required (V15)")
    if status == "cannot_complete":
        errors.check(bool(data.get("closure_reason", "").strip()), "closure_reason", "Say why")
    errors.not_future(data, "completion_date", today)
    errors.raise_if_any()


def rows_for(ctx: Ctx, review: Review) -> list[ActionRow]:
    query = select(ActionRow).where(ActionRow.review_id == review.id).order_by(ActionRow.id)
    return list(ctx.session.scalars(query))


def list_actions(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_review")
    return [action_view(r) for r in rows_for(ctx, review)]


def _check(ctx: Ctx, review: Review, data: dict) -> None:
    refs = {r["ref"] for r in overview_recommendations.overview(ctx, review)}
    refs |= {r["ref"] for r in overview_recommendations.from_imrs(ctx, review)}
    errors = FieldErrors()
    errors.check(
        data["recommendation"] in refs,
        "recommendation",
        "Not a recommendation of this review: use overview:<number> or imr:<imr id>:<number>",
    )
    errors.check(data["scope"] in SCOPES, "scope", f"One of {', '.join(SCOPES)}")
    agency = ctx.session.get(Agency, data["lead_agency_id"]) if data["lead_agency_id"] else None
    errors.check(
        data["lead_agency_id"] is None or (agency is not None and agency.csp_id == review.csp_id),
        "lead_agency_id",
        "No agency with this id in the review's CSP",
    )
    errors.raise_if_any()


def _stored(data: dict) -> dict:
    values = {key: data[key] for key in FIELDS}
    values["milestones"] = [
        {"on": m["on"].isoformat(), "text": m["text"]} for m in data["milestones"]
    ]
    return values


def add_action(ctx: Ctx, review_id: int, data: dict) -> dict:
    review = records.open_review(ctx, review_id, "edit_actions", lock=True)
    _check(ctx, review, data)
    row = ActionRow(review_id=review.id, created_at=ctx.clock.now(), version=1, **_stored(data))
    ctx.session.add(row)
    ctx.session.flush()
    record(ctx, review, "action.added", {"action_id": row.id, "recommendation": row.recommendation})
    return action_view(row)


def update_action(ctx: Ctx, review_id: int, action_id: int, data: dict) -> dict:
    review = records.open_review(ctx, review_id, "edit_actions", lock=True)
    row = ctx.session.get(ActionRow, action_id)
    if row is None or row.review_id != review.id:
        raise NotFound("action")
    if data["version"] != row.version:
        raise Conflict(
            f"Action {row.id} was changed since you read it (now version {row.version}); reload it",
            field="version",
        )
    _check(ctx, review, data)
    _check_status(data, ctx.today)
    for key, value in _stored(data).items():
        setattr(row, key, value)
    row.status = data.get("status", row.status)
    row.completion_date = data.get("completion_date")
    row.outcome = data.get("outcome", "")
    row.closure_reason = data.get("closure_reason", "")
    row.version += 1
    record(ctx, review, "action.updated", {"action_id": row.id, "version": row.version})
    return action_view(row)
