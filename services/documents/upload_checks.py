"""Checks an uploaded file before anything is stored: fail closed, cheapest check first.

Order: size cap, magic bytes, zip central directory limits, then every part against the one
table of known content types (services.documents.part_types): its type must be listed, an XML
part must parse (defusedxml, any encoding, no DTD), a binary part must carry its format's
signature, relationships may point outside only as hyperlinks. A broken zip is a 422. All of it
runs in a sandbox worker (services.documents.parse_sandbox), before the file is opened there by
its own library (python-docx, openpyxl, pikepdf).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from dataclasses import dataclass

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree
from defusedxml import DTDForbidden, ElementTree, EntitiesForbidden, ExternalReferenceForbidden

from services.documents import sensitivity
from services.documents.part_types import ALLOWED, SVG_ELEMENTS, signature_ok
from services.domain.errors import known

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"

MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
}
MACRO_MARKERS = ("macroenabled", "vbaproject", "ms-office.vba")
FORBIDDEN_PARTS = ("vbaproject", "activex", "embeddings/", "oleobject", "vbadata")
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
HARDENED = {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
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

    def __reduce__(self):  # crosses back from a sandbox worker intact
        return (type(self), (self.status, self.code, str(self)))


def check_upload(data: bytes, filename: str, limits: Limits = Limits()) -> str:
    """Returns the file type (docx, xlsx, pdf) or raises Refused."""
    if len(data) > limits.max_bytes:
        raise Refused(413, "too_large", f"The file is larger than {limits.max_bytes} bytes")
    kind = _sniff(data)
    extension = posixpath.splitext(filename.lower())[1].lstrip(".")
    if kind == "pdf":
        _expect_extension(extension, "pdf")
        return "pdf"  # its objects are checked when pikepdf opens it (documents/pdf_checks.py)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            _check_directory(package, limits)
            types = _content_types(package)
            kind = _main_type(types)
            _expect_extension(extension, kind)
            for info in package.infolist():
                try:
                    _check_part(package, info, types, kind)
                except (NotImplementedError, RuntimeError) as exc:  # Deflate64, encrypted
                    name = info.filename
                    raise Refused(
                        422, "unreadable_part", f"The part {name} cannot be read"
                    ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise Refused(422, "bad_zip", f"The file is not a readable Office package: {exc}") from exc
    return kind


def _sniff(data: bytes) -> str:
    if data.startswith(OLE_MAGIC):
        raise Refused(415, "protected_ole", sensitivity.refusal(data))
    if data.startswith(PDF_MAGIC):
        return "pdf"
    if not data.startswith(ZIP_MAGIC):
        raise Refused(415, "not_office", "Only .docx, .xlsx and .pdf files are accepted")
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


@dataclass(frozen=True)
class ContentTypes:
    defaults: dict[str, str]  # extension (lower case) -> content type
    overrides: dict[str, str]  # part name (lower case, no leading /) -> content type

    def of(self, name: str) -> str | None:
        found = self.overrides.get(name.lower())
        if found is None:
            base = name.rsplit("/", 1)[-1]  # "_rels/.rels" has the extension "rels"
            found = self.defaults.get(base.rsplit(".", 1)[-1].lower()) if "." in base else None
        return found


def _content_types(package: zipfile.ZipFile) -> ContentTypes:
    try:
        types = package.read("[Content_Types].xml")
    except KeyError as exc:
        raise Refused(415, "not_office", "The package has no [Content_Types].xml") from exc
    root = known(
        _parse("[Content_Types].xml", io.BytesIO(types), keep=True),
        "with `keep`, the root, or Refused for a part with none",
    )
    if any(marker in types.lower().decode("utf-8", "replace") for marker in MACRO_MARKERS):
        raise Refused(415, "macro_enabled", "Macro-enabled documents are not accepted")
    defaults, overrides = {}, {}
    for item in root:
        if item.tag.endswith("}Default"):
            defaults[(item.get("Extension") or "").lower()] = item.get("ContentType") or ""
        elif item.tag.endswith("}Override"):
            name = (item.get("PartName") or "").lstrip("/").lower()
            overrides[name] = item.get("ContentType") or ""
    return ContentTypes(defaults, overrides)


def _main_type(types: ContentTypes) -> str:
    kinds = {MAIN_TYPES[t] for t in types.overrides.values() if t in MAIN_TYPES}
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


def _check_part(package, info: zipfile.ZipInfo, types: ContentTypes, kind: str) -> None:
    """The part's content type is in the table (documents/part_types.py) and its bytes are
    what that type says they are."""
    name = info.filename
    if name == "[Content_Types].xml" or (name.endswith("/") and info.file_size == 0):
        return
    lowered = name.lower()
    if any(marker in lowered for marker in FORBIDDEN_PARTS) or lowered.endswith(".bin"):
        raise Refused(
            415,
            "active_content",
            f"The document carries macros, ActiveX or embedded objects ({name})",
        )
    content_type = types.of(name)
    rule = ALLOWED[kind].get(content_type or "")
    if rule is None:
        said = f"of type {content_type}" if content_type else "with no declared content type"
        raise Refused(
            415,
            "unknown_part",
            f"The package holds a part this service does not accept: {name} ({said})",
        )
    if rule in ("xml", "svg"):
        with package.open(info) as stream:  # defusedxml: the prolog, or all of a small part
            _parse(name, stream, svg=rule == "svg", rels=lowered.endswith(".rels"))
        with package.open(info) as stream:
            _well_formed(name, stream)
    elif rule == "empty":
        if info.file_size:
            raise Refused(415, "unknown_part", f"The part {name} should be empty")
    elif rule == "font":
        if "/fonts/" not in f"/{lowered}":
            raise Refused(415, "unknown_part", f"A font outside the fonts folder: {name}")
    else:
        with package.open(info) as stream:
            head = stream.read(64)
        if not signature_ok(rule, head):
            raise Refused(
                415, "disguised_part", f"The part {name} is not the {rule.upper()} it claims to be"
            )


def _parse(name: str, stream, *, keep: bool = False, svg: bool = False, rels: bool = False):
    """Streams the part through defusedxml whatever its encoding (expat reads the BOM and the
    declaration: UTF-8, UTF-16, Latin-1): no DTD, no entities. The root when `keep`."""
    try:
        events = ElementTree.iterparse(stream, events=("start", "end"), forbid_dtd=True)
        root = None
        for event, element in events:
            if event == "start":
                root = element if root is None else root
                if svg:
                    _svg_element(name, element)
                if rels:
                    _relationship(name, element)
                if not keep and not svg and not rels:
                    return None  # past the prolog, where a DOCTYPE would have to be
            elif not keep:
                element.clear()
        return root
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise Refused(
            422, "doctype", f"The part {name} declares a DOCTYPE, which is not allowed"
        ) from exc
    except (ElementTree.ParseError, ValueError, LookupError) as exc:
        raise Refused(422, "unreadable", f"The part {name} is not well-formed XML: {exc}") from exc


def _well_formed(name: str, stream) -> None:
    """The whole part, streamed at C speed (lxml, hardened: no entities, no DTD, no network)
    into a target that keeps nothing: well-formed to its last byte, in the encoding its
    prolog declared, in bounded memory."""
    parser = etree.XMLParser(target=_Discard(), **HARDENED)
    try:
        while chunk := stream.read(65536):
            parser.feed(chunk)
        parser.close()
    except etree.XMLSyntaxError as exc:
        raise Refused(422, "unreadable", f"The part {name} is not well-formed XML: {exc}") from exc


class _Discard:
    """An lxml parser target with no element callbacks: nothing is built or called per tag."""

    def close(self) -> None:
        return None


def _relationship(name: str, element) -> None:
    if not element.tag.endswith("}Relationship"):
        return
    if element.get("TargetMode") == "External" and element.get("Type") != HYPERLINK:
        raise Refused(
            422,
            "external_link",
            f"{name} links to an outside resource "
            f"({element.get('Target')!r}); only hyperlinks may point outside",
        )


def _svg_element(name: str, element) -> None:
    local = element.tag.rsplit("}", 1)[-1].lower()
    bad = local in SVG_ELEMENTS
    for attribute, value in element.attrib.items():
        key = attribute.rsplit("}", 1)[-1].lower()
        external = key == "href" and not value.strip().startswith(("#", "data:image/"))
        bad = bad or key.startswith("on") or external  # event handlers, outside links
    if bad:
        raise Refused(415, "active_content", f"The image {name} holds a script or a link")
