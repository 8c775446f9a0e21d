"""Routes for a review's documents, their versions, check-out, and sliced uploads."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run, services, upload
from services.api.files import attachment
from services.domain.errors import FieldErrors
from services.workflows import anonymity, documents, uploads

blp = Blueprint("documents", __name__, url_prefix="/api/v1", description="Document library")


def _upload(ctx, form: dict, files: dict) -> uploads.Upload:
    """The file from the multipart body, or a completed sliced upload named by upload_id."""
    if form.get("upload_id"):
        return uploads.assemble(ctx, form["upload_id"])
    file = files.get("file")
    if file is None:
        errors = FieldErrors()
        errors.add("file", "Attach the file, or give the upload_id of a sliced upload")
        errors.raise_if_any()
    return uploads.Upload(file.filename or "document", file.read())


def _with_upload(use_case, form, files, *args):
    def go(ctx):
        received = _upload(ctx, form, files)
        result = use_case(ctx, *args, received)
        if form.get("upload_id"):
            uploads.consume(ctx, form["upload_id"])
        return result

    result = run(go)
    if form.get("upload_id"):
        uploads.discard_slices(services().documents.uploads_dir, form["upload_id"])
    return result


def _headers(view: dict) -> dict:
    return {"ETag": view["etag"], "Location": url_for("documents.get_document", doc_id=view["id"])}


@blp.route("/reviews/<id:review_id>/documents", methods=["POST"])
@blp.arguments(s.DocumentFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201)
@upload
def create_document(form, files, review_id):
    """Add a document to the review: its first version is 0.1."""
    view = _with_upload(
        lambda ctx, rid, up: documents.create_document(ctx, rid, form, up), form, files, review_id
    )
    return view, 201, _headers(view)


@blp.route("/reviews/<id:review_id>/documents", methods=["GET"])
@blp.response(200)
def list_documents(review_id):
    return run(documents.list_documents, review_id)


@blp.route("/documents/<id:doc_id>", methods=["GET"])
@blp.response(200)
def get_document(doc_id):
    """The document, its current version and ETag, approval status and who holds it."""
    view = run(documents.get_document, doc_id)
    return view, 200, {"ETag": view["etag"]}


@blp.route("/documents/<id:doc_id>/versions", methods=["POST"])
@blp.arguments(s.VersionFormSchema, location="form")
@blp.arguments(s.FileSchema, location="files")
@blp.response(201)
@blp.doc(
    parameters=[
        {"in": "header", "name": "If-Match", "required": True, "schema": {"type": "string"}}
    ]
)
@upload
def save_version(form, files, doc_id):
    """Save a new version; If-Match must carry the ETag of the version that was edited."""
    if_match = request.headers.get("If-Match")
    view = _with_upload(
        lambda ctx, did, up: documents.save_version(ctx, did, form, up, if_match),
        form,
        files,
        doc_id,
    )
    return view, 201, _headers(view)


@blp.route("/documents/<id:doc_id>/versions", methods=["GET"])
@blp.response(200)
def list_versions(doc_id):
    """Every version, newest first."""
    return run(documents.list_versions, doc_id)


@blp.route("/documents/<id:doc_id>/versions/<label>/content", methods=["GET"])
@blp.response(200)
def download(doc_id, label):
    """The bytes of one version."""
    return attachment(*run(documents.download, doc_id, label))


@blp.route("/documents/<id:doc_id>/versions/<label>/sections", methods=["GET"])
@blp.response(200)
def sections(doc_id, label):
    """A Word version's sections by heading: title, level and text (the narrative read back)."""
    return run(documents.sections, doc_id, label)


@blp.route("/documents/<id:doc_id>/versions/<label>/anonymity-scan", methods=["POST"])
@blp.response(200)
def anonymity_scan(doc_id, label):
    """Every part of the version scanned for the register's names and terms (V16)."""
    return run(anonymity.scan, doc_id, label)


@blp.route("/documents/<id:doc_id>/versions/<label>/restore", methods=["POST"])
@blp.response(201)
def restore(doc_id, label):
    """Make an old version current again, as a new version."""
    view = run(documents.restore, doc_id, label)
    return view, 201, _headers(view)


@blp.route("/documents/<id:doc_id>/checkout", methods=["POST"])
@blp.response(200)
def checkout(doc_id):
    return run(documents.checkout, doc_id)


@blp.route("/documents/<id:doc_id>/checkin", methods=["POST"])
@blp.response(200)
def checkin(doc_id):
    return run(documents.checkin, doc_id)


@blp.route("/uploads", methods=["POST"])
@blp.arguments(s.UploadStartSchema)
@blp.response(201)
def start_upload(data):
    """Announce a file sent in slices of up to 4 MB: size, SHA-256 and slice count."""
    return run(uploads.start_upload, data)


@blp.route("/uploads/<upload_id>/chunks/<int:index>", methods=["PUT"])
@blp.response(200)
@upload
def put_chunk(upload_id, index):
    """One slice, as the raw request body."""
    return run(uploads.put_chunk, upload_id, index, request.get_data())
