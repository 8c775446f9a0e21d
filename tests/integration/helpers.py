"""Request bodies and small look-ups shared by the integration tests."""

from __future__ import annotations


def notification(**overrides) -> dict:
    body = {
        "csp": "DEMO",
        "victim": {"name": "Dana Quillfeather", "sex": "female", "date_of_birth": "1990-05-01"},
        "date_of_death": "2026-01-31",
        "relationship": "intimate_partner",
        "notified_on": "2026-02-02",
        "notifying_officer": {"name": "DS Lee Marchbank", "force": "Demoshire Police"},
    }
    body.update(overrides)
    return body


def decision(**overrides) -> dict:
    body = {
        "proceed": True,
        "decided_on": "2026-02-20",
        "rationale": "Meets the definition; agencies had contact.",
        "factors": ["meets_statutory_definition", "agency_contact"],
        "child_review_arrangement": None,
    }
    body.update(overrides)
    return body


def person_id(caller, email: str) -> int:
    people = caller.get("people").json
    return next(p["id"] for p in people if p["email"] == email)


def agency_id(caller, name: str) -> int:
    return next(a["id"] for a in caller.get("agencies").json if a["name"] == name)


def new_review(coordinator, **overrides) -> dict:
    response = coordinator.post("reviews", notification(**overrides))
    assert response.status_code == 201, response.json
    return response.json


def decided_review(coordinator, csp_chair, **decision_overrides) -> dict:
    review = new_review(coordinator)
    response = csp_chair.post(f"reviews/{review['id']}/decision", decision(**decision_overrides))
    assert response.status_code == 201, response.json
    return response.json


def field_errors(response) -> dict[str, str]:
    assert response.mimetype == "application/problem+json", response.data
    return {e["field"]: e["message"] for e in response.json.get("errors", [])}
