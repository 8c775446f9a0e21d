"""Two agencies' IMRs walked from commissioning to acceptance over HTTP, with a return on the way.

Checks what each person would see: the letter in the library, the template filled for the author,
the chronology read back from the author's Word file, QA pinned to the exact version, and that no
author ever sees another agency's IMR.
"""

from __future__ import annotations

import io
from types import SimpleNamespace

import docx
import pytest

from tests.fakes.docx_text import all_paragraphs, all_tables
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
    cells = [c.text for t in all_tables(document) for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in all_paragraphs(document)), *cells])


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


def test_two_agencies_imrs_from_commissioning_to_acceptance(api, coordinator, people, subtests):
    """Each step is reported on its own: a failure names its step, and the later steps run."""
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

    scenario = SimpleNamespace(
        api=api,
        chair=chair,
        coordinator=coordinator,
        council=council,
        people=people,
        police=police,
    )
    for step in STEPS:
        with subtests.test(step.__doc__):
            step(scenario)


def _authors_named(scenario: SimpleNamespace) -> None:
    """Senior managers name the authors; the authors sign V7."""
    api = scenario.api
    council = scenario.council
    people = scenario.people
    police = scenario.police
    castell = ready_to_write(
        api, people, police, "m.kells@police.demo.local", "castell", "p.castell@police.demo.local"
    )
    haddow = ready_to_write(
        api, people, council, "a.brandt@council.demo.local", "haddow", "l.haddow@council.demo.local"
    )
    scenario.castell = castell
    scenario.haddow = haddow


def _document_started(scenario: SimpleNamespace) -> None:
    """The police author starts from the template filled with the review."""
    castell = scenario.castell
    police = scenario.police
    started = castell.post(f"imrs/{police['id']}/document")
    assert started.status_code == 201, started.json
    doc = started.json
    first = castell.get(f"documents/{doc['id']}/versions/0.1/content").data
    filled = text_of(first)
    assert "Individual Management Review: Demoshire Police" in filled
    assert "Det Supt Marion Kells" in filled and "Priya Castell" in filled
    assert "12 September 2026" in filled  # the period under review ends on the date of death
    scenario.doc = doc
    scenario.first = first


def _agencies_apart(scenario: SimpleNamespace) -> None:
    """Neither author sees the other agency's IMR, document or chronology."""
    castell = scenario.castell
    council = scenario.council
    doc = scenario.doc
    haddow = scenario.haddow
    police = scenario.police
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


def _submission_needs_attestation(scenario: SimpleNamespace) -> None:
    """The author saves; submitting before signing V7 is refused."""
    castell = scenario.castell
    doc = scenario.doc
    first = scenario.first
    police = scenario.police
    edited = author_edits(first, POLICE_EVENTS, ["Train call handlers in coercive control"])
    v2 = save(castell, doc["id"], doc["etag"], edited)
    refused = castell.post(f"imrs/{police['id']}/submissions", {"version": "0.2"})
    assert refused.status_code == 422
    assert "attestation" in field_errors(refused)
    attest(castell, police["id"])
    submitted = castell.post(f"imrs/{police['id']}/submissions", {"version": "0.2"})
    assert submitted.status_code == 201, submitted.json
    assert submitted.json["submitted_version"]["sha256"] == v2.json["current_version"]["sha256"]


def _submission_reads_the_version(scenario: SimpleNamespace) -> None:
    """Submission reads the chronology and recommendations from that version."""
    castell = scenario.castell
    doc = scenario.doc
    police = scenario.police
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
            "written_number": "1",
            "text": "Train call handlers in coercive control",
            "read_from": {"document_id": doc["id"], "version": "0.2"},
        }
    ]


def _qa_return(scenario: SimpleNamespace) -> None:
    """The senior manager returns it; the author cannot QA their own IMR."""
    api = scenario.api
    castell = scenario.castell
    police = scenario.police
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
    scenario.manager = manager


def _resubmission_and_approval(scenario: SimpleNamespace) -> None:
    """The author revises and resubmits; a decision on the old version conflicts."""
    castell = scenario.castell
    doc = scenario.doc
    first = scenario.first
    manager = scenario.manager
    police = scenario.police
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


def _hidden_before_acceptance(scenario: SimpleNamespace) -> None:
    """Before acceptance a panel member sees neither the IMR nor its document."""
    api = scenario.api
    chair = scenario.chair
    doc = scenario.doc
    police = scenario.police
    okafor = api.as_("j.okafor@police.demo.local")
    assert okafor.get(f"reviews/{REVIEW}/imrs").json == []
    assert okafor.get(f"imrs/{police['id']}").status_code == 404
    assert doc["id"] not in [d["id"] for d in okafor.get(f"reviews/{REVIEW}/documents").json]

    accepted = chair.post(f"imrs/{police['id']}/acceptance", {"decision": "accept"})
    assert accepted.status_code == 200, accepted.json
    assert accepted.json["accepted_version"]["label"] == "0.3"
    scenario.okafor = okafor


def _accepted_version_only(scenario: SimpleNamespace) -> None:
    """Accepted, the panel sees the IMR, and only its accepted version."""
    doc = scenario.doc
    okafor = scenario.okafor
    police = scenario.police
    listed = okafor.get(f"reviews/{REVIEW}/imrs").json
    assert [(i["agency"]["name"], i["state"]) for i in listed] == [("Demoshire Police", "accepted")]
    assert okafor.get(f"documents/{doc['id']}/versions/0.3/content").status_code == 200
    assert okafor.get(f"documents/{doc['id']}/versions/0.2/content").status_code == 404
    assert [v["label"] for v in okafor.get(f"documents/{doc['id']}/versions").json] == ["0.3"]
    assert okafor.get(f"documents/{police['letter_document_id']}").status_code == 404


def _council_imr_and_trail(scenario: SimpleNamespace) -> None:
    """The council IMR, started through the documents route, is accepted; the trail shows all."""
    api = scenario.api
    chair = scenario.chair
    coordinator = scenario.coordinator
    council = scenario.council
    doc = scenario.doc
    haddow = scenario.haddow
    police = scenario.police
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


STEPS = [
    _authors_named,
    _document_started,
    _agencies_apart,
    _submission_needs_attestation,
    _submission_reads_the_version,
    _qa_return,
    _resubmission_and_approval,
    _hidden_before_acceptance,
    _accepted_version_only,
    _council_imr_and_trail,
]


def test_the_demo_has_two_imrs_under_way(app):
    from services.seed.demo import seed_once
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
