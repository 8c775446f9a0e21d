"""What a reader sees in a .docx, inside content controls too (python-docx's
`document.paragraphs` and `document.tables` skip the data regions' `w:sdt`)."""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from services.documents.regions import END_MARK


def all_paragraphs(document) -> list[Paragraph]:
    """Every paragraph of the body outside tables, in order, regions included."""
    body = document.element.body
    return [
        Paragraph(p, document._body)
        for p in body.iter(qn("w:p"))
        if not any(a.tag == qn("w:tbl") for a in p.iterancestors())
    ]


def all_tables(document) -> list[Table]:
    return [Table(t, document._body) for t in document.element.body.iter(qn("w:tbl"))]


def ends_with_the_mark(document) -> bool:
    """The body's last paragraph is the hidden end mark, with no text a person sees."""
    last = all_paragraphs(document)[-1]
    names = [b.get(qn("w:name")) for b in last._p.iter(qn("w:bookmarkStart"))]
    return last.text == "" and END_MARK in names
