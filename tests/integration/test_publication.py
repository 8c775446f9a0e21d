"""Publication: the cleared versions, cleaned, converted to PDF, scanned twice, confirmed by a
second person; a leak refuses it; an IMR can never be published, whatever route it takes."""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from services.documents.pdf import available, pdf_text
from services.storage.models import Clearance, Document
from services.storage.publication_store import NotPublishable, PublicationStore
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW
from tests.integration.routing_steps import cleared, state

REAL_NAMES = ("Jordan", "Fernleigh", "Chris Dunmore", "Dunmore")


def tagged(pdf: bytes) -> bool:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    return any(line.split() == [b"Tagged:", b"yes"] for line in info.splitlines())


@pytest.fixture(autouse=True)
def tools():
    if not available():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but LibreOffice or poppler is missing (make office-tools)")
        pytest.skip("!!! publication tests skipped: LibreOffice and poppler are not installed !!!")


def test_the_cleared_versions_are_published_as_clean_pdfs_by_two_people(
    api, coordinator, accepted, app
):
    # A comment and an author that name the victim: both go in the cleaning, so nothing leaks.
    cleared(
        api, coordinator, comment="Jordan Fernleigh's sister agreed", saved_by="Jordan Fernleigh"
    )
    built = ok(coordinator.post(f"reviews/{REVIEW}/publication"), 201)
    assert built["state"] == "built"
    assert [f["name"] for f in built["files"]] == [
        "DEMO-2026-001 Overview report.pdf",
        "DEMO-2026-001 Executive summary.pdf",
    ]
    refused = coordinator.post(f"reviews/{REVIEW}/publication/{built['id']}/confirm")
    assert refused.status_code == 403 and "second person" in refused.json["detail"]
    published = ok(
        api.as_("csp-chair@demo.local").post(f"reviews/{REVIEW}/publication/{built['id']}/confirm")
    )
    assert published["state"] == "published" and state(api) == "published"

    for entry in ok(coordinator.get(f"reviews/{REVIEW}/publication"))[0]["files"]:
        pdf = api.anonymous.get(entry["url"])  # published: no sign-in needed
        assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF-")
        assert hashlib.sha256(pdf.data).hexdigest() == entry["sha256"]
        text = pdf_text(pdf.data)
        assert "Ruth" in text
        assert tagged(pdf.data), "an accessible PDF is a tagged PDF"
        assert not [n for n in REAL_NAMES if n.lower() in text.lower()]
    assert (
        api.anonymous.get(f"/api/v1/publications/{built['id']}/files/{'0' * 64}.pdf").status_code
        == 404
    )


def test_a_name_left_in_a_header_refuses_publication_with_the_finding(api, coordinator, accepted):
    cleared(api, coordinator, header="Prepared about Chris Dunmore")  # the perpetrator
    refused = coordinator.post(f"reviews/{REVIEW}/publication")
    assert refused.status_code == 409
    places = {(f["document"], f["stage"], f["part"]) for f in refused.json["findings"]}
    assert ("overview_report", "word", "word/header1.xml") in places
    assert ("overview_report", "pdf", "(PDF text)") in places
    assert all(f["who"] == "Mark" for f in refused.json["findings"])
    assert ok(coordinator.get(f"reviews/{REVIEW}/publication")) == []
    assert state(api) == "cleared"
    audit = [e["action"] for e in ok(coordinator.get(f"reviews/{REVIEW}/audit"))["entries"]]
    assert "publication.refused" in audit


def test_an_imr_is_never_published_whatever_route_it_takes(api, coordinator, accepted, app):
    imr_doc = accepted[0]["document"]["id"]
    # 1. It cannot be put up for sign-off, so it can never be cleared.
    r = coordinator.post(f"documents/{imr_doc}/signoffs", {"stage": "csp", "version": "0.2"})
    assert r.status_code == 422 and "doc_id" in field_errors(r)
    docs = cleared(api, coordinator)
    # 2. Even if the clearance named it, the pack is refused.
    services = app.extensions["dhr"]
    with services.sessions() as session:
        clearance = session.scalar(select(Clearance))
        imr = session.get(Document, imr_doc)
        pins = dict(clearance.pins)
        pins["overview_report"] = {
            "document_id": imr.id,
            "label": imr.current_label,
            "sha256": imr.current_sha256,
        }
        clearance.pins = pins
        session.commit()
    refused = coordinator.post(f"reviews/{REVIEW}/publication")
    assert refused.status_code == 409 and "no overview report" in refused.json["detail"]
    # 3. The store itself refuses anything but the two publishable kinds, and anything not a PDF.
    store = PublicationStore(services.settings.data_dir / "publication")
    for kind in ("imr", "chronology", "letter", "action_plan"):
        with pytest.raises(NotPublishable):
            store.put(kind, b"%PDF-1.7 pretend")
    with pytest.raises(NotPublishable):
        store.put("overview_report", b"PK\x03\x04 a docx")
    assert docs["overview_report"]["id"] != imr_doc


def test_only_the_publication_workflow_writes_to_the_store():
    """Every code path that could write there, enumerated: one call site, in publication.build."""
    root = Path(__file__).parents[2] / "services"
    writers = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "put"
                and "store" in ast.unparse(node.func.value)
            ):
                writers.append((path.relative_to(root).as_posix(), node.lineno))
    assert [w for w, _line in writers] == ["workflows/publication.py"]
