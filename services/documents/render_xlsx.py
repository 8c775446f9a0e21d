"""Fills the action-plan workbook: every value from people written as text, never a formula."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill

from services.documents.action_plan_columns import COLUMNS, RAG
from services.documents.text import clean

FIRST = 2


def render_xlsx(template: bytes, context: dict) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet, lists = book["Action plan"], book["Lists"]
    for row, agency in enumerate(context["agencies"], start=1):
        _text(lists.cell(row=row, column=3), agency)
    status_column = COLUMNS.keys().index("status") + 1
    for offset, action in enumerate(context["actions"]):
        row = FIRST + offset
        for column, spec in enumerate(COLUMNS, start=1):
            value = action.get(spec.key)
            if value in (None, ""):
                continue  # untouched cells are never created: openpyxl's cost is per cell
            cell = sheet.cell(row=row, column=column)
            if spec.kind == "date" and isinstance(value, date):
                cell.value, cell.number_format = value, "DD/MM/YYYY"
            else:
                _text(cell, value)
        if action.get("status") in RAG:
            sheet.cell(row=row, column=status_column).fill = PatternFill(
                "solid", fgColor=RAG[action["status"]]
            )
    last = max(FIRST + len(context["actions"]) - 1, 2000)
    end = sheet.cell(row=1, column=len(COLUMNS)).column_letter
    target, status = COLUMNS.letter("target_date"), COLUMNS.letter("status")
    sheet.conditional_formatting.add(
        f"A{FIRST}:{end}{last}",
        FormulaRule(
            formula=[
                f'AND(${target}{FIRST}<>"",${target}{FIRST}<TODAY(),${status}{FIRST}<>"Complete")'
            ],
            fill=PatternFill("solid", fgColor="F8CBAD"),
        ),
    )
    sheet.oddHeader.center.text = context["marking"]
    sheet.oddFooter.left.text = f"{context['review']['reference']} · version {context['version']}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(cell, value) -> None:
    """A string cell whatever the text starts with (=, +, -, @): formula injection is inert."""
    cell.value = clean(str(value))[0]
    cell.data_type = "s"
