"""The documents API on the SharePoint adapter: real MSAL and client library, fake Microsoft 365."""

from __future__ import annotations

import pytest

from tests.fakes.hostile import valid_docx
from tests.fakes.http_fake import Reply
from tests.integration.conftest import Api


@pytest.fixture
def coordinator(make_app, database_url, tmp_path, m365):
    settings = m365.settings(
        data_dir=tmp_path / "data", database_url=database_url, sharepoint_retry_backoff=0.01
    )
    app = make_app(settings, seed=False)
    return Api(app.test_client()).as_("coordinator@demo.local")


def test_documents_live_in_sharepoint_with_their_metadata(coordinator, m365):
    first = valid_docx("one")
    r = coordinator.send(
        "reviews/1/documents",
        {"kind": "overview_report", "title": "Overview", "comment": "first"},
        ("Overview report.docx", first),
    )
    assert r.status_code == 201, r.json
    doc = r.json
    [stored] = m365.sharepoint.files.values()
    assert stored.folder.endswith("/Shared Documents/DEMO-2026-001")
    assert stored.name.startswith("overview_report-") and stored.name.endswith(".docx")
    assert stored.fields == {
        "DhrReview": "DEMO-2026-001",
        "DhrKind": "overview_report",
        "DhrAgency": "",
        "DhrMarking": "OFFICIAL-SENSITIVE",
    }
    r = coordinator.send(
        f"documents/{doc['id']}/versions",
        {"comment": "second", "major": True},
        ("x.docx", valid_docx("two")),
        {"If-Match": doc["etag"]},
    )
    assert r.status_code == 201, r.json
    assert r.json["current_version"]["label"] == "1.0"
    assert [v.label for v in stored.versions] == ["0.1", "1.0"]
    got = coordinator.get(f"documents/{doc['id']}/versions/0.1/content")
    assert got.data == first


def test_a_file_checked_out_in_sharepoint_answers_423_and_saves_nothing(coordinator, m365):
    doc = coordinator.send(
        "reviews/1/documents",
        {"kind": "letter", "title": "Letter"},
        ("letter.docx", valid_docx("one")),
    ).json
    [stored] = m365.sharepoint.files.values()
    m365.sharepoint.checkout_as(stored.unique_id, "Jo Bloggs")
    r = coordinator.send(
        f"documents/{doc['id']}/versions",
        {},
        ("x.docx", valid_docx("two")),
        {"If-Match": doc["etag"]},
    )
    assert r.status_code == 423
    assert r.json["holder"] == "Jo Bloggs"
    assert [v["label"] for v in coordinator.get(f"documents/{doc['id']}/versions").json] == ["0.1"]


def test_sharepoint_down_is_503_and_nothing_is_recorded(coordinator, m365):
    m365.sharepoint.server.inject(
        Reply(500, b"{}", {"Content-Type": "application/json"}), match="/files/add", times=20
    )
    r = coordinator.send(
        "reviews/1/documents",
        {"kind": "letter", "title": "Letter"},
        ("letter.docx", valid_docx("one")),
    )
    assert r.status_code == 503
    assert r.headers["Retry-After"] == "30"
    assert coordinator.get("reviews/1/documents").json == []
