"""The "DHR Reviews" and "DHR Sign-offs" SharePoint lists kept in step by the outbox worker,
through office365-rest-python-client against the fake SharePoint, faults included."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from services.bootstrap import build_worker
from services.integrations.sharepoint_lists import ListSync
from services.integrations.webhooks import Retry
from services.storage.models import OutboxEvent
from tests.fakes.hostile import valid_docx, valid_xlsx
from tests.fakes.http_fake import Reply
from tests.integration.conftest import Api
from tests.integration.imr_steps import ok


@pytest.fixture
def app(make_app, database_url, tmp_path, m365):
    settings = m365.settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        sharepoint_retry_backoff=0.01,
        outbox_backoff_seconds=0.01,
    )
    return make_app(settings, seed=False)


def deliver_all(worker) -> None:
    for _ in range(50):
        worker.run_once()
        with worker.sessions() as session:
            pending = session.query(OutboxEvent).filter(OutboxEvent.state == "pending").count()
        if not pending:
            return


def test_lists_follow_sign_offs_and_the_review_and_repeats_update_not_duplicate(app, m365):
    api = Api(app.test_client())
    author = api.as_("chair.penhallow@pool.demo.local")
    chair = api.as_("chair.ashdown@pool.demo.local")
    for kind, name, data in (
        ("overview_report", "o.docx", valid_docx("o")),
        ("executive_summary", "s.docx", valid_docx("s")),
        ("action_plan", "a.xlsx", valid_xlsx()),
    ):
        doc = ok(
            author.send("reviews/1/documents", {"kind": kind, "title": kind}, (name, data)), 201
        )
        signoff = ok(
            author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"}),
            201,
        )
        ok(chair.post(f"signoffs/{signoff['id']}/decision", {"decision": "approve"}))
    server = m365.sharepoint.server
    server.inject(Reply(500, b"boom"), match="/lists/", method="POST")
    server.inject(Reply(429, b"slow down", {"Retry-After": "0"}), match="/lists/", method="POST")
    server.inject(Reply(503, b"busy", {"Retry-After": "0"}), match="/lists/", method="GET")
    worker = build_worker(app.extensions["dhr"], verify_tls=str(m365.ca_bundle))
    deliver_all(worker)

    with app.extensions["dhr"].sessions() as session:
        tries = [
            e.attempts
            for e in session.query(OutboxEvent).filter(OutboxEvent.target == "sharepoint_list")
        ]
    assert max(tries) >= 2  # the 500, 429 and 503 were retried, not lost

    signoffs = m365.sharepoint.lists["DHR Sign-offs"]
    assert len(signoffs) == 3
    assert {f["DhrState"] for f in signoffs.values()} == {"approved"}
    assert {f["DhrStage"] for f in signoffs.values()} == {"panel"}
    [review] = m365.sharepoint.lists["DHR Reviews"].values()
    assert review["Title"] == "DEMO-2026-001" and review["DhrState"] == "panel_signed_off"
    assert review["DhrChair"] == "Morgan Ashdown"

    # Delivered again (a worker died before recording success; its lease ran out): the same
    # rows are updated, no row is added, and no older event overwrites a newer one.
    with app.extensions["dhr"].sessions() as session:
        for event in session.query(OutboxEvent).filter(OutboxEvent.target == "sharepoint_list"):
            event.state, event.next_attempt_at = "pending", datetime.now(UTC)
        session.commit()
    deliver_all(worker)
    assert len(m365.sharepoint.lists["DHR Sign-offs"]) == 3
    assert len(m365.sharepoint.lists["DHR Reviews"]) == 1
    assert {f["DhrState"] for f in m365.sharepoint.lists["DHR Sign-offs"].values()} == {"approved"}
    statuses = {e["state"] for e in ok(api.as_("admin@demo.local").get("admin/outbox"))}
    assert statuses == {"delivered"}


def test_content_approval_set_in_sharepoint_is_mirrored_into_the_sign_off(app, m365):
    api = Api(app.test_client())
    author = api.as_("chair.penhallow@pool.demo.local")
    doc = ok(
        author.send(
            "reviews/1/documents",
            {"kind": "overview_report", "title": "o"},
            ("o.docx", valid_docx("o")),
        ),
        201,
    )
    signoff = ok(
        author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.1"}), 201
    )
    worker = build_worker(app.extensions["dhr"], verify_tls=str(m365.ca_bundle))
    assert worker.mirror_approvals() == 1  # pending, as our request set it
    [stored] = m365.sharepoint.files.values()
    stored.moderation = 0  # a Power Automate flow approved it in SharePoint
    assert worker.mirror_approvals() == 1
    [mirrored] = ok(author.get("reviews/1/signoffs"))
    assert mirrored["id"] == signoff["id"]
    assert mirrored["library_status"] == "approved" and mirrored["state"] == "pending"


def test_a_stalled_list_is_a_retry_for_the_worker_not_a_hang(app, m365):
    sync = ListSync(m365.sharepoint.site_url, m365.tokens, read_timeout=0.5)
    event = {
        "event": "review.changed",
        "sequence": 1,
        "review_reference": "DEMO-2026-001",
        "csp": "DEMO",
        "state": "cleared",
        "next_deadline": None,
        "chair": "Morgan Ashdown",
    }
    m365.sharepoint.server.inject(Reply(200, b"{}"), match="/lists/", method="GET", delay=3)
    started = time.monotonic()
    with pytest.raises(Retry):
        sync.deliver(event)
    assert time.monotonic() - started < 2.5
    sync.deliver(event)  # SharePoint answers again: the row is written once
    assert [f["DhrState"] for f in m365.sharepoint.lists["DHR Reviews"].values()] == ["cleared"]
