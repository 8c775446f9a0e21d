"""The action-plan workbook written and read back: columns by heading, RAG by conditional rules,
formula cells found, and no row lost to a stale sheet dimension."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

import openpyxl

from services.documents.action_plan_reader import formula_cells, read_plan
from services.documents.catalogue import CATALOGUE
from services.documents.render_xlsx import render_xlsx

TEMPLATE = CATALOGUE["action_plan"].default_bytes()


def plan(rows: int) -> dict:
    return {
        "review": {"reference": "DEMO-2026-001"},
        "marking": "OFFICIAL-SENSITIVE",
        "version": "test",
        "agencies": ["Demoshire Police"],
        "recommendation_labels": ["1. Train staff"],
        "themes": ["training"],
        "actions": [
            {
                "id": f"A{i}",
                "recommendation": "1. Train staff",
                "scope": "local",
                "action": f"Action {i}",
                "lead_agency": "Demoshire Police",
                "target_date": date(2027, 3, 31),
                "status": "In progress",
                "evidence": "Register [D4]",
                "evidence_url": "https://dhr.example/api/v1/documents/4",
                "version": 3,
            }
            for i in range(1, rows + 1)
        ],
    }


def save(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_written_rows_read_back_with_their_cells_and_versions():
    rows, problems = read_plan(render_xlsx(TEMPLATE, plan(3)))
    assert problems == []
    assert [r.number for r in rows] == [2, 3, 4]
    first = rows[0].cells
    assert (first["id"].ref, first["id"].value) == ("A2", "A1")
    assert first["version"].value == 3
    assert first["target_date"].value == date(2027, 3, 31)
    assert first["evidence"].value == "Register [D4]"
    assert not any(c.formula for c in first.values())


def test_status_colours_are_conditional_rules_and_the_version_column_is_hidden():
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(TEMPLATE, plan(2))))
    sheet = book["Action plan"]
    headings = {c.value: c.column_letter for c in sheet[1]}
    assert sheet.column_dimensions[headings["Row version"]].hidden
    ranges = {str(r.sqref) for r in sheet.conditional_formatting}
    assert f"{headings['Status']}2:{headings['Status']}2000" in ranges
    assert sheet[f"{headings['Evidence']}2"].hyperlink.target.endswith("/documents/4")


def test_a_formula_typed_into_any_cell_is_found():
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(TEMPLATE, plan(2))))
    book["Action plan"]["L3"] = "=SUM(1,2)"
    data = save(book)
    assert formula_cells(data, "Action plan") == {"L3"}
    rows, _ = read_plan(data)
    assert [k for k, c in rows[1].cells.items() if c.formula] == ["outcome"]


def test_columns_are_found_by_heading_whatever_their_order():
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(TEMPLATE, plan(1))))
    sheet = book["Action plan"]
    sheet.insert_cols(1)
    sheet["A1"] = "Our own notes"
    sheet["A2"] = "checked by LH"
    rows, problems = read_plan(save(book))
    assert problems == [] and rows[0].cells["id"].ref == "B2"
    assert "Our own notes" not in rows[0].cells


def test_a_workbook_without_the_row_version_column_is_refused_whole():
    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(TEMPLATE, plan(1))))
    book["Action plan"].delete_cols(17)
    rows, problems = read_plan(save(book))
    assert rows == [] and "Row version" in problems[0].message


def test_no_row_is_lost_when_the_stored_dimension_is_stale():
    data = render_xlsx(TEMPLATE, plan(50))
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body, count = re.subn(rb'<dimension ref="[^"]+"', b'<dimension ref="A1:Q2"', body)
                assert count == 1
            target.writestr(item, body)
    rows, problems = read_plan(out.getvalue())
    assert problems == [] and len(rows) == 50


def test_something_that_is_not_a_workbook_is_a_problem_not_a_crash():
    rows, problems = read_plan(b"PK\x03\x04 not really a zip")
    assert rows == [] and problems[0].field == "file"
