"""The corpus (tests/fakes/plants.py): every plant is found, alone and all in one document, by
the one scanner every gate runs; and rebuilding the report for publication never carries a plant
where the scan of the rebuilt document would not see it."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from services.documents.rebuild import rebuild
from services.domain.anonymity import Scanner, name_terms
from services.domain.canonical import forms
from services.workflows.publication.anonymity import scan_package
from tests.fakes.plants import PLANTS, planted, pseudonym, register

SCANNER = Scanner([t for real, who in register() for t in name_terms(real, who)])


def found_plant(findings: list[dict], key: str) -> list[dict]:
    plant = PLANTS[key]
    if plant.finding == "unreadable":
        return [f for f in findings if f["kind"] == "unreadable"]
    return [f for f in findings if f.get("who") == pseudonym(plant)]


def test_the_corpus_is_large_and_covers_every_way():
    assert len(PLANTS) >= 30
    ways = {p.way for p in PLANTS.values()}
    for needed in ("WordArt (v:textpath/@string)", "hyperlink tooltip", "bookmark name"):
        assert needed in ways


def test_a_clean_report_has_no_findings():
    data, filename = planted()
    result = scan_package(SCANNER, data, filename)
    assert result.findings == [] and result.warnings == []


@pytest.mark.parametrize("key", list(PLANTS))
def test_each_plant_alone_is_found_and_nothing_else(key):
    data, filename = planted(key)
    findings = scan_package(SCANNER, data, filename).findings
    assert found_plant(findings, key), PLANTS[key].way
    assert all(f in found_plant(findings, key) for f in findings), findings


def test_every_plant_in_one_document_is_found_each_where_it_is():
    data, filename = planted(*PLANTS)
    findings = scan_package(SCANNER, data, filename).findings
    missing = [k for k in PLANTS if not found_plant(findings, k)]
    assert missing == []
    unreadable = {f["part"] for f in findings if f["kind"] == "unreadable"}
    assert unreadable == {
        "word/afchunk1.htm",
        "word/embeddings/Book1.xlsx",
        "word/embeddings/oleObject1.bin",
        "word/extra.dat",
        "customXml/item7.xml",
        "customXml/item8.xml",
    }
    for finding in findings:
        assert finding["part"] and finding["message"]


def squeezed(text: str) -> str:
    """The text's letters run together, read by their looks and by their sound."""
    return " ".join(re.sub(r"[^a-z]", "", form) for form, _table in forms(text))


def every_byte_as_text(package: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(package)) as made:
        return " ".join(made.read(n).decode("utf-8", "replace") for n in made.namelist())


@pytest.mark.parametrize("key", list(PLANTS))
def test_the_rebuilt_report_carries_a_plant_only_where_its_scan_finds_it(key):
    """The second line of defence: whatever the rebuilding keeps is plain text the scan reads.
    Anything it does not keep is gone from every byte of the new package."""
    data, _filename = planted(key)
    made = rebuild(data, "Domestic Homicide Review: Overview Report \u2014 Ruth", "Demo CSP")
    findings = scan_package(SCANNER, made.docx, "public.docx").findings
    surname = squeezed(PLANTS[key].real_name.split()[-1]).split()[0]
    if surname in squeezed(every_byte_as_text(made.docx)):
        assert found_plant(findings, key), f"{PLANTS[key].way}: carried but not found"
    assert not [f for f in findings if f["kind"] == "unreadable"]
