"""Publication: the cleared versions rebuilt as new documents, converted to tagged PDF, scanned at
every stage, confirmed by a second person; a leak refuses it; an IMR can never be published,
whatever route it takes."""

from __future__ import annotations

import ast
import hashlib
import io
import os
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from sqlalchemy import select

from services.documents.pdf import available, pdf_text
from services.documents.pdf_text import pdf_records
from services.domain import leaks
from services.domain.anonymity import Scanner, name_terms
from services.domain.canonical import canonical
from services.storage.models import Clearance, Document, DocumentVersion
from services.storage.publication_store import NotPublishable, PublicationStore
from tests.fakes.docx_package import Package
from tests.fakes.plants import PLANTS
from tests.fakes.spellings import homoglyphs
from tests.integration.helpers import field_errors
from tests.integration.imr_steps import ok
from tests.integration.overview_steps import REVIEW, register_date_of_death, run_check
from tests.integration.routing_steps import cleared, state

REAL_NAMES = ("Jordan", "Fernleigh", "Chris Dunmore", "Dunmore")
SCANNER = Scanner([*name_terms("Jordan Fernleigh", "Ruth"), *name_terms("Chris Dunmore", "Mark")])


def tagged(pdf: bytes) -> bool:
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    return any(line.split() == [b"Tagged:", b"yes"] for line in info.splitlines())


def squeezed(text: str) -> str:
    return re.sub(r"[^a-z]", "", canonical(text))


@pytest.fixture(autouse=True)
def tools():
    if not available():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but LibreOffice or poppler is missing (make office-tools)")
        pytest.skip("!!! publication tests skipped: LibreOffice and poppler are not installed !!!")


def named_nobody(pdf: bytes) -> None:
    """Nothing in the PDF names anyone on the register: text, metadata, outline, every string."""
    records = pdf_records(pdf)
    assert leaks.findings(SCANNER, records)[0] == []
    everything = squeezed(" ".join(r.text for r in records))
    for name in REAL_NAMES:
        assert squeezed(name) not in everything, name
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True).stdout
    assert not [n for n in REAL_NAMES if n.lower().encode() in info.lower()]


def test_the_cleared_versions_are_published_as_rebuilt_tagged_pdfs_by_two_people(
    api, coordinator, accepted, app
):
    # The date of death is registered: the service's own text (the terms of reference end on
    # it) must not hold publication up.
    register_date_of_death(coordinator)
    cleared(api, coordinator)
    built = ok(coordinator.post(f"reviews/{REVIEW}/publication"), 201)
    assert built["state"] == "built"
    assert [f["name"] for f in built["files"]] == [
        "DEMO-2026-001 Overview report.pdf",
        "DEMO-2026-001 Executive summary.pdf",
    ]
    dropped = {(d["document"], d["kind"]) for d in built["dropped"]}
    assert ("overview_report", "document properties (replaced by fixed ones)") in dropped
    refused = coordinator.post(f"reviews/{REVIEW}/publication/{built['id']}/confirm")
    assert refused.status_code == 403 and "second person" in refused.json["detail"]
    published = ok(
        api.as_("csp-chair@demo.local").post(f"reviews/{REVIEW}/publication/{built['id']}/confirm")
    )
    assert published["state"] == "published" and state(api) == "published"
    assert ok(coordinator.get(f"reviews/{REVIEW}/publication"))[0]["dropped"] == built["dropped"]

    titles = iter(["Overview Report", "Executive Summary"])
    for entry in ok(coordinator.get(f"reviews/{REVIEW}/publication"))[0]["files"]:
        pdf = api.anonymous.get(entry["url"])  # published: no sign-in needed
        assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF-")
        assert hashlib.sha256(pdf.data).hexdigest() == entry["sha256"]
        text = pdf_text(pdf.data)
        assert "Ruth" in text
        # the published profile: the cleared version's label and the day the CSP agreed it,
        # and none of the working copy's marking or furniture
        assert re.search(r"Version \d+\.\d+, agreed by the Community Safety Partnership on", text)
        for furniture in ("OFFICIAL", "preview", "DEMO-2026-001 ·", "End of document"):
            assert furniture not in text, furniture
        assert tagged(pdf.data), "an accessible PDF is a tagged PDF"
        named_nobody(pdf.data)
        with pikepdf.open(io.BytesIO(pdf.data)) as opened:
            title = f"Domestic Homicide Review: {next(titles)} \u2014 Ruth"
            assert str(opened.docinfo["/Title"]) == title
            assert str(opened.docinfo["/Author"]) == "Demo Community Safety Partnership"
            assert opened.open_metadata()["dc:title"] == title
            assert str(opened.Root.Lang) == "en-GB"
    assert (
        api.anonymous.get(f"/api/v1/publications/{built['id']}/files/{'0' * 64}.pdf").status_code
        == 404
    )


def test_disguised_names_refuse_publication_and_the_rebuilt_pack_names_nobody(
    api, coordinator, accepted, app
):
    """End to end: a homoglyph name, a zero-width name and a WordArt name in the overview. The
    check refuses the version (so it could never be submitted); even pinned in the clearance, as
    a weaker gate or a tampered record would leave it, publication is refused with every finding.
    With the clean cleared version the published PDFs name nobody."""
    docs = cleared(api, coordinator)
    author = api.as_("chair.penhallow@pool.demo.local")
    overview = ok(author.get(f"documents/{docs['overview_report']['id']}"))
    clean_label = overview["current_version"]["label"]
    content = author.get(f"documents/{overview['id']}/versions/{clean_label}/content").data
    package = Package(content)
    package.text("We spoke to Jordan " + homoglyphs("Fernleigh") + " about the night.")
    package.text("Chris " + "\u200d".join("Dunmore") + " was not at home.")
    PLANTS["wordart"].put(package, "Fernleigh")
    saved = ok(
        author.send(
            f"documents/{overview['id']}/versions",
            {"comment": "disguised"},
            ("report.docx", package.build()),
            {"If-Match": overview["etag"]},
        ),
        201,
    )
    leaky = saved["current_version"]["label"]
    summary = docs["executive_summary"]
    check = run_check(
        author,
        docs,
        leaky,
        ok(author.get(f"documents/{summary['id']}"))["current_version"]["label"],
    )
    written = {f["location"]["text"] for f in check["findings"] if f["rule"] == "V16"}
    assert check["clean"] is False
    assert {"Jordan " + homoglyphs("Fernleigh"), "Chris " + "\u200d".join("Dunmore")} <= written
    assert "Fernleigh" in written  # the WordArt

    pin(app, "overview_report", overview["id"], leaky)
    refused = coordinator.post(f"reviews/{REVIEW}/publication")
    assert refused.status_code == 409
    findings = refused.json["findings"]
    word = {(f["node"], f["text"]) for f in findings if f["stage"] == "word"}
    assert ("text", "Jordan " + homoglyphs("Fernleigh")) in word
    assert ("text", "Chris " + "\u200d".join("Dunmore")) in word
    assert ("@string on v:textpath", "Fernleigh") in word
    # the rebuilt report drops the WordArt and the invisible characters; the scan still sees
    # the names it carries as text, in the Word file and in the PDF
    stages = {f["stage"] for f in findings}
    assert stages == {"word", "reconstructed", "pdf"}
    assert not [f for f in findings if f["stage"] != "word" and f["text"] == "Fernleigh"]
    assert all(f["who"] in ("Ruth", "Mark", "the victim") for f in findings)
    assert ok(coordinator.get(f"reviews/{REVIEW}/publication")) == []
    assert state(api) == "cleared"
    audit = [e["action"] for e in ok(coordinator.get(f"reviews/{REVIEW}/audit"))["entries"]]
    assert "publication.refused" in audit

    pin(app, "overview_report", overview["id"], clean_label)
    built = ok(coordinator.post(f"reviews/{REVIEW}/publication"), 201)
    ok(api.as_("csp-chair@demo.local").post(f"reviews/{REVIEW}/publication/{built['id']}/confirm"))
    for entry in built["files"]:
        pdf = api.anonymous.get(entry["url"]).data
        assert tagged(pdf)
        named_nobody(pdf)
        with pikepdf.open(io.BytesIO(pdf)) as opened, opened.open_outline() as outline:
            assert [item.title for item in outline.root]  # headings became bookmarks


def pin(app, kind: str, document_id: int, label: str) -> None:
    """Points the clearance at another version of the document, as a tampered record would."""
    services = app.extensions["dhr"]
    with services.sessions() as session:
        clearance = session.scalar(select(Clearance))
        version = session.scalar(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document_id, DocumentVersion.label == label
            )
        )
        clearance.pins = {
            **clearance.pins,
            kind: {"document_id": document_id, "label": label, "sha256": version.sha256},
        }
        session.commit()


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
    assert [w for w, _line in writers] == ["workflows/publication/publication.py"]
