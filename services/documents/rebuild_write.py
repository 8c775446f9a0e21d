"""Writes a new Word package from the allow-list (rebuild_model): every part is ours.

The document has fixed properties (title, the CSP as author, British English), A4 pages with a
page number in the footer, our own styles and list definitions, footnotes, and a table of
contents built from the headings (a TOC field whose entries are already filled in and link to
bookmarks on the headings, with the page numbers measured from a first conversion).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from services.documents.rebuild_model import (
    Cell,
    Contents,
    Paragraph,
    Report,
    Run,
    SectionEnd,
    Table,
)
from services.documents.rebuild_styles import (
    APP,
    CONTENT_TYPES,
    DOCUMENT_RELS,
    FOOTER,
    FOOTNOTE_SEPARATORS,
    PACKAGE_RELS,
    SETTINGS,
    STYLES,
    TEXT_WIDTH,
    core,
    numbering,
)
from services.domain.errors import known

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
HEADING_STYLES = {"title": "Title", "subtitle": "Subtitle"}
CONTENTS_LEVELS = 3
LANDSCAPE_WIDTH = 16838 - 2 * 1134
FIELD_BEGIN = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
)


def write_report(
    report: Report, title: str, author: str, pages: list[int] | None = None, note: str = ""
) -> tuple[bytes, list[str]]:
    """(the package, the headings the contents list in order). `pages` are the headings' page
    numbers, when known; a placeholder of the same width stands in until then. `note` goes
    under the title and subtitle (the version and the day the CSP agreed it)."""
    blocks = _with_note(report.blocks, note)
    if not any(isinstance(b, Contents) for b in blocks):
        opening = next(
            (i for i, b in enumerate(blocks) if getattr(b, "kind", "") not in HEADING_STYLES),
            len(blocks),
        )
        blocks = [*blocks[:opening], Contents(), *blocks[opening:]]
    writer = _Writer(report, blocks, pages or [])
    at = next(i for i, b in enumerate(blocks) if isinstance(b, Contents))
    before = blocks[at - 1] if at else None
    writer.labelled = isinstance(before, Paragraph) and before.text.strip().lower() == "contents"
    body = writer.blocks(blocks, top=True)
    sect = section_properties(report.landscape)
    document = f"<w:document {NS}><w:body>{body}{sect}</w:body></w:document>"
    notes = "".join(
        f'<w:footnote w:id="{new}">{writer.blocks(report.footnotes.get(old, []), note=True)}'
        "</w:footnote>"
        for old, new in writer.footnotes.items()
    )
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": core(title, author),
        "docProps/app.xml": APP,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": document,
        "word/styles.xml": STYLES,
        "word/settings.xml": SETTINGS,
        "word/numbering.xml": numbering(writer.list_numbers, report.lists),
        "word/footnotes.xml": f"<w:footnotes {NS}>{FOOTNOTE_SEPARATORS}{notes}</w:footnotes>",
        "word/footer1.xml": FOOTER,
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts.items():
            declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            package.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), declaration + xml)
    return out.getvalue(), writer.headings


def _with_note(blocks: list, note: str) -> list:
    if not note:
        return blocks
    at = next(
        (i for i, b in enumerate(blocks) if getattr(b, "kind", "") not in HEADING_STYLES),
        len(blocks),
    )
    return [*blocks[:at], Paragraph(runs=[Run(text=note)]), *blocks[at:]]


def section_properties(landscape: bool) -> str:
    """A4, portrait or landscape, with the page-number footer."""
    size = (
        '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        if landscape
        else '<w:pgSz w:w="11906" w:h="16838"/>'
    )
    return (
        f'<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>{size}'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
        'w:footer="567" w:gutter="0"/></w:sectPr>'
    )


def _orientations(blocks: list, last: bool) -> dict[int, bool]:
    """Whether each top-level table stands on landscape pages (its section's end says)."""
    found, pending = {}, []
    for block in blocks:
        if isinstance(block, Table):
            pending.append(id(block))
        elif isinstance(block, SectionEnd):
            found.update(dict.fromkeys(pending, block.landscape))
            pending = []
    found.update(dict.fromkeys(pending, last))
    return found


class _Writer:
    def __init__(self, report: Report, blocks: list, pages: list[int]):
        self.report = report
        self.pages = pages
        self.footnotes: dict[int, int] = {}  # the author's footnote id -> ours
        self.list_numbers: dict[str, int] = {}  # the author's list -> our numbering id
        self.headings: list[str] = []
        self.bookmark = 0
        self.contents_written = False
        self.labelled = False  # the author's own "Contents" heading stands before the contents
        self.landscape = _orientations(blocks, report.landscape)
        self.entries = [
            (p.level, p.text.strip())
            for p in _headings_after_contents(blocks)
            if p.level <= CONTENTS_LEVELS and p.text.strip()
        ]

    def blocks(self, blocks: list, top: bool = False, note: bool = False) -> str:
        out = []
        for block in blocks:
            if isinstance(block, Contents):
                if top and not self.contents_written:
                    out.append(self.contents())
            elif isinstance(block, Table):
                out.append(self.table(block))
                out.append("<w:p/>" if not note else "")
            elif isinstance(block, SectionEnd):
                out.append(f"<w:p><w:pPr>{section_properties(block.landscape)}</w:pPr></w:p>")
            else:
                out.append(self.paragraph(block, note))
        if note and not out:
            out.append("<w:p/>")
        return "".join(out)

    def contents(self) -> str:
        self.contents_written = True
        if not self.entries:
            return ""
        out = []
        if not self.labelled:
            out.append(
                '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>'
                "<w:r><w:t>Contents</w:t></w:r></w:p>"
            )
        for index, (level, text) in enumerate(self.entries):
            page = str(self.pages[index]) if index < len(self.pages) else "000"
            begin = FIELD_BEGIN if index == 0 else ""
            end = (
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                if index == len(self.entries) - 1
                else ""
            )
            out.append(
                f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/></w:pPr>{begin}'
                f'<w:hyperlink w:anchor="_Toc{index + 1}" w:history="1">'
                f"{_text_run(text)}<w:r><w:tab/></w:r>{_text_run(page)}</w:hyperlink>{end}</w:p>"
            )
        self.headings = [text for _level, text in self.entries]
        return "".join(out)

    def paragraph(self, paragraph: Paragraph, note: bool = False) -> str:
        properties = ""
        if note:
            properties = '<w:pStyle w:val="FootnoteText"/>'
        elif paragraph.kind == "heading":
            properties = f'<w:pStyle w:val="Heading{min(paragraph.level, 6)}"/>'
        elif paragraph.kind in HEADING_STYLES:
            properties = f'<w:pStyle w:val="{HEADING_STYLES[paragraph.kind]}"/>'
        elif paragraph.kind == "list":
            list_id = known(paragraph.list_id, "rebuild_read gives every list item its list")
            number = self.list_numbers.setdefault(list_id, len(self.list_numbers) + 1)
            properties = (
                '<w:pStyle w:val="ListParagraph"/><w:numPr>'
                f'<w:ilvl w:val="{min(paragraph.level, 8)}"/><w:numId w:val="{number}"/></w:numPr>'
            )
        runs = "".join(self.run(r) for r in paragraph.runs)
        if note:
            runs = (
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:t xml:space="preserve"> </w:t></w:r>' + runs
            )
        if paragraph.kind == "heading" and self._is_entry(paragraph):
            self.bookmark += 1
            name = f"_Toc{self.bookmark}"
            runs = (
                f'<w:bookmarkStart w:id="{self.bookmark}" w:name="{name}"/>{runs}'
                f'<w:bookmarkEnd w:id="{self.bookmark}"/>'
            )
        return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"

    def _is_entry(self, paragraph: Paragraph) -> bool:
        index = self.bookmark
        return (
            index < len(self.entries)
            and self.entries[index] == (paragraph.level, paragraph.text.strip())
            and self.contents_written
        )

    def run(self, run: Run) -> str:
        if run.footnote is not None:
            if run.footnote not in self.report.footnotes:
                return ""
            number = self.footnotes.setdefault(run.footnote, len(self.footnotes) + 1)
            return (
                '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{number}"/></w:r>'
            )
        if run.brk:
            return '<w:r><w:br w:type="page"/></w:r>' if run.brk == "page" else "<w:r><w:br/></w:r>"
        formatting = (
            ("<w:b/>" if run.bold else "")
            + ("<w:i/>" if run.italic else "")
            + ('<w:u w:val="single"/>' if run.underline else "")
        )
        if run.text == "\t":
            return f"<w:r><w:rPr>{formatting}</w:rPr><w:tab/></w:r>"
        return _text_run(run.text, formatting)

    def table(self, table: Table) -> str:
        columns = max((sum(c.span for c in row.cells) for row in table.rows), default=1)
        grid = table.grid if len(table.grid) == columns and sum(table.grid) > 0 else [1] * columns
        width = LANDSCAPE_WIDTH if self.landscape.get(id(table)) else TEXT_WIDTH
        scale = width / sum(grid)
        widths = [max(int(w * scale), 200) for w in grid]
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
            + "</w:tblGrid>"
        ]
        for row in table.rows:
            header = "<w:trPr><w:tblHeader/></w:trPr>" if row.header else ""
            cells, at = [], 0
            for cell in row.cells:
                width = sum(widths[at : at + cell.span]) or widths[-1]
                at += cell.span
                cells.append(self.cell(cell, width))
            out.append(f"<w:tr>{header}{''.join(cells)}</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def cell(self, cell: Cell, width: int) -> str:
        properties = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if cell.span > 1:
            properties += f'<w:gridSpan w:val="{cell.span}"/>'
        if cell.merge:
            properties += f'<w:vMerge w:val="{cell.merge}"/>'
        content = self.blocks(cell.blocks)
        if not content.endswith("</w:p>"):
            content += "<w:p/>"  # a cell ends with a paragraph
        return f"<w:tc><w:tcPr>{properties}</w:tcPr>{content}</w:tc>"


def _text_run(text: str, formatting: str = "") -> str:
    properties = f"<w:rPr>{formatting}</w:rPr>" if formatting else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _headings_after_contents(blocks: list) -> list[Paragraph]:
    """Headings of the body after where the contents go (all, if the author had none)."""
    at = next((i for i, b in enumerate(blocks) if isinstance(b, Contents)), -1)
    return [b for b in blocks[at + 1 :] if isinstance(b, Paragraph) and b.kind == "heading"]
