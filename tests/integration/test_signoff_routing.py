"""A review driven from a clean check through every sign-off, a Home Office "resubmission
required" round with two feedback items, clearance, distribution and conclusion, over HTTP; the
sign-offs pinned to hashes, and Teams told of each document waiting for someone."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from services.bootstrap import build_worker
from tests.fakes.teams import FakeTeams
from tests.integration.conftest import Api
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW, plan, reports, run_check, write
from tests.integration.routing_steps import KINDS, action_plan, letter, sign, state


@pytest.fixture
def teams():
    with FakeTeams() as fake:
        yield fake


@pytest.fixture
def app_with_teams(make_app, teams):
    return make_app(
        seed=False,
        teams_webhooks={"DEMO": teams.url},
        outbound_allow_loopback=True,  # the Teams fake listens on 127.0.0.1
        public_url="https://dhr.example.gov.uk",
        outbox_backoff_seconds=0.01,
    )


@pytest.fixture
def api(app_with_teams):
    return Api(app_with_teams.test_client())


def test_the_whole_route_from_a_clean_check_to_conclusion(
    api, coordinator, accepted, teams, app_with_teams, clock, subtests
):
    """Each step is reported on its own: a failure names its step, and the later steps run."""
    author = api.as_("chair.penhallow@pool.demo.local")
    chair = api.as_("chair.ashdown@pool.demo.local")
    csp_chair = api.as_("csp-chair@demo.local")
    plan(author, coordinator)
    docs = reports(author, chair)
    write(author, docs["overview_report"])
    write(author, docs["executive_summary"])
    docs["action_plan"] = action_plan(author)

    scenario = SimpleNamespace(
        api=api,
        app_with_teams=app_with_teams,
        author=author,
        chair=chair,
        clock=clock,
        coordinator=coordinator,
        csp_chair=csp_chair,
        docs=docs,
        teams=teams,
    )
    for step in STEPS:
        with subtests.test(step.__doc__):
            step(scenario)


def _four_eyes(scenario: SimpleNamespace) -> None:
    """Four eyes: whoever saved a version cannot sign it off."""
    author = scenario.author
    chair = scenario.chair
    docs = scenario.docs
    summary = ok(author.get(f"documents/{docs['executive_summary']['id']}"))
    data = author.get(
        f"documents/{summary['id']}/versions/{summary['current_version']['label']}/content"
    ).data
    mine = ok(
        chair.send(
            f"documents/{summary['id']}/versions",
            {"comment": "chair's tidy"},
            ("s.docx", data),
            {"If-Match": summary["etag"]},
        ),
        201,
    )
    own = ok(
        chair.post(
            f"documents/{summary['id']}/signoffs",
            {"stage": "panel", "version": mine["current_version"]["label"]},
        ),
        201,
    )
    refused = chair.post(f"signoffs/{own['id']}/decision", {"decision": "approve"})
    assert refused.status_code == 403 and "four eyes" in refused.json["detail"]
    scenario.summary = summary


def _stale_version(scenario: SimpleNamespace) -> None:
    """A decision on a version that is no longer current is a conflict."""
    author = scenario.author
    chair = scenario.chair
    docs = scenario.docs
    overview = ok(author.get(f"documents/{docs['overview_report']['id']}"))
    stale = ok(
        author.post(
            f"documents/{overview['id']}/signoffs",
            {"stage": "panel", "version": overview["current_version"]["label"]},
        ),
        201,
    )
    write(author, docs["overview_report"])
    assert (
        chair.post(f"signoffs/{stale['id']}/decision", {"decision": "approve"}).status_code == 409
    )


def _panel_and_csp_sign_off(scenario: SimpleNamespace) -> None:
    """The panel signs all three off, then the CSP agrees."""
    api = scenario.api
    author = scenario.author
    chair = scenario.chair
    docs = scenario.docs
    summary = scenario.summary
    summary_now = ok(author.get(f"documents/{summary['id']}"))
    # The chair saved the summary's current version, so the author saves the next one.
    write(author, docs["executive_summary"])
    assert state(api) == "imrs_in_progress"
    signed = sign(api, docs, "panel", "chair.ashdown@pool.demo.local")
    assert state(api) == "panel_signed_off"
    again = chair.post(f"signoffs/{signed[0]['id']}/decision", {"decision": "approve"})
    assert again.status_code == 409  # decided once; only its own key replays the answer
    sign(api, docs, "csp", "csp-chair@demo.local")
    assert state(api) == "csp_agreed"
    assert summary_now["id"] == summary["id"]


def _submission(scenario: SimpleNamespace) -> None:
    """The submission needs a clean check of the very versions the CSP signed."""
    api = scenario.api
    author = scenario.author
    coordinator = scenario.coordinator
    docs = scenario.docs
    labels = {
        kind: ok(author.get(f"documents/{docs[kind]['id']}"))["current_version"]["label"]
        for kind in KINDS
    }
    old = run_check(author, docs, "0.2", "0.2")  # an earlier pair of versions
    r = coordinator.post(
        f"reviews/{REVIEW}/home-office-submissions",
        {"check_id": old["id"], "submitted_on": "2026-11-20"},
    )
    assert r.status_code == 422 and "check_id" in field_errors(r)
    check = run_check(author, docs, labels["overview_report"], labels["executive_summary"])
    assert check["clean"], check["findings"]
    first = ok(
        coordinator.post(
            f"reviews/{REVIEW}/home-office-submissions",
            {"check_id": check["id"], "submitted_on": "2026-11-20"},
        ),
        201,
    )
    assert state(api) == "with_home_office"
    assert first["versions"]["overview_report"]["label"] == labels["overview_report"]
    scenario.check = check
    scenario.first = first
    scenario.labels = labels


def _home_office_rounds(scenario: SimpleNamespace) -> None:
    """Round 1 asks for a resubmission; round 2 is approved and cleared."""
    api = scenario.api
    author = scenario.author
    check = scenario.check
    coordinator = scenario.coordinator
    docs = scenario.docs
    first = scenario.first
    labels = scenario.labels
    outcome = ok(
        coordinator.post(
            f"home-office-submissions/{first['id']}/outcome",
            {
                "outcome": "resubmission_required",
                "received_on": "2026-11-25",
                "letter_document_id": letter(coordinator, "QA letter 1"),
                "feedback_items": [
                    "Define coercive control and explore it in the analysis",
                    "Say more about the equality and diversity of the victim's situation",
                ],
            },
        )
    )
    assert state(api) == "revising"
    items = outcome["feedback_items"]
    assert [i["number"] for i in items] == [1, 2]
    early = coordinator.post(
        f"reviews/{REVIEW}/home-office-submissions",
        {"check_id": check["id"], "submitted_on": "2026-11-26"},
    )
    assert early.status_code == 409

    revised = write(author, docs["overview_report"])
    for item in items:
        ok(
            author.post(
                f"feedback-items/{item['id']}/response",
                {
                    "response": "Done in section 16",
                    "document_id": docs["overview_report"]["id"],
                    "version": revised,
                },
            )
        )
    sign(api, docs, "panel", "chair.ashdown@pool.demo.local", kinds=("overview_report",))
    assert state(api) == "panel_signed_off"
    sign(api, docs, "csp", "csp-chair@demo.local", kinds=("overview_report",))
    assert state(api) == "csp_agreed"
    check = run_check(author, docs, revised, labels["executive_summary"])
    second = ok(
        coordinator.post(
            f"reviews/{REVIEW}/home-office-submissions",
            {"check_id": check["id"], "submitted_on": "2026-11-26"},
        ),
        201,
    )
    assert second["round"] == 2 and second["versions"]["overview_report"]["label"] == revised

    ok(
        coordinator.post(
            f"home-office-submissions/{second['id']}/outcome",
            {
                "outcome": "approved",
                "received_on": "2026-11-26",
                "letter_document_id": letter(coordinator, "QA letter 2"),
            },
        )
    )
    cleared = ok(coordinator.post(f"reviews/{REVIEW}/clearance", {"cleared_on": "2026-11-26"}), 201)
    assert cleared["versions"] == second["versions"]
    assert state(api) == "cleared"


def _distribution(scenario: SimpleNamespace) -> None:
    """Distribution (V21) to every agency and the Commissioner."""
    coordinator = scenario.coordinator
    agencies = [
        a["agency_id"] for a in ok(coordinator.get(f"reviews/{REVIEW}"))["scoping"]["agencies"]
    ]
    part = ok(
        coordinator.post(
            f"reviews/{REVIEW}/distribution",
            {
                "entries": [
                    {"recipient": "agency", "agency_id": agencies[0], "sent_on": "2026-11-26"}
                ]
            },
        ),
        201,
    )
    assert part["state"] == "cleared" and "domestic_abuse_commissioner" in part["outstanding"]
    rest = [{"recipient": "agency", "agency_id": a, "sent_on": "2026-11-26"} for a in agencies[1:]]
    done = ok(
        coordinator.post(
            f"reviews/{REVIEW}/distribution",
            {
                "entries": [
                    *rest,
                    {"recipient": "domestic_abuse_commissioner", "sent_on": "2026-11-26"},
                ]
            },
        ),
        201,
    )
    assert done == {"state": "distributed", "outstanding": []}


def _conclusion(scenario: SimpleNamespace) -> None:
    """Conclusion (V22) waits for every action; the timeline shows every state."""
    api = scenario.api
    author = scenario.author
    clock = scenario.clock
    coordinator = scenario.coordinator
    csp_chair = scenario.csp_chair
    r = csp_chair.post(f"reviews/{REVIEW}/conclusion", {"concluded_on": "2026-11-26"})
    assert r.status_code == 422 and "actions" in field_errors(r)
    for action in ok(author.get(f"reviews/{REVIEW}/actions")):
        half = author.patch(
            f"actions/{action['id']}", {"status": "complete"}, headers={"If-Match": action["etag"]}
        )
        assert set(field_errors(half)) == {"completion_date", "outcome"}  # V15
        ok(
            author.patch(
                f"actions/{action['id']}",
                {
                    "milestones": [{"on": "2026-11-01", "text": "Course run"}],
                    "status": "complete",
                    "completion_date": "2026-11-20",
                    "outcome": "96% of officers trained",
                },
                headers={"If-Match": action["etag"]},
            )
        )
    clock.day = date(2026, 12, 6)  # ten days later, the CSP concludes
    ok(csp_chair.post(f"reviews/{REVIEW}/conclusion", {"concluded_on": "2026-12-06"}), 201)
    assert state(api) == "concluded"
    timeline = ok(coordinator.get(f"reviews/{REVIEW}"))["timeline"]
    assert [t["state"] for t in timeline] == [
        "notified",
        "decision_pending",
        "proceeding",
        "panel_established",
        "terms_agreed",
        "imrs_in_progress",
        "panel_signed_off",
        "csp_agreed",
        "with_home_office",
        "revising",
        "panel_signed_off",
        "csp_agreed",
        "with_home_office",
        "home_office_approved",
        "cleared",
        "distributed",
        "concluded",
    ]
    assert timeline[-2] == {
        "state": "distributed",
        "entered": "2026-11-26",
        "left": "2026-12-06",
        "days": 10,
    }
    assert timeline[-1] == {"state": "concluded", "entered": "2026-12-06", "left": None, "days": 0}


def _pinned_sign_offs(scenario: SimpleNamespace) -> None:
    """Every sign-off is pinned to the exact bytes it approved."""
    author = scenario.author
    coordinator = scenario.coordinator
    docs = scenario.docs
    history = {}
    for kind in KINDS:
        for v in ok(author.get(f"documents/{docs[kind]['id']}/versions")):
            history[(docs[kind]["id"], v["label"])] = v["sha256"]
    for s in ok(coordinator.get(f"reviews/{REVIEW}/signoffs")):
        assert history[(s["document_id"], s["version"]["label"])] == s["version"]["sha256"]


def _teams_cards(scenario: SimpleNamespace) -> None:
    """The worker tells Teams of each document waiting, by reference only."""
    api = scenario.api
    app_with_teams = scenario.app_with_teams
    coordinator = scenario.coordinator
    teams = scenario.teams
    worker = build_worker(app_with_teams.extensions["dhr"])
    while worker.run_once():
        pass
    waiting = [p["body"]["attachments"][0]["content"] for p in teams.posts]
    requested = ok(coordinator.get(f"reviews/{REVIEW}/signoffs"))
    assert len(teams.by_key) == len(requested) == len(waiting)
    facts = {f["title"]: f["value"] for f in waiting[0]["body"][1]["facts"]}
    assert facts["Review"] == "DEMO-2026-001" and waiting[0]["version"] == "1.4"
    assert "Fernleigh" not in str(waiting) and "Jordan" not in str(waiting)
    assert waiting[0]["actions"][1]["url"].startswith("https://dhr.example.gov.uk/addin/word/")
    shown = ok(coordinator.get(f"reviews/{REVIEW}/notifications"))
    assert {n["event"] for n in shown} >= {
        "signoff.requested",
        "review.changed",
        "home_office.outcome",
    }
    admin = api.as_("admin@demo.local")
    assert {e["state"] for e in ok(admin.get("admin/outbox"))} == {"delivered"}
    assert coordinator.get("admin/outbox").status_code == 403


STEPS = [
    _four_eyes,
    _stale_version,
    _panel_and_csp_sign_off,
    _submission,
    _home_office_rounds,
    _distribution,
    _conclusion,
    _pinned_sign_offs,
    _teams_cards,
]
