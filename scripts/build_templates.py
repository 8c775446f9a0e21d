"""Regenerates the default statutory templates in templates/ (python -m scripts.build_templates).

The committed files are what the service fills; councils may restyle them in Word or Excel. The
output is reproducible: fixed document properties and zip timestamps, so a rebuild with no
change to this script gives byte-identical files. Tags are docxtpl (Jinja) tags.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from scripts.letters import LETTERS
from scripts.reproducible import write_reproducibly
from scripts.workbook import build_action_plan
from services.domain.chronology import TITLED_COLUMNS
from services.domain.equality import PROTECTED_CHARACTERISTICS

ROOT = Path(__file__).resolve().parents[1] / "templates"
FIXED = datetime(2026, 1, 1)


KEY_QUESTIONS = [
    "Were staff sensitive to the needs of the victim and the perpetrator, did they know the "
    "indicators of domestic abuse and what to do about them, and was that a reasonable "
    "expectation given their training?",
    "Did the agency have domestic abuse risk assessment and risk management policies (e.g. "
    "DASH), were they used correctly, and was the victim referred to MARAC?",
    "Did the agency follow multi-agency domestic abuse and information-sharing protocols?",
    "What were the key points for assessment and decision-making, and were the decisions "
    "informed and professional?",
    "Did the actions and risk management plans fit the assessments, and were appropriate "
    "services offered given what was known or should have been known?",
    "When and how were the victim's wishes and feelings found out and taken into account, and "
    "was the victim told of options and signposted?",
    "What was known about the perpetrator (e.g. MAPPA, injunctions, protection orders)?",
    "Had the victim disclosed abuse, and was the response appropriate, recorded and shared?",
    "Were services sensitive to ethnic, cultural, linguistic and religious identity, to "
    "disability and to vulnerability?",
    "Were senior managers or other agencies involved at the right points?",
    "Were there ways of working that others could learn from (good practice)?",
    "What lessons are there about how this agency safeguards victims and manages perpetrator "
    "risk: policy, training, supervision, partnership working and resources?",
    "How accessible were services to the victim and the perpetrator?",
    "To what degree could the homicide have been accurately predicted and prevented?",
]

QA_CHECKS = [
    "The terms of reference are addressed",
    "The chronology is complete",
    "The IMR analyses, not only describes",
    "The author's independence statement is present",
    "The recommendations are SMART",
]

CHRONOLOGY_COLUMNS = list(TITLED_COLUMNS)
ACTION_COLUMNS = [
    ("Recommendation", "recommendation"),
    ("Scope", "scope"),
    ("Action to take", "action"),
    ("Lead agency", "lead_agency"),
    ("Key milestones", "milestones"),
    ("Target date", "target_date"),
    ("Completion date and outcome", "outcome"),
]


# -- low-level helpers ----------------------------------------------------------------------


def field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word and LibreOffice update when they open it."""

    def part(kind: str):
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            char.set(qn("w:dirty"), "true")
        run.append(char)
        paragraph._p.append(run)

    part("begin")
    code = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code.append(text)
    paragraph._p.append(code)
    part("separate")
    paragraph.add_run(placeholder)
    part("end")


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def table(document, headers: list[str], loop: str | None = None, cells: list[str] | None = None):
    """A grid table with a repeated, bold header row; with `loop`, a docxtpl row loop."""
    grid = document.add_table(rows=1, cols=len(headers))
    grid.style = "Table Grid"
    for cell, title in zip(grid.rows[0].cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(title).bold = True
    repeat_header(grid.rows[0])
    if loop:
        grid.add_row().cells[0].text = f"{{%tr for {loop} %}}"
        for cell, value in zip(grid.add_row().cells, cells, strict=True):
            cell.text = value
        grid.add_row().cells[0].text = "{%tr endfor %}"
    return grid


def protected_characteristics(document, second_column: str) -> None:
    """The nine protected characteristics (Equality Act 2010), one row each."""
    grid = document.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    grid.rows[0].cells[0].paragraphs[0].add_run("Protected characteristic").bold = True
    grid.rows[0].cells[1].paragraphs[0].add_run(second_column).bold = True
    repeat_header(grid.rows[0])
    for characteristic in PROTECTED_CHARACTERISTICS:
        grid.add_row().cells[0].text = characteristic.capitalize()


def action_table(document) -> None:
    """The action plan's §4 columns, as the IMR and the overview's appendix show them."""
    table(
        document,
        [c[0] for c in ACTION_COLUMNS],
        "row in actions",
        [f"{{{{ row.{k} }}}}" for _, k in ACTION_COLUMNS],
    )


def panel_table(document) -> None:
    """Panel members as both the overview report and the executive summary list them."""
    table(
        document,
        ["Name", "Job title", "Agency", "Independent"],
        "m in panel",
        ["{{ m.name }}", "{{ m.job_title }}", "{{ m.agency }}", "{{ m.independent }}"],
    )


def contributors_table(document) -> None:
    table(
        document,
        ["Agency", "Contribution"],
        "c in contributors",
        ["{{ c.agency }}", "{{ c.contribution }}"],
    )


def pairs(document, rows: list[tuple[str, str]]):
    grid = document.add_table(rows=0, cols=2)
    grid.style = "Table Grid"
    for label, value in rows:
        cells = grid.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    return grid


def guidance(document, text: str) -> None:
    """Italic prompt for the author, inside a slot they overwrite in Word."""
    document.add_paragraph().add_run(text).italic = True


def heading(document, key: str, level: int = 1) -> None:
    document.add_paragraph(f"{{{{ h.{key} }}}}", style=f"Heading {level}")


def new_document(name: str, landscape: bool = False):
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    for style, size in (("Heading 1", 15), ("Heading 2", 12), ("Title", 24)):
        document.styles[style].font.name = "Arial"
        document.styles[style].font.size = Pt(size)
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    marking = section.header.paragraphs[0]
    marking.text = "{{ marking }}"
    marking.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.runs[0].bold = True
    footer = section.footer.paragraphs[0]
    footer.text = f"{{{{ review.reference }}}} · {name} · version {{{{ version }}}} · page "
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    properties = document.core_properties
    properties.author = properties.last_modified_by = "DHR add-in"
    properties.created = properties.modified = FIXED
    properties.title = name
    properties.revision = 1
    return document


def finish(document, path: Path) -> None:
    """The sentinel paragraph whose survival proves the render was not truncated; then save."""
    document.add_paragraph("End of document.")
    buffer = io.BytesIO()
    document.save(buffer)
    write_reproducibly(buffer.getvalue(), path)


# -- the templates ----------------------------------------------------------------------------


def imr() -> None:
    d = new_document("Individual Management Review", landscape=True)
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Individual Management Review: {{ agency.name }}", style="Subtitle")
    heading(d, "front_sheet")
    pairs(
        d,
        [
            ("Review reference", "{{ review.reference }}"),
            ("Protective marking", "{{ marking }}"),
            ("Agency", "{{ agency.name }}"),
            (
                "Subjects",
                "{% for s in subjects %}{{ s.role|title }}: {{ s|pseudonym }}"
                "{% if s.date_of_birth %} (born {{ s.date_of_birth|uk_date }}){% endif %}"
                "{% if not loop.last %}; {% endif %}{% endfor %}",
            ),
            (
                "Period under review",
                "{{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }}",
            ),
            (
                "IMR author",
                "{{ imr.author.name }}, {{ imr.author.job_title }}, {{ imr.author.email }}",
            ),
            ("Author independence statement", "{{ imr.author_statement }}"),
            (
                "Commissioning and QA senior manager",
                "{{ imr.senior_manager.name }}, {{ imr.senior_manager.job_title }}",
            ),
            ("Version and date submitted", "{{ version }}, {{ imr.status }}, {{ today|uk_date }}"),
        ],
    )
    heading(d, "introduction")
    guidance(
        d,
        "The purpose of this IMR, the agency's role and services, and how the agency "
        "came into contact with the subjects.",
    )
    heading(d, "terms_of_reference")
    d.add_paragraph(
        "The review's terms of reference, agreed on {{ terms.agreed_on|uk_date }}, "
        "cover {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }}. "
        "The key lines of enquiry are:"
    )
    d.add_paragraph("{%p for line in terms.lines_of_enquiry %}")
    d.add_paragraph("{{ line }}", style="List Number")
    d.add_paragraph("{%p endfor %}")
    guidance(d, "Add any agency-specific questions set by the panel.")
    heading(d, "methodology")
    guidance(
        d,
        "Records examined, staff interviewed, and the policies and procedures in "
        "force at the time.",
    )
    heading(d, "chronology")
    table(
        d,
        [c[0] for c in CHRONOLOGY_COLUMNS],
        "row in chronology",
        [
            f"{{{{ row.{k} }}}}" if k != "date" else "{{ row|event_date }}"
            for _, k in CHRONOLOGY_COLUMNS
        ],
    )
    heading(d, "facts")
    guidance(d, "A narrative of what the agency knew and did.")
    heading(d, "analysis")
    guidance(
        d,
        "Answer each key question: not only what happened but why. Where a question "
        'does not apply, write "N/A" and the reason.',
    )
    for number, question in enumerate(KEY_QUESTIONS, start=1):
        d.add_paragraph(f"Question {number}: {question}", style="Heading 2")
        guidance(d, "Answer:")
    heading(d, "equality")
    guidance(
        d,
        "How each protected characteristic (Equality Act 2010), and other "
        "vulnerabilities such as language, immigration status, substance use and mental "
        'health, affected service delivery. Mark any that do not apply "not '
        'applicable" with the reason.',
    )
    protected_characteristics(d, "Effect on service delivery, or not applicable with the reason")
    heading(d, "good_practice")
    guidance(d, "Practice to share with others.")
    heading(d, "conclusions")
    guidance(
        d,
        "Single-agency learning, and whether the death could have been predicted or "
        "prevented from this agency's point of view.",
    )
    heading(d, "recommendations")
    table(
        d,
        ["No.", "Recommendation"],
        "rec in recommendations",
        ["{{ rec.number }}", "{{ rec.text }}"],
    )
    heading(d, "action_plan")
    action_table(d)
    heading(d, "sign_off")
    pairs(
        d,
        [
            ("IMR author", "{{ imr.author.name }}"),
            ("Author's signature and date", ""),
            (
                "Quality assured by",
                "{{ imr.senior_manager.name }}, {{ imr.senior_manager.job_title }}",
            ),
            ("Senior manager's signature and date", ""),
        ],
    )
    d.add_paragraph("Quality assurance (domain.md §1.5)", style="Heading 2")
    pairs(d, [(check, "Yes / No") for check in QA_CHECKS])
    pairs(
        d,
        [
            ("QA decision", "Approved / Returned to the author"),
            ("QA comments", ""),
            ("The agency accepts the findings and recommendations of this IMR", "Yes / No"),
        ],
    )
    finish(d, ROOT / "imr.docx")


def overview_report() -> None:
    d = new_document("Overview report", landscape=False)
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Overview Report into the death of {{ victim.pseudonym }}", style="Subtitle")
    pairs(
        d,
        [
            ("Community Safety Partnership", "{{ csp.name }}"),
            ("Month and year of death", "{{ review.date_of_death|month_year }}"),
            ("Independent chair", "{{ chair.name }}"),
            ("Author", "{{ author.name }}"),
            ("Date completed", "{{ today|uk_date }}"),
            ("Version", "{{ version }}"),
        ],
    )
    d.add_page_break()
    heading(d, "tribute")
    guidance(
        d,
        "Condolences to the family, and a tribute or pen-portrait of "
        "{{ victim.pseudonym }} written with the family where they want one.",
    )
    heading(d, "contents")
    field(
        d.add_paragraph(),
        'TOC \\o "1-2" \\h \\z \\u',
        "Right-click and choose Update Field to build the contents.",
    )
    heading(d, "glossary")
    table(d, ["Term", "Meaning"], "term in glossary", ["{{ term.term }}", "{{ term.meaning }}"])
    d.add_page_break()
    heading(d, "introduction")
    d.add_paragraph(
        "This report examines the agencies' contact with {{ victim.pseudonym }} "
        "before {{ victim.possessive }} death in {{ review.date_of_death|month_year }}."
        " The review was commissioned by {{ csp.name }} under section 9 of the "
        "Domestic Violence, Crime and Victims Act 2004, to identify the lessons to "
        "be learnt."
    )
    heading(d, "timescales")
    pairs(
        d,
        [
            ("The CSP was notified", "{{ timescales.notified_on|uk_date }}"),
            ("Decision to hold a review", "{{ timescales.decided_on|uk_date }}"),
            ("Home Office notified", "{{ timescales.home_office_notified_on|uk_date }}"),
            ("Overview report due", "{{ timescales.overview_due|uk_date }}"),
            ("Panel meetings", "{{ timescales.panel_meetings|join_list }}"),
        ],
    )
    d.add_paragraph("{%p if extensions %}")
    d.add_paragraph("The review took longer than six months. The CSP agreed these extensions:")
    table(
        d,
        ["Agreed on", "New date", "Reason"],
        "x in extensions",
        ["{{ x.agreed_on|uk_date }}", "{{ x.new_due|uk_date }}", "{{ x.reason }}"],
    )
    d.add_paragraph("{%p endif %}")
    heading(d, "confidentiality")
    d.add_paragraph(
        "The findings of this review are confidential until publication. "
        "Pseudonyms are used throughout; they were chosen with or by the family where "
        "possible."
    )
    table(
        d,
        ["Pseudonym", "Relationship to the victim", "Age", "Ethnicity"],
        "p in pseudonyms",
        ["{{ p.pseudonym }}", "{{ p.relationship }}", "{{ p.age }}", "{{ p.ethnicity }}"],
    )
    heading(d, "terms_of_reference")
    d.add_paragraph(
        "Period under review: {{ terms.period_from|uk_date }} to "
        "{{ terms.period_to|uk_date }}. Agreed on {{ terms.agreed_on|uk_date }}."
    )
    d.add_paragraph("{%p for line in terms.lines_of_enquiry %}")
    d.add_paragraph("{{ line }}", style="List Number")
    d.add_paragraph("{%p endfor %}")
    heading(d, "methodology")
    guidance(
        d,
        "How the review worked: IMRs, other reports, chronology, interviews, panel "
        "meetings, research used.",
    )
    heading(d, "family")
    d.add_paragraph("{%p if family.contacts %}")
    d.add_paragraph("The review approached:")
    table(
        d,
        ["Relationship to the victim", "Approached", "How", "Specialist advocacy", "Outcome"],
        "f in family.contacts",
        [
            "{{ f.relationship }}",
            "{{ f.approached_on|uk_date }}",
            "{{ f.method }}",
            "{{ f.advocacy }}",
            "{{ f.outcome }}",
        ],
    )
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("{%p if family.restricted %}")
    d.add_paragraph(
        "{{ family.restricted }} further people were approached; for their safety their "
        "details are held by the independent chair."
    )
    d.add_paragraph("{%p endif %}")
    guidance(
        d,
        "How the family's and others' contributions shaped the report; if people were not "
        "involved, why.",
    )
    heading(d, "contributors")
    contributors_table(d)
    d.add_paragraph(
        "The authors of the IMRs were independent of the case: none had been "
        "directly involved with the victim, the perpetrator or their families, or "
        "line-managed staff whose work was reviewed."
    )
    heading(d, "panel")
    panel_table(d)
    heading(d, "author")
    d.add_paragraph("The independent chair is {{ chair.name }}. {{ chair.statement }}")
    d.add_paragraph("{%p if author.name != chair.name %}")
    d.add_paragraph("The overview report was written by {{ author.name }}.")
    d.add_paragraph("{%p endif %}")
    heading(d, "parallel_reviews")
    d.add_paragraph("{%p for p in proceedings %}")
    d.add_paragraph("{{ p.kind }}: {{ p.description }}", style="List Bullet")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p if not proceedings %}")
    d.add_paragraph("There were no parallel proceedings.")
    d.add_paragraph("{%p endif %}")
    heading(d, "equality")
    protected_characteristics(d, "Analysis, or not applicable with the reason")
    heading(d, "dissemination")
    d.add_paragraph("{%p for r in dissemination %}")
    d.add_paragraph("{{ r }}", style="List Bullet")
    d.add_paragraph("{%p endfor %}")
    for key, prompt in (
        ("background", "A short account of the homicide and the relationships."),
        ("chronology", "A summary of the combined chronology; the full chronology follows."),
        ("overview", "A summary of what each agency knew and did."),
        (
            "analysis",
            "Analysis against each term of reference and key "
            "question; define and explore coercive control and "
            "economic abuse.",
        ),
        ("conclusions", "Including whether the death was predictable or preventable."),
        ("lessons", "Cross-agency learning, separate from single-agency learning."),
    ):
        heading(d, key)
        guidance(d, prompt)
        if key == "chronology":
            # The combined chronology, one table per year, laid out by the engine.
            d.add_paragraph("{{ chronology_tables }}")
    heading(d, "recommendations")
    d.add_paragraph("Overview recommendations", style="Heading 2")
    table(
        d,
        ["No.", "Recommendation"],
        "rec in recommendations",
        ["{{ rec.number }}", "{{ rec.text }}"],
    )
    d.add_paragraph("Single-agency recommendations", style="Heading 2")
    table(
        d,
        ["Agency", "No.", "Recommendation"],
        "rec in agency_recommendations",
        ["{{ rec.agency }}", "{{ rec.number }}", "{{ rec.text }}"],
    )
    d.add_page_break()
    heading(d, "appendix_action_plan")
    action_table(d)
    heading(d, "appendix_terms")
    d.add_paragraph(
        "Period under review: {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }}."
    )
    d.add_paragraph("{%p for line in terms.lines_of_enquiry %}")
    d.add_paragraph("{{ line }}", style="List Number")
    d.add_paragraph("{%p endfor %}")
    finish(d, ROOT / "overview_report.docx")


def executive_summary() -> None:
    d = new_document("Executive summary")
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Executive Summary: the death of {{ victim.pseudonym }}", style="Subtitle")
    heading(d, "process")
    d.add_paragraph(
        "{{ csp.name }} commissioned this review after the death of "
        "{{ victim.pseudonym }} in {{ review.date_of_death|month_year }}. The CSP was "
        "notified on {{ timescales.notified_on|uk_date }} and decided to hold a "
        "review on {{ timescales.decided_on|uk_date }}."
    )
    heading(d, "contributors")
    contributors_table(d)
    heading(d, "panel")
    panel_table(d)
    heading(d, "author")
    d.add_paragraph("The independent chair is {{ chair.name }}. {{ chair.statement }}")
    heading(d, "terms_of_reference")
    d.add_paragraph("{%p for line in terms.lines_of_enquiry %}")
    d.add_paragraph("{{ line }}", style="List Number")
    d.add_paragraph("{%p endfor %}")
    heading(d, "chronology")
    guidance(d, "A short narrative of the key events.")
    d.add_paragraph("{%p if key_episodes %}")
    table(
        d,
        ["Date", "Key episode"],
        "e in key_episodes",
        ["{{ e|event_date }}", "{{ e.summary }}"],
    )
    d.add_paragraph("{%p endif %}")
    for key, prompt in (
        ("key_issues", "The main findings."),
        ("conclusions", "Consistent with the overview report."),
        ("lessons", "Consistent with the overview report."),
    ):
        heading(d, key)
        guidance(d, prompt)
    heading(d, "recommendations")
    table(
        d,
        ["No.", "Recommendation"],
        "rec in recommendations",
        ["{{ rec.number }}", "{{ rec.text }}"],
    )
    finish(d, ROOT / "executive_summary.docx")


def combined_chronology() -> None:
    """The combined chronology on its own, for the panel; never for publication (V17)."""
    d = new_document("Combined chronology", landscape=True)
    d.add_paragraph("{{ review.title }}: combined chronology", style="Title")
    d.add_paragraph(
        "Every row of the accepted IMRs, in date order. Not for publication: the raw "
        "chronology never leaves the review team."
    )
    d.add_paragraph("{{ chronology_tables }}")
    finish(d, ROOT / "combined_chronology.docx")


def letter(name: str, title: str, paragraphs: list[str], to: list[str]) -> None:
    d = new_document(title)
    d.add_paragraph("{{ csp.name }}").runs[0].bold = True
    d.add_paragraph("{{ today|uk_date }}")
    for line in to:
        d.add_paragraph(line)
    d.add_paragraph(f"Our reference: {{{{ review.reference }}}} · {title}").runs[0].bold = True
    for text in paragraphs:
        d.add_paragraph(text)
    d.add_paragraph("Yours sincerely,")
    d.add_paragraph("{{ sender.name }}")
    d.add_paragraph("{{ sender.job_title }}")
    finish(d, ROOT / "letters" / f"{name}.docx")


def main() -> None:
    imr()
    overview_report()
    executive_summary()
    combined_chronology()
    for name, (title, to, paragraphs) in LETTERS.items():
        letter(name, title, paragraphs, to)
    build_action_plan(ROOT / "action_plan.xlsx")
    print(f"templates written to {ROOT}")


if __name__ == "__main__":
    main()
