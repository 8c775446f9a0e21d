"""Making a report fit to publish: what the cleaning removes and what it leaves for the scan."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from services.documents.publishable import clean_for_publication
from services.domain.anonymity import Scanner, name_terms
from services.workflows.anonymity import scan_bytes
from tests.fakes.leaky_docx import planted

SCANNER = Scanner(name_terms("Jordan Fernleigh", "Ruth"))


@pytest.mark.parametrize(
    ("where", "left_for_the_scan"),
    [
        ("tracked_deletion", False),  # deleted text goes with the deletion
        ("comment", False),  # comments are removed
        ("core_author", False),  # the author is scrubbed
        ("custom_property", False),  # custom properties are removed
        ("tracked_insertion", True),  # accepted: the text stays, so the scan must still see it
        ("header", True),  # headers are the report's own text
        ("body", True),
    ],
)
def test_cleaning_removes_what_is_not_the_report_and_leaves_the_rest(where, left_for_the_scan):
    cleaned = clean_for_publication(planted(where, "Jordan Fernleigh"))
    assert (not scan_bytes(SCANNER, cleaned, "report.docx")["clean"]) is left_for_the_scan


def test_the_cleaned_report_still_opens_with_changes_accepted():
    cleaned = clean_for_publication(planted("tracked_insertion", "the sister"))
    document = docx.Document(io.BytesIO(cleaned))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Seen by the sister" in text
    with zipfile.ZipFile(io.BytesIO(cleaned)) as package:
        body = package.read("word/document.xml").decode()
        assert "<w:ins" not in body and "<w:del" not in body
        assert not [n for n in package.namelist() if "comments" in n or "custom.xml" in n]
