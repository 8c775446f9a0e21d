"""Fills the action-plan workbook; every cell through the one writer (documents/sheet_writer.py).

Columns are found by their header in row 1, so a council's own template may order them as it
likes; a column our plan needs and the template lacks is added after the last one.
"""

from __future__ import annotations

import io
from copy import copy

import openpyxl
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, PatternFill
from openpyxl.styles.cell_style import StyleArray

from services.documents.action_plan_columns import COLUMNS, RAG
from services.documents.sheet_writer import set_cell
from services.domain.action_tracking import AT_RISK_DAYS
from services.domain.errors import known

SHEET, LISTS = "Action plan", "Lists"
FIRST = 2
WRAP = Alignment(wrap_text=True, vertical="top")  # long text wraps in print, never overflows
LIST_COLUMNS = {"agencies": 3, "recommendation_labels": 4, "themes": 5}


def render_xlsx(template: bytes, context: dict) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet, lists = book[SHEET], book[LISTS]
    for key, column in LIST_COLUMNS.items():
        for row, value in enumerate(context.get(key, ()), start=1):
            set_cell(lists.cell(row=row, column=column), str(value))
    where = column_positions(sheet)
    wrapped: dict[tuple[int, ...], StyleArray] = {}
    for offset, action in enumerate(context["actions"]):
        row = FIRST + offset
        for key, column in where.items():
            value = action.get(key)
            if value in (None, ""):
                continue  # untouched cells are never created: openpyxl's cost is per cell
            cell = sheet.cell(row=row, column=column)
            set_cell(cell, value)
            _wrap(cell, wrapped)
        sheet.row_dimensions[row].height = _height(sheet, where, action)
        if action.get("evidence_url"):
            sheet.cell(row=row, column=where["evidence"]).hyperlink = action["evidence_url"]
    _rag_shading(sheet, where, FIRST + len(context["actions"]) - 1)
    # openpyxl's header and footer always hold their three parts; its __init__ defaults them
    # to None before making them, which is all pyright sees.
    sheet.oddHeader.center.text = context["marking"]  # pyright: ignore[reportOptionalMemberAccess]
    footer = f"{context['review']['reference']} · version {context['version']}"
    sheet.oddFooter.left.text = footer  # pyright: ignore[reportOptionalMemberAccess]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _wrap(cell, wrapped: dict[tuple[int, ...], StyleArray]) -> None:
    """`cell.alignment = WRAP`, done once per distinct style: openpyxl looks each assignment up
    in the workbook's style tables by value, which was most of the time of a 1,000-row export;
    cells of the same style then take the wrapped style's indices as they are."""
    key = tuple(cell._style if cell._style is not None else StyleArray())
    found = wrapped.get(key)
    if found is None:
        cell.alignment = WRAP  # which gives the cell a style of its own
        wrapped[key] = copy(known(cell._style, "a cell whose alignment was set has a style"))
    else:
        cell._style = copy(found)


def _height(sheet, where: dict[str, int], action: dict) -> float:
    """A row tall enough for its longest wrapped cell (spreadsheets do not grow rows that a
    program wrote; 15 points a line, a character of width a character of text)."""
    lines = 1
    for key, column in where.items():
        text = str(action.get(key) or "")
        width = sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width
        lines = max(lines, *(-(-len(part) // max(int(width or 10), 1)) for part in [text]))
    return 15.0 * min(lines, 20)


def column_positions(sheet) -> dict[str, int]:
    """Column key -> column number, from the header row; missing columns are appended."""
    titles = COLUMNS.by_title()
    where: dict[str, int] = {}
    last = 0
    for cell in sheet[1]:
        if cell.value is None:
            continue
        last = max(last, cell.column)
        spec = titles.get(str(cell.value).strip().casefold())
        if spec is not None:
            where.setdefault(spec.key, cell.column)
    for spec in COLUMNS:
        if spec.key not in where:
            last += 1
            sheet.cell(row=1, column=last, value=spec.title)
            sheet.column_dimensions[
                sheet.cell(row=1, column=last).column_letter
            ].hidden = spec.hidden
            where[spec.key] = last
    return where


def _rag_shading(sheet, where: dict[str, int], last_row: int) -> None:
    """Excel colours the status as RAG and shades a row whose target date has passed, and keeps
    doing so as people edit (services.domain.action_tracking.rag says the same in the API).
    Conditional rules, not per-cell fills: one rule costs what one cell does."""
    letter = lambda key: sheet.cell(row=1, column=where[key]).column_letter  # noqa: E731
    target, status = f"${letter('target_date')}{FIRST}", f"${letter('status')}{FIRST}"
    end = sheet.cell(row=1, column=sheet.max_column).column_letter
    last = max(last_row, 2000)
    status_range = f"{letter('status')}{FIRST}:{letter('status')}{last}"
    open_ = f'{status}<>"Complete",{status}<>"Cannot complete"'
    for colour, formula in (
        ("green", f'{status}="Complete"'),
        ("grey", f'{status}="Cannot complete"'),
        ("red", f'AND({target}<>"",{target}<TODAY(),{open_})'),
        ("amber", f'AND({status}<>"",{open_},OR({target}="",{target}-TODAY()<={AT_RISK_DAYS}))'),
        ("green", f'AND({status}<>"",{open_})'),
    ):
        fill = PatternFill("solid", fgColor=RAG[colour])
        rule = FormulaRule(formula=[formula], fill=fill, stopIfTrue=True)
        sheet.conditional_formatting.add(status_range, rule)
    sheet.conditional_formatting.add(
        f"A{FIRST}:{end}{last}",
        FormulaRule(
            formula=[f'AND({target}<>"",{target}<TODAY(),{open_})'],
            fill=PatternFill("solid", fgColor="F8CBAD"),
        ),
    )
