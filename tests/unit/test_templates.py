"""Every template renders with its builder: known variables only, opens, headings in order."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
import pytest

from services.documents.action_plan_columns import COLUMNS
from services.documents.catalogue import CATALOGUE
from services.documents.contexts import headings_for, load_headings
from services.documents.render_docx import (
    RenderFailed,
    check_complete,
    render_docx,
    undeclared_variables,
)
from services.documents.render_xlsx import render_xlsx
from tests.fakes.docx_text import all_paragraphs, all_tables, ends_with_the_mark
from tests.fakes.review_data import TRICKY, sample_extra, sample_review_data

HEADINGS = load_headings()
DOCX = [t for t in CATALOGUE.values() if t.file_type == "docx"]


def build(template, version="2016") -> dict:
    h = headings_for(HEADINGS, template.headings or "", version)
    return template.build(sample_review_data(), sample_extra(h))


@pytest.mark.parametrize("template", DOCX, ids=[t.name for t in DOCX])
def test_the_template_uses_only_what_its_builder_provides(template):
    context = build(template)
    assert undeclared_variables(template.default_bytes()) <= set(context)


@pytest.mark.parametrize("template", DOCX, ids=[t.name for t in DOCX])
def test_every_template_renders_and_opens(template):
    rendered = render_docx(template.default_bytes(), build(template))
    document = docx.Document(io.BytesIO(rendered))
    text = "\n".join(p.text for p in all_paragraphs(document)).replace(TRICKY, "")
    assert "{{" not in text and "{%" not in text  # every tag was filled
    assert ends_with_the_mark(document)
    header = document.sections[0].header.paragraphs[0].text
    assert header == "OFFICIAL-SENSITIVE"
    footer = document.sections[0].footer.paragraphs[0].text
    assert "DEMO-2026-001" in footer or template.name.startswith("letters/")
    assert "Page" in footer or "page" in footer


@pytest.mark.parametrize("name", ["imr", "overview_report", "executive_summary"])
def test_headings_appear_in_order_as_word_headings(name):
    template = CATALOGUE[name]
    context = {**build(template), "chronology_appendix": True}
    document = docx.Document(io.BytesIO(render_docx(template.default_bytes(), context)))
    found = [p.text for p in all_paragraphs(document) if p.style.name == "Heading 1"]
    assert found == list(headings_for(HEADINGS, name, "2016").values())


def test_a_council_renames_a_heading_in_configuration(tmp_path):
    custom = tmp_path / "headings.toml"
    custom.write_text(
        '[default.executive_summary]\nprocess = "1. How we reviewed"\n'
        '[versions."2024-draft".executive_summary]\n'
        'process = "1. How the DARDR was run"\n'
    )
    assert headings_for(load_headings(custom), "executive_summary", "2024-draft") == {
        "process": "1. How the DARDR was run"
    }


def test_user_text_is_shown_literally_never_as_markup_or_template():
    template = CATALOGUE["overview_report"]
    rendered = render_docx(template.default_bytes(), build(template))
    text = "\n".join(p.text for p in all_paragraphs(docx.Document(io.BytesIO(rendered))))
    assert TRICKY in text
    with zipfile.ZipFile(io.BytesIO(rendered)) as z:
        assert b"<w:t>INJECTED" not in z.read("word/document.xml")


def test_tables_repeat_their_header_row_on_each_page():
    document = docx.Document(io.BytesIO(CATALOGUE["imr"].default_bytes()))
    chronology = next(t for t in all_tables(document) if t.rows[0].cells[0].text == "Date")
    assert chronology.rows[0]._tr.trPr.xpath("./w:tblHeader")


def test_a_forbidden_expression_in_a_template_is_refused(tmp_path):
    document = docx.Document()
    document.add_paragraph("{{ cycler.__init__.__globals__.os.popen('id').read() }}")
    document.add_paragraph("End of document.")
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(RenderFailed) as caught:
        render_docx(buffer.getvalue(), {})
    assert caught.value.code == "forbidden_expression"


def test_a_truncated_document_is_detected():
    template = CATALOGUE["executive_summary"]
    rendered = render_docx(template.default_bytes(), build(template))
    with zipfile.ZipFile(io.BytesIO(rendered)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = parts["word/document.xml"]
    cut = body.replace(b"_DhrEnd", b"_Dhr")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, cut if name == "word/document.xml" else data)
    with pytest.raises(RenderFailed):
        check_complete(out.getvalue())


def test_the_action_plan_writes_user_text_as_text_never_formulas():
    template = CATALOGUE["action_plan"]
    filled = render_xlsx(template.default_bytes(), build(template))
    sheet = openpyxl.load_workbook(io.BytesIO(filled))["Action plan"]
    assert [c.value for c in sheet[1]] == [c.title for c in COLUMNS]
    row = {c.key: sheet.cell(row=2, column=i) for i, c in enumerate(COLUMNS, start=1)}
    for key, value in (
        ("action", '=HYPERLINK("http://x","Click")'),
        ("lead_officer", "+1+1"),
        ("milestones", "@SUM(1)"),
        ("outcome", "-2+3"),
    ):
        assert row[key].value == value and row[key].data_type == "s"
    assert row["target_date"].is_date
    assert sheet.freeze_panes == "A2"
    assert sheet.oddHeader.center.text == "OFFICIAL-SENSITIVE"
    validated = {str(v.sqref).split(":")[0] for v in sheet.data_validations.dataValidation}
    assert {f"{COLUMNS.letter(k)}2" for k in ("scope", "status", "lead_agency")} <= validated
    assert sheet.conditional_formatting


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_the_committed_templates_are_what_the_script_makes(tmp_path, monkeypatch):
    import scripts.build_templates as builder

    monkeypatch.setattr(builder, "ROOT", tmp_path)
    builder.main()
    for template in CATALOGUE.values():
        rebuilt = tmp_path / f"{template.name}.{template.file_type}"
        assert rebuilt.read_bytes() == template.default_bytes(), template.name


def test_the_imr_carries_the_qa_sign_off_block():
    template = CATALOGUE["imr"]
    document = docx.Document(io.BytesIO(render_docx(template.default_bytes(), build(template))))
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {
        "The terms of reference are addressed",
        "The chronology is complete",
        "The IMR analyses, not only describes",
        "The author's independence statement is present",
        "The recommendations are SMART",
        "QA decision",
        "The agency accepts the findings and recommendations of this IMR",
    } <= cells
