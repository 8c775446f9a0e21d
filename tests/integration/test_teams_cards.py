"""Teams cards from a SharePoint deployment: "Open in Word" is the document's SharePoint address,
"Open review" opens the review and document in the pane, the card carries the event's id, and
an event re-leased while a slow worker was still posting it is not posted a second time once a
worker saw it succeed (Teams does not deduplicate)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app import create_app
from services.bootstrap import build_worker
from services.seed.demo import seed_once
from services.storage.models import OutboxEvent
from tests.fakes.hostile import valid_docx
from tests.fakes.teams import FakeTeams
from tests.integration.conftest import Api
from tests.integration.imr_steps import ok


@pytest.fixture
def teams():
    with FakeTeams() as fake:
        yield fake


@pytest.fixture
def app(database_url, tmp_path, clock, m365, teams):
    settings = m365.settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        sharepoint_retry_backoff=0.01,
        teams_webhooks={"DEMO": teams.url},
        outbound_allow_loopback=True,
        outbox_backoff_seconds=0.01,
        public_url="https://dhr.example.gov.uk",
    )
    application = create_app(settings, clock=clock)
    seed_once(application.extensions["dhr"], imrs=False)
    yield application
    application.extensions["dhr"].engine.dispose()


def test_the_card_links_to_sharepoint_and_the_pane_and_is_posted_once(app, m365, teams):
    author = Api(app.test_client()).as_("chair.penhallow@pool.demo.local")
    doc = ok(
        author.send(
            "reviews/1/documents",
            {"kind": "overview_report", "title": "Overview"},
            ("o.docx", valid_docx("draft")),
        ),
        201,
    )
    ok(author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"}), 201)
    [stored] = m365.sharepoint.files.values()
    web_url = (
        f"{m365.sharepoint.server.base}/sites/dhr/Shared%20Documents/DEMO-2026-001/"
        f"{stored.name}?web=1"
    )
    worker = build_worker(app.extensions["dhr"], verify_tls=str(m365.ca_bundle))
    slow = worker.claim()  # a worker leases the Teams event, then stalls before posting it
    with app.extensions["dhr"].sessions() as session:
        [event] = session.query(OutboxEvent).filter(OutboxEvent.target.like("teams:%")).all()
        event_id, key = event.id, event.key
        event.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)  # its lease ran out
        session.commit()
    assert event_id in slow
    assert event_id in worker.claim()  # another worker leases it again …
    worker._deliver(event_id)  # … and posts it: success seen, recorded
    worker._deliver(event_id)  # the slow worker wakes up: it must not post it again
    assert len(teams.posts) == 1
    card = teams.posts[0]["body"]["attachments"][0]["content"]
    pane = f"https://dhr.example.gov.uk/addin/word/taskpane.html?review=1&document={doc['id']}"
    assert [a["url"] for a in card["actions"]] == [web_url, pane]
    [marker] = [b for b in card["body"] if b.get("id") == "dhr-event"]
    assert marker["text"] == f"Event {key.removesuffix(':teams:DEMO')}"
