"""The SMART action plan through the HTTP API: the workbook round trip, an upload with problems
that applies nothing, the SMART check, the Excel pane's PATCH with If-Match, the lead agency's
progress, monitoring of overdue actions, reminders through the outbox, and themes."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import load_workbook

from services.bootstrap import build_worker
from services.documents.action_plan_columns import COLUMNS
from tests.fakes.hostile import valid_docx
from tests.integration.helpers import agency_id, field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW, plan, reports, write
from tests.integration.routing_steps import action_plan, sign, state

AUTHOR = "chair.penhallow@pool.demo.local"
TITLES = {c.key: c.title for c in COLUMNS}


def workbook(caller) -> bytes:
    r = caller.get(f"reviews/{REVIEW}/action-plan?format=xlsx")
    assert r.status_code == 200, r.json
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Content-Disposition"].endswith('action plan.xlsx"')
    return r.data


class Sheet:
    """The downloaded workbook, edited as a person would in Excel: by column heading."""

    def __init__(self, data: bytes):
        self.book = load_workbook(io.BytesIO(data))
        self.sheet = self.book["Action plan"]
        self.columns = {
            cell.value: cell.column_letter for cell in self.sheet[1] if cell.value is not None
        }

    def row_of(self, action_id: int) -> int:
        letter = self.columns[TITLES["id"]]
        return next(c.row for c in self.sheet[letter] if c.value == f"A{action_id}")

    def cell(self, action_id: int, key: str):
        return self.sheet[f"{self.columns[TITLES[key]]}{self.row_of(action_id)}"]

    def ref(self, action_id: int, key: str) -> str:
        return self.cell(action_id, key).coordinate

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.book.save(out)
        return out.getvalue()


def upload(caller, data: bytes):
    return caller.send(f"reviews/{REVIEW}/action-plan", {}, ("plan.xlsx", data), method="PUT")


def actions(caller) -> dict[int, dict]:
    return {a["id"]: a for a in ok(caller.get(f"reviews/{REVIEW}/actions"))}


def test_the_workbook_round_trip_applies_three_edits_and_nothing_else(api, coordinator, accepted):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    before = actions(author)
    first, second, third, *rest = sorted(before)
    sheet = Sheet(workbook(author))
    assert sheet.sheet.column_dimensions[sheet.columns["Row version"]].hidden
    assert sheet.cell(first, "recommendation").value.startswith("1. Every agency trains")
    assert sheet.cell(first, "lead_agency").value == "Demoshire Police"
    assert sheet.cell(first, "target_date").value == datetime(2027, 9, 30)
    lists = sheet.book["Lists"]
    assert "Demo District Council" in [c.value for c in lists["C"]]
    assert "training" in [c.value for c in lists["E"]]

    sheet.cell(first, "status").value = "In progress"
    sheet.cell(second, "milestones").value += "; 20/11/2026: First course run"
    sheet.cell(third, "lead_officer").value = "DI Jo Okafor"
    result = ok(upload(author, sheet.bytes()))

    assert sorted(result["updated"]) == [first, second, third]
    assert result["created"] == [] and result["unchanged"] == len(rest)
    after = actions(author)
    assert after[first]["status"] == "in_progress"
    assert after[second]["milestones"][-1] == {"on": "2026-11-20", "text": "First course run"}
    assert after[third]["lead_officer"] == "DI Jo Okafor"
    for row_id in (first, second, third):
        assert after[row_id]["version"] == before[row_id]["version"] + 1
    for row_id in rest:
        assert after[row_id] == before[row_id]
    changed = {
        first: {"status", "rag"},
        second: {"milestones"},
        third: {"lead_officer"},
    }
    volatile = {"version", "etag", "updated_at"}
    for row_id, keys in changed.items():
        differs = {k for k in before[row_id] if before[row_id][k] != after[row_id][k]}
        assert differs - volatile <= keys, (row_id, differs)

    # The same workbook again changes nothing: its cells now equal the server's.
    again = ok(upload(author, sheet.bytes()))
    assert (again["updated"], again["unchanged"]) == ([], len(before))
    assert actions(author) == after
    entries = [e["action"] for e in coordinator.get(f"reviews/{REVIEW}/audit").json["entries"]]
    assert "action_plan.imported" in entries and "action_plan.downloaded" in entries


def test_an_upload_with_four_problems_names_each_cell_and_applies_nothing(
    api, coordinator, accepted
):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    one, two, three, four, *_ = sorted(actions(author))
    sheet = Sheet(workbook(author))
    # Meanwhile someone changes row one on the server.
    current = ok(author.get(f"actions/{one}"))
    ok(
        author.patch(
            f"actions/{one}", {"lead_officer": "DCI Ash"}, headers={"If-Match": current["etag"]}
        )
    )
    before = actions(author)

    sheet.cell(one, "action").value = "Train every call handler in DASH within six months"
    sheet.cell(two, "target_date").value = "31/02/2027"
    sheet.cell(three, "lead_agency").value = "Ministry of Magic"
    sheet.cell(four, "outcome").value = "=SUM(1,2)"  # a formula where text belongs
    r = upload(author, sheet.bytes())

    assert r.status_code == 422
    assert r.json["title"] == "Workbook not applied"
    problems = {(e["sheet"], e["cell"], e["field"]): e["message"] for e in r.json["errors"]}
    assert set(problems) == {
        ("Action plan", sheet.ref(one, "version"), "version"),
        ("Action plan", sheet.ref(two, "target_date"), "target_date"),
        ("Action plan", sheet.ref(three, "lead_agency"), "lead_agency_id"),
        ("Action plan", sheet.ref(four, "outcome"), "outcome"),
    }
    assert (
        "not a day of February 2027"
        in problems["Action plan", sheet.ref(two, "target_date"), "target_date"]
    )
    assert (
        "Ministry of Magic"
        in problems["Action plan", sheet.ref(three, "lead_agency"), "lead_agency_id"]
    )
    assert actions(author) == before  # nothing applied


def test_the_smart_check_warns_while_drafting_and_blocks_new_vague_rows_once_agreed(
    api, coordinator, csp_chair, accepted
):
    author = api.as_(AUTHOR)
    chair = api.as_("chair.ashdown@pool.demo.local")
    plan(author, coordinator)
    vague = {
        "recommendation_number": "2",
        "scope": "local",
        "action": "Consider training",
        "target_date": "2026-10-01",
    }
    row = ok(author.post(f"reviews/{REVIEW}/actions", vague), 201)
    assert row["recommendation"] == "overview:2"
    assert {(f["field"], f["criterion"]) for f in row["smart"]} == {
        ("action", "specific"),
        ("success_measure", "measurable"),
        ("lead_agency_id", "assigned"),
        ("lead_officer", "assigned"),
        ("target_date", "realistic"),
        ("milestones", "measurable"),
    }
    parrot = ok(
        author.post(
            f"reviews/{REVIEW}/actions",
            {
                "recommendation": "overview:1",
                "scope": "local",
                "action": "Every agency trains its front-line staff to recognise coercive control",
            },
        ),
        201,
    )
    assert ("action", "specific") in {(f["field"], f["criterion"]) for f in parrot["smart"]}
    # The vague rows are made SMART before the plan goes to the CSP.
    police = agency_id(coordinator, "Demoshire Police")
    for made in (row, parrot):
        ok(
            author.patch(
                f"actions/{made['id']}",
                {
                    "action": "Write a coercive-control module into the induction course",
                    "success_measure": "Module in use; attendance audited",
                    "lead_agency_id": police,
                    "lead_officer": "Det Supt Marion Kells",
                    "target_date": "2027-06-30",
                    "milestones": [{"on": "2027-01-31", "text": "Module drafted"}],
                },
                headers={"If-Match": made["etag"]},
            )
        )

    docs = reports(author, chair)
    write(author, docs["overview_report"])
    write(author, docs["executive_summary"])
    docs["action_plan"] = action_plan(author)
    sign(api, docs, "panel", "chair.ashdown@pool.demo.local")
    sign(api, docs, "csp", "csp-chair@demo.local")
    assert state(api) == "csp_agreed"

    refused = author.post(f"reviews/{REVIEW}/actions", vague)
    assert refused.status_code == 422
    assert set(field_errors(refused)) == {
        "action",
        "success_measure",
        "lead_agency_id",
        "lead_officer",
        "target_date",
        "milestones",
    }
    assert "the plan is agreed" in field_errors(refused)["action"]


def test_patch_needs_the_current_etag_and_complete_needs_evidence_of_it(api, coordinator, accepted):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    action_id = min(actions(author))
    first = author.get(f"actions/{action_id}")
    etag = first.headers["ETag"]
    assert etag == first.json["etag"]

    missing = author.patch(f"actions/{action_id}", {"status": "in_progress"})
    assert missing.status_code == 428
    moved = author.patch(
        f"actions/{action_id}", {"status": "in_progress"}, headers={"If-Match": etag}
    )
    assert moved.status_code == 200 and moved.headers["ETag"] != etag
    stale = author.patch(
        f"actions/{action_id}", {"lead_officer": "Someone"}, headers={"If-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.json["current_etag"] == moved.headers["ETag"]

    evidence = ok(
        author.send(
            f"reviews/{REVIEW}/documents",
            {"kind": "other", "title": "Training register"},
            ("register.docx", valid_docx("Training register")),
        ),
        201,
    )
    done = ok(
        author.patch(
            f"actions/{action_id}",
            {
                "status": "complete",
                "completion_date": "2026-11-20",
                "evidence_document_id": evidence["id"],
            },
            headers={"If-Match": moved.headers["ETag"]},
        )
    )
    assert (done["status"], done["rag"], done["evidence"]) == (
        "complete",
        "green",
        "Training register",
    )
    future = author.patch(
        f"actions/{action_id}",
        {"completion_date": "2027-01-01"},
        headers={"If-Match": done["etag"]},
    )
    assert set(field_errors(future)) == {"completion_date"}


def test_a_milestone_is_added_and_the_lead_agency_records_only_its_own_progress(
    api, coordinator, accepted
):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    action_id = min(actions(author))  # led by Demoshire Police
    police_member = api.as_("j.okafor@police.demo.local")
    council_member = api.as_("a.brandt@council.demo.local")

    added = ok(
        police_member.post(
            f"actions/{action_id}/milestones", {"on": "2026-11-24", "text": "Trainers booked"}
        ),
        201,
    )
    assert added["milestones"][0] == {"on": "2026-11-24", "text": "Trainers booked"}
    progress = police_member.patch(
        f"actions/{action_id}", {"status": "in_progress"}, headers={"If-Match": added["etag"]}
    )
    assert progress.status_code == 200
    rewrite = police_member.patch(
        f"actions/{action_id}",
        {"action": "Something else"},
        headers={"If-Match": progress.json["etag"]},
    )
    assert rewrite.status_code == 403
    other = council_member.patch(
        f"actions/{action_id}", {"status": "complete"}, headers={"If-Match": "*"}
    )
    assert other.status_code == 403
    stranger = api.as_("p.castell@police.demo.local")  # an IMR author, not on the panel
    assert stranger.get(f"actions/{action_id}").status_code == 404


def test_overdue_actions_per_csp_and_agency_and_a_reminder_before_each_target_date(
    api, app, clock, coordinator, accepted
):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    ids = sorted(actions(author))
    police = agency_id(coordinator, "Demoshire Police")

    clock.day = date(2027, 9, 20)  # ten days before every target date
    worker = build_worker(app.extensions["dhr"])
    # the actions, and the overview report (due 2 April 2027): overdue, reminded once too
    assert worker.sweep() == len(ids) + 1
    assert worker.sweep() == 0  # once per target date
    worker.run_once()
    notes = [
        n
        for n in ok(coordinator.get(f"reviews/{REVIEW}/notifications"))
        if n["event"] == "action.due_soon"
    ]
    assert sorted(n["payload"]["action_id"] for n in notes) == ids
    assert notes[0]["payload"]["days_left"] == 10
    assert notes[0]["payload"]["lead_officer"] == "Det Supt Marion Kells"

    # One action finishes; the rest pass their target date.
    row = ok(author.get(f"actions/{ids[0]}"))
    ok(
        author.patch(
            f"actions/{ids[0]}",
            {"status": "complete", "completion_date": "2027-09-20", "outcome": "All trained"},
            headers={"If-Match": row["etag"]},
        )
    )
    clock.day = date(2027, 10, 5)
    late = ok(coordinator.get("csps/DEMO/actions?overdue=true"))
    assert sorted(a["id"] for a in late["actions"]) == ids[1:]
    assert {a["days_overdue"] for a in late["actions"]} == {5}
    assert {a["rag"] for a in late["actions"]} == {"red"}
    assert late["overdue_by_agency"] == {"Demoshire Police": len(ids) - 1}
    assert (
        ok(coordinator.get(f"csps/DEMO/actions?overdue=true&agency={police + 1}"))["actions"] == []
    )
    per_review = ok(coordinator.get(f"reviews/{REVIEW}/actions?overdue=true"))
    assert sorted(a["id"] for a in per_review) == ids[1:]
    stranger = api.as_("p.castell@police.demo.local")
    assert stranger.get("csps/DEMO/actions").status_code == 404

    # A moved target date is reminded again.
    row = ok(author.get(f"actions/{ids[1]}"))
    ok(
        author.patch(
            f"actions/{ids[1]}", {"target_date": "2027-10-12"}, headers={"If-Match": row["etag"]}
        )
    )
    assert worker.sweep() == 1


def test_themes_count_open_and_completed_actions_across_visible_reviews(api, coordinator, accepted):
    author = api.as_(AUTHOR)
    plan(author, coordinator)
    ids = sorted(actions(author))
    row = ok(author.get(f"actions/{ids[0]}"))
    ok(
        author.patch(
            f"actions/{ids[0]}",
            {
                "theme": "information sharing",
                "status": "complete",
                "completion_date": "2026-11-25",
                "outcome": "Protocol signed",
            },
            headers={"If-Match": row["etag"]},
        )
    )
    themes = {t["theme"]: t for t in ok(coordinator.get("themes"))}
    assert themes["training"] == {
        "theme": "training",
        "open": len(ids) - 1,
        "completed": 0,
        "overdue": 0,
        "reviews": 1,
    }
    assert (themes["information sharing"]["completed"], themes["housing"]["reviews"]) == (1, 0)
    bad = author.patch(f"actions/{ids[1]}", {"theme": "astrology"}, headers={"If-Match": '"1"'})
    assert set(field_errors(bad)) == {"theme"}
    stranger = api.as_("p.castell@police.demo.local")
    assert all(t["open"] == 0 for t in ok(stranger.get("themes")))
