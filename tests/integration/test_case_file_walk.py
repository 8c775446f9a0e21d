"""One review from the police notification to its conclusion, as every person in turn, each
finding the ids they act on through GET routes (their own lists, the case file), never from
another person's POST response; the case file read at each stage shows what is done and what
each person may do next. An auditor's case file says what the audit trail says."""

from __future__ import annotations

import json
from datetime import date

from tests.fakes.hostile import valid_docx, valid_xlsx
from tests.fakes.report_docx import author_writes
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import RECOMMENDATIONS
from tests.integration.test_publication import tools  # noqa: F401  (LibreOffice, loudly skipped)
from tests.integration.walk_steps import (
    AUTHOR,
    CHAIR,
    COORDINATOR,
    CSP_CHAIR,
    agency,
    case_file,
    decided,
    imrs_accepted,
    notified,
    panel_and_terms,
    review_id,
)

KINDS = ("overview_report", "executive_summary", "action_plan")
OKAFOR, KELLS = "j.okafor@police.demo.local", "m.kells@police.demo.local"


def test_one_review_walked_by_every_person_through_the_case_file(api, admin, clock):
    rid = signed_off_by_panel_and_csp(api)
    assert (
        case_file(api.as_(COORDINATOR), rid)["review"]["deadlines"]["overview_report"]["met_on"]
        == clock.today().isoformat()
    )
    _submitted_and_revised(api, rid)
    _cleared_and_distributed(api, rid)
    _published(api, rid)
    _actions_done(api, rid)
    clock.day = date(2026, 12, 7)
    _concluded(api, rid)
    _as_the_trail_says(api, admin, rid)
    _reopened(api, rid)


def signed_off_by_panel_and_csp(api, **notification) -> int:
    """A review notified (with these notification fields), decided, its IMRs accepted, its
    overview drafted and signed off by the panel and the CSP: its id."""
    rid = review_id(api.as_(CSP_CHAIR), notified(api, **notification))
    decided(api, rid)
    panel_and_terms(api, rid)
    imrs_accepted(api, rid)
    _drafted(api, rid)
    _signed_off(api, rid, "panel", CHAIR)
    _signed_off(api, rid, "csp", CSP_CHAIR)
    return rid


def _docs(caller, rid: int) -> dict[str, dict]:
    return {d["kind"]: d for d in case_file(caller, rid)["documents"] if d["kind"] in KINDS}


def _write(author, doc_id: int, **changes) -> str:
    """A new version written by `author`; `changes` as `author_writes` takes them. A revision must
    change the text: the zip's 2-second timestamps can make a quick re-save byte-identical."""
    current = ok(author.get(f"documents/{doc_id}"))
    label = current["current_version"]["label"]
    data = author.get(f"documents/{doc_id}/versions/{label}/content").data
    saved = author.send(
        f"documents/{doc_id}/versions",
        {"comment": "written"},
        ("report.docx", author_writes(data, **changes)),
        {"If-Match": current["etag"]},
    )
    return ok(saved, 201)["current_version"]["label"]


def _drafted(api, rid: int) -> None:
    author, coordinator = api.as_(AUTHOR), api.as_(COORDINATOR)
    recs = [{"text": t, "scope": "local"} for t in RECOMMENDATIONS]
    ok(author.put(f"reviews/{rid}/recommendations", {"recommendations": recs}))
    listed = ok(author.get(f"reviews/{rid}/recommendations"))
    refs = [r["ref"] for r in listed["overview"]] + [r["ref"] for r in listed["single_agency"]]
    police = agency(coordinator, "Demoshire Police")
    for ref in refs:
        action = {
            "recommendation": ref,
            "scope": "local",
            "action": "Run a two-hour course for every front-line officer and audit attendance "
            "each quarter",
            "success_measure": "95% of officers trained; audit report to the CSP",
            "lead_agency_id": police,
            "lead_officer": "Det Supt Marion Kells",
            "target_date": "2027-09-30",
            "milestones": [{"on": "2027-03-31", "text": "Course written"}],
            "theme": "training",
        }
        ok(author.post(f"reviews/{rid}/actions", action), 201)
    contact = {
        "name": "Sister of the victim",
        "relationship": "Sister",
        "approached_on": "2026-10-20",
        "method": "letter",
        "advocacy_offered": True,
        "advocacy_provider": "AAFDA",
        "outcome": "took_part",
        "pseudonym_wishes": "Chose the name Ruth",
    }
    ok(author.post(f"reviews/{rid}/family-contacts", contact), 201)
    assert case_file(coordinator, rid)["family_contacts"]["contacts"][0]["relationship"] == "Sister"
    for kind, file in (("overview_report", "docx"), ("executive_summary", "docx")):
        made = author.send(
            f"reviews/{rid}/documents",
            {"kind": kind, "title": kind},
            (f"{kind}.{file}", valid_docx("blank")),
        )
        ok(author.post(f"reviews/{rid}/documents/{ok(made, 201)['id']}/render", {}), 201)
    sheet = author.send(
        f"reviews/{rid}/documents",
        {"kind": "action_plan", "title": "Action plan"},
        ("action plan.xlsx", valid_xlsx()),
    )
    ok(author.post(f"reviews/{rid}/documents/{ok(sheet, 201)['id']}/render", {}), 201)
    for kind in ("overview_report", "executive_summary"):
        _write(author, _docs(author, rid)[kind]["id"])
    seen = _docs(author, rid)
    assert all("request_signoff" in seen[k]["allowed_actions"] for k in KINDS)


def _signed_off(api, rid: int, stage: str, decider: str, kinds=KINDS) -> None:
    """The coordinator asks; the decider finds what waits for them in the case file."""
    coordinator, approver = api.as_(COORDINATOR), api.as_(decider)
    docs = _docs(coordinator, rid)
    for kind in kinds:
        doc = docs[kind]
        body = {"stage": stage, "version": doc["current_version"], "due_on": "2026-12-10"}
        ok(coordinator.post(f"documents/{doc['id']}/signoffs", body), 201)
    waiting = [s for s in case_file(approver, rid)["signoffs"] if "decide" in s["allowed_actions"]]
    assert len(waiting) == len(kinds) and {s["stage"] for s in waiting} == {stage}
    for signoff in waiting:
        ok(approver.post(f"signoffs/{signoff['id']}/decision", {"decision": "approve"}))
    assert not [s for s in case_file(approver, rid)["signoffs"] if s["allowed_actions"]]


def _submitted_until_clearance(api, rid: int) -> None:
    """Submitted, "approved subject to changes", the point answered in a revised version."""
    author, coordinator = api.as_(AUTHOR), api.as_(COORDINATOR)
    docs = _docs(author, rid)
    check = author.post(
        f"reviews/{rid}/checks",
        {
            "overview_document_id": docs["overview_report"]["id"],
            "overview_version": docs["overview_report"]["current_version"],
            "executive_summary_document_id": docs["executive_summary"]["id"],
            "executive_summary_version": docs["executive_summary"]["current_version"],
        },
    )
    assert ok(check, 201)["clean"], check.json["findings"]
    [clean] = [c for c in case_file(coordinator, rid)["checks"] if c["clean"]]
    body = {"check_id": clean["id"], "submitted_on": "2026-11-24"}
    ok(coordinator.post(f"reviews/{rid}/home-office-submissions", body), 201)
    letter = coordinator.send(
        f"reviews/{rid}/documents",
        {"kind": "qa_letter", "title": "QA letter"},
        ("QA letter.docx", valid_docx("QA letter")),
    )
    [sent] = ok(coordinator.get(f"reviews/{rid}/home-office-submissions"))
    assert sent["allowed_actions"] == ["record_home_office_outcome"]
    outcome = {
        "outcome": "approved_subject_to_changes",
        "received_on": "2026-11-25",
        "letter_document_id": ok(letter, 201)["id"],
        "feedback_items": ["Define coercive control in the analysis"],
    }
    ok(coordinator.post(f"home-office-submissions/{sent['id']}/outcome", outcome))
    # The overview author finds the point through the list, answers it in a revised version.
    [point] = ok(author.get(f"reviews/{rid}/feedback-items"))
    assert point["allowed_actions"] == ["answer_feedback"] and point["round"] == 1
    revised = _write(
        author, docs["overview_report"]["id"], added="Coercive control is defined in section 16."
    )
    answer = {
        "response": "Defined in section 16",
        "document_id": docs["overview_report"]["id"],
        "version": revised,
    }
    ok(author.post(f"feedback-items/{point['id']}/response", answer))
    rounds = case_file(coordinator, rid)["home_office_rounds"]
    assert rounds[0]["feedback_items"][0]["response"] == "Defined in section 16"
    assert "answer_feedback" not in case_file(author, rid)["review"]["allowed_actions"]


def _submitted_and_revised(api, rid: int) -> None:
    _submitted_until_clearance(api, rid)
    coordinator = api.as_(COORDINATOR)
    # Clearance waits for the CSP to sign off the revised text (the 2016 guidance: CSP only).
    refused = coordinator.post(f"reviews/{rid}/clearance", {"cleared_on": "2026-11-26"})
    assert refused.status_code == 422
    assert list(field_errors(refused)) == ["versions.overview_report"]
    assert "by the CSP" in field_errors(refused)["versions.overview_report"]
    _signed_off(api, rid, "csp", CSP_CHAIR, kinds=("overview_report",))


def _cleared_and_distributed(api, rid: int) -> None:
    coordinator = api.as_(COORDINATOR)
    ok(coordinator.post(f"reviews/{rid}/clearance", {"cleared_on": "2026-11-26"}), 201)
    [cleared] = ok(coordinator.get(f"reviews/{rid}/clearance"))
    revised = _docs(coordinator, rid)["overview_report"]["current_version"]
    assert cleared["versions"]["overview_report"]["label"] == revised
    log = ok(coordinator.get(f"reviews/{rid}/distribution"))
    assert log["allowed_actions"] == ["record_distribution"] and log["outstanding"]
    scoping = case_file(coordinator, rid)["scoping"]["agencies"]
    entries = [
        {"recipient": "agency", "agency_id": a["agency_id"], "sent_on": "2026-11-26"}
        for a in scoping
    ]
    entries.append({"recipient": "domestic_abuse_commissioner", "sent_on": "2026-11-26"})
    ok(coordinator.post(f"reviews/{rid}/distribution", {"entries": entries}), 201)
    log = ok(coordinator.get(f"reviews/{rid}/distribution"))
    assert (log["outstanding"], log["allowed_actions"]) == ([], [])
    assert len(log["entries"]) == len(entries)


def _published(api, rid: int) -> None:
    coordinator, csp_chair = api.as_(COORDINATOR), api.as_(CSP_CHAIR)
    ok(coordinator.post(f"reviews/{rid}/publication"), 201)
    [built] = ok(csp_chair.get(f"reviews/{rid}/publication"))
    ok(csp_chair.post(f"reviews/{rid}/publication/{built['id']}/confirm"))
    seen = case_file(coordinator, rid)
    assert seen["review"]["state"] == "published"
    assert seen["publications"][0]["state"] == "published"
    offered = ok(coordinator.get(f"reviews/{rid}"))["actions"]
    for stale in ("appoint_chair", "add_panel_member", "record_extension", "record_distribution"):
        assert stale not in offered


def _actions_done(api, rid: int) -> None:
    """The police lead every action: their panel member and senior manager attach evidence."""
    member, manager = api.as_(OKAFOR), api.as_(KELLS)
    rows = ok(member.get(f"reviews/{rid}/actions"))
    mine = [a for a in ok(manager.get("me/actions")) if a["id"] in {r["id"] for r in rows}]
    assert len(mine) == len(rows)
    for n, row in enumerate(rows):
        who = manager if n == 0 else member
        made = who.send(
            f"actions/{row['id']}/evidence",
            {"title": f"Training register {n + 1}"},
            ("register.docx", valid_docx(f"Register {n + 1}")),
        )
        assert ok(made, 201)["document"]["title"] == f"Training register {n + 1}"
        current = ok(member.get(f"actions/{row['id']}"))
        assert current["evidence"] == f"Training register {n + 1}"
        done = {"status": "complete", "completion_date": "2026-11-26", "outcome": "Trained"}
        ok(member.patch(f"actions/{row['id']}", done, headers={"If-Match": current["etag"]}))
    plan = case_file(member, rid)["action_plan"]["totals"]
    assert (plan["closed"], plan["with_evidence"]) == (len(rows), len(rows))


def _concluded(api, rid: int) -> None:
    csp_chair, author = api.as_(CSP_CHAIR), api.as_(AUTHOR)
    conclusion = {"concluded_on": "2026-12-07", "note": "Every action complete"}
    ok(csp_chair.post(f"reviews/{rid}/conclusion", conclusion), 201)
    seen = case_file(author, rid)
    assert seen["review"]["state"] == "concluded"
    assert seen["conclusions"]["concluded"][0]["concluded_on"] == "2026-12-07"
    assert all(d["allowed_actions"] == [] for d in seen["documents"])
    overview = _docs(author, rid)["overview_report"]
    current = ok(author.get(f"documents/{overview['id']}"))
    refused = author.send(
        f"documents/{overview['id']}/versions",
        {"comment": "late edit"},
        (
            "report.docx",
            author.get(
                f"documents/{overview['id']}/versions/{overview['current_version']}/content"
            ).data,
        ),
        {"If-Match": current["etag"]},
    )
    assert refused.status_code == 409
    assert "concluded on 2026-12-07" in refused.json["detail"]
    assert case_file(api.as_(CSP_CHAIR), rid)["conclusions"]["allowed_actions"] == ["reopen"]


def _as_the_trail_says(api, admin, rid: int) -> None:
    grant = {"csp_roles": [{"csp": "DEMO", "role": "auditor"}]}
    body = {"name": "Ada Auditor", "email": "auditor@demo.local", **grant}
    ok(admin.post("people", body), 201)
    auditor = api.as_("auditor@demo.local")
    seen = case_file(auditor, rid)
    trail = ok(auditor.get(f"reviews/{rid}/audit"))
    assert trail["verified"]
    entries = trail["entries"]

    def payloads(action: str) -> list[dict]:
        return [e["payload"] for e in entries if e["action"] == action]

    assert seen["review"]["state"] == entries[-1]["payload"]["review_state"] == "concluded"
    approved = {p["signoff_id"]: (p["label"], p["sha256"]) for p in payloads("signoff.approved")}
    shown = {s["id"]: (s["version"]["label"], s["version"]["sha256"]) for s in seen["signoffs"]}
    assert shown == approved
    submitted = {
        p["submission_id"]: p["overview_report"] for p in payloads("home_office.submitted")
    }
    assert {
        r["id"]: r["versions"]["overview_report"] for r in seen["home_office_rounds"]
    } == submitted
    [cleared] = payloads("home_office.cleared")
    assert seen["clearances"][0]["id"] == cleared["clearance_id"]
    assert seen["clearances"][0]["versions"]["overview_report"] == cleared["overview_report"]
    saved = {
        (p["document_id"], p["label"], p["sha256"])
        for action in ("document.created", "document.version_saved", "document.rendered")
        for p in payloads(action)
    }
    versions = {
        (d["id"], v["label"], v["sha256"]) for d in seen["documents"] for v in d["versions"]
    }
    assert versions <= saved
    [concluded] = payloads("review.concluded")
    assert seen["conclusions"]["concluded"][0]["concluded_on"] == concluded["concluded_on"]
    words = json.dumps(seen)
    for content in (
        "Dana",
        "Quillfeather",
        "coercive control",
        "Defined in section 16",
        "Sister",
        "rationale",
    ):
        assert content not in words
    assert seen["viewed_as"] == "auditor"
    assert seen["family_contacts"] == {"count": 1, "redacted": True}  # no names, no wishes


def _reopened(api, rid: int) -> None:
    csp_chair, coordinator = api.as_(CSP_CHAIR), api.as_(COORDINATOR)
    assert coordinator.post(f"reviews/{rid}/reopening", {"reason": "x"}).status_code == 403
    ok(csp_chair.post(f"reviews/{rid}/reopening", {"reason": "The inquest found new facts"}), 201)
    seen = case_file(coordinator, rid)
    assert seen["review"]["state"] == "published"
    assert seen["conclusions"]["reopened"][0]["reason"] == "The inquest found new facts"
    trail = ok(coordinator.get(f"reviews/{rid}/audit"))["entries"]
    assert trail[-1]["action"] == "review.reopened"
    assert "save_version" in _docs(api.as_(AUTHOR), rid)["overview_report"]["allowed_actions"]
