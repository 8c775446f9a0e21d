"""Reads the author's report into the allow-list (rebuild_model): headings, paragraphs with
their runs' plain text and bold/italic/underline, lists, tables, footnotes, where the contents
go. Tracked changes are taken as accepted; everything else is left behind and counted by kind
(text boxes, WordArt, pictures, charts, comments, hidden text, fields, endnotes, headers …) so
the coordinator sees what did not carry over. Format characters (zero-width, soft hyphens, bidi
controls) never carry over.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.rebuild_model import (
    Cell,
    Contents,
    Paragraph,
    Report,
    Row,
    Run,
    SectionEnd,
    Table,
)
from services.documents.rebuild_sources import (
    KEPT_PARTS,
    PART_KINDS,
    describe,
    local,
    num_pr,
    numbering,
    styles,
)
from services.documents.xml_text import PARSER
from services.domain.canonical import visible

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
UNWRAP = {f"{W}{t}" for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "dir", "bdo")}
UNWRAP_COUNTED = {f"{W}hyperlink": "hyperlink (its text kept, the link removed)"}
SILENT = {
    f"{W}{t}"
    for t in (
        "pPr",
        "rPr",
        "proofErr",
        "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd",
        "permStart",
        "permEnd",
        "lastRenderedPageBreak",
        "softHyphen",
        "annotationRef",
        "footnoteRef",
        "separator",
        "continuationSeparator",
        "sectPr",
        "tblPr",
        "tblGrid",
        "trPr",
        "tcPr",
        "sdtPr",
        "sdtEndPr",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
    )
}
DELETED = {f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}delInstrText"}
_HEADING = re.compile(r"^heading ([1-9])$")


def read_report(data: bytes) -> Report:
    report = Report()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        reader = _Reader(report, styles(package, names), numbering(package, names))
        body = etree.fromstring(package.read("word/document.xml"), PARSER).find(f"{W}body")
        report.blocks = reader.blocks(body)
        report.landscape = _landscape(body.find(f"{W}sectPr"))
        if "word/footnotes.xml" in names:
            notes = etree.fromstring(package.read("word/footnotes.xml"), PARSER)
            for note in notes.iter(f"{W}footnote"):
                if note.get(f"{W}type") in (None, "normal"):
                    report.footnotes[int(note.get(f"{W}id", "0"))] = reader.blocks(note)
        for name in sorted(names):
            if KEPT_PARTS.match(name) or name.endswith("/"):
                continue
            kind = next((k for pattern, k in PART_KINDS if pattern.match(name)), None)
            report.drop(kind or f"part {name}")
    return report


class _Reader:
    def __init__(self, report: Report, styles: dict, formats: dict):
        self.report = report
        self.styles = styles
        self.formats = formats
        self.number = 0  # paragraph number in the body, for the dropped list
        self.fields: list[dict] = []  # open fields: instruction, whether in result, if contents
        self.contents_began = 0  # how many contents fields have begun

    def blocks(self, container) -> list:
        found: list = []
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                self._paragraph(child, found)
            elif tag == f"{W}tbl":
                found.append(self._table(child))
            elif tag in (f"{W}sdt", f"{W}customXml"):
                gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
                if gallery is not None and "contents" in gallery.get(f"{W}val", "").lower():
                    found.append(Contents())
                    self.report.drop("the author's table of contents (rebuilt)")
                    continue
                content = child.find(f"{W}sdtContent")
                found += self.blocks(content if content is not None else child)
            elif tag in DELETED or tag in SILENT or not isinstance(tag, str):
                continue
            elif tag == f"{W}altChunk":
                self.report.drop("imported content (altChunk)", self.number)
            elif tag in (f"{W}bookmarkStart",):
                continue
            else:
                self.report.drop(local(tag), self.number)
        return found

    def _in_contents(self) -> bool:
        return any(f["contents"] for f in self.fields)

    def _paragraph(self, element, found: list) -> None:
        self.number += 1
        paragraph = self._kind(element)
        was_in_contents, began = self._in_contents(), self.contents_began
        self._runs(element, paragraph.runs, {})
        if self.contents_began > began:
            found.append(Contents())
            self.report.drop("the author's table of contents (rebuilt)", self.number)
        if was_in_contents or self._in_contents() or self.contents_began > began:
            return  # the author's contents: rebuilt, never carried
        if paragraph.kind == "contents heading":
            return  # the author's contents heading: ours comes with the rebuilt contents
        if not paragraph.runs and paragraph.kind in ("heading", "title", "subtitle"):
            paragraph.kind = "body"
        found.append(paragraph)
        section = element.find(f"{W}pPr/{W}sectPr")
        if section is not None:
            found.append(SectionEnd(_landscape(section)))

    def _kind(self, element) -> Paragraph:
        properties = element.find(f"{W}pPr")
        style_id = None
        outline = numbering = None
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else None
            level = properties.find(f"{W}outlineLvl")
            outline = int(level.get(f"{W}val", "9")) if level is not None else None
            numbering = num_pr(properties)
        name, style_outline, style_numbering = self._style(style_id)
        if name == "toc heading":
            return Paragraph("contents heading")
        outline = outline if outline is not None else style_outline
        numbering = numbering or style_numbering
        heading = _HEADING.match(name)
        if name in ("title", "subtitle"):
            return Paragraph(name)
        if heading:
            return Paragraph("heading", int(heading.group(1)))
        if outline is not None and outline < 9:
            return Paragraph("heading", outline + 1)
        if numbering and numbering[0] not in ("0", None):
            num_id, level = numbering
            self.report.lists.setdefault(num_id, {})[level] = self.formats.get(
                (num_id, level), "bullet"
            )
            return Paragraph("list", level, list_id=num_id)
        return Paragraph()

    def _style(self, style_id):
        name, outline, numbering = "", None, None
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            name = name or style["name"]
            outline = outline if outline is not None else style["outline"]
            numbering = numbering or style["numbering"]
            style_id = style["based_on"]
        return name, outline, numbering

    def _runs(self, element, runs: list[Run], format_: dict) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in DELETED or tag in SILENT:
                continue
            if tag == f"{W}r":
                self._run(child, runs)
            elif tag in UNWRAP:
                if tag in UNWRAP_COUNTED:
                    self.report.drop(UNWRAP_COUNTED[tag], self.number)
                self._runs(child, runs, format_)
            elif tag == f"{W}fldSimple":
                self.report.drop("field (its result kept as text)", self.number)
                if not child.get(f"{W}instr", "").strip().upper().startswith("TOC"):
                    self._runs(child, runs, format_)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self._runs(content, runs, format_)
            elif tag == f"{W}bookmarkStart":
                continue
            else:
                self.report.drop(describe(child), self.number)

    def _run(self, run, runs: list[Run]) -> None:
        properties = run.find(f"{W}rPr")
        style = _run_format(properties)
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field_char(child)
                continue
            if tag == f"{W}instrText":
                if self.fields:
                    self.fields[-1]["instruction"] += child.text or ""
                    field = self.fields[-1]
                    if (
                        field["instruction"].strip().upper().startswith("TOC")
                        and not field["contents"]
                    ):
                        field["contents"] = True
                        self.contents_began += 1
                continue
            if (self.fields and not self.fields[-1]["result"]) or self._in_contents():
                continue  # a field's code, or the author's contents
            if tag in SILENT or tag in DELETED or not isinstance(tag, str):
                continue
            if style is None:
                if tag == f"{W}t" and (child.text or "").strip():
                    self.report.drop("hidden text", self.number)
                continue
            if tag == f"{W}t":
                text = _plain(child.text or "")
                if text:
                    runs.append(Run(text, *style))
            elif tag in (f"{W}tab", f"{W}ptab"):
                runs.append(Run("\t", *style))
            elif tag == f"{W}noBreakHyphen":
                runs.append(Run("-", *style))
            elif tag in (f"{W}br", f"{W}cr"):
                kind = "page" if child.get(f"{W}type") == "page" else "line"
                runs.append(Run(brk=kind))
            elif tag == f"{W}footnoteReference":
                runs.append(Run(footnote=int(child.get(f"{W}id", "0"))))
            else:
                self.report.drop(describe(child), self.number)

    def _field_char(self, child) -> None:
        kind = child.get(f"{W}fldCharType")
        if kind == "begin":
            self.fields.append({"instruction": "", "result": False, "contents": False})
        elif kind == "separate" and self.fields:
            self.fields[-1]["result"] = True
        elif kind == "end" and self.fields and not self.fields.pop()["contents"]:
            self.report.drop("field (its result kept as text)", self.number)

    def _table(self, element) -> Table:
        table = Table()
        grid = element.find(f"{W}tblGrid")
        if grid is not None:
            table.grid = [int(c.get(f"{W}w", "0") or 0) for c in grid.findall(f"{W}gridCol")]
        for row in element.iter(f"{W}tr"):
            if _owner(row, f"{W}tbl") is not element:
                continue
            row_properties = row.find(f"{W}trPr")
            if row_properties is not None and row_properties.find(f"{W}del") is not None:
                continue  # a row deleted with changes tracked
            header = row_properties is not None and row_properties.find(f"{W}tblHeader") is not None
            made = Row(header=header)
            for cell in row.iter(f"{W}tc"):
                if _owner(cell, f"{W}tr") is not row:
                    continue
                properties = cell.find(f"{W}tcPr")
                span, merge = 1, None
                if properties is not None:
                    grid_span = properties.find(f"{W}gridSpan")
                    span = int(grid_span.get(f"{W}val", "1")) if grid_span is not None else 1
                    vertical = properties.find(f"{W}vMerge")
                    if vertical is not None:
                        merge = vertical.get(f"{W}val", "continue")
                made.cells.append(Cell(self.blocks(cell), span, merge))
            table.rows.append(made)
        return table


def _landscape(section) -> bool:
    """Whether a section's pages are landscape: only the orientation is carried."""
    size = section.find(f"{W}pgSz") if section is not None else None
    if size is None:
        return False
    width, height = int(size.get(f"{W}w", "0")), int(size.get(f"{W}h", "0"))
    return size.get(f"{W}orient") == "landscape" or width > height


def _owner(element, tag: str):
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _run_format(properties):
    """(bold, italic, underline), or None for hidden text."""
    if properties is None:
        return (False, False, False)
    for hidden in ("vanish", "specVanish", "webHidden"):
        if _on(properties.find(f"{W}{hidden}")):
            return None
    underline = properties.find(f"{W}u")
    underlined = underline is not None and underline.get(f"{W}val", "single") != "none"
    return (_on(properties.find(f"{W}b")), _on(properties.find(f"{W}i")), underlined)


def _on(element) -> bool:
    return element is not None and element.get(f"{W}val", "true") not in ("0", "false", "off")


def _plain(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", visible(text))
