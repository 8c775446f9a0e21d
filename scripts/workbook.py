"""The action-plan workbook template: columns, styles, lists, validations and print setup."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins

from scripts.reproducible import write_reproducibly
from services.documents.action_plan_columns import COLUMNS, SCOPES, STATUSES

LAST_ROW = 2000


def build_action_plan(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    lists = book.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for row, value in enumerate(SCOPES, start=1):
        lists.cell(row=row, column=1, value=value)
    for row, value in enumerate(STATUSES, start=1):
        lists.cell(row=row, column=2, value=value)
    header_fill = PatternFill("solid", fgColor="1F3864")
    for column, spec in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=spec.title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[cell.column_letter].width = spec.width
        sheet.column_dimensions[cell.column_letter].hidden = spec.hidden
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{sheet.cell(row=1, column=len(COLUMNS)).column_letter}1"
    # Columns C (agencies), D (recommendations) and E (themes) are filled for each review.
    for key, source in (
        ("scope", f"Lists!$A$1:$A${len(SCOPES)}"),
        ("status", f"Lists!$B$1:$B${len(STATUSES)}"),
        ("lead_agency", "Lists!$C$1:$C$200"),
        ("recommendation", "Lists!$D$1:$D$500"),
        ("theme", "Lists!$E$1:$E$100"),
    ):
        letter = COLUMNS.letter(key)
        rule = DataValidation(
            type="list",
            formula1=f"={source}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Not in the list",
            error="Choose a value from the list",
        )
        rule.add(f"{letter}2:{letter}{LAST_ROW}")
        sheet.add_data_validation(rule)
    print_setup(sheet)
    sheet.oddHeader.center.text = "OFFICIAL-SENSITIVE"
    sheet.oddFooter.center.text = "&P of &N"
    book.properties.creator = "DHR add-in"
    buffer = io.BytesIO()
    book.save(buffer)
    write_reproducibly(buffer.getvalue(), path)


def print_setup(sheet) -> None:
    """A4 landscape, every column on one page's width, the header row on every page, and a
    header row tall enough for its wrapped titles (white on dark blue never overprints row 2)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.8, bottom=0.7, header=0.3)
    sheet.row_dimensions[1].height = 48
