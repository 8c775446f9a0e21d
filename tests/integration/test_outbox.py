"""The outbox under failure: Teams answering 500, 429 and stalling, then recovering; a worker
SIGKILLed mid-delivery and restarted. Every event arrives, and each key is delivered once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from services.bootstrap import build_worker
from services.config import Settings
from services.storage.models import OutboxEvent
from tests.fakes.hostile import valid_docx
from tests.fakes.http_fake import Reply
from tests.fakes.teams import FakeTeams
from tests.integration.conftest import Api
from tests.integration.imr_steps import ok


@pytest.fixture
def teams():
    with FakeTeams() as fake:
        yield fake


def settings_for(database_url, tmp_path, teams, **more) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        tls=False,
        teams_webhooks={"DEMO": teams.url},
        outbound_allow_loopback=True,  # the Teams fake listens on 127.0.0.1
        outbox_backoff_seconds=0.01,
        **more,
    )


@pytest.fixture
def app_with_teams(make_app, database_url, tmp_path, teams):
    return make_app(settings_for(database_url, tmp_path, teams), seed=False)


def request_signoffs(app, count: int) -> None:
    author = Api(app.test_client()).as_("chair.penhallow@pool.demo.local")
    for n in range(count):
        doc = ok(
            author.send(
                "reviews/1/documents",
                {"kind": "overview_report", "title": f"Overview {n}"},
                (f"o{n}.docx", valid_docx(f"draft {n}")),
            ),
            201,
        )
        ok(
            author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"}),
            201,
        )


def teams_events(app) -> list[OutboxEvent]:
    with app.extensions["dhr"].sessions() as session:
        rows = session.query(OutboxEvent).filter(OutboxEvent.target.like("teams:%")).all()
        session.expunge_all()
        return rows


def drain(worker, seconds: float = 10.0) -> None:
    """Runs the worker until nothing is pending (backoffs are tiny here) or time is up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        worker.run_once()
        with worker.sessions() as session:
            if not session.query(OutboxEvent).filter(OutboxEvent.state == "pending").count():
                return
        time.sleep(0.02)


def test_teams_failing_for_a_while_then_every_card_arrives_once(app_with_teams, teams):
    worker = build_worker(app_with_teams.extensions["dhr"])
    worker.http_timeout = 0.5
    drain(worker)  # the demo's own events, to the task pane
    request_signoffs(app_with_teams, 3)
    server = teams.server
    server.inject(Reply(500, b"boom"), match="/workflows/", times=2)
    server.inject(Reply(429, b"slow down", {"Retry-After": "0"}), match="/workflows/")
    assert worker.run_once() == 6  # the task pane has its three; Teams refused all three
    time.sleep(0.1)
    teams.stall_seconds = 1.0  # then Teams answers too late: the worker times out
    assert worker.run_once() == 3
    teams.stall_seconds = 0.0
    drain(worker)
    events = teams_events(app_with_teams)
    assert len(events) == 3
    assert {e.state for e in events} == {"delivered"}
    assert min(e.attempts for e in events) == 3
    assert sorted(teams.by_key) == sorted(e.key for e in events)  # each card under its own key
    assert len(teams.posts) == 6  # three timed out but arrived; the keys make the repeats harmless
    assert len(server.log) == 9


def test_a_failing_webhook_is_visible_and_never_lost(app_with_teams, teams):
    request_signoffs(app_with_teams, 1)
    teams.server.inject(Reply(400, b"bad card"), match="/workflows/")
    worker = build_worker(app_with_teams.extensions["dhr"])
    worker.run_once()
    admin = Api(app_with_teams.test_client()).as_("admin@demo.local")
    failed = ok(admin.get("admin/outbox?state=failed"))
    assert [e["target"] for e in failed] == ["teams:DEMO"]
    assert "HTTP 400" in failed[0]["last_error"]
    ok(admin.post(f"admin/outbox/{failed[0]['id']}/retry"))
    drain(worker)
    assert {e.state for e in teams_events(app_with_teams)} == {"delivered"}


def test_a_worker_killed_mid_delivery_loses_and_duplicates_nothing(
    make_app, database_url, tmp_path, teams
):
    settings = settings_for(database_url, tmp_path, teams, outbox_lease_seconds=1.0)
    app = make_app(settings, seed=False)
    request_signoffs(app, 2)
    env = {
        **os.environ,
        "DHR_DATA_DIR": str(settings.data_dir),
        "DHR_DATABASE_URL": database_url,
        "DHR_TLS": "0",
        "DHR_TEAMS_WEBHOOKS": f"DEMO={teams.url}",
        "DHR_OUTBOX_LEASE_SECONDS": "1",
        "DHR_OUTBOX_BACKOFF_SECONDS": "0.01",
        "DHR_SEED_DEMO": "0",
    }
    # `flask dhr worker`, with the loopback the Teams fake needs (tests/fakes/loopback_worker.py)
    command = [sys.executable, "-m", "tests.fakes.loopback_worker"]
    teams.stall_seconds = 30.0
    worker = subprocess.Popen(command, env=env, cwd=os.getcwd())
    try:
        assert teams.reached.wait(30), "the worker never reached Teams"
        worker.send_signal(signal.SIGKILL)  # mid-delivery: the card is in flight
        worker.wait(10)
    finally:
        if worker.poll() is None:
            worker.kill()
    teams.stall_seconds = 0.0
    time.sleep(1.2)  # the dead worker's lease runs out
    again = subprocess.run([*command, "--once"], env=env, cwd=os.getcwd(), timeout=60)
    assert again.returncode == 0
    drain(build_worker(app.extensions["dhr"]))
    events = teams_events(app)
    assert {e.state for e in events} == {"delivered"}
    assert sorted(teams.by_key) == sorted(e.key for e in events)
