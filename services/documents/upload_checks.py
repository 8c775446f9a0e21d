"""Checks an uploaded file before anything is stored: fail closed, cheapest check first.

Order (security.md b1-b11): size cap, magic bytes, zip central directory limits, content-type
allowlist, forbidden parts, external relationships, no DOCTYPE in any XML part. The parse in a
sandboxed worker (services.documents.parse_sandbox) comes after these.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
}
MACRO_MARKERS = ("macroenabled", "vbaproject", "ms-office.vba")
FORBIDDEN_PARTS = ("vbaproject", "activex", "embeddings/oleobject", "vbadata")
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_entries: int = 1000
    max_uncompressed: int = 200 * 1024 * 1024
    max_ratio: int = 100
    ratio_floor: int = 1024 * 1024  # small parts may compress well without being a bomb


class Refused(Exception):
    """The upload is refused; `status` is the HTTP answer and `code` a stable reason."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status = status
        self.code = code


def check_upload(data: bytes, filename: str, limits: Limits = Limits()) -> str:
    """Returns the file type (docx, xlsx, pdf) or raises Refused."""
    if len(data) > limits.max_bytes:
        raise Refused(413, "too_large", f"The file is larger than {limits.max_bytes} bytes")
    kind = _sniff(data)
    extension = posixpath.splitext(filename.lower())[1].lstrip(".")
    if kind == "pdf":
        _expect_extension(extension, "pdf")
        return "pdf"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        _check_directory(package, limits)
        kind = _main_type(package)
        _expect_extension(extension, kind)
        for name in package.namelist():
            _check_part(package, name)
    return kind


def _sniff(data: bytes) -> str:
    if data.startswith(OLE_MAGIC):
        raise Refused(
            415,
            "protected_ole",
            "This is an encrypted or sensitivity-labelled "
            "(protected) Office file, or an old binary .doc/.xls. Remove the "
            "protection or save it as .docx/.xlsx, then upload again",
        )
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if not data.startswith(ZIP_MAGIC):
        raise Refused(415, "not_office", "Only .docx, .xlsx and .pdf files are accepted")
    try:
        zipfile.ZipFile(io.BytesIO(data)).close()
    except zipfile.BadZipFile as exc:
        raise Refused(415, "bad_zip", f"The file is not a readable Office package: {exc}") from exc
    return "zip"


def _check_directory(package: zipfile.ZipFile, limits: Limits) -> None:
    entries = package.infolist()
    if len(entries) > limits.max_entries:
        raise Refused(
            422, "too_many_parts", f"The package has more than {limits.max_entries} parts"
        )
    total = sum(e.file_size for e in entries)
    if total > limits.max_uncompressed:
        raise Refused(
            422,
            "too_big_unpacked",
            f"The package unpacks to more than {limits.max_uncompressed} bytes",
        )
    seen = set()
    for e in entries:
        name = e.filename
        if (
            name.startswith(("/", "\\"))
            or ".." in name.replace("\\", "/").split("/")
            or ":" in name
        ):
            raise Refused(422, "unsafe_name", f"The package has an unsafe part name: {name!r}")
        if name.lower() in seen:
            raise Refused(422, "duplicate_part", f"The package repeats the part {name!r}")
        seen.add(name.lower())
        ratio = e.file_size / max(e.compress_size, 1)
        if e.file_size > limits.ratio_floor and ratio > limits.max_ratio:
            raise Refused(422, "zip_bomb", f"The part {name!r} expands {ratio:.0f} times")


def _main_type(package: zipfile.ZipFile) -> str:
    try:
        types = package.read("[Content_Types].xml")
    except KeyError as exc:
        raise Refused(415, "not_office", "The package has no [Content_Types].xml") from exc
    _no_doctype("[Content_Types].xml", types)
    lowered = types.lower().decode("utf-8", "replace")
    if any(marker in lowered for marker in MACRO_MARKERS):
        raise Refused(415, "macro_enabled", "Macro-enabled documents are not accepted")
    root = ElementTree.fromstring(types)
    found = {o.get("ContentType") for o in root if o.tag.endswith("Override")}
    kinds = {MAIN_TYPES[t] for t in found if t in MAIN_TYPES}
    if len(kinds) != 1:
        raise Refused(
            415,
            "unsupported_type",
            "Only Word documents (.docx) and Excel workbooks (.xlsx) are accepted",
        )
    return kinds.pop()


def _expect_extension(extension: str, kind: str) -> None:
    if extension != kind:
        raise Refused(
            415,
            "wrong_extension",
            f"The file's content is {kind.upper()} but its name ends in .{extension}",
        )


def _check_part(package: zipfile.ZipFile, name: str) -> None:
    lowered = name.lower()
    if any(marker in lowered for marker in FORBIDDEN_PARTS) or lowered.endswith(".bin"):
        raise Refused(
            415,
            "active_content",
            f"The document carries macros, ActiveX or embedded objects ({name})",
        )
    if not lowered.endswith((".xml", ".rels", ".vml")):
        return
    body = package.read(name)
    _no_doctype(name, body)
    if lowered.endswith(".rels"):
        _check_relationships(name, body)


def _no_doctype(name: str, body: bytes) -> None:
    if b"<!doctype" in body[:4096].lower() or b"<!DOCTYPE" in body:
        raise Refused(422, "doctype", f"The part {name} declares a DOCTYPE, which is not allowed")


def _check_relationships(name: str, body: bytes) -> None:
    for rel in ElementTree.fromstring(body):
        if rel.get("TargetMode") == "External" and rel.get("Type") != HYPERLINK:
            raise Refused(
                422,
                "external_link",
                f"{name} links to an outside resource "
                f"({rel.get('Target')!r}); only hyperlinks may point outside",
            )
