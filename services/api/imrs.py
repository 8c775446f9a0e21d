"""Routes for Individual Management Reviews: commission, author, chronology, QA, acceptance."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run, upload
from services.api.files import attached
from services.api.responses import imrs as r
from services.api.responses.base import Many
from services.api.responses.documents import DocumentResponse
from services.workflows.imrs import chronology as imr_chronology
from services.workflows.imrs import reports as imrs
from services.workflows.imrs import views as imr_views
from services.workflows.kernel.idempotency import HEADER

blp = Blueprint("imrs", __name__, url_prefix="/api/v1", description="Individual Management Reviews")

IDEMPOTENCY = {
    "parameters": [
        {
            "in": "header",
            "name": HEADER,
            "required": False,
            "schema": {"type": "string", "maxLength": 200},
            "description": "A repeat with the same key gets the first answer",
        }
    ]
}


@blp.route("/reviews/<id:review_id>/imrs", methods=["POST"])
@blp.arguments(s.CommissionImrSchema)
@blp.response(201, r.ImrResponse)
def commission(data, review_id):
    """The review chair commissions an IMR from an agency's senior manager (V5)."""
    view = run(imrs.commission, review_id, data)
    return view, 201, {"Location": url_for("imrs.get_imr", imr_id=view["id"])}


@blp.route("/reviews/<id:review_id>/imrs", methods=["GET"])
@blp.response(200, Many(r.ImrSummaryResponse))
def list_imrs(review_id):
    """The review's IMRs the caller may see: the chair all, the panel accepted ones only."""
    return run(imr_views.list_imrs, review_id)


@blp.route("/imrs", methods=["GET"])
@blp.response(200, Many(r.ImrSummaryResponse))
def my_imrs():
    """The IMRs the caller authors or quality-assures, across all reviews."""
    return run(imr_views.my_imrs)


@blp.route("/imrs/<id:imr_id>", methods=["GET"])
@blp.response(200, r.ImrResponse)
def get_imr(imr_id):
    """State, due date, people, pinned versions, its document and history."""
    return run(imr_views.get_imr, imr_id)


@blp.route("/imrs/<id:imr_id>/author", methods=["PUT"])
@blp.arguments(s.ImrAuthorSchema)
@blp.response(200, r.ImrResponse)
def name_author(data, imr_id):
    """The senior manager names the IMR author."""
    return run(imrs.name_author, imr_id, data)


@blp.route("/imrs/<id:imr_id>/attestation", methods=["POST"])
@blp.arguments(s.AttestationSchema)
@blp.response(200, r.ImrResponse)
def attest(data, imr_id):
    """The author signs the independence attestation (V7)."""
    return run(imrs.attest, imr_id, data)


@blp.route("/imrs/<id:imr_id>/document", methods=["POST"])
@blp.response(201, DocumentResponse)
def start_document(imr_id):
    """The author starts the IMR document from the template filled with the review's data."""
    view = run(imrs.start_document, imr_id)
    location = url_for("documents.get_document", doc_id=view["id"])
    return view, 201, {"ETag": view["etag"], "Location": location}


@blp.route("/imrs/<id:imr_id>/submissions", methods=["POST"])
@blp.arguments(s.SubmissionSchema)
@blp.response(201, r.ImrResponse)
@blp.doc(operationId="SubmitImr")
def submit(data, imr_id):
    """The author submits one saved version for quality assurance; it is pinned by SHA-256."""
    return run(imrs.submit, imr_id, data)


def _decided(use_case, imr_id: int, data: dict):
    view, replayed = run(use_case, imr_id, data, request.headers.get(HEADER))
    return view, 200, {"Idempotent-Replayed": "true" if replayed else "false"}


@blp.route("/imrs/<id:imr_id>/qa-decision", methods=["POST"])
@blp.arguments(s.QaDecisionSchema)
@blp.response(200, r.ImrResponse)
@blp.doc(**IDEMPOTENCY)
def qa_decision(data, imr_id):
    """The commissioning senior manager approves or returns the submitted version (V8)."""
    return _decided(imrs.qa_decision, imr_id, data)


@blp.route("/imrs/<id:imr_id>/acceptance", methods=["POST"])
@blp.arguments(s.AcceptanceSchema)
@blp.response(200, r.ImrResponse)
@blp.doc(**IDEMPOTENCY)
def acceptance(data, imr_id):
    """The review chair accepts the quality-assured IMR, or asks for more."""
    return _decided(imrs.acceptance, imr_id, data)


@blp.route("/imrs/<id:imr_id>/versions/<label>/extract", methods=["POST"])
@blp.arguments(s.ExtractSchema)
@blp.response(200, r.ExtractResponse)
def extract(data, imr_id, label):
    """Reads the chronology and recommendations of a saved version; apply makes them the IMR's."""
    return run(imr_chronology.extract, imr_id, label, data["apply"])


@blp.route("/imrs/<id:imr_id>/chronology", methods=["GET"])
@blp.response(200, r.ImrChronologyResponse)
def get_chronology(imr_id):
    return run(imr_chronology.get_chronology, imr_id)


@blp.route("/imrs/<id:imr_id>/chronology", methods=["PUT"])
@blp.arguments(s.ChronologySchema)
@blp.response(200, r.ImrChronologyResponse)
def put_chronology(data, imr_id):
    """Replaces the rows; any row breaking V9 refuses the whole save, naming each row."""
    return run(imr_chronology.put_chronology, imr_id, data["rows"])


@blp.route("/imrs/<id:imr_id>/chronology/xlsx", methods=["POST"])
@blp.arguments(s.ChronologyImportFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(200, r.ChronologyImportResponse)
@upload
def import_chronology(form, files, imr_id):
    """An agency's chronology workbook: read and reported row by row; apply to store it."""
    received = attached(files, "Attach the chronology workbook", "chronology.xlsx")
    return run(imr_chronology.import_xlsx, imr_id, received, form["apply"])


@blp.route("/imrs/<id:imr_id>/recommendations", methods=["GET"])
@blp.response(200, r.ImrRecommendationsResponse)
def get_recommendations(imr_id):
    return run(imr_chronology.get_recommendations, imr_id)


@blp.route("/imrs/<id:imr_id>/recommendations", methods=["PUT"])
@blp.arguments(s.RecommendationsSchema)
@blp.response(200, r.ImrRecommendationsResponse)
@blp.doc(operationId="PutImrRecommendations")
def put_recommendations(data, imr_id):
    return run(imr_chronology.put_recommendations, imr_id, data["recommendations"])
