"""The action plan as a workbook: download it filled, upload it edited (docs/rules.md, V14, V15).

The upload is all or nothing: every cell is checked, rows changed on the server since the
download are reported as conflicts, and a single problem means nothing is applied.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from services.domain import access
from services.domain.action_plan_import import plan_import
from services.domain.action_tracking import STATUS_LABELS
from services.domain.errors import FieldErrors, WorkbookInvalid
from services.domain.numbering import SCOPES
from services.domain.versions import DEFAULT_MARKING
from services.workflows.action_plan import actions
from services.workflows.action_plan import rows as plan_rows
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.uploads import Upload
from services.workflows.library import documents, rendering

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(ctx: Ctx, review_id: int, file_type: str):
    """The plan as the filled action_plan.xlsx, or as JSON with the lists the task pane needs."""
    review = records.open_review(ctx, review_id, "view_review")
    facts = plan_rows.plan_facts(ctx, review)
    if file_type == "json":
        return {
            "review_id": review.id,
            "reference": review.reference,
            "plan_agreed": facts.plan_agreed,
            "actions": [
                actions.action_view(ctx, r, facts) for r in plan_rows.rows_for(ctx, review)
            ],
            "recommendations": [{"ref": k, "label": v} for k, v in facts.labels.items()],
            "agencies": [
                {"id": i, "name": n, "taking_part": i in facts.review_agencies}
                for i, n in facts.csp_agencies.items()
            ],
            "scopes": list(SCOPES),
            "statuses": [{"key": k, "label": v} for k, v in STATUS_LABELS.items()],
            "themes": list(facts.themes),
        }
    rows = plan_rows.workbook_rows(ctx, review, facts)
    stamp = datetime.now(UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    context = {
        "review": {"reference": review.reference},
        "marking": DEFAULT_MARKING,
        "version": f"downloaded {stamp}",
        "agencies": [facts.csp_agencies[i] for i in sorted(facts.review_agencies)],
        "recommendation_labels": list(facts.labels.values()),
        "themes": list(facts.themes),
        "actions": rows,
    }
    data = rendering.action_plan_workbook(ctx, review, context)
    record(ctx, review, "action_plan.downloaded", {"rows": len(rows)})
    return data, f"{review.reference} action plan.xlsx", XLSX


def upload(ctx: Ctx, review_id: int, workbook: Upload) -> dict:
    """Applies an edited workbook, or applies nothing and names every problem cell (422)."""
    review = records.open_review(ctx, review_id, "report_action_progress", lock=True)
    if documents.validated(ctx, review, workbook) != "xlsx":
        errors = FieldErrors()
        errors.add("file", "Send the action plan as the .xlsx workbook you downloaded")
        errors.raise_if_any()
    cells, problems = ctx.docs.sandbox.action_plan(workbook.data, str(ctx.actor_id))
    review = records.open_review(ctx, review_id, "report_action_progress", lock=True)  # again
    facts = plan_rows.plan_facts(ctx, review)
    scope = (
        access.ALL_FIELDS
        if access.can(ctx.principal, "edit_actions", review.csp_id, review.id)
        else access.PROGRESS_ONLY
    )
    lookups = facts.lookups(ctx.today, scope, actions.own_agencies(ctx, review))
    rows = {row.id: row for row in plan_rows.rows_for(ctx, review)}
    outcome = plan_import(cells, {i: plan_rows.row_fields(r) for i, r in rows.items()}, lookups)
    problems += outcome.problems
    if problems:
        raise WorkbookInvalid([p.view() for p in problems])
    for row_id, changes in outcome.updates:
        actions.apply_changes(ctx, rows[row_id], changes)
    created = [actions.new_row(ctx, review, values, values.keys()) for values in outcome.creates]
    summary = {
        "updated": [row_id for row_id, _ in outcome.updates],
        "created": [row.id for row in created],
        "unchanged": outcome.unchanged,
    }
    record(
        ctx,
        review,
        "action_plan.imported",
        {**summary, "sha256": hashlib.sha256(workbook.data).hexdigest()},
    )
    return {**summary, "warnings": outcome.warnings}
