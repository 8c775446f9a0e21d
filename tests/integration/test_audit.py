"""The audit trail: every change recorded, the chain verified, tampering found at its entry."""

from __future__ import annotations

from sqlalchemy import text

from tests.integration.helpers import decision, new_review


def test_demo_review_has_a_verifying_trail(coordinator):
    audit = coordinator.get("reviews/1/audit").json
    assert audit["verified"] is True and audit["broken_at"] is None
    assert audit["entries"][0]["action"] == "review.notified"
    assert [e["seq"] for e in audit["entries"]] == list(range(1, len(audit["entries"]) + 1))


def test_tampering_with_one_row_is_reported_at_that_entry(app, coordinator):
    engine = app.extensions["dhr"].engine
    with engine.begin() as c:
        c.execute(
            text("UPDATE audit_entries SET payload = :p WHERE chain = 'review:1' AND seq = 3"),
            {"p": '{"proceed":false}'},
        )
    audit = coordinator.get("reviews/1/audit").json
    assert audit["verified"] is False
    assert audit["broken_at"] == 3


def test_deleting_a_row_breaks_the_chain(app, coordinator):
    with app.extensions["dhr"].engine.begin() as c:
        c.execute(text("DELETE FROM audit_entries WHERE chain = 'review:1' AND seq = 2"))
    audit = coordinator.get("reviews/1/audit").json
    assert audit["verified"] is False and audit["broken_at"] == 2


def test_entries_name_who_did_what_and_when(coordinator, csp_chair, clock):
    rid = new_review(coordinator)["id"]
    csp_chair.post(f"reviews/{rid}/decision", decision())
    entries = coordinator.get(f"reviews/{rid}/audit").json["entries"]
    chair_id = next(
        p["id"] for p in coordinator.get("people").json if p["email"] == "csp-chair@demo.local"
    )
    assert entries[-1]["actor_id"] == chair_id
    assert entries[-1]["action"] == "review.decided"
    assert entries[-1]["payload"]["proceed"] is True
    assert entries[-1]["at"] == clock.now().isoformat()


def test_panel_members_cannot_read_the_audit_trail(api):
    assert api.as_("j.okafor@police.demo.local").get("reviews/1/audit").status_code == 403


def test_directory_changes_have_their_own_verified_trail(admin, coordinator):
    admin.post("csps", {"code": "AUD", "name": "Audited"})
    trail = admin.get("directory/audit").json
    assert trail["verified"] is True
    assert trail["entries"][-1]["action"] == "csp.created"
    assert trail["entries"][-1]["payload"]["code"] == "AUD"
    assert coordinator.get("directory/audit").status_code == 403
