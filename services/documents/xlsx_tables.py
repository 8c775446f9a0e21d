"""Worksheets read as tables (openpyxl), with merged ranges kept as spans and vertical merges.

Cells keep their types: a date typed into Excel arrives as a datetime and is taken as it is; a
date typed as text goes through the same parser as a Word chronology. Cached formula values are
read, never the formulas.
"""

from __future__ import annotations

import io
import warnings

from openpyxl import load_workbook

from services.documents.docx_tables import Cell, Row, Table


def read_sheets(data: bytes) -> list[Table]:
    with warnings.catch_warnings():
        # openpyxl warns about features it drops (data validation extensions, slicers).
        warnings.simplefilter("ignore")
        book = load_workbook(io.BytesIO(data), data_only=True)
    try:
        return [_sheet(sheet, i) for i, sheet in enumerate(book.worksheets, start=1)]
    finally:
        book.close()


def _sheet(sheet, index: int) -> Table:
    starts: dict[tuple[int, int], int] = {}
    below: set[tuple[int, int]] = set()
    hidden: set[tuple[int, int]] = set()
    for merged in sheet.merged_cells.ranges:
        width = merged.max_col - merged.min_col + 1
        starts[(merged.min_row, merged.min_col)] = width
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                if column == merged.min_col and row > merged.min_row:
                    below.add((row, column))
                    starts[(row, column)] = width
                elif (row, column) != (merged.min_row, merged.min_col):
                    hidden.add((row, column))
    rows = []
    columns = 0
    for cells in sheet.iter_rows():
        found = []
        for cell in cells:
            at = (cell.row, cell.column)
            if at in hidden:
                continue
            found.append(
                Cell(cell.value, cell.column - 1, starts.get(at, 1), continues_above=at in below)
            )
        if found:
            rows.append(Row(found, cells[0].row))
            columns = max(columns, max(c.column + c.span for c in found))
    return Table(index, rows, f"sheet '{sheet.title}'", follows_table=False, columns=columns)
