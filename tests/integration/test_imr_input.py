"""Bad input to the IMR routes: a clear 4xx naming the field, and nothing lost or changed."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from tests.fakes.imr_docx import HEADER, chronology_docx, document, p, run
from tests.integration.helpers import agency_id, field_errors, new_review, person_id

REVIEW = 1


@pytest.fixture
def police(api, coordinator):
    """The police IMR with its author named, attestation signed and the document started."""
    chair = api.as_("chair.ashdown@pool.demo.local")
    imr = chair.post(
        f"reviews/{REVIEW}/imrs",
        {
            "agency_id": agency_id(coordinator, "Demoshire Police"),
            "senior_manager_id": person_id(coordinator, "m.kells@police.demo.local"),
            "due_on": "2027-01-15",
        },
    ).json
    api.as_("m.kells@police.demo.local").put(
        f"imrs/{imr['id']}/author",
        {"person_id": person_id(coordinator, "p.castell@police.demo.local")},
    )
    author = api.as_("p.castell@police.demo.local")
    author.post(
        f"imrs/{imr['id']}/attestation",
        {
            "not_directly_involved": True,
            "not_line_manager_of_involved_staff": True,
            "signed_on": "2026-11-26",
        },
    )
    doc = author.post(f"imrs/{imr['id']}/document").json
    return imr, doc, author


def test_commissioning_refuses_what_breaks_the_rules(api, coordinator, csp_chair):
    chair = api.as_("chair.ashdown@pool.demo.local")
    police = agency_id(coordinator, "Demoshire Police")
    council_manager = person_id(coordinator, "a.brandt@council.demo.local")
    r = chair.post(
        f"reviews/{REVIEW}/imrs",
        {"agency_id": police, "senior_manager_id": council_manager, "due_on": "2026-11-01"},
    )
    assert r.status_code == 422
    assert set(field_errors(r)) == {"senior_manager_id", "due_on"}
    r = chair.post(
        f"reviews/{REVIEW}/imrs",
        {"agency_id": 999, "senior_manager_id": council_manager, "due_on": "2027-01-01"},
    )
    assert set(field_errors(r)) == {"agency_id"}
    r = chair.post(f"reviews/{REVIEW}/imrs", {"agency_id": police, "colour": "red"})
    assert r.status_code == 422
    assert {"colour", "senior_manager_id", "due_on"} <= set(field_errors(r))
    assert chair.get(f"reviews/{REVIEW}/imrs").json == []
    assert not any(
        e["action"].startswith("imr.")
        for e in coordinator.get(f"reviews/{REVIEW}/audit").json["entries"]
    )


def test_one_imr_per_agency_and_none_before_the_terms_are_agreed(api, coordinator, csp_chair):
    chair = api.as_("chair.ashdown@pool.demo.local")
    body = {
        "agency_id": agency_id(coordinator, "Demoshire Police"),
        "senior_manager_id": person_id(coordinator, "m.kells@police.demo.local"),
        "due_on": "2027-01-15",
    }
    assert chair.post(f"reviews/{REVIEW}/imrs", body).status_code == 201
    again = chair.post(f"reviews/{REVIEW}/imrs", body)
    assert again.status_code == 409
    assert "Demoshire Police already has IMR" in again.json["detail"]
    fresh = new_review(coordinator)
    early = coordinator.post(f"reviews/{fresh['id']}/imrs", body)
    assert early.status_code == 403  # only the review's chair commissions, and it has none yet


def test_the_senior_manager_cannot_also_be_the_author(api, coordinator, police):
    imr, _doc, _author = police
    manager = api.as_("m.kells@police.demo.local")
    me = person_id(coordinator, "m.kells@police.demo.local")
    r = manager.put(f"imrs/{imr['id']}/author", {"person_id": me})
    assert r.status_code == 422
    assert "person_id" in field_errors(r)


def test_naming_a_new_author_needs_a_new_attestation(api, coordinator, police):
    imr, _doc, author = police
    manager = api.as_("m.kells@police.demo.local")
    # The author must work for the agency giving the IMR (services/domain/grants.py).
    haddow = person_id(coordinator, "l.haddow@council.demo.local")
    r = manager.put(f"imrs/{imr['id']}/author", {"person_id": haddow})
    assert r.status_code == 422 and "person_id" in field_errors(r)
    okafor = person_id(coordinator, "j.okafor@police.demo.local")
    r = manager.put(f"imrs/{imr['id']}/author", {"person_id": okafor})
    assert r.status_code == 200
    assert r.json["attestation"] is None
    # The replaced author loses the IMR at once.
    assert author.get(f"imrs/{imr['id']}").status_code == 404


def test_attestation_must_be_true_and_signed_by_the_author(api, police):
    imr, _doc, author = police
    r = author.post(
        f"imrs/{imr['id']}/attestation",
        {
            "not_directly_involved": False,
            "not_line_manager_of_involved_staff": True,
            "signed_on": "2026-12-25",
        },
    )
    assert r.status_code == 422
    assert set(field_errors(r)) == {"not_directly_involved", "signed_on"}
    manager = api.as_("m.kells@police.demo.local")
    forged = manager.post(
        f"imrs/{imr['id']}/attestation",
        {
            "not_directly_involved": True,
            "not_line_manager_of_involved_staff": True,
            "signed_on": "2026-11-26",
        },
    )
    assert forged.status_code == 403


def test_submission_names_a_saved_version(police):
    imr, _doc, author = police
    r = author.post(f"imrs/{imr['id']}/submissions", {"version": "7.3"})
    assert r.status_code == 422
    assert "version" in field_errors(r)
    r = author.post(f"imrs/{imr['id']}/submissions", {"version": "latest"})
    assert r.status_code == 422
    assert author.get(f"imrs/{imr['id']}").json["state"] == "in_progress"


def test_a_chronology_save_with_bad_rows_names_each_row_and_keeps_the_old_rows(police):
    imr, _doc, author = police
    good = {"date": "03/04/2024", "source": "Case note", "event": "Call", "subject": "Victim"}
    assert author.put(f"imrs/{imr['id']}/chronology", {"rows": [good]}).status_code == 200
    bad = [
        good,
        {"date": "03/04/19", "source": "Case note", "event": "Call"},
        {"date": "2015-01-01", "source": "", "event": "Old"},
        {"date": "April 2024", "source": "Log", "event": ""},
    ]
    r = author.put(f"imrs/{imr['id']}/chronology", {"rows": bad})
    assert r.status_code == 422
    errors = field_errors(r)
    assert set(errors) == {
        "rows[1].date",
        "rows[2].date",
        "rows[2].source",
        "rows[3].event",
    }
    assert "two-digit year" in errors["rows[1].date"]
    assert "outside the period under review" in errors["rows[2].date"]
    stored = author.get(f"imrs/{imr['id']}/chronology").json["rows"]
    assert [r["event"] for r in stored] == ["Call"]
    assert stored[0]["agency"] == "Demoshire Police"


def test_a_row_sent_back_unchanged_keeps_where_it_was_read_from(police):
    imr, doc, author = police
    etag = doc["etag"]
    data = chronology_docx(3, start_year=2024)
    saved = author.send(
        f"documents/{doc['id']}/versions", {}, ("IMR.docx", data), {"If-Match": etag}
    )
    assert saved.status_code == 201
    applied = author.post(f"imrs/{imr['id']}/versions/0.2/extract", {"apply": True})
    assert applied.status_code == 200, applied.json
    rows = author.get(f"imrs/{imr['id']}/chronology").json["rows"]
    rows[2]["event"] = "Corrected in the task pane"
    r = author.put(f"imrs/{imr['id']}/chronology", {"rows": rows})
    assert r.status_code == 200, r.json
    origins = [row["read_from"] for row in r.json["rows"]]
    assert [o and o["version"] for o in origins] == ["0.2", "0.2", None]


def test_five_thousand_rows_are_read_in_full_and_counted(police):
    imr, doc, author = police
    saved = author.send(
        f"documents/{doc['id']}/versions",
        {},
        ("IMR.docx", chronology_docx(5000)),
        {"If-Match": doc["etag"]},
    )
    assert saved.status_code == 201
    r = author.post(f"imrs/{imr['id']}/versions/0.2/extract", {})
    assert r.status_code == 200
    assert r.json["counts"]["document_rows"] == 5000
    assert r.json["counts"]["extracted_rows"] == 5000
    assert r.json["counts"]["complete"] is True
    assert len(r.json["rows"]) == 5000
    assert r.json["applied"] is False
    assert author.get(f"imrs/{imr['id']}/chronology").json["rows"] == []


def test_a_version_without_a_chronology_is_reported_and_cannot_be_applied(police):
    imr, doc, author = police
    plain = document(p(run("Introduction only")))
    author.send(
        f"documents/{doc['id']}/versions", {}, ("IMR.docx", plain), {"If-Match": doc["etag"]}
    )
    r = author.post(f"imrs/{imr['id']}/versions/0.2/extract", {})
    assert r.status_code == 200
    assert r.json["rows"] == []
    assert any("No chronology table found" in n for n in r.json["notices"])
    assert author.post(f"imrs/{imr['id']}/versions/9.9/extract", {}).status_code == 404


def workbook(rows: list[list]) -> bytes:
    book = Workbook()
    book.active.title = "Chronology"
    book.active.append(HEADER)
    for values in rows:
        book.active.append(values)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_agency_chronology_workbook_is_checked_then_stored_with_its_file(police):
    imr, _doc, author = police
    bad = workbook([["32/01/2024", "", "", "PNC", "Victim", "PC", "Call", "", ""]])
    r = author.send(f"imrs/{imr['id']}/chronology/xlsx", {"apply": True}, ("c.xlsx", bad))
    assert r.status_code == 422
    assert "rows[0].date" in field_errors(r)
    good = workbook([["03/04/2024", "21:40", "", "PNC", "Victim", "PC", "Call", "", ""]])
    preview = author.send(f"imrs/{imr['id']}/chronology/xlsx", {}, ("c.xlsx", good))
    assert preview.status_code == 200 and preview.json["applied"] is False
    stored = author.send(f"imrs/{imr['id']}/chronology/xlsx", {"apply": True}, ("c.xlsx", good))
    assert stored.status_code == 200, stored.json
    rows = author.get(f"imrs/{imr['id']}/chronology").json["rows"]
    assert [(r["date"], r["time"]) for r in rows] == [("2024-04-03", "21:40")]
    kept = author.get(f"documents/{stored.json['document_id']}").json
    assert kept["kind"] == "chronology" and kept["imr_id"] == imr["id"]
    not_excel = author.send(f"imrs/{imr['id']}/chronology/xlsx", {}, ("c.docx", chronology_docx(1)))
    assert not_excel.status_code == 422
    assert "file" in field_errors(not_excel)


def test_an_idempotency_key_reused_for_a_different_decision_is_refused(api, police):
    imr, doc, author = police
    author.send(
        f"documents/{doc['id']}/versions",
        {},
        ("IMR.docx", chronology_docx(2)),
        {"If-Match": doc["etag"]},
    )
    assert author.post(f"imrs/{imr['id']}/submissions", {"version": "0.2"}).status_code == 201
    manager = api.as_("m.kells@police.demo.local")
    key = {"Idempotency-Key": "run-42"}
    first = manager.post(
        f"imrs/{imr['id']}/qa-decision", {"decision": "return", "comments": "More"}, headers=key
    )
    assert first.status_code == 200
    other = manager.post(
        f"imrs/{imr['id']}/qa-decision", {"decision": "return", "comments": "Else"}, headers=key
    )
    assert other.status_code == 422
    assert "Idempotency-Key" in field_errors(other)
    # Without the key, a second decision meets the state machine.
    again = manager.post(f"imrs/{imr['id']}/qa-decision", {"decision": "return", "comments": "x"})
    assert again.status_code == 409
