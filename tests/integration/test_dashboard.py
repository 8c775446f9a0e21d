"""The CSP dashboard: open reviews by state, deadlines near and past, pool load across CSPs."""

from __future__ import annotations

from tests.integration.helpers import new_review, notification, person_id


def test_dashboard_shows_states_deadlines_and_overdue(coordinator):
    overdue = new_review(coordinator)  # decision was due 2026-02-28
    soon = new_review(coordinator, date_of_death="2026-11-10", notified_on="2026-11-12")
    board = coordinator.get("csps/DEMO/dashboard").json
    assert board["today"] == "2026-11-26"
    assert board["open_reviews"] == 3
    assert board["by_state"] == {"imrs_in_progress": 1, "notified": 2}
    assert {(i["reference"], i["deadline"]) for i in board["overdue"]} == {
        (overdue["reference"], "decision"),
        (overdue["reference"], "terms_of_reference"),
    }
    near = [(i["reference"], i["deadline"], i["days_left"]) for i in board["due_within_30_days"]]
    assert near == [
        (soon["reference"], "decision", 14),
        (soon["reference"], "terms_of_reference", 14),
    ]


def test_pool_load_counts_reviews_across_csps(api, admin, coordinator):
    admin.post("csps", {"code": "NORTH", "name": "North CSP"})
    admin.post(
        "people",
        {
            "name": "Nia North",
            "email": "coord@north.local",
            "csp_roles": [
                {"csp": "NORTH", "role": "coordinator"},
                {"csp": "NORTH", "role": "chair"},
            ],
        },
    )
    north = api.as_("coord@north.local")
    body = notification(csp="NORTH", date_of_death="2026-10-20", notified_on="2026-10-21")
    review = north.post("reviews", body).json
    assert review["reference"] == "NORTH-2026-001"
    rid = review["id"]
    north.post(
        f"reviews/{rid}/decision",
        {"proceed": True, "decided_on": "2026-11-01", "rationale": "Meets the definition."},
    )
    ashdown = person_id(coordinator, "chair.ashdown@pool.demo.local")
    r = north.put(
        f"reviews/{rid}/chair",
        {
            "person_id": ashdown,
            "signed_on": "2026-11-02",
            "independence_statement": "Independent of all.",
        },
    )
    assert r.status_code == 200, r.json
    for board in (
        coordinator.get("csps/DEMO/dashboard").json,
        north.get("csps/NORTH/dashboard").json,
    ):
        load = {p["name"]: p for p in board["pool"]}
        assert load["Morgan Ashdown"]["chairing"] == ["DEMO-2026-001", "NORTH-2026-001"]
        assert load["Morgan Ashdown"]["open_reviews"] == 2
        assert load["Riley Penhallow"]["authoring"] == ["DEMO-2026-001"]
        assert load["Riley Penhallow"]["trained_on"] == "2025-11-02"
