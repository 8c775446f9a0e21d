"""What every DocumentLibrary adapter promises: SharePoint's versioning, never an overwrite."""

from __future__ import annotations

import pytest

from services.domain.errors import NotFound

FOLDER = "DEMO-2026-001"


def labels(library, item) -> list[str]:
    return [v.label for v in library.history(item)]


def test_first_save_is_version_0_1_with_its_comment(library):
    item, label = library.create(FOLDER, "imr-police.docx", b"first", comment="First draft")
    assert label == "0.1"
    [version] = library.history(item)
    assert (version.label, version.size, version.comment) == ("0.1", 5, "First draft")
    assert library.read(item, "0.1") == b"first"


def test_minor_and_major_versions_and_their_bytes(library):
    item, _ = library.create(FOLDER, "overview.docx", b"v0.1", comment="a")
    assert library.add_version(item, b"v0.2", comment="b", major=False) == "0.2"
    assert library.add_version(item, b"v1.0", comment="c", major=True) == "1.0"
    assert library.add_version(item, b"v1.1", comment="d", major=False) == "1.1"
    assert labels(library, item) == ["1.1", "1.0", "0.2", "0.1"]
    for label in ("0.1", "0.2", "1.0", "1.1"):
        assert library.read(item, label) == f"v{label}".encode()
    assert [v.comment for v in library.history(item)] == ["d", "c", "b", "a"]


def test_labels_sort_as_numbers_not_floats(library):
    item, _ = library.create(FOLDER, "chronology.docx", b"0", comment="")
    for i in range(2, 12):
        library.add_version(item, str(i).encode(), comment="", major=False)
    assert labels(library, item)[:3] == ["0.11", "0.10", "0.9"]


def test_the_same_bytes_saved_twice_are_two_versions_and_nothing_is_overwritten(library):
    item, _ = library.create(FOLDER, "letter.docx", b"same", comment="")
    library.add_version(item, b"same", comment="again", major=False)
    library.add_version(item, b"different", comment="", major=False)
    assert labels(library, item) == ["0.3", "0.2", "0.1"]
    assert library.read(item, "0.1") == b"same" == library.read(item, "0.2")


def test_metadata_does_not_make_a_version(library):
    item, _ = library.create(FOLDER, "plan.xlsx", b"x", comment="")
    library.set_metadata(item, {"DhrReview": "DEMO-2026-001", "DhrKind": "action_plan"})
    library.set_metadata(item, {"DhrMarking": "OFFICIAL-SENSITIVE"})
    assert library.metadata(item) == {
        "DhrReview": "DEMO-2026-001",
        "DhrKind": "action_plan",
        "DhrMarking": "OFFICIAL-SENSITIVE",
    }
    assert labels(library, item) == ["0.1"]


def test_content_approval_follows_sharepoint(library):
    item, _ = library.create(FOLDER, "exec-summary.docx", b"x", comment="")
    assert library.approval_status(item) == "draft"
    library.submit(item, "For QA")
    assert library.approval_status(item) == "pending"
    library.approve(item, "Fine")
    assert library.approval_status(item) == "approved"
    library.add_version(item, b"y", comment="", major=False)
    assert library.approval_status(item) == "draft"
    library.submit(item, "Again")
    library.reject(item, "Section 11 underdeveloped")
    assert library.approval_status(item) == "rejected"


def test_awkward_names(library):
    name = "Q1 #1 100% & 'x'.docx"
    item, _ = library.create("Ruth's review #2", name, b"awkward", comment="it's 100% #1")
    library.add_version(item, b"awkward 2", comment="", major=False)
    assert library.read(item, "0.1") == b"awkward"
    assert library.read(item, "0.2") == b"awkward 2"
    assert library.history(item)[1].comment == "it's 100% #1"


def test_unknown_versions_are_not_found(library):
    item, _ = library.create(FOLDER, "x.docx", b"x", comment="")
    with pytest.raises(NotFound):
        library.read(item, "7.3")
