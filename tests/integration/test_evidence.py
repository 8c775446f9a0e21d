"""Evidence that an action was done, uploaded by the action's lead agency (its panel member or
its senior manager) and linked to the action; nobody else may attach it."""

from __future__ import annotations

from tests.fakes.hostile import valid_docx
from tests.integration.helpers import agency_id, person_id
from tests.integration.imr_steps import ok

REVIEW = 1


def _police_action(api, coordinator) -> int:
    author = api.as_("chair.penhallow@pool.demo.local")
    recs = {"recommendations": [{"text": "Train call handlers", "scope": "local"}]}
    saved = ok(author.put(f"reviews/{REVIEW}/recommendations", recs))
    body = {
        "recommendation": saved["overview"][0]["ref"],
        "scope": "local",
        "action": "Run a two-hour course for every call handler and audit attendance",
        "success_measure": "95% trained",
        "lead_agency_id": agency_id(coordinator, "Demoshire Police"),
        "target_date": "2027-09-30",
    }
    return ok(author.post(f"reviews/{REVIEW}/actions", body), 201)["id"]


def _attach(caller, action_id: int, title: str):
    return caller.send(
        f"actions/{action_id}/evidence", {"title": title}, ("register.docx", valid_docx(title))
    )


def test_only_the_lead_agency_attaches_evidence(api, coordinator):
    action = _police_action(api, coordinator)
    chair = api.as_("chair.ashdown@pool.demo.local")
    police = {
        "agency_id": agency_id(coordinator, "Demoshire Police"),
        "senior_manager_id": person_id(coordinator, "m.kells@police.demo.local"),
        "due_on": "2027-01-15",
    }
    ok(chair.post(f"reviews/{REVIEW}/imrs", police), 201)

    council_member = api.as_("a.brandt@council.demo.local")  # on the panel, not the lead
    refused = _attach(council_member, action, "Council's register")
    assert refused.status_code == 403 and "lead agency" in refused.json["detail"]
    stranger = api.as_("p.castell@police.demo.local")  # police, but no role on the review
    assert _attach(stranger, action, "Register").status_code == 404

    manager = api.as_("m.kells@police.demo.local")
    assert [a["id"] for a in ok(manager.get("me/actions"))] == [action]
    made = ok(_attach(manager, action, "Training register"), 201)
    assert made["document"]["title"] == "Training register"
    member = api.as_("j.okafor@police.demo.local")
    assert ok(member.get(f"actions/{action}"))["evidence"] == "Training register"
    again = ok(_attach(member, action, "Updated register"), 201)
    assert ok(member.get(f"actions/{action}"))["evidence_document_id"] == again["document"]["id"]
    kinds = {d["id"]: d["kind"] for d in ok(coordinator.get(f"reviews/{REVIEW}/documents"))}
    assert kinds[made["document"]["id"]] == kinds[again["document"]["id"]] == "evidence"
    trail = [e["action"] for e in ok(coordinator.get(f"reviews/{REVIEW}/audit"))["entries"]]
    assert trail.count("action.evidence_attached") == 2
