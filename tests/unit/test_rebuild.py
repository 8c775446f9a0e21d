"""Publication by reconstruction: what a published report is made of carries over, nothing else
does, and what was left out is listed."""

from __future__ import annotations

import io
import zipfile

import docx

from services.documents.rebuild import rebuild
from tests.fakes.docx_package import Package, paragraph, run
from tests.fakes.imr_docx import deleted, inserted
from tests.fakes.plants import PLANTS

TITLE = "Domestic Homicide Review: Overview Report \u2014 Ruth"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def report() -> bytes:
    package = Package()
    package.add_body(
        paragraph('<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + run("Background"))
        + paragraph(
            run("Plain, ")
            + run("bold, ", "<w:b/>")
            + run("italic, ", "<w:i/>")
            + run("underlined", '<w:u w:val="single"/>')
            + run(" and hidden", "<w:vanish/>")
            + inserted(" with an insertion")
            + deleted(" and a deletion")
            + run("\u200b.")
        )
        + paragraph('<w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>' + run("A bullet"))
        + paragraph('<w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>' + run("A number"))
        + '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1000"/></w:tblGrid>'
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        '<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + paragraph(run("Head")) + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + paragraph(run("A")) + "</w:tc><w:tc>" + paragraph(run("B")) + "</w:tc>"
        "</w:tr></w:tbl>"
    )
    for key in ("footnote", "comment", "text_box", "wordart", "header", "custom_property"):
        PLANTS[key].put(package, "Kit Pellow")
    return package.build()


def test_the_allow_list_carries_over_and_nothing_else():
    made = rebuild(report(), TITLE, "Demo Community Safety Partnership")
    document = docx.Document(io.BytesIO(made.docx))
    styles = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    assert ("Heading 1", "Introduction") in styles and ("Heading 2", "Background") in styles
    body = next(p for p in document.paragraphs if p.text.startswith("Plain"))
    assert body.text == "Plain, bold, italic, underlined with an insertion."
    assert [(r.text, r.bold, r.italic, r.underline) for r in body.runs][1:4] == [
        ("bold, ", True, None, None),
        ("italic, ", None, True, None),
        ("underlined", None, None, True),
    ]
    lists = [p for p in document.paragraphs if p.text in ("A bullet", "A number")]
    assert all(p._p.pPr.numPr is not None for p in lists)
    [table] = document.tables
    assert [[c.text for c in row.cells] for row in table.rows] == [["Head", "Head"], ["A", "B"]]
    with zipfile.ZipFile(io.BytesIO(made.docx)) as package:
        names = set(package.namelist())
        footnotes = package.read("word/footnotes.xml").decode()
        document_xml = package.read("word/document.xml").decode()
        numbering = package.read("word/numbering.xml").decode()
    assert "Told by Kit Pellow." in footnotes  # a footnote is report text: it carries over
    assert names == {
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/numbering.xml",
        "word/footnotes.xml",
        "word/footer1.xml",
    }
    for gone in ("<w:pict", "<w:drawing", "textpath", "<w:del ", "<w:ins ", "w:vanish", "\u200b"):
        assert gone not in document_xml, gone
    assert 'w:numFmt w:val="bullet"' in numbering and 'w:numFmt w:val="decimal"' in numbering
    assert document.core_properties.title == TITLE
    assert document.core_properties.author == "Demo Community Safety Partnership"
    assert document.core_properties.last_modified_by == ""
    assert "Kit Pellow" not in document_xml


def test_what_did_not_carry_over_is_listed():
    made = rebuild(report(), TITLE, "CSP")
    kinds = {d["kind"]: d for d in made.dropped}
    for kind in (
        "comments",
        "comment",
        "text box",
        "WordArt",
        "header text",
        "hidden text",
        "document properties (replaced by fixed ones)",
    ):
        assert kind in kinds, kind
    assert kinds["WordArt"]["count"] == 1 and kinds["WordArt"]["paragraphs"]


def test_the_contents_are_built_from_the_headings_with_links():
    made = rebuild(report(), TITLE, "CSP")
    assert made.headings == ["Introduction", "Background"]
    with zipfile.ZipFile(io.BytesIO(made.docx)) as package:
        xml = package.read("word/document.xml").decode()
    assert 'w:anchor="_Toc1"' in xml and 'w:name="_Toc1"' in xml
    assert "TOC \\o" in xml and 'w:pStyle w:val="TOC1"' in xml
