"""A report read back by its headings: each section's paragraphs and tables, as Word shows them.

A heading is a paragraph whose style is named "heading 1" … "heading 9" (looked up in
styles.xml, so a renamed style id still counts) or carries an outline level. Text follows the
same rules as the table reader (tracked changes accepted, runs joined).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

from services.documents.docx_tables import PARSER, W, paragraph_text, read_table

_HEADING_NAME = re.compile(r"^heading ([1-9])$", re.I)


@dataclass
class Section:
    title: str
    level: int
    index: int  # the heading's paragraph number in the body, 1-based
    paragraphs: list[str] = field(default_factory=list)
    tables: list = field(default_factory=list)  # docx_tables.Table
    italic_only: list[bool] = field(default_factory=list)  # per paragraph: a template prompt

    @property
    def text(self) -> str:
        cells = [
            cell.value for t in self.tables for row in t.rows for cell in row.cells if cell.value
        ]
        return "\n".join([*(p for p in self.paragraphs if p.strip()), *map(str, cells)])


@dataclass
class Report:
    sections: list[Section]
    all_text: str

    def find(self, title: str) -> Section | None:
        wanted = _plain(title)
        return next((s for s in self.sections if _plain(s.title) == wanted), None)

    def body(self, title: str) -> list[Section]:
        """The section and every section nested under it."""
        start = self.find(title)
        if start is None:
            return []
        at = self.sections.index(start)
        found = [start]
        for section in self.sections[at + 1 :]:
            if section.level <= start.level:
                break
            found.append(section)
        return found


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _heading_styles(package: zipfile.ZipFile) -> dict[str, int]:
    try:
        root = etree.fromstring(package.read("word/styles.xml"), PARSER)
    except KeyError:
        return {}
    levels = {}
    for style in root.iter(f"{W}style"):
        name = style.find(f"{W}name")
        found = _HEADING_NAME.match(name.get(f"{W}val", "")) if name is not None else None
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if found:
            levels[style.get(f"{W}styleId")] = int(found.group(1))
        elif outline is not None:
            levels[style.get(f"{W}styleId")] = int(outline.get(f"{W}val", "0")) + 1
    return levels


def read_report(data: bytes) -> Report:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        levels = _heading_styles(package)
        root = etree.fromstring(package.read("word/document.xml"), PARSER)
    body = root.find(f"{W}body")
    sections = [Section("", 0, 0)]  # what comes before the first heading
    texts: list[str] = []
    number = 0
    tables = 0
    for element in body.iter(f"{W}p", f"{W}tbl"):
        if element.tag == f"{W}tbl":
            if _outer(element):
                tables += 1
                sections[-1].tables.append(read_table(element, tables))
            continue
        if not _outer(element):
            continue  # paragraphs inside tables are read with their table
        number += 1
        text = paragraph_text(element)
        texts.append(text)
        level = _level(element, levels)
        if level:
            sections.append(Section(text.strip(), level, number))
        else:
            sections[-1].paragraphs.append(text)
            sections[-1].italic_only.append(_italic(element))
    cell_text = "\n".join(
        str(c.value or "") for s in sections for t in s.tables for r in t.rows for c in r.cells
    )
    return Report(sections, "\n".join(texts) + "\n" + cell_text)


def _outer(element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == f"{W}tbl" or parent.tag == f"{W}tc":
            return False
        if parent.tag == f"{W}body":
            return True
        parent = parent.getparent()
    return False


def _level(paragraph, levels: dict[str, int]) -> int:
    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        return 0
    outline = properties.find(f"{W}outlineLvl")
    if outline is not None:
        return int(outline.get(f"{W}val", "0")) + 1
    style = properties.find(f"{W}pStyle")
    return levels.get(style.get(f"{W}val"), 0) if style is not None else 0


def _italic(paragraph) -> bool:
    runs = [r for r in paragraph.iter(f"{W}r") if (r.findtext(f"{W}t") or "").strip()]
    return bool(runs) and all(r.find(f"{W}rPr/{W}i") is not None for r in runs)
