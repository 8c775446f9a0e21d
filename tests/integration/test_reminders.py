"""Reminders for every deadline through the outbox: a fixed clock walked day by day across the
Christmas 2026 bank holidays (Friday 25 and the substitute Boxing Day on Monday 28 December),
two workers sweeping at once, and DHR_REMINDERS turning kinds off. Each reminder reaches the
task pane (and Teams) exactly once."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date, timedelta

import pytest

from app import create_app
from services.bootstrap import build_worker
from services.config import Settings
from services.seed.demo import seed_once
from tests.fakes.hostile import valid_docx
from tests.fakes.teams import FakeTeams
from tests.integration.conftest import Api
from tests.integration.helpers import agency_id, person_id
from tests.integration.imr_steps import ok
from tests.unit.test_teams_card import parse_in_node

REVIEW, MANAGER = 1, "m.kells@police.demo.local"


@pytest.fixture
def teams():
    with FakeTeams() as fake:
        yield fake


def _app(database_url, tmp_path, clock, teams, reminders="all"):
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        tls=False,
        teams_webhooks={"DEMO": teams.url},
        outbound_allow_loopback=True,
        public_url="https://dhr.example.gov.uk",
        reminders=reminders,
    )
    application = create_app(settings, clock=clock)
    seed_once(application.extensions["dhr"], imrs=False)
    return application


@pytest.fixture
def app_with_teams(database_url, tmp_path, clock, teams):
    application = _app(database_url, tmp_path, clock, teams)
    yield application
    application.extensions["dhr"].engine.dispose()


@pytest.fixture
def api(app_with_teams):
    return Api(app_with_teams.test_client())


def _waiting_work(api, clock) -> None:
    """The police IMR due Tuesday 5 January 2027; a panel sign-off asked Wednesday 23 December."""
    coordinator, chair = api.as_("coordinator@demo.local"), api.as_("chair.ashdown@pool.demo.local")
    body = {
        "agency_id": agency_id(coordinator, "Demoshire Police"),
        "senior_manager_id": person_id(coordinator, MANAGER),
        "due_on": "2027-01-05",
    }
    ok(chair.post(f"reviews/{REVIEW}/imrs", body), 201)
    clock.day = date(2026, 12, 23)
    made = coordinator.send(
        f"reviews/{REVIEW}/documents",
        {"kind": "overview_report", "title": "Overview"},
        ("overview.docx", valid_docx("draft")),
    )
    doc = ok(made, 201)
    body = {"stage": "panel", "version": doc["current_version"]["label"]}
    ok(coordinator.post(f"documents/{doc['id']}/signoffs", body), 201)


def _day_by_day(app, clock, first: date, last: date) -> dict[date, list[str]]:
    """Each day the worker sweeps twice (a restart in between) and delivers; what was new."""
    worker = build_worker(app.extensions["dhr"])
    seen, news = set(), {}
    day = first
    while day <= last:
        clock.day = day
        for _ in range(2):
            worker.sweep()
            while worker.run_once():
                pass
            worker = build_worker(app.extensions["dhr"])  # a restarted worker
        shown = _local(app)
        news[day] = sorted(k for k in shown if k not in seen)
        seen |= set(shown)
        day += timedelta(days=1)
    return news


def _local(app) -> list[str]:
    from services.storage.models import Notification

    with app.extensions["dhr"].sessions() as session:
        found = session.query(Notification).filter(Notification.event.like("reminder.%")).all()
        return [n.outbox_key for n in found]


def test_reminders_across_the_christmas_bank_holidays_come_once_each(
    api, app_with_teams, clock, teams
):
    _waiting_work(api, clock)
    news = _day_by_day(app_with_teams, clock, date(2026, 12, 23), date(2027, 1, 7))
    sent = {day: keys for day, keys in news.items() if keys}
    imr_due = "reminder:imr_due:imr-"
    # The IMR is due in 7 days from Tuesday 29 December; nothing is sent on the bank holidays
    # or the weekend. The sign-off asked on Wednesday 23 has waited more than 3 working days on
    # Thursday 31 (24, 29, 30, 31): counting only weekends would have said Tuesday 29.
    assert [k.split(":")[1] for k in sent[date(2026, 12, 29)]] == ["imr_due"]
    assert sent[date(2026, 12, 29)][0].startswith(imr_due)
    assert [k.split(":")[1] for k in sent[date(2026, 12, 31)]] == ["signoff_waiting"]
    assert [k.split(":")[1] for k in sent[date(2027, 1, 6)]] == ["imr_overdue"]
    assert set(sent) == {date(2026, 12, 29), date(2026, 12, 31), date(2027, 1, 6)}
    keys = _local(app_with_teams)
    assert len(keys) == len(set(keys)) == 3
    # Teams got each reminder once, as a card that names the review by reference only.
    cards = [p for p in teams.posts if p["key"].startswith("reminder:")]
    assert Counter(p["key"] for p in cards) == Counter(
        k.replace(":local", ":teams:DEMO") for k in keys
    )
    card = cards[0]["body"]["attachments"][0]["content"]
    assert "DEMO-2026-001" in str(card) and "Fernleigh" not in str(card)
    assert [r["events"] for r in parse_in_node([card])] == [[]]
    # The senior manager (who sees nothing else of the review) finds them in the task pane.
    manager = ok(api.as_(MANAGER).get("me/notifications"))
    assert sorted(n["event"] for n in manager) == ["reminder.imr_due", "reminder.imr_overdue"]
    chair = ok(api.as_("chair.ashdown@pool.demo.local").get("me/notifications"))
    assert [n["event"] for n in chair] == ["reminder.signoff_waiting"]
    assert "waited more than 3 working days" in chair[0]["payload"]["text"]


def test_two_workers_sweeping_at_once_send_each_reminder_once(api, app_with_teams, clock, teams):
    _waiting_work(api, clock)
    clock.day = date(2027, 1, 6)  # the IMR overdue, the sign-off waiting
    services = app_with_teams.extensions["dhr"]
    workers = [build_worker(services), build_worker(services)]
    start = threading.Barrier(2)
    failures = []

    def run(worker):
        try:
            start.wait()
            for _ in range(5):
                worker.sweep()
                while worker.run_once():
                    pass
        except Exception as exc:  # reported below; a thread's exception is otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    keys = _local(app_with_teams)
    assert sorted(k.split(":")[1] for k in keys) == ["imr_overdue", "signoff_waiting"]
    assert len(keys) == len(set(keys))
    posted = Counter(p["key"] for p in teams.posts if p["key"].startswith("reminder:"))
    assert sorted(posted.values()) == [1, 1]


def test_dhr_reminders_turns_kinds_off(database_url, tmp_path, clock, teams):
    app = _app(database_url, tmp_path, clock, teams, reminders="-imr_overdue,-signoff_waiting")
    try:
        _waiting_work(Api(app.test_client()), clock)
        clock.day = date(2027, 1, 6)
        worker = build_worker(app.extensions["dhr"])
        worker.sweep()
        while worker.run_once():
            pass
        assert _local(app) == []  # both reminders due that day are of kinds turned off
        clock.day = date(2027, 1, 4)  # but the one not turned off still comes
        worker.sweep()
        while worker.run_once():
            pass
        assert [k.split(":")[1] for k in _local(app)] == ["imr_due"]
    finally:
        app.extensions["dhr"].engine.dispose()


def test_an_unknown_reminder_kind_is_refused_at_start():
    problems = Settings(reminders="-imr_due,-birthdays").problems()
    assert "DHR_REMINDERS: unknown kind(s) -birthdays" in problems
