"""Routes for the statutory templates: the catalogue, the files, previews and renders."""

from __future__ import annotations

from flask import request
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run, upload
from services.api.files import attached, attachment
from services.api.responses import templates as r
from services.api.responses.base import DOCX, XLSX, Many, also, binary
from services.workflows.library import council_templates, rendering

blp = Blueprint("templates", __name__, url_prefix="/api/v1", description="Templates")


@blp.route("/templates", methods=["GET"])
@blp.arguments(s.DirectoryFilterSchema, location="query")
@blp.response(200, Many(r.TemplateResponse))
def list_templates(query):
    """Every template: name, file type, document kind, variables, version in use (?csp=)."""
    return run(rendering.list_templates, query["csp"])


@blp.route("/templates/<template:name>/content", methods=["GET"])
@blp.arguments(s.DirectoryFilterSchema, location="query")
@also(blp, XLSX)
@blp.response(200, **binary(DOCX))
def template_content(query, name):
    """The template file itself (the CSP's own version with ?csp=), to restyle in Word."""
    return attachment(*run(rendering.template_content, name, query["csp"]))


@blp.route("/templates/<template:name>", methods=["PUT"])
@blp.arguments(s.TemplateFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201, r.TemplateResponse)
@upload
def upload_template(form, files, name):
    """A CSP's own version: checked, test-rendered within limits, then used for its renders."""
    received = attached(files, "Attach the template file", name)
    return run(
        lambda ctx: council_templates.upload_template(
            ctx, rendering.template(name), form["csp"], received
        )
    )


@blp.route("/reviews/<id:review_id>/render-preview", methods=["POST"])
@blp.arguments(s.RenderPreviewSchema)
@also(blp, XLSX)
@blp.response(200, **binary(DOCX))
def render_preview(data, review_id):
    """The template filled from the review's current data; nothing is stored."""
    return attachment(*run(rendering.preview, review_id, data))


@blp.route("/reviews/<id:review_id>/documents/<id:doc_id>/render", methods=["POST"])
@blp.arguments(s.RenderSchema)
@blp.response(201, r.RenderDocumentResponse)
def render_document(data, review_id, doc_id):
    """Fill the document's template from current data and store it as its next version."""
    view = run(
        rendering.render_into_document, review_id, doc_id, data, request.headers.get("If-Match")
    )
    return view, 201, {"ETag": view["etag"]}
