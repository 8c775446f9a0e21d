"""Every piece of text an Office package holds, as plain records: what any reader of the file
could see, in Word, in another program, or by unzipping it.

`extract(data)` is pure (bytes in, plain data out) so it can run in a separate process. It reads
every part, whether or not anything refers to it:
- XML parts: each paragraph (w:p, a:p, shared-string items) as joined text, once with tracked
  changes accepted and once as it was before them, with right-to-left overrides (w:bdo) shown
  the way they are displayed; field instructions of the paragraph apart; every other element's
  full character data (text after processing instructions, entity references and comments
  included), entity declarations, processing instructions and XML comments; and every attribute
  whose value can carry words (alt text, titles, tooltips, bookmark names, VML text paths,
  field instructions, numbering text, document variables, relationship targets …), with
  percent-encoding undone;
- images: the text their metadata carries (EXIF, PNG text chunks, comments);
- the package itself: part names and zip comments.
A part that cannot be read as text (an altChunk, an embedded object or package, an unknown
content type, XML that does not parse) is returned as `unreadable`: publication treats it as a
blocking finding, never as a pass. Images' pixels and fonts are listed as `not_text`: nothing
public is ever made from them (publication rebuilds the report without them).
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.image_text import image_texts
from services.documents.xml_text import read_xml

CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OPAQUE_RELATIONSHIPS = {
    "aFChunk": "an alternative-format chunk (altChunk) Word imports as it opens the file",
    "oleObject": "an embedded object",
    "package": "an embedded package",
    "control": "an ActiveX control",
    "activeXControlBinary": "an ActiveX control",
    "vbaProject": "macros",
}
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff", "image/x-")
NOT_TEXT_TYPES = ("image/x-emf", "image/x-wmf", "font/", "application/x-font", "obfuscatedFont")
XML_EXTENSIONS = (".xml", ".rels", ".vml", ".svg")


@dataclass(frozen=True)
class TextRecord:
    part: str
    node: str  # what holds the text: "text", "field instruction", "@w:tooltip on w:hyperlink" …
    text: str
    paragraph: int | None = None  # 1-based, in document order within the part


@dataclass(frozen=True)
class Unreadable:
    part: str
    reason: str


@dataclass
class PackageText:
    records: list[TextRecord] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    not_text: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)


def extract(data: bytes) -> PackageText:
    found = PackageText()
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        found.unreadable.append(Unreadable("(package)", "not a readable Office package"))
        return found
    with package:
        if package.comment:
            found.records.append(TextRecord("(package)", "zip comment", _decode(package.comment)))
        names = [i.filename for i in package.infolist() if not i.is_dir()]
        for item in package.infolist():
            found.records.append(TextRecord("(package)", "part name", item.filename))
            if item.comment:
                found.records.append(
                    TextRecord(item.filename, "zip comment", _decode(item.comment))
                )
        types = _content_types(package)
        opaque = _opaque_parts(package, names)
        for name in names:
            found.parts.append(name)
            if name in opaque:
                found.unreadable.append(Unreadable(name, opaque[name]))
                continue
            try:
                body = package.read(name)
            except (
                NotImplementedError,
                RuntimeError,
                zipfile.BadZipFile,
                zlib.error,
                EOFError,
            ) as e:
                found.unreadable.append(Unreadable(name, f"a part the package cannot give ({e})"))
                continue
            _read_part(found, name, body, types(name))
    return found


def _read_part(found: PackageText, name: str, body: bytes, content_type: str) -> None:
    lowered = name.lower()
    if lowered.endswith(XML_EXTENSIONS) or content_type.endswith("xml"):
        pieces = _xml_pieces(body)
        if isinstance(pieces, str):
            found.unreadable.append(Unreadable(name, f"XML that cannot be read ({pieces})"))
            return
        found.records.extend(
            TextRecord(name, node, value, paragraph) for node, value, paragraph in pieces
        )
    elif any(t in content_type for t in NOT_TEXT_TYPES):
        found.not_text.append(name)
    elif content_type.startswith(IMAGE_TYPES):
        found.not_text.append(name)
        found.records.extend(TextRecord(name, node, value) for node, value in image_texts(body))
    else:
        kind = content_type or "no declared content type"
        found.unreadable.append(Unreadable(name, f"content that cannot be read as text ({kind})"))


_READ: OrderedDict[bytes, tuple | str] = OrderedDict()  # SHA-256 of a part -> its pieces
_READ_SIZE = 32


def _xml_pieces(body: bytes) -> tuple | str:
    """The part's pieces, or why it cannot be read. A part is read once: versions of a report
    share their styles, settings and theme byte for byte, so the last few parts' pieces are kept
    by their SHA-256 (a pure function of the bytes)."""
    key = hashlib.sha256(body).digest()
    if key in _READ:
        _READ.move_to_end(key)
        return _READ[key]
    try:
        result: tuple | str = tuple(read_xml(body).pieces)
    except (etree.XMLSyntaxError, ValueError, RecursionError) as exc:
        result = str(exc)
    _READ[key] = result
    if len(_READ) > _READ_SIZE:
        _READ.popitem(last=False)
    return result


def forget() -> None:
    """Empties the cache of parts already read (for measuring)."""
    _READ.clear()


def _content_types(package: zipfile.ZipFile):
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    try:
        root = read_xml(package.read("[Content_Types].xml")).root
    except (KeyError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is not None:
        for element in root:
            if element.tag == f"{CONTENT_TYPES_NS}Default":
                defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
            elif element.tag == f"{CONTENT_TYPES_NS}Override":
                overrides[element.get("PartName", "").lstrip("/")] = element.get("ContentType", "")

    def lookup(name: str) -> str:
        if name == "[Content_Types].xml":
            return "application/xml"
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        return overrides.get(name) or defaults.get(extension, "")

    return lookup


def _opaque_parts(package: zipfile.ZipFile, names: list[str]) -> dict[str, str]:
    """Parts that relationships say are embedded objects, altChunks, controls or macros."""
    found = {}
    for rels in (n for n in names if n.endswith(".rels")):
        try:
            root = read_xml(package.read(rels)).root
        except (etree.XMLSyntaxError, ValueError):
            continue
        folder = posixpath.dirname(posixpath.dirname(rels))
        for rel in root.iter(f"{RELS_NS}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if kind not in OPAQUE_RELATIONSHIPS or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            part = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            found[part] = OPAQUE_RELATIONSHIPS[kind]
    for name in names:
        lowered = name.lower()
        if "/embeddings/" in lowered or lowered.endswith(".bin"):
            found.setdefault(name, "an embedded object")
    return found


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
