"""Two agencies' IMRs walked from commissioning to acceptance over HTTP, with a return on the way.

Checks what each person would see: the letter in the library, the template filled for the author,
the chronology read back from the author's Word file, QA pinned to the exact version, and that no
author ever sees another agency's IMR.
"""

from __future__ import annotations

import io

import docx
import pytest

from tests.fakes.imr_docx import author_edits, event
from tests.integration.helpers import agency_id, field_errors, person_id
from tests.integration.imr_steps import ALL_CHECKS

REVIEW = 1
DUE = "2027-01-15"
POLICE_EVENTS = [
    event("03/04/2024", "Victim reported threats by text message", time="21:40"),
    event("April 2024", "Neighbour's call about shouting", source="Command and control log"),
    event("2024-06-12 14:05", "DASH completed: medium risk", subject="Victim"),
]


@pytest.fixture
def people(api, coordinator):
    emails = [
        "chair.ashdown@pool.demo.local",
        "m.kells@police.demo.local",
        "p.castell@police.demo.local",
        "a.brandt@council.demo.local",
        "l.haddow@council.demo.local",
        "j.okafor@police.demo.local",
        "s.whitlow@trust.demo.local",
    ]
    ids = {e.split("@")[0].split(".")[-1]: person_id(coordinator, e) for e in emails}
    ids["police"] = agency_id(coordinator, "Demoshire Police")
    ids["council"] = agency_id(coordinator, "Demo District Council")
    return ids


def text_of(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in document.paragraphs), *cells])


def commission(chair, people, agency: str, manager: str):
    body = {"agency_id": people[agency], "senior_manager_id": people[manager], "due_on": DUE}
    response = chair.post(f"reviews/{REVIEW}/imrs", body)
    assert response.status_code == 201, response.json
    return response.json


def ready_to_write(api, people, imr, manager_email, author_key, author_email):
    manager = api.as_(manager_email)
    response = manager.put(f"imrs/{imr['id']}/author", {"person_id": people[author_key]})
    assert response.status_code == 200, response.json
    assert response.json["state"] == "in_progress"
    return api.as_(author_email)


def save(author, doc_id: int, etag: str, data: bytes):
    response = author.send(
        f"documents/{doc_id}/versions", {"comment": "edit"}, ("IMR.docx", data), {"If-Match": etag}
    )
    assert response.status_code == 201, response.json
    return response


def attest(author, imr_id: int):
    body = {
        "not_directly_involved": True,
        "not_line_manager_of_involved_staff": True,
        "signed_on": "2026-11-26",
    }
    response = author.post(f"imrs/{imr_id}/attestation", body)
    assert response.status_code == 200, response.json


def test_two_agencies_imrs_from_commissioning_to_acceptance(api, coordinator, people):
    chair = api.as_("chair.ashdown@pool.demo.local")

    # The chair commissions both; each commissioning letter is in the library, addressed.
    police = commission(chair, people, "police", "kells")
    council = commission(chair, people, "council", "brandt")
    assert police["state"] == "commissioned" and not police["overdue"]
    letter = chair.get(f"documents/{police['letter_document_id']}/versions/0.1/content")
    assert letter.status_code == 200
    assert "Det Supt Marion Kells" in text_of(letter.data)
    assert "15 January 2027" in text_of(letter.data)
    assert chair.get(f"reviews/{REVIEW}").json["imrs"][0]["agency"] == "Demoshire Police"

    # Senior managers name the authors; the authors sign V7.
    castell = ready_to_write(
        api, people, police, "m.kells@police.demo.local", "castell", "p.castell@police.demo.local"
    )
    haddow = ready_to_write(
        api, people, council, "a.brandt@council.demo.local", "haddow", "l.haddow@council.demo.local"
    )

    # The police author starts from the template filled with the review's data.
    started = castell.post(f"imrs/{police['id']}/document")
    assert started.status_code == 201, started.json
    doc = started.json
    first = castell.get(f"documents/{doc['id']}/versions/0.1/content").data
    filled = text_of(first)
    assert "Individual Management Review: Demoshire Police" in filled
    assert "Det Supt Marion Kells" in filled and "Priya Castell" in filled
    assert "12 September 2026" in filled  # the period under review ends on the date of death

    # Neither author sees the other's IMR, its document or its chronology.
    assert haddow.get(f"imrs/{police['id']}").status_code == 404
    hidden = haddow.get(f"documents/{doc['id']}")
    assert hidden.status_code == 404 and hidden.json["detail"] == "Document not found"
    assert haddow.get(f"documents/{doc['id']}/versions/0.1/content").status_code == 404
    assert haddow.get(f"imrs/{police['id']}/chronology").status_code == 404
    assert [i["agency"]["name"] for i in haddow.get(f"reviews/{REVIEW}/imrs").json] == [
        "Demo District Council"
    ]
    assert haddow.get(f"reviews/{REVIEW}").status_code == 404
    assert castell.get(f"imrs/{council['id']}").status_code == 404

    # The author writes in Word and saves; submitting before signing V7 is refused.
    edited = author_edits(first, POLICE_EVENTS, ["Train call handlers in coercive control"])
    v2 = save(castell, doc["id"], doc["etag"], edited)
    refused = castell.post(f"imrs/{police['id']}/submissions", {"version": "0.2"})
    assert refused.status_code == 422
    assert "attestation" in field_errors(refused)
    attest(castell, police["id"])
    submitted = castell.post(f"imrs/{police['id']}/submissions", {"version": "0.2"})
    assert submitted.status_code == 201, submitted.json
    assert submitted.json["submitted_version"]["sha256"] == v2.json["current_version"]["sha256"]

    # Submission read the chronology and recommendations from the submitted version.
    rows = castell.get(f"imrs/{police['id']}/chronology").json["rows"]
    assert [(r["date"], r["date_precision"], r["time"]) for r in rows] == [
        ("2024-04-03", "day", "21:40"),
        ("2024-04-01", "month", None),
        ("2024-06-12", "day", "14:05"),
    ]
    assert rows[1]["date_text"] == "April 2024"
    assert rows[0]["read_from"]["version"] == "0.2"
    recs = castell.get(f"imrs/{police['id']}/recommendations").json["recommendations"]
    assert recs == [
        {
            "number": 1,
            "text": "Train call handlers in coercive control",
            "read_from": {"document_id": doc["id"], "version": "0.2"},
        }
    ]

    # The senior manager returns it; the author cannot QA their own IMR.
    manager = api.as_("m.kells@police.demo.local")
    assert (
        castell.post(f"imrs/{police['id']}/qa-decision", {"decision": "approve"}).status_code == 403
    )
    key = {"Idempotency-Key": "flow-run-1"}
    returned = manager.post(
        f"imrs/{police['id']}/qa-decision",
        {"decision": "return", "comments": "Add the MARAC referral", "version": "0.2"},
        headers=key,
    )
    assert returned.status_code == 200, returned.json
    assert returned.json["state"] == "returned"
    again = manager.post(
        f"imrs/{police['id']}/qa-decision",
        {"decision": "return", "comments": "Add the MARAC referral", "version": "0.2"},
        headers=key,
    )
    assert again.json == returned.json
    assert again.headers["Idempotent-Replayed"] == "true"

    # The author revises and resubmits; a decision on the old version is a conflict.
    etag = castell.get(f"documents/{doc['id']}").json["etag"]
    more = [*POLICE_EVENTS, event("01/07/2024", "Referral to MARAC made")]
    save(castell, doc["id"], etag, author_edits(first, more, ["Train call handlers"]))
    fresh = castell.post(f"imrs/{police['id']}/versions/0.3/extract", {"apply": True})
    assert fresh.status_code == 200, fresh.json
    assert fresh.json["counts"]["extracted_rows"] == 4 and fresh.json["applied"]
    assert castell.post(f"imrs/{police['id']}/submissions", {"version": "0.3"}).status_code == 201
    stale = manager.post(
        f"imrs/{police['id']}/qa-decision",
        {
            "decision": "approve",
            "version": "0.2",
            "qa_checks": ALL_CHECKS,
            "agency_accepts_recommendations": True,
        },
    )
    assert stale.status_code == 409
    approved = manager.post(
        f"imrs/{police['id']}/qa-decision",
        {
            "decision": "approve",
            "version": "0.3",
            "qa_checks": ALL_CHECKS,
            "agency_accepts_recommendations": True,
        },
    )
    assert approved.status_code == 200, approved.json
    assert approved.json["approved_version"]["label"] == "0.3"
    # Frozen while with QA and after: no more saves, chronology edits or new submissions.
    assert castell.put(f"imrs/{police['id']}/chronology", {"rows": []}).status_code == 409

    # Before acceptance a panel member sees neither the IMR nor its document.
    okafor = api.as_("j.okafor@police.demo.local")
    assert okafor.get(f"reviews/{REVIEW}/imrs").json == []
    assert okafor.get(f"imrs/{police['id']}").status_code == 404
    assert doc["id"] not in [d["id"] for d in okafor.get(f"reviews/{REVIEW}/documents").json]

    accepted = chair.post(f"imrs/{police['id']}/acceptance", {"decision": "accept"})
    assert accepted.status_code == 200, accepted.json
    assert accepted.json["accepted_version"]["label"] == "0.3"

    # Now the panel sees the accepted IMR, and only its accepted version.
    listed = okafor.get(f"reviews/{REVIEW}/imrs").json
    assert [(i["agency"]["name"], i["state"]) for i in listed] == [("Demoshire Police", "accepted")]
    assert okafor.get(f"documents/{doc['id']}/versions/0.3/content").status_code == 200
    assert okafor.get(f"documents/{doc['id']}/versions/0.2/content").status_code == 404
    assert [v["label"] for v in okafor.get(f"documents/{doc['id']}/versions").json] == ["0.3"]
    assert okafor.get(f"documents/{police['letter_document_id']}").status_code == 404

    # The council IMR: started through the documents route with imr_id, then accepted too.
    blank = chair.get(f"documents/{doc['id']}/versions/0.1/content").data
    created = haddow.send(
        f"reviews/{REVIEW}/documents",
        {"kind": "imr", "title": "IMR: council", "imr_id": council["id"]},
        ("Council IMR.docx", author_edits(blank, [event("05/05/2024", "Housing visit")])),
    )
    assert created.status_code == 201, created.json
    attest(haddow, council["id"])
    assert haddow.post(f"imrs/{council['id']}/submissions", {"version": "0.1"}).status_code == 201
    brandt = api.as_("a.brandt@council.demo.local")
    ok = brandt.post(
        f"imrs/{council['id']}/qa-decision",
        {"decision": "approve", "qa_checks": ALL_CHECKS, "agency_accepts_recommendations": True},
    )
    assert ok.status_code == 200, ok.json
    assert (
        chair.post(f"imrs/{council['id']}/acceptance", {"decision": "accept"}).json["state"]
        == "accepted"
    )
    # The council's author still sees nothing of the police IMR, accepted or not.
    assert haddow.get(f"imrs/{police['id']}").status_code == 404

    history = [h["action"] for h in chair.get(f"imrs/{police['id']}").json["history"]]
    assert history == [
        "commissioned",
        "author_named",
        "attested",
        "submitted",
        "qa_return",
        "submitted",
        "qa_approve",
        "accept",
    ]
    audit = [e["action"] for e in coordinator.get(f"reviews/{REVIEW}/audit").json["entries"]]
    assert "imr.qa_return" in audit and audit.count("imr.accept") == 2


def test_the_demo_has_two_imrs_under_way(app):
    from services.workflows.demo import seed_once
    from tests.integration.conftest import Api

    seed_once(app.extensions["dhr"])
    api = Api(app.test_client())
    chair = api.as_("chair.ashdown@pool.demo.local")
    assert [(i["agency"]["name"], i["state"]) for i in chair.get("reviews/1/imrs").json] == [
        ("Demoshire Police", "in_progress"),
        ("Demo District Council", "commissioned"),
    ]
    castell = api.as_("p.castell@police.demo.local")
    police = castell.get("imrs/1").json
    assert police["attestation"] is not None
    assert police["allowed_actions"] == ["attest", "edit", "submit"]
    content = castell.get(f"documents/{police['document']['id']}/versions/0.1/content")
    assert "Individual Management Review: Demoshire Police" in text_of(content.data)
    assert api.as_("j.okafor@police.demo.local").get("reviews/1/imrs").json == []
