"""Filling a document again replaces its data regions and keeps every paragraph of the author's
prose byte for byte; a region edited by hand is a conflict unless the caller overwrites it."""

from __future__ import annotations

import copy
import io
import zipfile

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.regions import refill, region_names, region_text, regions
from services.documents.render_docx import render_docx
from tests.fakes.review_data import sample_extra, sample_review_data

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATES = ["overview_report", "executive_summary", "imr"]


def filled(name: str, **data) -> bytes:
    template = CATALOGUE[name]
    h = headings_for(load_headings(), template.headings or "", "2016")
    extra = {**sample_extra(h), "agency_name": "Police"}
    return render_docx(template.default_bytes(), template.build(sample_review_data(**data), extra))


def body_of(package: bytes):
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return etree.fromstring(z.read("word/document.xml")).find(f"{W}body")


def prose(package: bytes) -> list[bytes]:
    """Every element of the body outside the data regions, serialised."""
    return [etree.tostring(e) for e in body_of(package) if e.tag != f"{W}sdt"]


def as_python_docx_writes(package: bytes) -> bytes:
    """The author replaces each italic prompt with their own text, and adds a paragraph."""
    made = docx.Document(io.BytesIO(package))
    for number, paragraph in enumerate(made.paragraphs):
        runs = [r for r in paragraph.runs if r.text.strip()]
        if runs and all(r.italic for r in runs):
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = f"The author's own words, paragraph {number}."
            paragraph.runs[0].italic = False
            paragraph.insert_paragraph_before(f"An added paragraph before {number}.")
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def as_word_writes(package: bytes) -> bytes:
    """As Word saves typing: each prompt's text split over runs with revision ids, a proofing
    mark and a bookmark between them."""
    made = docx.Document(io.BytesIO(package))
    for number, paragraph in enumerate(made.paragraphs):
        runs = [r for r in paragraph.runs if r.text.strip()]
        if not runs or not all(r.italic for r in runs):
            continue
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        for index, piece in enumerate(("What the ", "panel fo", f"und in section {number}.")):
            run = paragraph.add_run(piece)
            run._r.set(qn("w:rsidR"), f"00A1B{index}C{number % 10}")
            if index == 1:
                error = OxmlElement("w:proofErr")
                error.set(qn("w:type"), "spellStart")
                run._r.addprevious(error)
                mark = OxmlElement("w:bookmarkStart")
                mark.set(qn("w:id"), str(500 + number))
                mark.set(qn("w:name"), f"_Hlk{number}")
                run._r.addnext(mark)
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()


def new_data() -> dict:
    base = sample_review_data()
    return {
        "panel": [
            *base["panel"],
            {
                "name": "Sam Whitlow",
                "role": "Panel member",
                "job_title": "Named Nurse",
                "agency": "Demo Hospitals NHS Trust",
                "independent": "No",
            },
        ],
        "recommendations": [{"number": 1, "text": "Audit every DASH form monthly"}],
        "agency_recommendations": [{"agency": "Police", "number": 1, "text": "Audit DASH weekly"}],
        "terms": {**base["terms"], "lines_of_enquiry": ["A new line of enquiry"]},
    }


@pytest.mark.parametrize("name", TEMPLATES)
@pytest.mark.parametrize("writer", [as_python_docx_writes, as_word_writes])
def test_prose_is_kept_byte_for_byte_and_every_region_takes_the_new_data(name, writer):
    written = writer(filled(name))
    fresh = filled(name, **new_data())
    done = refill(written, fresh)
    assert prose(done.data) == prose(written)  # nothing outside a region moved
    kept = b"".join(prose(done.data))
    assert b"own words, paragraph" in kept or b"und in section" in kept  # the author's text
    now, wanted = regions(body_of(done.data)), regions(body_of(fresh))
    assert {n: region_text(s) for n, s in now.items()} == {
        n: region_text(s) for n, s in wanted.items()
    }
    assert done.conflicts == [] and done.missing == []
    expected = {"overview_report": "panel", "executive_summary": "panel", "imr": "recommendations"}
    assert expected[name] in done.changed
    assert "terms_of_reference" in done.changed
    assert set(done.changed) < set(region_names(fresh))  # unchanged regions are not reported


def test_the_data_regions_are_named_content_controls():
    assert region_names(CATALOGUE["overview_report"].default_bytes()) == sorted(
        [
            "front_sheet",
            "glossary",
            "timescales",
            "pseudonyms",
            "terms_of_reference",
            "family",
            "contributors",
            "panel",
            "author",
            "parallel_reviews",
            "dissemination",
            "key_episodes",
            "recommendations",
            "appendix_action_plan",
            "appendix_terms",
            "appendix_chronology",
        ]
    )
    assert {"front_sheet", "chronology", "recommendations", "action_plan"} <= set(
        region_names(CATALOGUE["imr"].default_bytes())
    )
    assert {"panel", "author", "key_episodes", "recommendations"} <= set(
        region_names(CATALOGUE["executive_summary"].default_bytes())
    )


def hand_edit(package: bytes, name: str, text: str) -> bytes:
    """Someone types into a data region in Word."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    root = etree.fromstring(parts["word/document.xml"])
    region = regions(root.find(f"{W}body"))[name]
    last = list(region.iter(f"{W}t"))[-1]
    last.text = text
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for part, data in parts.items():
            z.writestr(part, data)
    return out.getvalue()


def test_a_region_edited_by_hand_is_a_conflict_kept_unless_overwritten():
    edited = hand_edit(as_word_writes(filled("overview_report")), "panel", "Changed by hand")
    fresh = filled("overview_report", **new_data())
    kept = refill(edited, fresh)
    assert kept.conflicts == ["panel"]
    assert "Changed by hand" in region_text(regions(body_of(kept.data))["panel"])
    assert "terms_of_reference" in kept.changed  # the others are still filled
    forced = refill(edited, fresh, frozenset({"panel"}))
    assert forced.conflicts == [] and "panel" in forced.changed
    assert "Sam Whitlow" in region_text(regions(body_of(forced.data))["panel"])
    again = refill(forced.data, fresh)  # the overwritten region is the service's again
    assert again.conflicts == [] and again.changed == []


def test_a_document_without_regions_is_left_alone():
    plain = docx.Document()
    plain.add_paragraph("Only prose.")
    out = io.BytesIO()
    plain.save(out)
    done = refill(out.getvalue(), filled("executive_summary"))
    assert done.changed == [] and done.conflicts == []
    assert set(done.missing) == set(region_names(filled("executive_summary")))
    assert prose(done.data) == prose(out.getvalue())


def test_the_copy_keeps_its_regions_apart():
    """Replacing a region copies the fresh content; the fresh document is not changed."""
    fresh = filled("overview_report", **new_data())
    before = copy.deepcopy(prose(fresh))
    refill(filled("overview_report"), fresh)
    assert prose(fresh) == before
