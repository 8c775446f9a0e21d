"""File responses: an attachment with a safe name that no cache keeps."""

from __future__ import annotations

from io import BytesIO

from flask import send_file

from services.domain.errors import FieldErrors
from services.workflows.uploads import Upload


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
    """The multipart `file`, or a 422 naming the field."""
    file = files.get("file")
    if file is None:
        errors = FieldErrors()
        errors.add("file", message)
        errors.raise_if_any()
    return Upload(file.filename or default_name, file.read())
