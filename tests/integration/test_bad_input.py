"""Bad input: a problem+json answer naming the field, nothing changed, no audit entry written."""

from __future__ import annotations

import pytest

from tests.integration.helpers import (
    decided_review,
    decision,
    field_errors,
    new_review,
    notification,
    person_id,
)


def audit_length(caller, rid) -> int:
    return len(caller.get(f"reviews/{rid}/audit").json["entries"])


def review_count(caller) -> int:
    return len(caller.get("reviews").json)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"colour": "blue"}, "colour"),
        ({"date_of_death": "2026-13-01"}, "date_of_death"),
        ({"date_of_death": 20260131}, "date_of_death"),
        ({"date_of_death": "2026-12-25"}, "date_of_death"),
        ({"notified_on": "2026-01-30"}, "notified_on"),
        ({"relationship": "neighbour"}, "relationship"),
        (
            {"victim": {"name": "A", "sex": "female", "date_of_birth": "2012-01-01"}},
            "victim.date_of_birth",
        ),
        ({"victim": {"name": "A", "sex": "female", "age": 15}}, "victim.age"),
        ({"victim": {"name": "A", "sex": "female"}}, "victim.date_of_birth"),
        ({"victim": {"name": "A", "sex": "female", "shoe_size": 5}}, "victim.shoe_size"),
        ({"notifying_officer": None}, "notifying_officer"),
    ],
)
def test_bad_notification_names_the_field_and_creates_nothing(coordinator, changes, field):
    before = review_count(coordinator)
    r = coordinator.post("reviews", notification(**changes))
    assert r.status_code in (400, 422)
    assert field in field_errors(r), r.json
    assert review_count(coordinator) == before


def test_every_bad_field_is_reported_at_once(coordinator):
    r = coordinator.post(
        "reviews", notification(date_of_death="2027-01-01", relationship="lodger", colour="red")
    )
    assert r.status_code == 422
    # Schema errors come first; the domain's are reported once the shape is right.
    assert set(field_errors(r)) == {"colour"}
    r = coordinator.post("reviews", notification(date_of_death="2027-01-01", relationship="lodger"))
    assert set(field_errors(r)) == {"date_of_death", "notified_on", "relationship"}


def test_under_sixteen_points_to_the_child_review_route(coordinator):
    r = coordinator.post(
        "reviews",
        notification(victim={"name": "A", "sex": "female", "date_of_birth": "2011-03-01"}),
    )
    message = field_errors(r)["victim.date_of_birth"]
    assert "V1" in message and "child safeguarding practice review" in message


def test_dardr_requires_a_personal_connection(coordinator):
    r = coordinator.post(
        "reviews", notification(guidance_version="2024-draft", relationship="household_member")
    )
    assert r.status_code == 422
    assert "relationship" in field_errors(r)
    review = new_review(coordinator, guidance_version="2024-draft")
    assert review["review_type"] == "DARDR"


def test_decision_before_notification_is_refused(coordinator, csp_chair):
    rid = new_review(coordinator)["id"]
    r = csp_chair.post(f"reviews/{rid}/decision", decision(decided_on="2026-02-01"))
    assert r.status_code == 422
    assert "decided_on" in field_errors(r)
    r = csp_chair.post(f"reviews/{rid}/decision", decision(factors=["coin_toss"]))
    assert "factors[0]" in field_errors(r)
    assert coordinator.get(f"reviews/{rid}").json["state"] == "notified"
    assert audit_length(coordinator, rid) == 1


def test_second_decision_is_refused(coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    r = csp_chair.post(f"reviews/{rid}/decision", decision(proceed=False))
    assert r.status_code == 409
    assert r.json["state"] == "proceeding"
    assert audit_length(coordinator, rid) == 2


def test_home_office_told_once_and_not_before_the_decision(coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    r = coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-19", "method": "email"}
    )
    assert "sent_on" in field_errors(r)
    ok = coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-20", "method": "email"}
    )
    assert ok.status_code == 201
    again = coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-21", "method": "email"}
    )
    assert again.status_code == 409


def test_chair_from_a_participating_agency_is_refused(coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    officer = person_id(coordinator, "j.okafor@police.demo.local")
    coordinator.post(f"reviews/{rid}/panel-members", {"person_id": officer})
    council_lead = person_id(coordinator, "a.brandt@council.demo.local")
    coordinator.post(f"reviews/{rid}/panel-members", {"person_id": council_lead})
    r = csp_chair.put(
        f"reviews/{rid}/chair",
        {
            "person_id": council_lead,
            "signed_on": "2026-02-25",
            "independence_statement": "I am independent.",
        },
    )
    assert r.status_code == 422
    assert "V6" in field_errors(r)["person_id"]
    assert coordinator.get(f"reviews/{rid}").json["chair"] is None


def test_chair_without_a_declaration_is_refused(coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    pool_chair = person_id(coordinator, "chair.ashdown@pool.demo.local")
    r = csp_chair.put(f"reviews/{rid}/chair", {"person_id": pool_chair, "signed_on": "2026-02-25"})
    assert "independence_statement" in field_errors(r)
    r = csp_chair.put(
        f"reviews/{rid}/chair",
        {"person_id": pool_chair, "signed_on": "2026-02-25", "independence_statement": "   "},
    )
    assert "independence_statement" in field_errors(r)


def test_panel_cannot_be_established_before_home_office_is_told(coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    r = coordinator.post(f"reviews/{rid}/panel/establish")
    assert r.status_code == 422
    assert set(field_errors(r)) == {"home_office_notification", "chair", "panel_members"}


def test_terms_of_reference_dates_are_checked(api, coordinator, csp_chair):
    rid = decided_review(coordinator, csp_chair)["id"]
    coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-21", "method": "email"}
    )
    chair_id = person_id(coordinator, "chair.ashdown@pool.demo.local")
    csp_chair.put(
        f"reviews/{rid}/chair",
        {
            "person_id": chair_id,
            "signed_on": "2026-02-22",
            "independence_statement": "Independent.",
        },
    )
    coordinator.post(
        f"reviews/{rid}/panel-members",
        {"person_id": person_id(coordinator, "j.okafor@police.demo.local")},
    )
    coordinator.post(f"reviews/{rid}/panel/establish")
    r = coordinator.put(
        f"reviews/{rid}/terms-of-reference",
        {
            "period_from": "2026-02-01",
            "period_to": "2026-03-01",
            "lines_of_enquiry": [""],
            "agreed_on": "2026-02-10",
        },
    )
    assert set(field_errors(r)) == {"period_to", "lines_of_enquiry[0]", "agreed_on"}
    assert coordinator.get(f"reviews/{rid}").json["state"] == "panel_established"


def test_malformed_json_and_oversized_bodies(app, coordinator):
    r = coordinator.client.post(
        "/api/v1/reviews",
        data="{not json",
        headers={**coordinator.headers, "Content-Type": "application/json"},
    )
    assert r.status_code == 400
    assert r.mimetype == "application/problem+json"
    limit = app.extensions["dhr"].settings.max_json_bytes
    big = notification(victim={"name": "x" * (2 * limit), "sex": "female", "age": 30})
    r = coordinator.post("reviews", big)
    assert r.status_code == 413
    assert r.mimetype == "application/problem+json"


def test_unknown_review_is_404(coordinator):
    r = coordinator.get("reviews/9999")
    assert r.status_code == 404
    assert r.mimetype == "application/problem+json"
