"""The SharePoint adapter against a library set up as docs/m365-setup.md says (minor versions,
content approval, require check out), where the fake versions, locks and refuses as SharePoint
does: publishing 0.2 makes it 1.0, properties change only while checked out, locks are named in
SharePoint's words, a missing permission is 403, and 511 minor versions is the limit."""

from __future__ import annotations

import hashlib

import pytest

from services.domain.errors import Conflict, Forbidden, Locked

FOLDER = "DEMO-2026-001"
FIELDS = {"DhrReview": "DEMO-2026-001", "DhrKind": "overview", "DhrMarking": "OFFICIAL-SENSITIVE"}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def labels(library, item) -> list[str]:
    return [v.label for v in library.history(item)]


@pytest.fixture
def library(m365):
    settings = m365.sharepoint.settings
    assert settings.EnableModeration and settings.ForceCheckout and settings.EnableMinorVersions
    return m365.library()


def test_create_save_submit_approve_save_follows_sharepoints_labels(library, m365):
    item, first = library.create(FOLDER, "overview.docx", b"draft one", comment="a", fields=FIELDS)
    second = library.add_version(item, b"draft two", comment="b", major=False)
    assert (first, second) == ("0.1", "0.2")
    # Publishing the draft under content approval makes it the next major version, pending.
    assert library.submit(item, "Sign-off 1 requested") == "1.0"
    assert labels(library, item) == ["1.0", "0.1"]  # 0.2 is gone: it is 1.0 now
    assert library.approval_status(item) == "pending"
    assert sha(library.read(item, "1.0")) == sha(b"draft two")
    library.approve(item, "Sign-off 1 approved")
    assert library.approval_status(item) == "approved"
    # The next save continues from the major version.
    assert library.add_version(item, b"draft three", comment="c", major=False) == "1.1"
    assert library.approval_status(item) == "draft"
    assert labels(library, item) == ["1.1", "1.0", "0.1"]
    for label, data in (("0.1", b"draft one"), ("1.0", b"draft two"), ("1.1", b"draft three")):
        assert sha(library.read(item, label)) == sha(data)
    assert library.metadata(item) == FIELDS


def test_a_new_files_columns_are_set_before_its_first_check_in(library, m365):
    item, _ = library.create(FOLDER, "imr.docx", b"x", comment="", fields=FIELDS)
    log = [r.path.lower() for r in m365.sharepoint.server.log if r.method == "POST"]
    fields_at = max(i for i, p in enumerate(log) if p.endswith("/validateupdatelistitem"))
    checkin_at = min(i for i, p in enumerate(log) if "/checkin(" in p)
    assert fields_at < checkin_at
    assert labels(library, item) == ["0.1"]


def test_columns_changed_later_check_out_and_in_without_a_new_version(library, m365):
    item, _ = library.create(FOLDER, "plan.xlsx", b"x", comment="", fields=FIELDS)
    library.set_metadata(item, {"DhrMarking": "OFFICIAL"})
    assert library.metadata(item)["DhrMarking"] == "OFFICIAL"
    assert labels(library, item) == ["0.1"]
    assert m365.sharepoint.files[item].checked_out_by is None


@pytest.mark.parametrize(
    ("lock", "holder"),
    [("checked out", "Jo Bloggs"), ("open in Office", "jo@council.gov.uk")],
)
def test_a_held_file_is_locked_with_the_holder_sharepoint_names(library, m365, lock, holder):
    item, _ = library.create(FOLDER, "letter.docx", b"x", comment="", fields=FIELDS)
    if lock == "checked out":
        m365.sharepoint.checkout_as(item, holder)
    else:
        m365.sharepoint.lock_for_shared_use(item, holder)
    with pytest.raises(Locked) as caught:
        library.add_version(item, b"y", comment="", major=False)
    assert caught.value.holder == holder
    with pytest.raises(Locked):
        library.set_metadata(item, {"DhrMarking": "OFFICIAL"})
    assert labels(library, item) == ["0.1"]


def test_a_missing_permission_is_403_naming_it(library, m365):
    item, _ = library.create(FOLDER, "exec.docx", b"x", comment="", fields=FIELDS)
    library.submit(item, "For sign-off")
    m365.sharepoint.permissions.refused = {"approve"}
    with pytest.raises(Forbidden, match="Approve Items"):
        library.approve(item, "Fine")
    assert library.approval_status(item) == "pending"
    m365.sharepoint.permissions.refused = {"read"}
    with pytest.raises(Forbidden, match="Read"):
        library.read(item, "1.0")


def test_the_512th_minor_version_is_refused_before_anything_changes(library, m365):
    item, _ = library.create(FOLDER, "chronology.docx", b"x", comment="", fields=FIELDS)
    m365.sharepoint.files[item].versions[-1].minor = 511  # as after 510 more saves
    with pytest.raises(Conflict, match="511 minor versions"):
        library.add_version(item, b"y", comment="", major=False)
    assert m365.sharepoint.files[item].checked_out_by is None
    assert library.add_version(item, b"y", comment="", major=True) == "1.0"
