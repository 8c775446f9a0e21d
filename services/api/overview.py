"""Routes for the overview stage: combined chronology, recommendations, family contacts, panel
meetings and the pre-submission check."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import background, run
from services.api.files import attachment
from services.api.responses import overview as r
from services.api.responses.base import DOCX, XLSX, Many, also
from services.api.responses.reviews import ReviewResponse
from services.workflows.overview import checks, chronology_export, combined_chronology
from services.workflows.overview import recommendations as overview_recommendations
from services.workflows.reviews import family, panel

blp = Blueprint(
    "overview",
    __name__,
    url_prefix="/api/v1/reviews/<id:review_id>",
    description="Overview report",
)


@blp.route("/chronology", methods=["GET"])
@blp.arguments(s.ChronologyFormatSchema, location="query")
@also(blp, DOCX, XLSX)
@blp.response(200, Many(r.ChronologyEntryResponse))
def chronology(query, review_id):
    """Every accepted IMR's rows in date order, with notes and possible duplicates (?format=)."""
    if query["format"] == "json":
        return run(combined_chronology.combined, review_id)
    return attachment(*run(chronology_export.export, review_id, query["format"]))


@blp.route("/chronology/<id:row_id>", methods=["PATCH"])
@blp.arguments(s.ChronologyNoteSchema)
@blp.response(200, r.ChronologyEntryResponse)
def annotate(data, review_id, row_id):
    """The overview author's note on a row; mark it a key episode for the summary chronology."""
    return run(combined_chronology.annotate, review_id, row_id, data)


@blp.route("/recommendations", methods=["GET"])
@blp.response(200, r.OverviewRecommendationsResponse)
def recommendations(review_id):
    """The overview's numbered recommendations and the accepted IMRs' single-agency ones."""
    return run(overview_recommendations.get_recommendations, review_id)


@blp.route("/recommendations", methods=["PUT"])
@blp.arguments(s.OverviewRecommendationsSchema)
@blp.response(200, r.OverviewRecommendationsResponse)
@blp.doc(operationId="PutOverviewRecommendations")
def put_recommendations(data, review_id):
    return run(overview_recommendations.put_recommendations, review_id, data["recommendations"])


@blp.route("/family-contacts", methods=["GET"])
@blp.response(200, Many(r.FamilyContactResponse))
def family_contacts(review_id):
    """Who was approached; a contact with a risk flag is shown in full to the chair only."""
    return run(family.list_contacts, review_id)


@blp.route("/family-contacts", methods=["POST"])
@blp.arguments(s.FamilyContactSchema)
@blp.response(201, r.FamilyContactResponse)
def add_family_contact(data, review_id):
    return run(family.add_contact, review_id, data)


@blp.route("/panel-meetings", methods=["POST"])
@blp.arguments(s.PanelMeetingSchema)
@blp.response(201, ReviewResponse)
def panel_meeting(data, review_id):
    """A panel meeting; its date goes into the report's timescales."""
    return run(panel.record_meeting, review_id, data)


@blp.route("/checks", methods=["POST"])
@blp.arguments(s.CheckRequestSchema)
@blp.response(201, r.CheckResponse)
@blp.doc(
    parameters=[
        {
            "in": "header",
            "name": "Prefer",
            "required": False,
            "schema": {"type": "string", "enum": ["respond-async"]},
            "description": "respond-async: 202 with Location to poll (Power Automate's pattern)",
        }
    ]
)
def run_check(data, review_id):
    """The pre-submission check of one overview version and one executive summary version."""
    if "respond-async" in request.headers.get("Prefer", ""):
        view = run(checks.start_check, review_id, data)
        background(checks.complete_check, view["id"], on_error=checks.fail_check)
        return view, 202, _poll(review_id, view["id"]) | {"Preference-Applied": "respond-async"}
    return run(checks.run_check, review_id, data)


@blp.route("/checks/<id:check_id>", methods=["GET"])
@blp.response(200, r.CheckResponse)
def get_check(review_id, check_id):
    """The stored check; 202 with Location and Retry-After while it is still running."""
    view = run(checks.get_check, review_id, check_id)
    if view["status"] == "running":
        return view, 202, _poll(review_id, check_id)
    return view


def _poll(review_id: int, check_id: int) -> dict:
    location = url_for("overview.get_check", review_id=review_id, check_id=check_id)
    return {"Location": location, "Retry-After": "1"}
