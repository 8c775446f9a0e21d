"""The one writer of spreadsheet cells: every xlsx and CSV the service produces goes through here.

Text is always stored as text, whatever its first character: in a workbook as an inline string
cell (`t="inlineStr"`), never a formula (openpyxl makes any value starting with "=" a formula
unless told otherwise); in a CSV with a leading apostrophe when it starts with one of the
characters spreadsheets read as a formula or DDE (= + - @ tab CR), as OWASP advises. Characters
XML cannot hold are removed first, so an export never fails halfway. Dates stay dates and numbers
stay numbers (docs/security.md, "Exports").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from services.documents.text import clean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD/MM/YYYY"


def set_cell(cell, value) -> None:
    """Writes one value into an openpyxl cell (normal or write-only) by the rules above."""
    if isinstance(value, bool):
        cell.value = "Yes" if value else "No"
        cell.data_type = "s"
    elif isinstance(value, datetime | date):
        cell.value, cell.number_format = value, DATE_FORMAT
    elif isinstance(value, int | float):
        cell.value = value
    else:
        cell.value = clean(str(value))[0]
        cell.data_type = "s"  # an inline string: "=HYPERLINK(…)" stays those characters


def workbook(sheet_title: str, header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """A one-sheet workbook, streamed (openpyxl's write-only mode), every cell by set_cell."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title)
    for values in (header, *rows):
        sheet.append([_write_only(sheet, v) for v in values])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _write_only(sheet, value):
    cell = WriteOnlyCell(sheet)
    if value not in (None, ""):
        set_cell(cell, value)
    return cell


def csv_text(value) -> str:
    """One CSV field: inert text (a leading apostrophe before a formula opening)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    text = clean(str(value))[0]  # CR became LF here: a field may not open with either
    return "'" + text if text.startswith((*FORMULA_STARTS, "\n")) else text


def csv_bytes(fields: Sequence[str], rows: Iterable[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(fields))
    writer.writeheader()
    writer.writerows({k: csv_text(row.get(k)) for k in fields} for row in rows)
    return out.getvalue().encode("utf-8")
