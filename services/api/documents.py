"""Routes for a review's documents, their versions, check-out, and sliced uploads."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.api_docs import HEADERS
from services.api.context import run, upload
from services.api.files import attachment, with_upload
from services.api.responses import documents as r
from services.api.responses.base import DOCX, PDF, XLSX, Many, also, binary
from services.workflows.kernel import uploads
from services.workflows.library import checkout as checkouts
from services.workflows.library import documents
from services.workflows.publication import anonymity

blp = Blueprint("documents", __name__, url_prefix="/api/v1", description="Document library")


def _headers(view: dict) -> dict:
    return {"ETag": view["etag"], "Location": url_for("documents.get_document", doc_id=view["id"])}


@blp.route("/reviews/<id:review_id>/documents", methods=["POST"])
@blp.arguments(s.DocumentFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201, r.DocumentResponse)
@upload
def create_document(form, files, review_id):
    """Add a document to the review: its first version is 0.1."""
    view = with_upload(
        lambda ctx, rid, up: documents.create_document(ctx, rid, form, up), form, files, review_id
    )
    return view, 201, _headers(view)


@blp.route("/reviews/<id:review_id>/documents", methods=["GET"])
@blp.response(200, Many(r.DocumentResponse))
def list_documents(review_id):
    return run(documents.list_documents, review_id)


@blp.route("/documents/<id:doc_id>", methods=["GET"])
@blp.response(200, r.DocumentResponse)
def get_document(doc_id):
    """The document, its current version and ETag, approval status and who holds it."""
    view = run(documents.get_document, doc_id)
    return view, 200, {"ETag": view["etag"]}


@blp.route("/documents/<id:doc_id>/versions", methods=["POST"])
@blp.arguments(s.VersionFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201, r.DocumentResponse)
@blp.doc(
    **{
        HEADERS: [
            {"in": "header", "name": "If-Match", "required": True, "schema": {"type": "string"}}
        ]
    }
)
@upload
def save_version(form, files, doc_id):
    """Save a new version; If-Match must carry the ETag of the version that was edited."""
    if_match = request.headers.get("If-Match")
    view = with_upload(
        lambda ctx, did, up: documents.save_version(ctx, did, form, up, if_match),
        form,
        files,
        doc_id,
    )
    return view, 201, _headers(view)


@blp.route("/documents/<id:doc_id>/versions", methods=["GET"])
@blp.response(200, Many(r.VersionResponse))
def list_versions(doc_id):
    """Every version, newest first."""
    return run(documents.list_versions, doc_id)


@blp.route("/documents/<id:doc_id>/versions/<label>/content", methods=["GET"])
@also(blp, XLSX, PDF)
@blp.response(200, **binary(DOCX))
def download(doc_id, label):
    """The bytes of one version."""
    return attachment(*run(documents.download, doc_id, label))


@blp.route("/documents/<id:doc_id>/versions/<label>/sections", methods=["GET"])
@blp.response(200, r.SectionsResponse)
def sections(doc_id, label):
    """A Word version's sections by heading: title, level and text (the narrative read back)."""
    return run(documents.sections, doc_id, label)


@blp.route("/documents/<id:doc_id>/versions/<label>/anonymity-scan", methods=["POST"])
@blp.response(200, r.AnonymityScanResponse)
def anonymity_scan(doc_id, label):
    """Every text-bearing node of every part of the version scanned for the register's names and
    terms (V16), in one canonical form; a part that cannot be read is a finding. The register's
    own words (`term`, `who`) are left out for a caller who may not read the register."""
    return run(anonymity.scan, doc_id, label)


@blp.route("/documents/<id:doc_id>/versions/<label>/restore", methods=["POST"])
@blp.response(201, r.DocumentResponse)
def restore(doc_id, label):
    """Make an old version current again, as a new version."""
    view = run(documents.restore, doc_id, label)
    return view, 201, _headers(view)


@blp.route("/documents/<id:doc_id>/checkout", methods=["POST"])
@blp.response(200, r.DocumentResponse)
def checkout(doc_id):
    return run(checkouts.checkout, doc_id)


@blp.route("/documents/<id:doc_id>/checkin", methods=["POST"])
@blp.response(200, r.DocumentResponse)
def checkin(doc_id):
    return run(checkouts.checkin, doc_id)


@blp.route("/uploads", methods=["POST"])
@blp.arguments(s.UploadStartSchema)
@blp.response(201, r.UploadResponse)
def start_upload(data):
    """Announce a file sent in slices of up to 4 MB: size, SHA-256 and slice count."""
    return run(uploads.start_upload, data)


@blp.route("/uploads/<upload_id>/chunks/<int:index>", methods=["PUT"])
@blp.response(200, r.ChunkResponse)
@upload
def put_chunk(upload_id, index):
    """One slice, as the raw request body."""
    return run(uploads.put_chunk, upload_id, index, request.get_data())
