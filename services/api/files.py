"""Files in and out: an attachment with a safe name that no cache keeps; an upload, whole or
sliced, counted against the sender's quota."""

from __future__ import annotations

from io import BytesIO

from flask import send_file

from services.api.context import run, services
from services.domain.errors import FieldError, Invalid
from services.workflows.kernel import uploads
from services.workflows.kernel.uploads import Upload, charge


def attachment(data: bytes, name: str, content_type: str, cleaned: list[str] | None = None):
    response = send_file(
        BytesIO(data),
        mimetype=content_type,
        as_attachment=True,
        download_name=name,
        etag=False,
        max_age=0,
    )
    response.headers["Cache-Control"] = "no-store"
    if cleaned:
        response.headers["X-DHR-Cleaned-Fields"] = ", ".join(cleaned)[:1000]
    return response


def attached(files: dict, message: str, default_name: str) -> Upload:
    """The multipart `file`, or a 422 naming the field; counted against the sender's quota."""
    file = files.get("file")
    if file is None:
        raise Invalid([FieldError("file", message)])
    return received(file.filename or default_name, file.read())


def received(filename: str, data: bytes) -> Upload:
    """A file that arrived whole: its bytes count against the sender's daily quota (429 when
    it is used up), in a transaction of their own, whether or not the file is then kept."""
    run(charge, len(data), "file")
    return Upload(filename, data)


def with_upload(use_case, form, files, *args):
    """Runs the use case with the multipart file, or with the sliced upload named by upload_id
    (whose slices were counted against the quota as they came)."""
    whole = None
    if not form.get("upload_id"):
        file = files.get("file")
        if file is None:
            message = "Attach the file, or give the upload_id of a sliced upload"
            raise Invalid([FieldError("file", message)])
        whole = received(file.filename or "document", file.read())

    def go(ctx):
        upload = uploads.assemble(ctx, form["upload_id"]) if whole is None else whole
        result = use_case(ctx, *args, upload)
        if form.get("upload_id"):
            uploads.consume(ctx, form["upload_id"])
        return result

    result = run(go)
    if form.get("upload_id"):
        uploads.discard_slices(services().documents.uploads_dir, form["upload_id"])
    return result
