"""Data regions: the parts of a document the service fills from the review's data, kept apart
from the author's prose so a document can be filled again without touching what people wrote.

Each region is a Word content control (`w:sdt`) tagged `dhr:<name>` (Word shows it as a
labelled box). When the service fills a document it records, in a custom document property,
a fingerprint of each region's text as it wrote it. `refill(existing, fresh)` then replaces the
content of each region of the existing document with the freshly filled one, and leaves every
other element of the body exactly as it was. A region whose text no longer matches its
fingerprint was edited by hand: it is reported as a conflict and kept, unless it is named in
`overwrite`.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

REGION_PREFIX = "dhr:"
END_MARK = "_DhrEnd"
PROPERTY = "DHR regions"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
CUSTOM = "docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


@dataclass
class Refilled:
    data: bytes
    changed: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class NotAReport(Exception):
    """The package is not a Word document the service can read."""


def region_names(package: bytes) -> list[str]:
    try:
        body = etree.fromstring(_parts(package)["word/document.xml"], _PARSER)
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise NotAReport(str(exc)) from exc
    return sorted(regions(body))


def regions(body) -> dict[str, etree._Element]:
    """The body's data regions by name (the first of each name)."""
    found: dict[str, etree._Element] = {}
    for sdt in body.iter(f"{_W}sdt"):
        tag = sdt.find(f"{_W}sdtPr/{_W}tag")
        name = tag.get(f"{_W}val", "") if tag is not None else ""
        if name.startswith(REGION_PREFIX):
            found.setdefault(name[len(REGION_PREFIX) :], sdt)
    return found


def region_text(sdt) -> str:
    """What a reader sees in a region, however Word splits it into runs: paragraphs on lines,
    cells separated by tabs."""
    return "\n".join(_lines(sdt))


def _lines(sdt):
    for paragraph in sdt.find(f"{_W}sdtContent").iter(f"{_W}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{_W}t", f"{_W}tab"))
        yield " ".join(text.split())


def fingerprint(sdt, expand: Mapping[str, Callable[[], list[str]]] | None = None) -> str:
    """The hash of the region's text; a line named in `expand` counts as the lines it gives
    (a block spliced in after the stamp: rendering's combined chronology)."""
    digest = hashlib.sha256()
    for index, line in enumerate(_lines(sdt)):
        lines = expand[line]() if expand and line in expand else (line,)
        for offset, part in enumerate(lines):
            digest.update(("\n" if index or offset else "").encode() + part.encode("utf-8"))
    return digest.hexdigest()[:32]


def stamp(
    package: bytes,
    expand: Mapping[str, Callable[[], list[str]]] | None = None,
    stored: bool = False,
) -> bytes:
    """The package with the fingerprint of each of its regions recorded in a custom property
    (`expand`: as fingerprint; `stored`: parts not deflated, for a package read again at once)."""
    parts = _parts(package)
    body = etree.fromstring(parts["word/document.xml"], _PARSER)
    prints = {name: fingerprint(sdt, expand) for name, sdt in sorted(regions(body).items())}
    return _write(parts, {PROPERTY: json.dumps(prints, sort_keys=True)}, stored)


def recorded(package: bytes) -> dict[str, str]:
    """The fingerprints the service recorded when it last filled the document."""
    parts = _parts(package)
    if CUSTOM not in parts:
        return {}
    root = etree.fromstring(parts[CUSTOM], _PARSER)
    for prop in root:
        if prop.get("name") == PROPERTY:
            try:
                return dict(json.loads("".join(prop.itertext())))
            except (ValueError, TypeError):
                return {}
    return {}


def refill(existing: bytes, fresh: bytes, overwrite: frozenset[str] = frozenset()) -> Refilled:
    """`existing` with each region's content taken from `fresh` (the same template filled from
    current data); every element outside the regions is left as it was."""
    parts = _parts(existing)
    body = etree.fromstring(parts["word/document.xml"], _PARSER)
    new_parts = _parts(fresh)
    new_body = etree.fromstring(new_parts["word/document.xml"], _PARSER)
    written = recorded(existing)
    old, new = regions(body), regions(new_body)
    result = Refilled(b"")
    prints = dict(written)
    for name, sdt in new.items():
        current = old.get(name)
        if current is None:
            result.missing.append(name)
            continue
        if fingerprint(current) == fingerprint(sdt):
            prints[name] = fingerprint(sdt)
            continue
        edited = written.get(name) != fingerprint(current)
        if edited and name not in overwrite:
            result.conflicts.append(name)
            continue
        replacement = copy.deepcopy(sdt.find(f"{_W}sdtContent"))
        current.replace(current.find(f"{_W}sdtContent"), replacement)
        prints[name] = fingerprint(sdt)
        result.changed.append(name)
    if result.changed:
        parts["word/document.xml"] = etree.tostring(
            body.getroottree(), xml_declaration=True, encoding="UTF-8", standalone=True
        )
    for name, data in new_parts.items():  # the furniture: marking, version, page X of Y
        if name.startswith(("word/header", "word/footer")) and name in parts:
            parts[name] = data
    result.data = _write(parts, {PROPERTY: json.dumps(prints, sort_keys=True)})
    return result


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return {item.filename: z.read(item.filename) for item in z.infolist()}


def _write(parts: dict[str, bytes], properties: dict[str, str], stored: bool = False) -> bytes:
    parts = dict(parts)
    if CUSTOM not in parts:
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            f'<Override PartName="/{CUSTOM}" ContentType="{CUSTOM_TYPE}"/></Types>'.encode(),
        )
        parts["_rels/.rels"] = parts["_rels/.rels"].replace(
            b"</Relationships>",
            f'<Relationship Id="rIdDhrCustom" Type="{CUSTOM_REL}" Target="{CUSTOM}"/>'
            "</Relationships>".encode(),
        )
        kept: dict[str, str] = {}
    else:
        root = etree.fromstring(parts[CUSTOM], _PARSER)
        kept = {p.get("name"): "".join(p.itertext()) for p in root if p.get("name")}
    kept.update(properties)
    entries = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(sorted(kept.items()), start=2)
    )
    parts[CUSTOM] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_PROPS}" xmlns:vt="{_VT}">{entries}</Properties>'
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()
