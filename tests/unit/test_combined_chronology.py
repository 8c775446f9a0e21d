"""The combined chronology's order and duplicate flags, and the SMART check of an action."""

from __future__ import annotations

from datetime import date

from services.domain.combined_chronology import merge
from services.domain.smart import smart_findings


def row(id_, day, agency, event, precision="day", time=None):
    return {
        "id": id_,
        "date": day,
        "date_precision": precision,
        "time": time,
        "agency": agency,
        "event": event,
    }


def test_months_before_their_days_untimed_first_then_agency_and_stable():
    rows = [
        row(1, "2024-04-03", "Police", "b", time="10:00"),
        row(2, "2024-04-03", "Council", "a"),
        row(3, "2024-04-01", "Trust", "month", precision="month"),
        row(4, "2024-04-01", "Police", "first of April"),
        row(5, "2024-04-03", "Council", "a second, same moment"),
        row(6, "2024-03-31", "Police", "March"),
    ]
    assert [r["id"] for r in merge(rows)] == [6, 3, 4, 2, 5, 1]


def test_near_identical_events_of_two_agencies_are_flagged_not_dropped():
    rows = [
        row(1, "2024-06-12", "Police", "Victim attended the station with bruising to her arm"),
        row(2, "2024-06-12", "Council", "Victim attended the station with bruising on her arm"),
        row(3, "2024-06-12", "Police", "Victim attended the station with bruising to her arm."),
        row(4, "2024-06-13", "Trust", "Victim attended the station with bruising to her arm"),
        row(5, "2024-06-12", "Trust", "Housing visit about rent arrears"),
    ]
    merged = {r["id"]: r["possible_duplicates"] for r in merge(rows)}
    assert merged == {1: [2], 2: [1, 3], 3: [2], 4: [], 5: []}


def test_a_smart_action_has_no_findings_and_each_gap_is_named():
    good = {
        "action": "Run a two-hour course for every call handler",
        "success_measure": "95% trained by the target date",
        "lead_agency_id": 1,
        "lead_officer": "Det Supt Kells",
        "target_date": date(2027, 9, 30),
        "scope": "local",
        "milestones": [{"on": "2027-03-01", "text": "Course written"}],
    }
    args = {
        "recommendation_text": "Train call handlers",
        "agency_ids": {1},
        "plan_date": date(2026, 11, 26),
    }
    assert smart_findings(good, **args) == []
    vague = {
        **good,
        "action": "Consider training",
        "lead_agency_id": 9,
        "target_date": date(2026, 1, 1),
    }
    found = {(f["field"], f["criterion"]) for f in smart_findings(vague, **args)}
    assert found == {
        ("action", "specific"),
        ("lead_agency_id", "assigned"),
        ("target_date", "realistic"),
    }
    repeated = {**good, "action": "Train call handlers."}
    assert [f["field"] for f in smart_findings(repeated, **args)] == ["action"]
