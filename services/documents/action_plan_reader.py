"""Reads an action-plan workbook back into cells: each column found by its header, formulas kept
as formulas (so the import can refuse them), hyperlinks kept for the evidence column.

The workbook is opened in normal mode, not read-only: read-only mode trusts the sheet's stored
dimensions, and a workbook saved by another tool with a stale dimension silently loses rows.
"""

from __future__ import annotations

import io
import warnings

from openpyxl import load_workbook
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from services.documents.action_plan_columns import COLUMNS
from services.domain.action_plan_import import SHEET, Problem, SheetCell, SheetRow

REQUIRED = ("id", "version")


def read_plan(data: bytes) -> tuple[list[SheetRow], list[Problem]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not keep
        book = load_workbook(io.BytesIO(data), data_only=False)
    try:
        if SHEET not in book.sheetnames:
            return [], [Problem("A1", "file", f"No sheet named '{SHEET}'", sheet=SHEET)]
        sheet = book[SHEET]
        titles = COLUMNS.by_title()
        where: dict[str, int] = {}
        for cell in sheet[1]:
            spec = titles.get(str(cell.value or "").strip().casefold())
            if spec is not None:
                where.setdefault(spec.key, cell.column)
        missing = [COLUMNS.by_key(k).title for k in REQUIRED if k not in where]
        if missing:
            message = f"Missing the column(s) {', '.join(missing)}: download the plan again"
            return [], [Problem("A1", "file", message)]
        rows = []
        for cells in sheet.iter_rows(min_row=2, max_col=max(where.values())):
            number = cells[0].row
            found = {key: _cell(cells[column - 1], key) for key, column in where.items()}
            rows.append(SheetRow(number, found))
        return rows, []
    finally:
        book.close()


def _cell(cell, key: str) -> SheetCell:
    value = cell.value
    formula = cell.data_type == "f" or isinstance(value, ArrayFormula | DataTableFormula)
    if key == "evidence" and cell.hyperlink is not None and cell.hyperlink.target:
        text = "" if value is None else str(value)
        value = text if "/documents/" in text else cell.hyperlink.target
    return SheetCell(cell.coordinate, value, formula)
