"""The service on a SharePoint library with content approval and require check out: a sign-off
pins the version the service saved (its label and SHA-256) although publishing renumbers it in
SharePoint (0.1 becomes 1.0); the tracker lists are written with the ETag they were read with."""

from __future__ import annotations

import hashlib

import pytest

from app import create_app
from services.integrations.sharepoint_lists import ListSync
from services.integrations.webhooks import Retry
from services.seed.demo import seed_once
from tests.fakes.hostile import valid_docx
from tests.integration.conftest import Api
from tests.integration.imr_steps import ok


@pytest.fixture
def app(database_url, tmp_path, clock, m365):
    settings = m365.settings(
        data_dir=tmp_path / "data", database_url=database_url, sharepoint_retry_backoff=0.01
    )
    application = create_app(settings, clock=clock)
    seed_once(application.extensions["dhr"], imrs=False)
    yield application
    application.extensions["dhr"].engine.dispose()


def test_a_signed_off_version_stays_readable_by_its_pin_after_sharepoint_renumbers_it(app, m365):
    api = Api(app.test_client())
    author = api.as_("chair.penhallow@pool.demo.local")
    chair = api.as_("chair.ashdown@pool.demo.local")
    first, second = valid_docx("first"), valid_docx("second")
    doc = ok(
        author.send(
            "reviews/1/documents", {"kind": "overview_report", "title": "o"}, ("o.docx", first)
        ),
        201,
    )
    saved = ok(
        author.send(
            f"documents/{doc['id']}/versions",
            {"comment": "second"},
            ("o.docx", second),
            {"If-Match": doc["etag"]},
        ),
        201,
    )
    assert saved["current_version"]["label"] == "0.2"
    signoff = ok(
        author.post(f"documents/{doc['id']}/signoffs", {"stage": "panel", "version": "0.2"}), 201
    )
    [stored] = m365.sharepoint.files.values()
    assert [v.label for v in stored.versions] == ["0.1", "1.0"]  # SharePoint published 0.2
    assert stored.fields["DhrKind"] == "overview_report"  # set before the first check-in
    pinned = author.get(f"documents/{doc['id']}/versions/0.2/content")
    assert pinned.status_code == 200 and pinned.data == second
    assert hashlib.sha256(pinned.data).hexdigest() == signoff["version"]["sha256"]
    decided = ok(chair.post(f"signoffs/{signoff['id']}/decision", {"decision": "approve"}))
    assert decided["state"] == "approved" and stored.moderation == 0
    current = ok(author.get(f"documents/{doc['id']}"))
    third = ok(
        author.send(
            f"documents/{doc['id']}/versions",
            {"comment": "third"},
            ("o.docx", valid_docx("third")),
            {"If-Match": current["etag"]},
        ),
        201,
    )
    assert third["current_version"]["label"] == "1.1"
    assert author.get(f"documents/{doc['id']}/versions/0.1/content").data == first
    assert author.get(f"documents/{doc['id']}/versions/0.2/content").data == second


def test_a_missing_sharepoint_permission_is_a_403_that_names_it(app, m365):
    api = Api(app.test_client())
    author = api.as_("chair.penhallow@pool.demo.local")
    m365.sharepoint.permissions.refused = {"add"}
    refused = author.send(
        "reviews/1/documents", {"kind": "letter", "title": "l"}, ("l.docx", valid_docx("l"))
    )
    assert refused.status_code == 403, refused.json
    assert "Contribute" in refused.json["detail"] and "Shared Documents" in refused.json["detail"]
    assert ok(author.get("reviews/1/documents")) == []


EVENT = {
    "event": "review.changed",
    "review_reference": "DEMO-2026-001",
    "csp": "DEMO",
    "state": "scoping",
    "next_deadline": None,
    "chair": "Morgan Ashdown",
}


def test_the_tracker_row_is_updated_with_its_etag_and_a_concurrent_write_is_a_retry(app, m365):
    sync = ListSync(m365.sharepoint.site_url, m365.tokens)
    sync.deliver({**EVENT, "sequence": 1})
    sync.deliver({**EVENT, "sequence": 2, "state": "panel_established"})
    merges = [r for r in m365.sharepoint.server.log if r.headers.get("x-http-method") == "MERGE"]
    assert [r.headers.get("if-match") for r in merges] == ['"1"']
    # Another worker writes the row between this one's read and its write.
    rows = m365.sharepoint.lists["DHR Reviews"]

    def sneak_in(request):
        if request.headers.get("x-http-method") == "MERGE":
            m365.sharepoint.server.on_request = None
            [row] = rows.values()
            row["DhrSequence"], row["owshiddenversion"] = 5, row["owshiddenversion"] + 1

    m365.sharepoint.server.on_request = sneak_in
    with pytest.raises(Retry, match="412"):
        sync.deliver({**EVENT, "sequence": 4, "state": "cleared"})
    sync.deliver({**EVENT, "sequence": 4, "state": "cleared"})  # the retry reads it again
    [row] = rows.values()
    assert row["DhrSequence"] == 5 and row["DhrState"] == "panel_established"
