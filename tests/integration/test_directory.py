"""CSPs, agencies and people."""

from __future__ import annotations

from tests.integration.helpers import field_errors, notification


def test_statutory_flag_defaults_from_the_guidance_list(coordinator):
    r = coordinator.post(
        "agencies", {"name": "Demo Mental Health Trust", "kind": "nhs_trust", "csp": "DEMO"}
    )
    assert r.status_code == 201 and r.json["statutory"] is True
    r = coordinator.post(
        "agencies", {"name": "Demo Housing Association", "kind": "housing", "csp": "DEMO"}
    )
    assert r.json["statutory"] is False
    r = coordinator.post(
        "agencies", {"name": "Demo Housing Association", "kind": "housing", "csp": "DEMO"}
    )
    assert r.status_code == 409


def test_people_with_roles_and_pool_membership(api, coordinator):
    police = next(
        a["id"] for a in coordinator.get("agencies").json if a["name"] == "Demoshire Police"
    )
    r = coordinator.post(
        "people",
        {
            "name": "Ash Vale",
            "email": "a.vale@police.demo.local",
            "agency_id": police,
            "job_title": "DCI",
        },
    )
    assert r.status_code == 201, r.json
    assert r.json["agency"] == "Demoshire Police"
    r = coordinator.post(
        "people",
        {
            "name": "Indy Pendent",
            "email": "indy@pool.local",
            "pool": {"chair": True, "trained_on": "2026-01-15"},
        },
    )
    assert r.json["pool"] == {"chair": True, "overview_author": False, "trained_on": "2026-01-15"}
    r = coordinator.post("people", {"name": "Again", "email": "INDY@pool.local"})
    assert r.status_code == 409
    r = coordinator.post(
        "people",
        {
            "name": "Bad",
            "email": "bad@x.local",
            "agency_id": 999,
            "csp_roles": [{"csp": "DEMO", "role": "emperor"}],
        },
    )
    assert set(field_errors(r)) == {"agency_id", "csp_roles[0].role"}
    emails = {p["email"] for p in coordinator.get("people?csp=DEMO").json}
    assert {"a.vale@police.demo.local", "indy@pool.local", "coordinator@demo.local"} <= emails


def test_only_administrators_create_csps(admin, coordinator):
    assert coordinator.post("csps", {"code": "NEW", "name": "New"}).status_code == 403
    r = admin.post("csps", {"code": "new1", "name": "New", "decision_anchor": "notified_on"})
    assert r.status_code == 201 and r.json["code"] == "NEW1"
    assert admin.post("csps", {"code": "NEW1", "name": "Again"}).status_code == 409
    r = admin.post("csps", {"code": "X2", "name": "X", "guidance_version": "1999"})
    assert "guidance_version" in field_errors(r)


def test_decision_anchor_can_be_the_notification_date(api, admin):
    admin.post("csps", {"code": "ANCH", "name": "Anchored", "decision_anchor": "notified_on"})
    admin.post(
        "people",
        {
            "name": "Anne Anchor",
            "email": "coord@anch.local",
            "csp_roles": [{"csp": "ANCH", "role": "coordinator"}],
        },
    )
    body = notification(csp="ANCH", date_of_death="2026-01-20", notified_on="2026-03-31")
    r = api.as_("coord@anch.local").post("reviews", body)
    assert r.json["deadlines"]["decision"]["due"] == "2026-04-30"
    assert r.json["deadlines"]["decision"]["basis"] == "1 month(s) after the notification"
