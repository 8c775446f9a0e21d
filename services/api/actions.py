"""Routes for the action plan: rows for the Excel task pane, the workbook, monitoring, themes."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run, upload
from services.api.files import attachment, received
from services.api.responses import actions as r
from services.api.responses.base import XLSX, Many, also
from services.domain.errors import FieldErrors
from services.workflows.action_plan import action_plan, actions
from services.workflows.action_plan import monitoring as action_monitoring

blp = Blueprint("actions", __name__, url_prefix="/api/v1", description="SMART action plan")

IF_MATCH = {"in": "header", "name": "If-Match", "required": True, "schema": {"type": "string"}}


def _one(view: dict, status: int = 200):
    headers = {
        "ETag": view["etag"],
        "Location": url_for("actions.get_action", action_id=view["id"]),
    }
    return view, status, headers


@blp.route("/reviews/<id:review_id>/actions", methods=["GET"])
@blp.arguments(s.ActionListQuerySchema, location="query")
@blp.response(200, Many(r.ActionResponse))
def list_actions(query, review_id):
    """The review's actions with status, RAG and SMART findings (?overdue=true: late ones)."""
    return run(actions.list_actions, review_id, query["overdue"])


@blp.route("/reviews/<id:review_id>/actions", methods=["POST"])
@blp.arguments(s.ActionSchema)
@blp.response(201, r.ActionResponse)
def add_action(data, review_id):
    """An action for a recommendation; answers the row with its SMART findings."""
    return _one(run(actions.add_action, review_id, data), 201)


@blp.route("/actions/<id:action_id>", methods=["GET"])
@blp.response(200, r.ActionResponse)
def get_action(action_id):
    return _one(run(actions.get_action, action_id))


@blp.route("/actions/<id:action_id>", methods=["PATCH"])
@blp.arguments(s.ActionPatchSchema)
@blp.response(200, r.ActionResponse)
@blp.doc(parameters=[IF_MATCH])
def patch_action(data, action_id):
    """Changes the fields sent; 412 if the row changed since the ETag in If-Match, 428 if none."""
    return _one(run(actions.patch_action, action_id, data, request.headers.get("If-Match")))


@blp.route("/actions/<id:action_id>/milestones", methods=["POST"])
@blp.arguments(s.MilestoneSchema)
@blp.response(201, r.ActionResponse)
def add_milestone(data, action_id):
    """A dated progress entry on the action."""
    return _one(run(actions.add_milestone, action_id, data), 201)


@blp.route("/reviews/<id:review_id>/action-plan", methods=["GET"])
@blp.arguments(s.ActionPlanFormatSchema, location="query")
@also(blp, XLSX)
@blp.response(200, r.ActionPlanResponse)
def get_action_plan(query, review_id):
    """The plan as the filled action_plan.xlsx (?format=xlsx) or as JSON for the task pane."""
    if query["format"] == "json":
        return run(action_plan.download, review_id, "json")
    return attachment(*run(action_plan.download, review_id, "xlsx"))


@blp.route("/reviews/<id:review_id>/action-plan", methods=["PUT"])
@blp.arguments(s.FileSchema, location="files")
@blp.response(200, r.PutActionPlanResponse)
@upload
def put_action_plan(files, review_id):
    """The edited workbook, as multipart `file` or as the request body. All or nothing: any
    problem answers 422 naming each sheet and cell, and nothing is applied."""
    file = files.get("file")
    if file is not None:
        workbook = received(file.filename or "action plan.xlsx", file.read())
    else:
        data = request.get_data()
        if not data:
            errors = FieldErrors()
            errors.add("file", "Send the workbook as multipart `file` or as the request body")
            errors.raise_if_any()
        workbook = received("action plan.xlsx", data)
    return run(action_plan.upload, review_id, workbook)


@blp.route("/csps/<code>/actions", methods=["GET"])
@blp.arguments(s.CspActionsQuerySchema, location="query")
@blp.response(200, r.CspActionsResponse)
def csp_actions(query, code):
    """Every action of the CSP's reviews the caller may see (?overdue=true&agency=&theme=)."""
    return run(
        lambda ctx: action_monitoring.csp_actions(
            ctx, code, overdue=query["overdue"], agency_id=query["agency"], theme=query["theme"]
        )
    )


@blp.route("/themes", methods=["GET"])
@blp.response(200, Many(r.ThemeResponse))
def themes():
    """Open, completed and overdue actions per theme across the reviews the caller may see."""
    return run(action_monitoring.themes)
