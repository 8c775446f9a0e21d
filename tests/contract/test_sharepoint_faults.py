"""The SharePoint adapter under injected faults, through the real client library and MSAL."""

from __future__ import annotations

import json
import time

import pytest
from office365.runtime.client_request_exception import ClientRequestException

from services.domain.errors import LibraryUnavailable, Locked
from tests.fakes.http_fake import Reply
from tests.fakes.sharepoint import STALE_DIGEST

SP_JSON = {"Content-Type": "application/json;odata=verbose"}


def sp_error(status: int, code: int = -1, message: str = "fault", **headers) -> Reply:
    body = {
        "error": {
            "code": f"{code}, Microsoft.SharePoint.SPException",
            "message": {"lang": "en-US", "value": message},
        }
    }
    return Reply(status, json.dumps(body).encode(), {**SP_JSON, **headers})


def requests_to(m365, fragment: str, method: str = "POST") -> int:
    return sum(
        1 for r in m365.sharepoint.server.log if fragment in r.path.lower() and r.method == method
    )


@pytest.fixture
def saved(m365):
    library = m365.library()
    item, _ = library.create(
        "DEMO-2026-001",
        "imr.docx",
        b"version one",
        comment="first",
        fields={"DhrMarking": "OFFICIAL-SENSITIVE"},
    )
    return library, item


def test_429_is_retried_after_the_servers_retry_after(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(
        sp_error(429, **{"Retry-After": "1"}), match="/$value", method="GET"
    )
    started = time.monotonic()
    assert library.read(item, "0.1") == b"version one"
    assert time.monotonic() - started >= 0.9
    assert requests_to(m365, "/$value", "GET") == 2


def test_503_on_a_non_idempotent_call_is_retried_because_nothing_was_done(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(sp_error(503, **{"Retry-After": "0"}), match="/checkin")
    assert library.add_version(item, b"two", comment="", major=False) == "0.2"
    assert [v.label for v in library.history(item)] == ["0.2", "0.1"]


def test_a_failure_midway_loses_and_duplicates_nothing(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(sp_error(500), match="/checkin")
    with pytest.raises(LibraryUnavailable):
        library.add_version(item, b"two", comment="lost response", major=False)
    assert [v.label for v in library.history(item)] == ["0.1"]
    assert m365.sharepoint.files[item].checked_out_by is None  # the check-out was undone
    assert library.add_version(item, b"two", comment="again", major=False) == "0.2"
    assert [v.label for v in library.history(item)] == ["0.2", "0.1"]
    assert library.read(item, "0.1") == b"version one"


def test_401_rebuilds_the_context_with_a_fresh_token_once(m365, saved):
    library, item = saved
    m365.sharepoint.revoked.update(m365.entra.issued)
    assert library.read(item, "0.1") == b"version one"
    assert len(m365.entra.issued) == 2


def test_401_twice_is_reported_not_looped(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(Reply(401, b"{}", SP_JSON), match="getfilebyid", times=5)
    with pytest.raises(LibraryUnavailable, match="401"):
        library.read(item, "0.1")


def test_a_file_checked_out_in_sharepoint_surfaces_as_locked_with_its_holder(m365, saved):
    library, item = saved
    m365.sharepoint.checkout_as(item, "Jo Bloggs")
    with pytest.raises(Locked) as caught:
        library.add_version(item, b"two", comment="", major=False)
    assert caught.value.holder == "Jo Bloggs"
    assert [v.label for v in library.history(item)] == ["0.1"]


def test_a_file_open_in_office_is_in_use(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(
        sp_error(423, -2147018894, "The file is locked for shared use by jo@council.gov.uk"),
        match="/checkout",
    )
    with pytest.raises(Locked):
        library.add_version(item, b"two", comment="", major=False)


def test_a_stale_form_digest_is_renewed_by_the_client_library(m365, saved):
    library, item = saved
    m365.sharepoint.server.inject(
        sp_error(403, STALE_DIGEST, "The security validation for this page is invalid"),
        match="/checkin",
    )
    assert library.add_version(item, b"two", comment="", major=True) == "1.0"


def test_large_files_go_up_in_an_upload_session(m365):
    library = m365.library(chunk_size=64 * 1024)
    content = bytes(range(256)) * 1000  # 256,000 bytes: four slices
    item, _ = library.create("DEMO-2026-001", "big.docx", content, comment="big")
    assert library.read(item, "0.1") == content
    assert requests_to(m365, "/continueupload") == 2
    bigger = content + b"more"
    assert library.add_version(item, bigger, comment="", major=False) == "0.2"
    assert library.read(item, "0.2") == bigger


def test_the_fake_answers_a_merge_as_sharepoint_does(m365, saved):
    """The client library's plain update() sends MERGE; the adapter avoids it (it would add a
    version in a versioned library) but the fake must still speak it."""
    _library, item = saved
    ctx = m365.library()._context()
    fields = ctx.web.get_file_by_id(item).listItemAllFields
    fields.set_property("DhrMarking", "OFFICIAL").update()
    with pytest.raises(ClientRequestException, match="You must first check out this document"):
        ctx.execute_query()  # "require check out": properties change only while checked out
    ctx.clear()
    assert m365.sharepoint.files[item].fields["DhrMarking"] == "OFFICIAL-SENSITIVE"
    ctx = m365.library()._context()
    ctx.web.get_file_by_id(item).checkout()
    ctx.web.get_file_by_id(item).listItemAllFields.set_property("DhrMarking", "OFFICIAL").update()
    ctx.execute_query()
    assert m365.sharepoint.files[item].fields["DhrMarking"] == "OFFICIAL"
    merges = [r for r in m365.sharepoint.server.log if r.headers.get("x-http-method") == "MERGE"]
    assert len(merges) == 2  # the refused one and the one made while checked out


def test_a_stalled_read_is_retried_and_a_stalled_save_is_reported_not_hung(m365):
    library = m365.library(read_timeout=0.5)
    item, _ = library.create("DEMO-2026-001", "o.docx", b"one", comment="first")
    server = m365.sharepoint.server
    server.inject(Reply(200, b"{}", SP_JSON), match="/versions", method="GET", delay=3)
    started = time.monotonic()
    assert [v.label for v in library.history(item)] == ["0.1"]  # retried after the timeout
    assert time.monotonic() - started < 2.5
    # A stalled upload: the client library resends it after the timeout (it treats timeouts as
    # transient whatever we say), so the save completes instead of hanging.
    server.inject(Reply(200, b"{}", SP_JSON), match="/files/add", method="POST", delay=3)
    started = time.monotonic()
    other, label = library.create("DEMO-2026-001", "p.docx", b"two", comment="first")
    assert label == "0.1" and library.read(other, "0.1") == b"two"
    assert time.monotonic() - started < 2.5
    # SharePoint gone quiet for good: a clear LibraryUnavailable, not a hang or a raw error.
    server.inject(Reply(200, b"{}", SP_JSON), match="/versions", method="GET", delay=3, times=20)
    started = time.monotonic()
    with pytest.raises(LibraryUnavailable):
        library.history(item)
    assert time.monotonic() - started < 10
