"""The lifecycle over HTTP: notification through decision, panel and terms to IMRs in progress."""

from __future__ import annotations

from types import SimpleNamespace

from tests.integration.helpers import (
    agency_id,
    decision,
    field_errors,
    new_review,
    person_id,
)


def test_notification_creates_a_review_with_reference_and_decision_deadline(coordinator):
    review = new_review(coordinator)
    assert review["reference"] == "DEMO-2026-002"  # the demo review is 001
    assert review["state"] == "notified"
    # 31 January + 1 month clamps to 28 February (2026 is not a leap year).
    assert review["deadlines"]["decision"] == {
        "due": "2026-02-28",
        "days_left": -271,
        "overdue": True,
        "met_on": None,
        "met_late": False,
        "basis": "1 month(s) after the death",
    }
    assert review["deadlines"]["terms_of_reference"]["due"] == "2026-02-28"
    assert "overview_report" not in review["deadlines"]
    assert review["actions"] == ["start_scoping", "log_parallel_proceeding", "add_subject"]


def test_references_count_per_csp_and_year(coordinator, admin):
    assert new_review(coordinator)["reference"] == "DEMO-2026-002"
    assert new_review(coordinator)["reference"] == "DEMO-2026-003"
    earlier = new_review(coordinator, date_of_death="2025-12-20", notified_on="2025-12-22")
    assert earlier["reference"] == "DEMO-2025-001"


def test_full_lifecycle_to_imrs_in_progress(api, coordinator, csp_chair, subtests):
    """Each step is reported on its own: a failure names its step, and the later steps run."""
    police = agency_id(coordinator, "Demoshire Police")
    council = agency_id(coordinator, "Demo District Council")
    review = new_review(coordinator)
    rid = review["id"]

    r = coordinator.post(
        f"reviews/{rid}/scoping", {"started_on": "2026-02-03", "agency_ids": [police, council]}
    )
    assert r.status_code == 200, r.json
    assert r.json["state"] == "decision_pending"

    scenario = SimpleNamespace(
        api=api,
        coordinator=coordinator,
        csp_chair=csp_chair,
        rid=rid,
    )
    for step in STEPS:
        with subtests.test(step.__doc__):
            step(scenario)


def _decision(scenario: SimpleNamespace) -> None:
    """The CSP chair decides to hold a review; the deadlines follow."""
    csp_chair = scenario.csp_chair
    rid = scenario.rid
    r = csp_chair.post(f"reviews/{rid}/decision", decision())
    assert r.status_code == 201, r.json
    assert r.json["state"] == "proceeding"
    assert r.json["deadlines"]["decision"]["met_on"] == "2026-02-20"
    assert r.json["deadlines"]["decision"]["overdue"] is False
    assert r.json["deadlines"]["overview_report"]["due"] == "2026-08-20"


def _home_office_told(scenario: SimpleNamespace) -> None:
    """The Home Office is told of the decision (V4)."""
    coordinator = scenario.coordinator
    rid = scenario.rid
    r = coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-21", "method": "email"}
    )
    assert r.status_code == 201, r.json
    told = r.json["decisions"][0]["home_office_notification"]
    assert told == {
        "sent_on": "2026-02-21",
        "method": "email",
        "to": "dhrenquiries@homeoffice.gov.uk",
    }


def _chair_appointed(scenario: SimpleNamespace) -> None:
    """An independent chair is appointed with a declaration (V6)."""
    coordinator = scenario.coordinator
    csp_chair = scenario.csp_chair
    rid = scenario.rid
    chair_id = person_id(coordinator, "chair.penhallow@pool.demo.local")
    r = csp_chair.put(
        f"reviews/{rid}/chair",
        {
            "person_id": chair_id,
            "signed_on": "2026-02-25",
            "independence_statement": "I am independent of every agency in this review.",
        },
    )
    assert r.status_code == 200, r.json
    assert r.json["chair"]["name"] == "Riley Penhallow"
    assert r.json["chair"]["agencies_declared"] == ["Demo District Council", "Demoshire Police"]


def _panel_members(scenario: SimpleNamespace) -> None:
    """Panel members join from the agencies."""
    coordinator = scenario.coordinator
    rid = scenario.rid
    for email in ("j.okafor@police.demo.local", "a.brandt@council.demo.local"):
        r = coordinator.post(
            f"reviews/{rid}/panel-members", {"person_id": person_id(coordinator, email)}
        )
        assert r.status_code == 201, r.json
    assert [m["agency"] for m in r.json["panel_members"]] == [
        "Demoshire Police",
        "Demo District Council",
    ]


def _panel_established(scenario: SimpleNamespace) -> None:
    """The panel is established."""
    coordinator = scenario.coordinator
    rid = scenario.rid
    r = coordinator.post(f"reviews/{rid}/panel/establish")
    assert r.status_code == 200, r.json
    assert r.json["state"] == "panel_established"


def _terms_agreed(scenario: SimpleNamespace) -> None:
    """The chair agrees the terms of reference (V5)."""
    api = scenario.api
    rid = scenario.rid
    chair = api.as_("chair.penhallow@pool.demo.local")
    assert chair.get(f"reviews/{rid}").json["actions"] == [
        "add_panel_member",
        "agree_terms",
        "log_parallel_proceeding",
        "add_subject",
    ]
    r = chair.put(
        f"reviews/{rid}/terms-of-reference",
        {
            "period_from": "2021-01-01",
            "period_to": "2026-01-31",
            "lines_of_enquiry": ["Was coercive control recognised?"],
            "agreed_on": "2026-02-27",
        },
    )
    assert r.status_code == 200, r.json
    assert r.json["state"] == "terms_agreed"
    assert r.json["deadlines"]["terms_of_reference"]["met_on"] == "2026-02-27"
    assert r.json["deadlines"]["terms_of_reference"]["met_late"] is False
    scenario.chair = chair


def _imrs_started(scenario: SimpleNamespace) -> None:
    """IMRs start; the audit trail holds every step, verified."""
    chair = scenario.chair
    coordinator = scenario.coordinator
    rid = scenario.rid
    r = chair.post(f"reviews/{rid}/imrs/start")
    assert r.status_code == 200, r.json
    assert r.json["state"] == "imrs_in_progress"

    audit = coordinator.get(f"reviews/{rid}/audit").json
    assert audit["verified"] is True
    assert [e["action"] for e in audit["entries"]] == [
        "review.notified",
        "review.scoping_started",
        "review.decided",
        "review.home_office_told",
        "review.chair_appointed",
        "review.panel_member_added",
        "review.panel_member_added",
        "review.panel_established",
        "review.terms_agreed",
        "review.imrs_started",
    ]


STEPS = [
    _decision,
    _home_office_told,
    _chair_appointed,
    _panel_members,
    _panel_established,
    _terms_agreed,
    _imrs_started,
]


def test_illegal_transition_answers_409_naming_allowed_actions(coordinator):
    rid = new_review(coordinator)["id"]
    r = coordinator.post(f"reviews/{rid}/panel/establish")
    assert r.status_code == 409
    assert r.mimetype == "application/problem+json"
    assert r.json["state"] == "notified"
    assert r.json["allowed_actions"] == [
        "start_scoping",
        "decide",
        "log_parallel_proceeding",
        "add_subject",
    ]


def test_no_review_is_notified_and_reopened_by_a_secretary_of_state_direction(
    coordinator, csp_chair
):
    rid = new_review(coordinator)["id"]
    r = csp_chair.post(
        f"reviews/{rid}/decision",
        decision(
            proceed=False,
            rationale="No agency contact; the circumstances are known.",
            factors=["meets_statutory_definition"],
        ),
    )
    assert r.status_code == 201 and r.json["state"] == "not_proceeding"
    assert "overview_report" not in r.json["deadlines"]

    direction = {"directed_on": "2026-04-01", "reference": "SoS/DHR/2026/17"}
    r = coordinator.post(f"reviews/{rid}/secretary-of-state-direction", direction)
    assert r.status_code == 422
    assert "home_office_notification" in field_errors(r)  # V4: the 'no' was never notified

    coordinator.post(
        f"reviews/{rid}/home-office-notifications", {"sent_on": "2026-02-21", "method": "email"}
    )
    r = coordinator.post(f"reviews/{rid}/secretary-of-state-direction", direction)
    assert r.status_code == 201, r.json
    assert r.json["state"] == "proceeding"
    assert [d["kind"] for d in r.json["decisions"]] == ["local", "secretary_of_state_direction"]
    assert r.json["deadlines"]["overview_report"]["due"] == "2026-10-01"


def test_sixteen_year_old_victim_needs_child_review_arrangement(coordinator, csp_chair):
    rid = new_review(
        coordinator, victim={"name": "Kit Ambrose", "sex": "male", "date_of_birth": "2009-06-01"}
    )["id"]
    r = csp_chair.post(f"reviews/{rid}/decision", decision())
    assert r.status_code == 422
    assert "V2" in field_errors(r)["child_review_arrangement"]
    r = csp_chair.post(f"reviews/{rid}/decision", decision(child_review_arrangement="joint_review"))
    assert r.status_code == 201, r.json
    assert r.json["decisions"][0]["child_review_arrangement"] == "joint_review"


def test_parallel_proceeding_pauses_the_clock_with_an_agreed_extension(coordinator, csp_chair):
    rid = new_review(coordinator)["id"]
    csp_chair.post(f"reviews/{rid}/decision", decision())
    chair_id = person_id(coordinator, "csp-chair@demo.local")
    r = coordinator.post(
        f"reviews/{rid}/parallel-proceedings",
        {
            "kind": "criminal_trial",
            "description": "Trial listed at the Crown Court",
            "started_on": "2026-03-01",
            "pauses_clock": True,
            "extension": {
                "new_due": "2027-02-20",
                "reason": "Awaiting the criminal trial",
                "agreed_by": chair_id,
                "agreed_on": "2026-03-02",
            },
        },
    )
    assert r.status_code == 201, r.json
    assert r.json["parallel_proceedings"][0]["pauses_clock"] is True
    overview = r.json["deadlines"]["overview_report"]
    assert overview["due"] == "2027-02-20"
    assert overview["basis"] == "agreed extension: Awaiting the criminal trial"
    assert r.json["extensions"][0]["previous_due"] == "2026-08-20"
    assert (
        r.json["extensions"][0]["parallel_proceeding_id"] == r.json["parallel_proceedings"][0]["id"]
    )


def test_extension_must_be_agreed_by_the_csp_chair_with_a_reason(coordinator, csp_chair):
    rid = new_review(coordinator)["id"]
    csp_chair.post(f"reviews/{rid}/decision", decision())
    body = {
        "new_due": "2026-07-01",
        "reason": " ",
        "agreed_on": "2026-03-02",
        "agreed_by": person_id(coordinator, "coordinator@demo.local"),
    }
    r = coordinator.post(f"reviews/{rid}/extensions", body)
    assert r.status_code == 422
    assert set(field_errors(r)) == {"new_due", "reason", "agreed_by"}
    assert len(coordinator.get(f"reviews/{rid}/audit").json["entries"]) == 2


def test_subject_register(coordinator, api):
    rid = new_review(coordinator)["id"]
    r = coordinator.post(
        f"reviews/{rid}/subjects",
        {
            "role": "victim",
            "real_name": "Dana Quillfeather",
            "aliases": ["Dee"],
            "pseudonym": "Anna",
            "pseudonym_chosen_by": "family",
        },
    )
    assert r.status_code == 201, r.json
    r = coordinator.post(
        f"reviews/{rid}/subjects",
        {"role": "perpetrator", "real_name": "Owen Tarrant", "pseudonym": "Dee"},
    )
    assert r.status_code == 422
    assert "pseudonym" in field_errors(r)
    subjects = coordinator.get(f"reviews/{rid}/subjects").json
    assert [(s["role"], s["pseudonym"]) for s in subjects] == [("victim", "Anna")]
    entry = coordinator.get(f"reviews/{rid}/audit").json["entries"][-1]
    assert entry["action"] == "review.subject_added"
    assert "Quillfeather" not in str(entry)
