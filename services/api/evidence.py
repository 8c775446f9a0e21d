"""Routes for evidence that an action was done: uploaded by its lead agency and linked."""

from __future__ import annotations

from flask_smorest import Blueprint
from marshmallow import Schema, validate

from services.api import schemas as s
from services.api.context import run, upload
from services.api.files import with_upload
from services.api.responses import case_file as c
from services.api.responses.base import Many
from services.workflows.action_plan import evidence

blp = Blueprint("evidence", __name__, url_prefix="/api/v1", description="Action evidence")


class EvidenceFormSchema(Schema):
    title = s.Text(required=True, validate=validate.Length(min=1, max=300))
    comment = s.Text(load_default="", validate=validate.Length(max=2_000))
    upload_id = s.Text(load_default=None)


@blp.route("/actions/<id:action_id>/evidence", methods=["POST"])
@blp.arguments(EvidenceFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201, c.EvidenceResponse)
@upload
def attach_evidence(form, files, action_id):
    """Upload evidence for an action your agency leads; it becomes the action's evidence
    (a document of kind evidence of the review)."""
    made = with_upload(
        lambda ctx, aid, up: evidence.attach(ctx, aid, form, up), form, files, action_id
    )
    return made, 201


@blp.route("/me/actions", methods=["GET"])
@blp.response(200, Many(c.AgencyActionResponse))
def my_agency_actions():
    """The actions your agency leads in the reviews where you quality-assure its IMR."""
    return run(evidence.my_agency_actions)
