"""Property tests of the xlsx writer (docs/security.md, "Exports"): for any text a person can
type, the action plan workbook holds it as a text cell, never a formula, and reads back exactly."""

from __future__ import annotations

import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.documents.action_plan_reader import formula_cells, read_plan
from services.documents.render_xlsx import render_xlsx
from services.documents.text import clean
from tests.unit.test_action_plan_workbook import TEMPLATE, plan

# What the API lets into a text field: XML 1.0 characters (the Text field refuses the rest).
typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=200,
).map(lambda t: clean(t)[0])
# And the openings spreadsheets treat as formulas, DDE or macros, in front of anything.
dangerous = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "=cmd|' /C calc'!A0", "=HYPERLINK("])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(action=st.one_of(typed, st.builds(lambda d, t: d + t, dangerous, typed)), outcome=typed)
def test_any_typed_text_is_a_text_cell_and_reads_back_exactly(action, outcome):
    context = plan(1)
    context["actions"][0].update(action=action, outcome=outcome)
    data = render_xlsx(TEMPLATE, context)

    assert formula_cells(data, "Action plan") == set()
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Action plan"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    rows, problems = read_plan(data)
    assert problems == []
    cells = rows[0].cells
    assert (cells["action"].value or "") == action.replace("\r\n", "\n").replace("\r", "\n")
    assert (cells["outcome"].value or "") == outcome.replace("\r\n", "\n").replace("\r", "\n")
