"""Publication by reconstruction: the public report is a new document made from an allow-list
of what a published DHR needs, never the author's package with bits removed (docs/publication.md).

`rebuild(data, title, author)` reads the author's version (rebuild_read) and writes a new package
(rebuild_write); `with_pages` writes it again with the contents' page numbers, measured from the
outline of a first conversion to PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import pikepdf

from services.documents.rebuild_model import Report
from services.documents.rebuild_read import read_report
from services.documents.rebuild_write import write_report


@dataclass
class Rebuilt:
    report: Report
    title: str
    author: str
    docx: bytes
    headings: list[str]  # the contents' entries, in order
    note: str = ""  # under the title: the version and the day it was agreed

    @property
    def dropped(self) -> list[dict]:
        return self.report.dropped_list()


def rebuild(data: bytes, title: str, author: str, note: str = "") -> Rebuilt:
    report = read_report(data)
    docx, headings = write_report(report, title, author, note=note)
    return Rebuilt(report, title, author, docx, headings, note)


def with_pages(rebuilt: Rebuilt, first_pdf: bytes) -> Rebuilt:
    """The same report, its contents numbered with the pages the first conversion put the
    headings on (the placeholders were as wide as the numbers, so nothing moves)."""
    pages = heading_pages(first_pdf, rebuilt.headings)
    docx, headings = write_report(
        rebuilt.report, rebuilt.title, rebuilt.author, pages, note=rebuilt.note
    )
    return Rebuilt(rebuilt.report, rebuilt.title, rebuilt.author, docx, headings, rebuilt.note)


def heading_pages(pdf_data: bytes, headings: list[str]) -> list[int]:
    """Each heading's page, from the PDF's outline in order (0 if it is not found)."""
    found: list[tuple[str, int]] = []
    with pikepdf.open(io.BytesIO(pdf_data)) as pdf:
        pages = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        with pdf.open_outline() as outline:
            pending = list(outline.root)
            while pending:
                item = pending.pop(0)
                found.append((" ".join((item.title or "").split()), _page(item, pages)))
                pending[:0] = list(item.children)
    numbers, at = [], 0
    for heading in headings:
        wanted = " ".join(heading.split())
        match = next((i for i in range(at, len(found)) if found[i][0] == wanted), None)
        if match is None:
            numbers.append(0)
            continue
        numbers.append(found[match][1])
        at = match + 1
    return numbers


def _page(item, pages: dict) -> int:
    destination = item.destination
    if destination is None and item.action is not None:
        destination = item.action.get("/D")
    if isinstance(destination, pikepdf.Array) and len(destination):
        return pages.get(destination[0].objgen, 0)
    return 0
