"""An uploaded PDF (a Home Office QA letter) opened with pikepdf (qpdf) and refused if it can act.

Every object of the file is visited, including those inside object streams, annotations, the
document catalogue's OpenAction and AA, and the name trees: JavaScript, launch actions, embedded
files and XFA forms are refused (415 naming what was found); an encrypted PDF is refused too,
since what it holds cannot be checked. Runs in a sandbox worker only.
"""

from __future__ import annotations

import io

import pikepdf

from services.documents.upload_checks import Refused

# Keys whose presence anywhere means the file carries something that acts or hides a file.
FORBIDDEN_KEYS = {
    "/JavaScript", "/JS", "/Launch", "/EmbeddedFiles", "/EmbeddedFile", "/XFA", "/RichMedia",
}  # fmt: skip
# Actions that run code, start programs, open other (possibly remote) files or send data.
FORBIDDEN_ACTIONS = {
    "/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/RichMediaExecute", "/GoToR",
    "/GoToE", "/Rendition",
}  # fmt: skip
FORBIDDEN_TYPES = {"/EmbeddedFile", "/Filespec"}
MAX_DEPTH = 32


def check_pdf(data: bytes) -> dict:
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise Refused(
            415, "protected_pdf", "The PDF is encrypted; save it without a password"
        ) from exc
    except pikepdf.PdfError as exc:
        raise Refused(422, "unreadable", f"The PDF cannot be read: {exc}") from exc
    with pdf:
        if pdf.is_encrypted:
            raise Refused(415, "protected_pdf", "The PDF is encrypted; save it without one")
        found: set[str] = set()
        _visit(pdf.trailer, found, 0)
        for obj in pdf.objects:
            _visit(obj, found, 0)
        if found:
            raise Refused(
                415,
                "active_pdf",
                "The PDF carries active or hidden content, which is not accepted: "
                + ", ".join(sorted(found)),
            )
        return {"pages": len(pdf.pages)}


def _visit(obj, found: set[str], depth: int) -> None:
    """Looks through a dictionary, array or stream dictionary, not into other indirect objects
    (each of those is visited from pdf.objects), so the walk ends and costs one pass."""
    if depth > MAX_DEPTH:
        return
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        keys = list(obj.keys())
        for key in keys:
            if key in FORBIDDEN_KEYS:
                found.add(key.lstrip("/"))
        action = obj.get("/S")
        if isinstance(action, pikepdf.Name) and str(action) in FORBIDDEN_ACTIONS:
            found.add(f"{str(action).lstrip('/')} action")
        kind = obj.get("/Type")
        if isinstance(kind, pikepdf.Name) and str(kind) in FORBIDDEN_TYPES and "/EF" in obj:
            found.add("embedded file")
        for key in keys:
            _child(obj.get(key), found, depth)
    elif isinstance(obj, pikepdf.Array):
        for item in obj:
            _child(item, found, depth)


def _child(value, found: set[str], depth: int) -> None:
    if isinstance(value, pikepdf.Object) and value.is_indirect:
        return  # visited on its own
    _visit(value, found, depth + 1)
