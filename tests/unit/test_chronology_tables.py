"""The combined chronology: a table per year, header repeated, text escaped, nothing lost."""

from __future__ import annotations

import io
from datetime import date

import docx

from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import render_docx
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
    template = CATALOGUE["overview_report"]
    h = headings_for(load_headings(), "overview_report", "2016")
    context = template.build(sample_review_data(chronology=chronology), sample_extra(h))
    return docx.Document(io.BytesIO(render_docx(template.default_bytes(), context)))


def chronology_tables(document) -> list:
    return [
        t
        for t in document.tables
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
    years = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert {"2024", "2025", "2026"} <= set(years)


def test_an_empty_chronology_leaves_no_marker():
    document = rendered([])
    assert chronology_tables(document) == []
    assert not any("DHR-BLOCK" in p.text for p in document.paragraphs)
    assert document.paragraphs[-1].text == "End of document."
