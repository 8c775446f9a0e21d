"""The table of contents, built: the TOC field of a filled document holds one linked entry per
heading (Heading 1 and 2 after the contents), so Word and LibreOffice show it filled without an
"update field"; at PDF conversion the entries are numbered with the pages the headings fell on
in a first conversion, and the document converted again (the numbers take no more room than
the blanks they replace, so nothing moves)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.pdf import to_pdfs
from services.documents.rebuild import heading_pages

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
LEVELS = {"Heading1": 1, "Heading2": 2}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _el(tag: str, **attrs) -> etree._Element:
    element = etree.Element(f"{_W}{tag}")
    for key, value in attrs.items():
        element.set(f"{_W}{key}", str(value))
    return element


def _toc_paragraph(body):
    for text in body.iter(f"{_W}instrText"):
        if (text.text or "").strip().upper().startswith("TOC"):
            return next(a for a in text.iterancestors(f"{_W}p"))
    return None


def headings(package: bytes) -> list[str]:
    """The entries the contents list, in order."""
    body = _body(package)
    return [text for _p, _level, text in _headings(body, _toc_paragraph(body))]


def _headings(body, toc) -> list[tuple]:
    found, after = [], toc is None
    for paragraph in body.iter(f"{_W}p"):
        if paragraph is toc:
            after = True
            continue
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        level = LEVELS.get(style.get(f"{_W}val")) if style is not None else None
        text = " ".join("".join(t.text or "" for t in paragraph.iter(f"{_W}t")).split())
        if after and level and text:
            found.append((paragraph, level, text))
    return found


def fill(package: bytes, pages: list[int] | None = None) -> bytes:
    """The package with its contents built (page numbers when `pages` is given, else blanks
    as wide as a number)."""
    parts = _parts(package)
    root = etree.fromstring(parts["word/document.xml"], _PARSER)
    body = root.find(f"{_W}body")
    toc = _toc_paragraph(body)
    if toc is None:
        return package
    instruction = next(
        t.text for t in toc.iter(f"{_W}instrText") if (t.text or "").strip().upper()[:3] == "TOC"
    )
    found = _headings(body, toc)
    entries = []
    for index, (paragraph, level, text) in enumerate(found):
        name = f"_TocDhr{index:04d}"
        for old in paragraph.findall(f"{_W}bookmarkStart"):
            if old.get(f"{_W}name", "").startswith("_TocDhr"):
                paragraph.remove(old)
        for old in paragraph.findall(f"{_W}bookmarkEnd"):
            if old.get(f"{_W}id") == str(7000 + index):
                paragraph.remove(old)
        start = paragraph.find(f"{_W}pPr")
        at = 0 if start is None else list(paragraph).index(start) + 1
        paragraph.insert(at, _el("bookmarkStart", id=7000 + index, name=name))
        paragraph.append(_el("bookmarkEnd", id=7000 + index))
        number = str(pages[index]) if pages and index < len(pages) and pages[index] else "  "
        entries.append(_entry(level, text, name, number))
    if not entries:
        entries.append(_entry(1, "", "", ""))
    _field(entries, instruction)
    parent = toc.getparent()
    at = parent.index(toc)
    for old in _field_span(toc):
        parent.remove(old)
    for offset, entry in enumerate(entries):
        parent.insert(at + offset, entry)
    parts["word/document.xml"] = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    return _zip(parts)


def _field_span(toc) -> list:
    """The paragraphs the TOC field spans: from its begin to the paragraph holding its end."""
    span, depth, paragraph = [], 0, toc
    while paragraph is not None:
        span.append(paragraph)
        for char in paragraph.iter(f"{_W}fldChar"):
            kind = char.get(f"{_W}fldCharType")
            depth += 1 if kind == "begin" else -1 if kind == "end" else 0
        if depth <= 0:
            return span
        paragraph = paragraph.getnext()
        while paragraph is not None and paragraph.tag != f"{_W}p":
            paragraph = paragraph.getnext()
    return [toc]


def _entry(level: int, text: str, anchor: str, number: str):
    paragraph = _el("p")
    properties = etree.SubElement(paragraph, f"{_W}pPr")
    properties.append(_el("pStyle", val=f"TOC{level}"))
    link = etree.SubElement(paragraph, f"{_W}hyperlink")
    link.set(f"{_W}anchor", anchor)
    link.set(f"{_W}history", "1")
    for piece in (text, None, number):
        run = etree.SubElement(link, f"{_W}r")
        if piece is None:
            run.append(_el("tab"))
        else:
            t = etree.SubElement(run, f"{_W}t")
            t.text = piece
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return paragraph


def _field(entries: list, instruction: str) -> None:
    """The TOC field wraps the entries: begin in the first, end in the last."""

    def char(kind: str):
        run = _el("r")
        run.append(_el("fldChar", fldCharType=kind))
        return run

    first = entries[0]
    code = _el("r")
    text = etree.SubElement(code, f"{_W}instrText")
    text.text = instruction
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    at = 1  # after the paragraph properties
    for offset, run in enumerate((char("begin"), code, char("separate"))):
        first.insert(at + offset, run)
    entries[-1].append(char("end"))


def numbered_pdf(package: bytes, profile: Path) -> tuple[bytes, bytes]:
    """(the document with its contents numbered, its PDF): two conversions."""
    ready = fill(package)
    first = to_pdfs({"d": ready}, profile)["d"]
    numbered = fill(ready, heading_pages(first, headings(ready)))
    return numbered, to_pdfs({"d": numbered}, profile)["d"]


def _body(package: bytes):
    return etree.fromstring(_parts(package)["word/document.xml"], _PARSER).find(f"{_W}body")


def _parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return {item.filename: z.read(item.filename) for item in z.infolist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()
