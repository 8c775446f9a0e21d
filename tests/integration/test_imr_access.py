"""Who may do what to an IMR: every IMR route checked for every kind of caller.

Expected outcomes come from IMR_PERMISSIONS in services/domain/access.py. The IMR is not yet
accepted, so only the review chair, the coordinator and the agency's own senior manager and
author can see it; everyone else, including another agency's IMR author and the panel, gets 404.
"""

from __future__ import annotations

import pytest

from services.domain.access import IMR_PERMISSIONS, PERMISSIONS
from tests.integration.helpers import agency_id, person_id

REVIEW = 1
ROLES = {
    "chair.ashdown@pool.demo.local": {"review:chair"},
    "coordinator@demo.local": {"csp:coordinator"},
    "csp-chair@demo.local": {"csp:chair"},
    "m.kells@police.demo.local": {"imr:senior_manager"},
    "p.castell@police.demo.local": {"imr:author"},
    "l.haddow@council.demo.local": set(),  # the council IMR's author
    "a.brandt@council.demo.local": {"review:panel_member"},  # and the council's senior manager
    "chair.penhallow@pool.demo.local": {"review:overview_author"},
    "coordinator@othr.local": set(),
}


@pytest.fixture
def setting(api, coordinator, other_csp):
    chair = api.as_("chair.ashdown@pool.demo.local")
    made = {}
    for agency, manager, author in (
        ("Demoshire Police", "m.kells@police.demo.local", "p.castell@police.demo.local"),
        ("Demo District Council", "a.brandt@council.demo.local", "l.haddow@council.demo.local"),
    ):
        imr = chair.post(
            f"reviews/{REVIEW}/imrs",
            {
                "agency_id": agency_id(coordinator, agency),
                "senior_manager_id": person_id(coordinator, manager),
                "due_on": "2027-01-15",
            },
        ).json
        api.as_(manager).put(
            f"imrs/{imr['id']}/author", {"person_id": person_id(coordinator, author)}
        )
        made[agency] = imr
    police = made["Demoshire Police"]
    doc = api.as_("p.castell@police.demo.local").post(f"imrs/{police['id']}/document").json
    callers = {email: api.as_(email) for email in ROLES}
    return police, doc, callers, person_id(coordinator, "p.castell@police.demo.local")


def routes(author_id: int):
    return [
        ("GET", "", None, "view_imr"),
        ("PUT", "author", {"person_id": author_id}, "name_imr_author"),
        (
            "POST",
            "attestation",
            {
                "not_directly_involved": True,
                "not_line_manager_of_involved_staff": True,
                "signed_on": "2026-11-26",
            },
            "attest_imr",
        ),
        ("POST", "document", None, "edit_imr"),
        ("POST", "submissions", {"version": "0.9"}, "submit_imr"),
        ("POST", "qa-decision", {"decision": "return", "comments": "x"}, "qa_imr"),
        ("POST", "acceptance", {"decision": "accept"}, "accept_imr"),
        ("POST", "versions/0.1/extract", {}, "view_imr"),
        ("GET", "chronology", None, "view_imr"),
        ("PUT", "chronology", {"rows": []}, "edit_imr"),
        ("GET", "recommendations", None, "view_imr"),
        ("PUT", "recommendations", {"recommendations": []}, "edit_imr"),
    ]


def expected(roles: set[str], action: str) -> str:
    if not roles & IMR_PERMISSIONS["view_imr"]:
        return "hidden"
    if action == "view_imr" or roles & IMR_PERMISSIONS[action]:
        return "allowed"
    return "forbidden"


def outcome(status: int) -> str:
    return {404: "hidden", 403: "forbidden"}.get(status, "allowed")


@pytest.mark.parametrize("index", range(12))
def test_imr_route_access_matches_the_policy(setting, index):
    police, _doc, callers, author_id = setting
    method, path, body, action = routes(author_id)[index]
    url = f"imrs/{police['id']}/{path}".rstrip("/")
    seen = {
        email: outcome(caller._call(method, url, body).status_code)
        for email, caller in callers.items()
    }
    assert seen == {email: expected(roles, action) for email, roles in ROLES.items()}


def test_the_imr_document_follows_the_imr_policy(setting):
    _police, doc, callers, _author = setting
    for email, caller in callers.items():
        roles = ROLES[email]
        want = "allowed" if roles & IMR_PERMISSIONS["view_imr"] else "hidden"
        for path in (
            f"documents/{doc['id']}",
            f"documents/{doc['id']}/versions",
            f"documents/{doc['id']}/versions/0.1/content",
        ):
            assert outcome(caller.get(path).status_code) == want, (email, path)
        save = caller.post(f"documents/{doc['id']}/checkout")
        can_edit = roles & IMR_PERMISSIONS["edit_imr"]
        assert outcome(save.status_code) == (
            want if want == "hidden" else "allowed" if can_edit else "forbidden"
        ), email


def test_only_the_review_chair_commissions_and_lists_show_what_each_may_see(setting, coordinator):
    _police, _doc, callers, _author = setting
    body = {
        "agency_id": agency_id(coordinator, "Demo Probation Service"),
        "senior_manager_id": person_id(coordinator, "m.kells@police.demo.local"),
        "due_on": "2027-01-15",
    }
    for email, caller in callers.items():
        status = caller.post(f"reviews/{REVIEW}/imrs", body).status_code
        roles = ROLES[email] - {"imr:senior_manager", "imr:author"}
        if not roles & PERMISSIONS["view_review"]:
            assert status == 404, email
        elif not roles & PERMISSIONS["commission_imr"]:
            assert status == 403, email
        else:
            assert status == 422, email  # reached the rules: the manager is not of probation
    listed = {
        email: sorted(i["agency"]["name"] for i in caller.get(f"reviews/{REVIEW}/imrs").json)
        for email, caller in callers.items()
        if email != "coordinator@othr.local"
    }
    both = ["Demo District Council", "Demoshire Police"]
    assert listed["chair.ashdown@pool.demo.local"] == both
    assert listed["coordinator@demo.local"] == both
    assert listed["p.castell@police.demo.local"] == ["Demoshire Police"]
    assert listed["l.haddow@council.demo.local"] == ["Demo District Council"]
    assert listed["a.brandt@council.demo.local"] == ["Demo District Council"]
    assert listed["csp-chair@demo.local"] == []
    assert listed["chair.penhallow@pool.demo.local"] == []
    other = callers["coordinator@othr.local"]
    assert other.get(f"reviews/{REVIEW}/imrs").status_code == 404
