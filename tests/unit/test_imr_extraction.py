"""Reading an IMR's chronology and recommendations from Word and Excel files people edited."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import Workbook

from services.documents.docx_tables import read_tables
from services.documents.imr_extract import find_chronology, find_recommendations
from services.documents.xlsx_tables import read_sheets
from services.domain.chronology import Period, check_row, known_subjects
from tests.fakes.imr_docx import (
    HEADER,
    chronology_docx,
    deleted,
    document,
    event,
    header_row,
    inserted,
    p,
    recommendations,
    row,
    run,
    split_runs,
    table,
    tc,
    tr,
)

PERIOD = Period(date(2023, 1, 1), date(2025, 12, 31))
SUBJECTS = known_subjects(
    [{"role": "victim", "real_name": "Jordan Fernleigh", "pseudonym": "Ruth", "aliases": []}]
)


def chronology(data: bytes):
    return find_chronology(read_tables(data))


def checked(found):
    return [
        check_row(n, raw, period=PERIOD, agency="Demoshire Police", subjects=SUBJECTS)
        for n, raw in enumerate(found.rows, start=1)
    ]


def test_run_split_text_is_read_whole():
    split = tr([tc(split_runs(v), raw=True) for v in event("03/04/2024", "Called 999 at night")])
    found = chronology(document(table([header_row(), split])))
    assert found.rows[0]["event"] == "Called 999 at night"
    assert found.rows[0]["date"] == "03/04/2024"


def test_tracked_changes_read_as_accepted_and_deleted_rows_left_out():
    edited = event("03/04/2024", "")
    cells = [tc(v) for v in edited]
    cells[6] = tc(
        run("Victim ") + deleted("disclosed") + inserted("reported") + run(" abuse"), raw=True
    )
    gone = tr([tc(v) for v in event("05/04/2024", "Deleted with tracking on")], deleted_row=True)
    found = chronology(document(table([header_row(), tr(cells), gone])))
    assert [r["event"] for r in found.rows] == ["Victim reported abuse"]
    assert found.counts()["complete"]


def test_table_continued_after_a_page_break_without_a_header():
    first = table([header_row(), row(event("03/04/2024", "First"))])
    second = table([row(event("04/04/2024", "Second")), row(event("05/04/2024", "Third"))])
    found = chronology(document(first, p(page_break=True), second))
    assert [r["event"] for r in found.rows] == ["First", "Second", "Third"]
    assert found.counts()["tables"] == 2
    assert any("continuation" in n for n in found.notices)
    assert found.rows[2]["_where"] == "table 2, row 2"


def test_table_continued_with_its_header_repeated():
    first = table([header_row(), row(event("03/04/2024", "First"))])
    second = table([header_row(), row(event("04/04/2024", "Second"))])
    found = chronology(document(first, p(page_break=True), second))
    assert [r["event"] for r in found.rows] == ["First", "Second"]


def test_an_unrelated_table_after_text_is_not_a_continuation():
    first = table([header_row(), row(event("03/04/2024", "First"))])
    other = table([row(event("x", "Not chronology"))])
    found = chronology(document(first, p(run("5. Summary of involvement")), other))
    assert [r["event"] for r in found.rows] == ["First"]


def test_pasted_table_with_merged_header_cells():
    """A merged "Date and time" over Date | Time, and a title row across the top."""
    columns = len(HEADER)
    title = tr([tc("Police chronology for the review", span=columns)])
    top = tr([tc("Date and time", span=2), *(tc(t) for t in HEADER[2:])])
    sub = tr([tc("Date"), tc("Time"), *(tc("") for _ in HEADER[2:])])
    data = row(event("3 April 2024", "Pasted", time="14:05"))
    found = chronology(document(table([title, top, sub, data])))
    assert len(found.rows) == 1
    assert found.rows[0]["date"] == "3 April 2024"
    assert found.rows[0]["time"] == "14:05"


def test_vertically_merged_date_carries_down_with_a_warning():
    first = [tc("03/04/2024", vmerge="restart"), *(tc(v) for v in event("", "Morning call")[1:])]
    second = [tc(vmerge="continue"), *(tc(v) for v in event("", "Evening visit")[1:])]
    found = chronology(document(table([header_row(), tr(first), tr(second)])))
    rows = checked(found)
    assert [r.when.value for r in rows] == [date(2024, 4, 3), date(2024, 4, 3)]
    assert any(p.severity == "warning" and "merged" in p.message for p in rows[1].problems)


def test_cells_merged_across_columns_are_reported():
    values = event("03/04/2024", "Event and outcome in one")
    cells = [*(tc(v) for v in values[:6]), tc(values[6], span=2), tc(values[8])]
    found = chronology(document(table([header_row(), tr(cells)])))
    problems = checked(found)[0].problems
    assert any("spans Event, Action and outcome" in p.message for p in problems)


def test_blank_rows_missing_and_extra_columns_and_bad_dates_are_reported_row_by_row():
    titles = ["Date", "Agency", "Event", "RAG rating"]  # no Source column; an extra one
    rows = [
        header_row(titles),
        row(["03/04/2024", "Police", "Call", "Red"]),
        row(["", "", "", ""]),
        row(["the week after", "Police", "Visit", "Amber"]),
        row(["04/13/2024", "Police", "Visit", "Green"]),
    ]
    found = chronology(document(table(rows, columns=4)))
    counts = found.counts()
    assert counts == {
        "tables": 1,
        "document_rows": 4,
        "extracted_rows": 3,
        "blank_rows": 1,
        "repeated_header_rows": 0,
        "complete": True,
        "summary": "Read 3 of the 4 rows under the chronology header; 1 blank rows skipped",
    }
    assert "Source" in found.missing_columns
    assert any("RAG rating" in n for n in found.notices)
    problems = [{(p.field, p.severity) for p in r.problems} for r in checked(found)]
    assert ("source", "error") in problems[0]
    assert ("date", "error") in problems[1]
    assert ("date", "error") in problems[2]


def test_dates_outside_the_period_need_a_reason():
    rows = [
        header_row(),
        row(event("03/04/2019", "Old contact")),
        row(event("03/04/2019", "Old, explained", comment="Outside period: first disclosure")),
        row(event("December 2022", "Month before the period")),
        row(event("January 2023", "Month overlapping the start")),
    ]
    result = checked(chronology(document(table(rows))))
    assert [r.blocking for r in result] == [True, False, True, False]
    assert result[1].values["outside_period_reason"] == "first disclosure"
    assert result[3].when.precision == "month"


def test_unknown_subject_is_a_warning_not_a_block():
    rows = [header_row(), row(event("03/04/2024", "Call", subject="Ruth and Neighbour"))]
    result = checked(chronology(document(table(rows))))[0]
    assert not result.blocking
    assert [p.message.split(":")[1].split(".")[0].strip() for p in result.problems] == ["Neighbour"]


def test_five_thousand_rows_are_all_read():
    found = chronology(chronology_docx(5000))
    assert found.counts()["document_rows"] == 5000
    assert len(found.rows) == 5000
    assert found.rows[-1]["event"].startswith("Contact 5000:")


def test_recommendations_table_numbers_as_written_or_in_order():
    data = document(
        table([header_row(), row(event("03/04/2024", "x"))]),
        recommendations([("R1", "Train call handlers"), ("R2", "Audit DASH use")]),
    )
    found, notes = find_recommendations(read_tables(data))
    assert [(r["written_number"], r["text"]) for r in found] == [
        ("R1", "Train call handlers"),
        ("R2", "Audit DASH use"),
    ]
    assert notes == []


def test_chronology_from_a_workbook_with_real_dates_and_merged_cells():
    book = Workbook()
    sheet = book.active
    sheet.title = "Chronology"
    sheet.append(["Police chronology"])
    sheet.merge_cells("A1:I1")
    sheet.append(HEADER)
    sheet.append([datetime(2024, 4, 3, 14, 5), None, None, "PNC", "Victim", "PC", "Call", "", ""])
    sheet.append([None, None, None, "PNC", "Victim", "PC", "Follow-up", "", ""])
    sheet.merge_cells("A3:A4")
    out = io.BytesIO()
    book.save(out)
    found = find_chronology(read_sheets(out.getvalue()))
    result = checked(found)
    assert [r.when.value for r in result] == [date(2024, 4, 3), date(2024, 4, 3)]
    assert result[0].values["time"] == "14:05"
    assert result[0].values["agency"] == "Demoshire Police"
    assert found.rows[0]["_where"] == "sheet 'Chronology', row 3"
