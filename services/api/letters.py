"""Routes for documents the service generates as a step: letters, and the overview report and
executive summary started from their templates (services/workflows/generated.py)."""

from __future__ import annotations

from flask_smorest import Blueprint
from marshmallow import Schema, fields

from services.api.context import run
from services.api.responses import documents as r
from services.api.schemas import Id, Text
from services.workflows.library import generated

blp = Blueprint("letters", __name__, url_prefix="/api/v1", description="Generated documents")


class LetterSchema(Schema):
    template = Text(required=True)
    recipient_id = Id(load_default=None)


class FromTemplateSchema(Schema):
    template = Text(required=True)
    chronology_appendix = fields.Boolean(load_default=False)


@blp.route("/reviews/<id:review_id>/letters", methods=["POST"])
@blp.arguments(LetterSchema)
@blp.response(201, r.DocumentResponse)
def create_letter(data, review_id):
    """Generate a letter as a stored document: version 0.1.

    The letter filled, signed by its sender role's holder, addressed to `recipient_id`
    (a family contact for family letters, a person otherwise; none for the Home Office) and
    stored as a new document, version 0.1."""
    view = run(generated.create_letter, review_id, data)
    return view, 201, {"ETag": view["etag"]}


@blp.route("/reviews/<id:review_id>/documents/from-template", methods=["POST"])
@blp.arguments(FromTemplateSchema)
@blp.response(201, r.DocumentResponse)
def start_report(data, review_id):
    """Start the overview report or executive summary from its template.

    The report is stored as a new document, version 0.1, with no preview label."""
    view = run(generated.start_report, review_id, data)
    return view, 201, {"ETag": view["etag"]}
