"""The action plan's pure rules: RAG and overdue, reminders, V15, the SMART check, and reading an
edited workbook's cells back (every cell checked, conflicts by row version)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from services.domain.action_plan_import import (
    Lookups,
    SheetCell,
    SheetRow,
    milestones_text,
    plan_import,
    resolve_recommendation,
)
from services.domain.action_tracking import completion_problems, is_overdue, rag, reminder_due
from services.domain.smart import smart_findings

TODAY = date(2026, 11, 26)
LETTERS = {
    "id": "A",
    "recommendation": "C",
    "scope": "D",
    "action": "E",
    "success_measure": "F",
    "lead_agency": "G",
    "lead_officer": "H",
    "milestones": "I",
    "target_date": "J",
    "completion_date": "K",
    "outcome": "L",
    "status": "M",
    "evidence": "O",
    "theme": "P",
    "version": "Q",
}


def test_rag_and_overdue_follow_the_target_date_and_status():
    assert rag("in_progress", date(2026, 11, 1), TODAY) == "red"
    assert is_overdue("in_progress", date(2026, 11, 1), TODAY)
    assert not is_overdue("complete", date(2026, 11, 1), TODAY)
    assert rag("not_started", date(2026, 12, 10), TODAY) == "amber"
    assert rag("in_progress", date(2026, 12, 10), TODAY) == "green"
    assert rag("not_started", None, TODAY) == "amber"
    assert rag("cannot_complete", date(2026, 1, 1), TODAY) == "grey"


def test_a_reminder_goes_once_per_target_date_within_the_window():
    target = date(2026, 12, 5)
    assert reminder_due("in_progress", target, None, TODAY, 14)
    assert not reminder_due("in_progress", target, target, TODAY, 14)  # already sent
    assert reminder_due("in_progress", target, date(2026, 11, 30), TODAY, 14)  # date moved
    assert not reminder_due("in_progress", date(2027, 1, 31), None, TODAY, 14)  # too early
    assert not reminder_due("complete", target, None, TODAY, 14)
    assert not reminder_due("in_progress", date(2026, 11, 1), None, TODAY, 14)  # already late


def test_v15_complete_needs_a_date_and_an_outcome_or_evidence():
    assert set(completion_problems("complete", None, "", False, "", TODAY)) == {
        "completion_date",
        "outcome",
    }
    assert completion_problems("complete", TODAY, "", True, "", TODAY) == {}
    assert completion_problems("complete", TODAY, "Trained 96%", False, "", TODAY) == {}
    assert set(completion_problems("cannot_complete", None, "", False, " ", TODAY)) == {
        "closure_reason"
    }
    assert "completion_date" in completion_problems(
        "complete", date(2027, 1, 1), "x", False, "", TODAY
    )


@pytest.mark.parametrize(
    ("action", "criterion"),
    [
        ("Consider training", "specific"),
        ("Review the policy", "specific"),
        ("Raise awareness of coercive control", "specific"),
        ("Staff are trained in coercive control", "specific"),  # the recommendation repeated
    ],
)
def test_the_smart_check_flags_vague_actions(action, criterion):
    row = {
        "action": action,
        "success_measure": "Audit",
        "lead_agency_id": 1,
        "lead_officer": "A Person",
        "target_date": date(2027, 6, 1),
        "scope": "local",
        "milestones": [{"on": "2027-01-01", "text": "Start"}],
    }
    found = smart_findings(
        row,
        recommendation_text="Staff are trained in coercive control.",
        agency_ids={1},
        plan_date=TODAY,
    )
    assert [(f["field"], f["criterion"]) for f in found] == [("action", criterion)]


def test_the_smart_check_names_every_missing_part():
    found = smart_findings(
        {"action": "Write a new DASH procedure for call handlers", "scope": "local"},
        recommendation_text="x",
        agency_ids={1},
        plan_date=TODAY,
    )
    assert {(f["field"], f["criterion"]) for f in found} == {
        ("success_measure", "measurable"),
        ("lead_agency_id", "assigned"),
        ("lead_officer", "assigned"),
        ("target_date", "time-bound"),
        ("milestones", "measurable"),
    }
    late = smart_findings(
        {"action": "Write a procedure", "target_date": TODAY, "scope": "local"},
        recommendation_text="x",
        agency_ids=set(),
        plan_date=TODAY,
    )
    assert ("target_date", "realistic") in {(f["field"], f["criterion"]) for f in late}


LABELS = {"overview:1": "1. Train staff", "imr:7:1": "Demoshire Police 1. Audit DASH"}


def test_a_recommendation_is_named_by_ref_label_or_number():
    assert resolve_recommendation("overview:1", LABELS) == "overview:1"
    assert resolve_recommendation("1.  Train   staff", LABELS) == "overview:1"
    assert resolve_recommendation("1", LABELS) == "overview:1"
    assert resolve_recommendation("demoshire police 1", LABELS) == "imr:7:1"
    with pytest.raises(ValueError, match="Not a recommendation"):
        resolve_recommendation("9", LABELS)


def lookups(**kw) -> Lookups:
    values = {
        "agencies": {"demoshire police": 1, "demo district council": 2},
        "review_agencies": frozenset({1, 2}),
        "recommendations": LABELS,
        "recommendation_texts": {"overview:1": "Train staff", "imr:7:1": "Audit DASH"},
        "themes": ("training", "information sharing"),
        "evidence": {40: "Training register"},
        "today": TODAY,
        **kw,
    }
    return Lookups(**values)


def server_row(**kw) -> dict:
    return {
        "recommendation": "overview:1",
        "scope": "local",
        "action": "Run a two-hour course for every officer",
        "success_measure": "95% trained",
        "lead_agency_id": 1,
        "lead_officer": "Marion Kells",
        "milestones": [{"on": "2026-10-01", "text": "Course written"}],
        "target_date": date(2027, 9, 30),
        "completion_date": None,
        "outcome": "",
        "closure_reason": "",
        "status": "not_started",
        "evidence_document_id": None,
        "theme": "training",
        "version": 2,
        "created_on": date(2026, 9, 1),
        **kw,
    }


def sheet_row(number: int, **values) -> SheetRow:
    cells = {}
    for key, value in values.items():
        formula = isinstance(value, str) and value.startswith("=")
        cells[key] = SheetCell(f"{LETTERS[key]}{number}", value, formula)
    return SheetRow(number, cells)


def as_sheet(row_id: int, row: dict, number: int = 2, **changes) -> SheetRow:
    values = {
        "id": f"A{row_id}",
        "recommendation": LABELS[row["recommendation"]],
        "scope": row["scope"],
        "action": row["action"],
        "success_measure": row["success_measure"],
        "lead_agency": "Demoshire Police",
        "lead_officer": row["lead_officer"],
        "milestones": milestones_text(row["milestones"]),
        "target_date": datetime(2027, 9, 30),
        "completion_date": None,
        "outcome": row["outcome"],
        "status": "Not started",
        "evidence": None,
        "theme": row["theme"],
        "version": row["version"],
    }
    values.update(changes)
    return sheet_row(number, **values)


def test_an_unchanged_sheet_changes_nothing_even_with_a_stale_version():
    row = server_row()
    outcome = plan_import([as_sheet(5, row, version=1)], {5: row}, lookups())
    assert (outcome.updates, outcome.creates, outcome.problems) == ([], [], [])
    assert outcome.unchanged == 1


def test_edited_cells_become_changes_of_just_those_fields():
    row = server_row()
    edited = as_sheet(
        5,
        row,
        status="In progress",
        milestones="01/10/2026: Course written; 20/11/2026: First course run",
        lead_officer="DI Jo Okafor",
    )
    outcome = plan_import([edited], {5: row}, lookups())
    assert outcome.problems == []
    assert outcome.updates == [
        (
            5,
            {
                "status": "in_progress",
                "milestones": [
                    {"on": "2026-10-01", "text": "Course written"},
                    {"on": "2026-11-20", "text": "First course run"},
                ],
                "lead_officer": "DI Jo Okafor",
            },
        )
    ]


def test_bad_cells_are_each_named_by_sheet_cell_and_field():
    row = server_row()
    rows = [
        as_sheet(5, row, number=2, target_date="31/02/2027"),
        as_sheet(6, row, number=3, lead_agency="Ministry of Magic"),
        as_sheet(7, row, number=4, outcome="=SUM(1,2)"),
        as_sheet(8, row, number=5, action="Something new", version=1),
        as_sheet(9, row, number=6, theme="astrology", scope="galactic"),
    ]
    server = {i: server_row() for i in (5, 6, 7, 8, 9)}
    outcome = plan_import(rows, server, lookups())
    found = {(p.sheet, p.cell, p.field) for p in outcome.problems}
    assert found == {
        ("Action plan", "J2", "target_date"),
        ("Action plan", "G3", "lead_agency_id"),
        ("Action plan", "L4", "outcome"),
        ("Action plan", "Q5", "version"),
        ("Action plan", "P6", "theme"),
        ("Action plan", "D6", "scope"),
    }
    messages = {p.cell: p.message for p in outcome.problems}
    assert "not a day of February" in messages["J2"]
    assert "formula" in messages["L4"]
    assert "changed by someone else" in messages["Q5"]


def test_a_new_row_needs_its_recommendation_and_is_smart_checked():
    vague = sheet_row(9, recommendation="1", scope="local", action="Consider training")
    drafting = plan_import([vague], {}, lookups())
    assert drafting.problems == [] and len(drafting.creates) == 1
    assert drafting.creates[0]["recommendation"] == "overview:1"
    assert {w["field"] for w in drafting.warnings} >= {"action", "success_measure"}
    agreed = plan_import([vague], {}, lookups(plan_agreed=True))
    assert agreed.creates and {p.field for p in agreed.problems} >= {"action", "lead_officer"}
    assert all("the plan is agreed" in p.message for p in agreed.problems)
    missing = plan_import([sheet_row(9, action="Run a course")], {}, lookups())
    assert {p.field for p in missing.problems} == {"recommendation", "scope"}


def test_the_lead_agency_records_progress_but_not_the_plan():
    row = server_row()
    member = lookups(edit_all=False, own_agencies=frozenset({1}))
    progress = as_sheet(5, row, status="In progress")
    assert plan_import([progress], {5: row}, member).problems == []
    rewrite = as_sheet(5, row, action="Do something else")
    assert [p.field for p in plan_import([rewrite], {5: row}, member).problems] == ["action"]
    other = lookups(edit_all=False, own_agencies=frozenset({2}))
    assert [p.field for p in plan_import([progress], {5: row}, other).problems] == ["id"]


def test_complete_in_the_sheet_needs_a_date_and_an_outcome():
    row = server_row()
    half = as_sheet(5, row, status="Complete")
    assert {p.field for p in plan_import([half], {5: row}, lookups()).problems} == {
        "completion_date",
        "outcome",
    }
    done = as_sheet(
        5,
        row,
        status="Complete",
        completion_date=datetime(2026, 11, 20),
        evidence="https://dhr.example/api/v1/documents/40",
    )
    outcome = plan_import([done], {5: row}, lookups())
    assert outcome.problems == []
    assert outcome.updates[0][1]["evidence_document_id"] == 40


def test_unknown_and_repeated_ids_are_problems():
    row = server_row()
    outcome = plan_import(
        [as_sheet(5, row, number=2), as_sheet(5, row, number=3), as_sheet(99, row, number=4)],
        {5: row},
        lookups(),
    )
    assert [(p.cell, p.field) for p in outcome.problems] == [("A3", "id"), ("A4", "id")]
