"""The combined chronology: a table per year, header repeated, text escaped, nothing lost."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
from docxtpl import DocxTemplate
from lxml import etree

from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.jinja_env import make_environment
from services.documents.regions import fingerprint, recorded, regions
from services.documents.render_docx import render_docx
from services.documents.text import clean_tree
from tests.fakes.docx_text import all_paragraphs, all_tables, ends_with_the_mark
from tests.fakes.review_data import TRICKY, sample_extra, sample_review_data


def rows(n: int, start_year: int = 2024) -> list[dict]:
    return [
        {
            "date": date(start_year + i * 3 // n, 1 + i % 12, 1 + i % 28),
            "time": "",
            "agency": "Police" if i % 2 else "GP",
            "event": f"Event {i} {TRICKY}\nline two",
            "action_outcome": f"Outcome {i}",
        }
        for i in range(n)
    ]


def rendered(chronology: list[dict]) -> docx.Document:
    """The overview with the combined chronology in the appendix the panel chose."""
    template = CATALOGUE["overview_report"]
    h = headings_for(load_headings(), "overview_report", "2016")
    extra = {**sample_extra(h), "chronology_appendix": True}
    context = template.build(sample_review_data(chronology=chronology), extra)
    return docx.Document(io.BytesIO(render_docx(template.default_bytes(), context)))


def chronology_tables(document) -> list:
    return [
        t
        for t in all_tables(document)
        if [c.text for c in t.rows[0].cells] == ["Date", "Agency", "Event", "Action and outcome"]
    ]


def test_one_table_per_year_with_the_header_repeated():
    document = rendered(list(reversed(rows(90))))
    tables = chronology_tables(document)
    assert len(tables) == 3
    assert sum(len(t.rows) - 1 for t in tables) == 90
    for table in tables:
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
    first = tables[0].rows[1].cells
    assert first[0].text == "1 January 2024"
    assert first[2].text == f"Event 0 {TRICKY}\nline two"
    years = [p.text for p in all_paragraphs(document) if p.style.name == "Heading 2"]
    assert {"2024", "2025", "2026"} <= set(years)


def test_an_empty_chronology_leaves_no_marker():
    document = rendered([])
    assert chronology_tables(document) == []
    assert not any("DHR-BLOCK" in p.text for p in all_paragraphs(document))
    assert ends_with_the_mark(document)


def stock_template() -> bytes:
    """The chronology as stock docxtpl fills it: one table, a `{%tr for %}` row loop."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=4)
    for cell, title in zip(table.rows[0].cells, COLUMN_TITLES, strict=True):
        cell.text = title
    table.add_row().cells[0].text = "{%tr for row in chronology %}"
    fields = ("row|event_date", "row.agency", "row.event", "row.action_outcome")
    for cell, field in zip(table.add_row().cells, fields, strict=True):
        cell.text = f"{{{{ {field} }}}}"
    table.add_row().cells[0].text = "{%tr endfor %}"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


COLUMN_TITLES = ("Date", "Agency", "Event", "Action and outcome")


def test_the_combined_chronology_holds_what_stock_docxtpl_writes():
    """Our engine (tables by year, spliced) against docxtpl's own row loop over the same rows:
    the same rows, in the same order, with the same text in every cell."""
    odd = {"date": "2019-06-01", "date_precision": "month", "event": "a\r\nb", "agency": None}
    chronology = [
        *rows(150, start_year=2019),
        {**odd, "action_outcome": "Referred <MARAC>"},
        {**odd, "date": "2020-02-03", "date_text": "Early 2020 & <later>", "action_outcome": 7},
    ]
    template = CATALOGUE["combined_chronology"]
    h = headings_for(load_headings(), "overview_report", "2016")
    context = template.build(sample_review_data(chronology=chronology), sample_extra(h))
    ours = docx.Document(io.BytesIO(render_docx(template.default_bytes(), context)))
    in_order = clean_tree(context["chronology_tables"].rows)  # as every template's text is
    stock = DocxTemplate(io.BytesIO(stock_template()))
    stock.render({"chronology": in_order}, jinja_env=make_environment(), autoescape=True)
    out = io.BytesIO()
    stock.save(out)
    (expected,) = all_tables(docx.Document(out))
    tables = chronology_tables(ours)
    written = [[c.text for c in row.cells] for t in tables for row in t.rows[1:]]
    assert written == [[c.text for c in row.cells] for row in expected.rows[1:]]
    assert len(written) == len(chronology)
    years = [p.text for p in all_paragraphs(ours) if p.style.name == "Heading 2"]
    assert years == sorted({str(r["date"])[:4] for r in chronology})


def test_the_recorded_fingerprints_are_those_of_the_written_chronology():
    """The fingerprints are made before the tables are spliced in (over placeholders); they
    must be what the finished document's regions read, or every refill reports a conflict."""
    template = CATALOGUE["overview_report"]
    h = headings_for(load_headings(), "overview_report", "2016")
    extra = {**sample_extra(h), "chronology_appendix": True}
    context = template.build(sample_review_data(chronology=rows(120)), extra)
    package = render_docx(template.default_bytes(), context)
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    found = {name: fingerprint(sdt) for name, sdt in regions(body).items()}
    assert "appendix_chronology" in found
    assert recorded(package) == found
