"""Who may do what to a review: every route checked for every kind of caller.

Expected outcomes come from the policy table in services/domain/access.py, so a new route that
forgets its check, or checks the wrong action, fails here. Callers who cannot see a review get
404 (its existence is not revealed); callers who can see it but may not act get 403.
"""

from __future__ import annotations

import pytest

from services.domain.access import PERMISSIONS
from tests.integration.helpers import notification, person_id

REVIEW = 1  # the demo review, with IMRs in progress

ROLES = {
    "coordinator@demo.local": {"csp:coordinator"},
    "csp-chair@demo.local": {"csp:chair"},
    "chair.ashdown@pool.demo.local": {"review:chair"},
    "j.okafor@police.demo.local": {"review:panel_member"},
    "chair.penhallow@pool.demo.local": {"review:overview_author"},
    "coordinator@othr.local": set(),
    "staff@demo.local": set(),
}


def routes(csp_chair_id: int, pool_chair_id: int, officer_id: int):
    """Every review route: method, path under the review, body, and the permission it needs."""
    extension = {
        "new_due": "2027-12-01",
        "reason": "Trial",
        "agreed_by": csp_chair_id,
        "agreed_on": "2026-11-01",
    }
    return [
        ("GET", "", None, "view_review"),
        ("POST", "scoping", {"started_on": "2026-09-20", "agency_ids": []}, "start_scoping"),
        (
            "POST",
            "decision",
            {"proceed": True, "decided_on": "2026-10-01", "rationale": "x"},
            "decide",
        ),
        (
            "POST",
            "home-office-notifications",
            {"sent_on": "2026-10-02", "method": "email"},
            "record_home_office_notification",
        ),
        (
            "POST",
            "secretary-of-state-direction",
            {"directed_on": "2026-10-05", "reference": "x"},
            "direct_review",
        ),
        (
            "PUT",
            "chair",
            {
                "person_id": pool_chair_id,
                "signed_on": "2026-10-01",
                "independence_statement": "Independent.",
            },
            "appoint_chair",
        ),
        ("POST", "panel-members", {"person_id": officer_id}, "add_panel_member"),
        ("POST", "panel/establish", None, "establish_panel"),
        (
            "PUT",
            "terms-of-reference",
            {
                "period_from": "2024-01-01",
                "period_to": "2026-09-01",
                "lines_of_enquiry": ["x"],
                "agreed_on": "2026-11-01",
            },
            "agree_terms",
        ),
        ("POST", "imrs/start", None, "start_imrs"),
        ("POST", "extensions", extension, "record_extension"),
        ("POST", "parallel-proceedings", {"kind": "inquest"}, "log_parallel_proceeding"),
        ("POST", "subjects", {"role": "child", "real_name": "Pip Fernleigh"}, "add_subject"),
        ("GET", "subjects", None, "view_subjects"),
        ("GET", "audit", None, "view_audit"),
        *_later_stage_routes(),
    ]


def _later_stage_routes():
    """The routes of the IMR, overview, routing and Home Office stages."""
    return [
        ("GET", "chronology", None, "view_chronology"),
        ("PATCH", "chronology/999999", {"note": "x"}, "annotate_chronology"),
        ("GET", "recommendations", None, "view_review"),
        ("PUT", "recommendations", {"recommendations": []}, "edit_recommendations"),
        ("GET", "actions", None, "view_review"),
        (
            "POST",
            "actions",
            {"recommendation": "overview:1", "scope": "local", "action": "x"},
            "edit_actions",
        ),
        ("GET", "family-contacts", None, "view_family"),
        (
            "POST",
            "family-contacts",
            {"name": "A", "relationship": "Sister", "method": "letter", "outcome": "pending"},
            "record_family_contact",
        ),
        ("POST", "panel-meetings", {"held_on": "2026-11-01"}, "record_panel_meeting"),
        (
            "POST",
            "checks",
            {
                "overview_document_id": 999,
                "overview_version": "0.1",
                "executive_summary_document_id": 999,
                "executive_summary_version": "0.1",
            },
            "run_check",
        ),
        ("GET", "checks/999999", None, "view_checks"),
        (
            "POST",
            "imrs",
            {"agency_id": 1, "senior_manager_id": 1, "due_on": "2027-01-01"},
            "commission_imr",
        ),
        ("GET", "signoffs", None, "view_review"),
        ("GET", "notifications", None, "view_review"),
        (
            "POST",
            "home-office-submissions",
            {"check_id": 999, "submitted_on": "2026-11-20"},
            "submit_to_home_office",
        ),
        ("POST", "clearance", {"cleared_on": "2026-11-20"}, "record_clearance"),
        (
            "POST",
            "distribution",
            {"entries": [{"recipient": "domestic_abuse_commissioner", "sent_on": "2026-11-20"}]},
            "record_distribution",
        ),
        ("POST", "conclusion", {"concluded_on": "2026-11-20"}, "conclude"),
    ]


@pytest.fixture
def callers(api, coordinator, other_csp):
    council = next(
        a["id"] for a in coordinator.get("agencies").json if a["name"] == "Demo District Council"
    )
    coordinator.post(
        "people", {"name": "Staff Member", "email": "staff@demo.local", "agency_id": council}
    )
    return {email: api.as_(email) for email in ROLES}


def expected(roles: set[str], action: str) -> str:
    if not roles & PERMISSIONS["view_review"]:
        return "hidden"
    return "allowed" if roles & PERMISSIONS[action] else "forbidden"


def outcome(response) -> str:
    """Hidden is the review's 404; a 404 for a row or check inside it means the check passed."""
    if response.status_code == 404:
        return "hidden" if response.json["detail"] == "Review not found" else "allowed"
    return "forbidden" if response.status_code == 403 else "allowed"


@pytest.mark.parametrize("index", range(33))
def test_route_access_matches_the_policy(callers, coordinator, index):
    ids = [
        person_id(coordinator, e)
        for e in (
            "csp-chair@demo.local",
            # The current chair, re-signing: replacing them would change who sees what.
            "chair.ashdown@pool.demo.local",
            "s.whitlow@trust.demo.local",
        )
    ]
    method, path, body, action = routes(*ids)[index]
    url = f"reviews/{REVIEW}/{path}".rstrip("/")
    seen = {}
    for email, caller in callers.items():
        response = caller._call(method, url, body)
        assert response.status_code != 401
        seen[email] = outcome(response)
    assert seen == {email: expected(roles, action) for email, roles in ROLES.items()}


def test_outsiders_do_not_see_the_review_in_lists(callers):
    listed = {e: [r["reference"] for r in c.get("reviews").json] for e, c in callers.items()}
    assert listed["coordinator@demo.local"] == ["DEMO-2026-001"]
    assert listed["j.okafor@police.demo.local"] == ["DEMO-2026-001"]
    assert listed["coordinator@othr.local"] == []
    assert listed["staff@demo.local"] == []


def test_panel_member_cannot_decide_or_see_the_dashboard(callers):
    member = callers["j.okafor@police.demo.local"]
    assert member.get("csps/DEMO/dashboard").status_code == 403
    # Another CSP's dashboard is not found, exactly like a CSP that does not exist.
    assert callers["coordinator@othr.local"].get("csps/DEMO/dashboard").status_code == 404
    assert callers["csp-chair@demo.local"].get("csps/DEMO/dashboard").status_code == 200


def test_a_coordinator_manages_only_their_own_csp(callers):
    other = callers["coordinator@othr.local"]
    # A CSP they have no part in is not found, exactly like one that does not exist.
    r = other.post("agencies", {"name": "Sneaky Agency", "kind": "police", "csp": "DEMO"})
    assert r.status_code == 404
    r = other.post("reviews", notification())
    assert r.status_code == 404
    assert (
        other.post(
            "agencies", {"name": "Other Police", "kind": "police", "csp": "OTHR"}
        ).status_code
        == 201
    )
