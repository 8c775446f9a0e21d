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
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, Twips

from scripts.docx_layout import (
    TEXT_WIDTH,
    Numbering,
    a4,
    end_mark,
    region,
    turn,
    typography,
    widths,
)
from scripts.letters import LETTERS, letter
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
# Event and action carry the text (about 45% between them); the date about 12%.
CHRONOLOGY_WEIGHTS = {
    "date": 12,
    "time": 6,
    "agency": 9,
    "source": 7,
    "subject": 7,
    "practitioner_role": 12,  # "Practitioner" on one line in bold 9 pt
    "event": 24,
    "action_outcome": 21,
    "author_comment": 10,
}
# (title, cell, width weight): every SMART column of the action plan.
ACTION_COLUMNS = [
    ("No.", "{{ row.id }}", 4),
    ("Recommendation", "{{ row.recommendation }}", 16),
    ("Scope", "{{ row.scope }}", 7),
    ("Action to take", "{{ row.action }}", 16),
    (
        "Lead agency and officer",
        "{{ row.lead_agency }}{% if row.lead_officer %}, {{ row.lead_officer }}{% endif %}",
        12,
    ),
    ("Key milestones", "{{ row.milestones }}", 12),
    ("Success measure", "{{ row.success_measure }}", 12),
    ("Target date", "{{ row.target_date|uk_date }}", 11),
    (
        "Completion date and outcome",
        "{{ row.completion_date|uk_date }}"
        "{% if row.completion_date and row.outcome %}: {% endif %}{{ row.outcome }}",
        12,
    ),
]


# -- low-level helpers ----------------------------------------------------------------------


def field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) that Word and LibreOffice update when they open it."""

    def part(kind: str):
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
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
    if placeholder:
        paragraph.add_run(placeholder)
    part("end")


def repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def table(
    document,
    headers: list[str],
    loop: str | None = None,
    cells: list[str] | None = None,
    weights: list[float] | None = None,
    landscape: bool = False,
):
    """A grid table with a repeated, bold header row; with `loop`, a docxtpl row loop.
    Column widths are fixed, in proportion to `weights` (equal when not given)."""
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
    widths(grid, weights or [1] * len(headers), landscape)
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
    widths(grid, [1, 3])


def action_table(document, landscape: bool = True) -> None:
    """Every SMART column of the action plan, as the IMR and the overview's appendix show them
    (landscape: eight columns do not fit a portrait page without breaking words)."""
    table(
        document,
        [c[0] for c in ACTION_COLUMNS],
        "row in actions",
        [value for _t, value, _w in ACTION_COLUMNS],
        [w for _t, _v, w in ACTION_COLUMNS],
        landscape,
    )


def panel_table(document) -> None:
    """Panel members as both the overview report and the executive summary list them: the
    independent chair first, then the overview author, then the agencies' members."""
    table(
        document,
        ["Name", "Role on the panel", "Job title", "Agency", "Independent"],
        "m in panel",
        [
            "{{ m.name }}",
            "{{ m.role }}",
            "{{ m.job_title }}",
            "{{ m.agency }}",
            "{{ m.independent }}",
        ],
        [3, 2.6, 3, 3, 2.4],
    )


def contributors_table(document) -> None:
    table(
        document,
        ["Agency", "Contribution"],
        "c in contributors",
        ["{{ c.agency }}", "{{ c.contribution }}"],
        [1, 1],
    )


def pairs(document, rows: list[tuple[str, str]], weights=(2, 3), landscape: bool = False):
    grid = document.add_table(rows=0, cols=2)
    grid.style = "Table Grid"
    for label, value in rows:
        cells = grid.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    widths(grid, list(weights), landscape)
    return grid


def guidance(document, text: str) -> None:
    """Italic prompt for the author, outside the data regions: the author writes over it."""
    document.add_paragraph().add_run(text).italic = True


def heading(document, key: str, level: int = 1) -> None:
    document.add_paragraph(f"{{{{ h.{key} }}}}", style=f"Heading {level}")


def numbered(document, numbering: Numbering, loop: str, item: str) -> None:
    """A numbered list from a Jinja loop, its numbering starting at 1."""
    num_id = numbering.restart()
    document.add_paragraph(f"{{%p for {loop} %}}")
    numbering.paragraph(document, item, num_id)
    document.add_paragraph("{%p endfor %}")


def contents(document) -> None:
    """The table of contents: a TOC field the service fills with the headings when it renders
    (services/documents/contents.py) and numbers when it converts to PDF."""
    heading(document, "contents")
    field(document.add_paragraph(style="TOC 1"), 'TOC \\o "1-2" \\h \\z \\u', "")


def toc_styles(document, landscape: bool) -> None:
    width = TEXT_WIDTH[landscape]
    for level in (1, 2):
        name = f"TOC {level}"
        try:
            style = document.styles[name]
        except KeyError:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.tab_stops.add_tab_stop(
            Twips(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        style.element.get_or_add_pPr()
        style.element.set(qn("w:customStyle"), "0")


def new_document(name: str, landscape: bool = False, furniture: bool = True):
    document = Document()
    typography(document)
    toc_styles(document, landscape)
    section = document.sections[0]
    a4(section, landscape)
    marking = section.header.paragraphs[0]
    marking.text = "{{ marking }}"
    marking.alignment = WD_ALIGN_PARAGRAPH.CENTER
    marking.runs[0].bold = True
    footer = section.footer.paragraphs[0]
    if furniture:
        footer.text = f"{{{{ review.reference }}}} · {name} · version {{{{ version }}}} · page "
    else:
        footer.text = "Page "
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    properties = document.core_properties
    properties.author = properties.last_modified_by = "DHR add-in"
    properties.created = properties.modified = FIXED
    properties.title = name
    properties.language = "en-GB"
    properties.revision = 1
    return document


def finish(document, path: Path) -> None:
    """The hidden end mark whose survival proves the render was not truncated; then save."""
    end_mark(document)
    buffer = io.BytesIO()
    document.save(buffer)
    write_reproducibly(buffer.getvalue(), path)


# -- the templates ----------------------------------------------------------------------------


def imr() -> None:
    d = new_document("Individual Management Review")
    numbering = Numbering(d)
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Individual Management Review: {{ agency.name }}", style="Subtitle")
    heading(d, "front_sheet")
    with region(d, "front_sheet", "Front sheet (filled from the review)"):
        imr_front_sheet(d)
    heading(d, "introduction")
    guidance(
        d,
        "The purpose of this IMR, the agency's role and services, and how the agency "
        "came into contact with the subjects.",
    )
    heading(d, "terms_of_reference")
    with region(d, "terms_of_reference", "Terms of reference (filled from the review)"):
        d.add_paragraph(
            "The review's terms of reference, agreed on {{ terms.agreed_on|uk_date }}, "
            "cover {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }}. "
            "The key lines of enquiry are:"
        )
        numbered(d, numbering, "line in terms.lines_of_enquiry", "{{ line }}")
    guidance(d, "Add any agency-specific questions set by the panel.")
    heading(d, "methodology")
    guidance(
        d,
        "Records examined, staff interviewed, and the policies and procedures in "
        "force at the time.",
    )
    turn(d, landscape=True)
    heading(d, "chronology")
    with region(d, "chronology", "Chronology (filled from the agency's chronology)"):
        table(
            d,
            [c[0] for c in CHRONOLOGY_COLUMNS],
            "row in chronology",
            [
                f"{{{{ row.{k} }}}}" if k != "date" else "{{ row|event_date }}"
                for _, k in CHRONOLOGY_COLUMNS
            ],
            [CHRONOLOGY_WEIGHTS[k] for _, k in CHRONOLOGY_COLUMNS],
            landscape=True,
        )
    turn(d, landscape=False)
    imr_analysis(d)
    heading(d, "recommendations")
    with region(d, "recommendations", "This agency's recommendations (filled from the IMR)"):
        table(
            d,
            ["No.", "Recommendation"],
            "rec in recommendations",
            ["{{ rec.number }}", "{{ rec.text }}"],
            [1, 9],
        )
    turn(d, landscape=True)
    heading(d, "action_plan")
    with region(d, "action_plan", "This agency's action plan (filled from the action plan)"):
        action_table(d)
    turn(d, landscape=False)
    imr_sign_off(d)
    finish(d, ROOT / "imr.docx")


def imr_front_sheet(d) -> None:
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
            ("Version and status", "{{ version }}, {{ imr.status }}"),
        ],
    )


def imr_analysis(d) -> None:
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


def imr_sign_off(d) -> None:
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
    d.add_paragraph("Quality assurance", style="Heading 2")
    pairs(d, [(check, "Yes / No") for check in QA_CHECKS])
    pairs(
        d,
        [
            ("QA decision", "Approved / Returned to the author"),
            ("QA comments", ""),
            ("The agency accepts the findings and recommendations of this IMR", "Yes / No"),
        ],
    )


def overview_report() -> None:
    d = new_document("Overview report")
    numbering = Numbering(d)
    overview_front(d)
    overview_process(d, numbering)
    overview_people(d)
    overview_findings(d)
    overview_appendices(d, numbering)
    finish(d, ROOT / "overview_report.docx")


def overview_front(d) -> None:
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Overview Report into the death of {{ victim.pseudonym }}", style="Subtitle")
    with region(d, "front_sheet", "Title page (filled from the review)"):
        pairs(
            d,
            [
                ("Community Safety Partnership", "{{ csp.name }}"),
                ("Month and year of death", "{{ review.date_of_death|month_year }}"),
                ("Independent chair", "{{ chair.name }}"),
                ("Author of the overview report", "{{ author.name }}"),
            ],
        )
    d.add_page_break()
    heading(d, "tribute")
    guidance(
        d,
        "Condolences to the family, and a tribute or pen-portrait of "
        "{{ victim.pseudonym }} written with the family where they want one.",
    )
    contents(d)
    heading(d, "glossary")
    with region(d, "glossary", "Glossary"):
        table(
            d,
            ["Term", "Meaning"],
            "term in glossary",
            ["{{ term.term }}", "{{ term.meaning }}"],
            [1, 3],
        )
    d.add_page_break()


def overview_process(d, numbering: Numbering) -> None:
    heading(d, "introduction")
    d.add_paragraph(
        "This report examines the agencies' contact with {{ victim.pseudonym }} "
        "before {{ victim.possessive }} death in {{ review.date_of_death|month_year }}."
        " The review was commissioned by {{ csp.name }} under section 9 of the "
        "Domestic Violence, Crime and Victims Act 2004, to identify the lessons to "
        "be learnt."
    )
    heading(d, "timescales")
    with region(d, "timescales", "Timescales (filled from the review)"):
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
            [1, 1, 3],
        )
        d.add_paragraph("{%p endif %}")
    heading(d, "confidentiality")
    d.add_paragraph(
        "The findings of this review are confidential until publication. "
        "Pseudonyms are used throughout."
    )
    with region(d, "pseudonyms", "Pseudonyms (filled from the subject register)"):
        d.add_paragraph("{%p if family.pseudonyms_chosen_by %}")
        d.add_paragraph("The pseudonyms were chosen by {{ family.pseudonyms_chosen_by }}.")
        d.add_paragraph("{%p endif %}")
        table(
            d,
            [
                "Pseudonym",
                "Relationship to the victim",
                "Age at the time of the death",
                "Ethnicity",
            ],
            "p in pseudonyms",
            ["{{ p.pseudonym }}", "{{ p.relationship }}", "{{ p.age }}", "{{ p.ethnicity }}"],
            [2, 3, 2, 3],
        )
    heading(d, "terms_of_reference")
    with region(d, "terms_of_reference", "Terms of reference (filled from the review)"):
        d.add_paragraph(
            "Period under review: {{ terms.period_from|uk_date }} to "
            "{{ terms.period_to|uk_date }}. Agreed on {{ terms.agreed_on|uk_date }}."
        )
        numbered(d, numbering, "line in terms.lines_of_enquiry", "{{ line }}")
    heading(d, "methodology")
    guidance(
        d,
        "How the review worked: IMRs, other reports, chronology, interviews, panel "
        "meetings, research used.",
    )
    heading(d, "family")
    with region(d, "family", "Family involvement (filled from the family contacts)"):
        overview_family(d)
    guidance(
        d,
        "How the family's and others' contributions shaped the report; if people were not "
        "involved, why.",
    )


def overview_family(d) -> None:
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
        [3, 2, 2, 3, 2],
    )
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("{%p if family.restricted %}")
    d.add_paragraph(
        "{{ family.restricted }} further people were approached; for their safety their "
        "details are held by the independent chair."
    )
    d.add_paragraph("{%p endif %}")
    d.add_paragraph("{{ family.pseudonym_choice }}")
    d.add_paragraph("{{ family.draft }}")
    d.add_paragraph("{%p for c in family.comments %}")
    d.add_paragraph("{{ c }}", style="List Bullet")
    d.add_paragraph("{%p endfor %}")


def overview_people(d) -> None:
    heading(d, "contributors")
    with region(d, "contributors", "Contributors (filled from the IMRs)"):
        contributors_table(d)
    d.add_paragraph(
        "The authors of the IMRs were independent of the case: none had been "
        "directly involved with the victim, the perpetrator or their families, or "
        "line-managed staff whose work was reviewed."
    )
    heading(d, "panel")
    with region(d, "panel", "Panel members (filled from the panel)"):
        panel_table(d)
    heading(d, "author")
    with region(d, "author", "Chair and author (filled from the panel)"):
        independence(d)
    heading(d, "parallel_reviews")
    with region(d, "parallel_reviews", "Parallel reviews (filled from the review)"):
        d.add_paragraph("{%p for p in proceedings %}")
        d.add_paragraph("{{ p.kind }}: {{ p.description }}", style="List Bullet")
        d.add_paragraph("{%p endfor %}")
        d.add_paragraph("{%p if not proceedings %}")
        d.add_paragraph("There were no parallel proceedings.")
        d.add_paragraph("{%p endif %}")
    heading(d, "equality")
    guidance(
        d,
        "For each of the nine protected characteristics, whether and how it was relevant to "
        "how agencies responded, or not applicable with the reason. Then consider "
        "intersectionality (how characteristics combined) and other vulnerabilities such as "
        "language, immigration status, substance use, mental health and isolation.",
    )
    protected_characteristics(d, "Analysis, or not applicable with the reason")
    d.add_paragraph("Intersectionality", style="Heading 2")
    guidance(d, "How the characteristics above combined in the victim's and others' lives.")
    d.add_paragraph("Other vulnerabilities", style="Heading 2")
    guidance(d, "Language, immigration status, substance use, mental health, isolation.")
    heading(d, "dissemination")
    with region(d, "dissemination", "Dissemination (filled from the review)"):
        d.add_paragraph("{%p for r in dissemination %}")
        d.add_paragraph("{{ r }}", style="List Bullet")
        d.add_paragraph("{%p endfor %}")


def independence(d) -> None:
    """Independence statements for the chair and the overview author (one paragraph each
    when the same person holds both roles)."""
    d.add_paragraph("{%p for person in independence %}")
    d.add_paragraph("{{ person.heading }}", style="Heading 2")
    d.add_paragraph("{{ person.statement }}")
    d.add_paragraph("{{ person.background }}")
    d.add_paragraph("{{ person.training }}")
    d.add_paragraph("{%p endfor %}")


def overview_findings(d) -> None:
    for key, prompt in (
        ("background", "A short account of the homicide and the relationships."),
        (
            "chronology",
            "A narrative of the key episodes. The full combined chronology is not part of "
            "the report unless the panel decides to include it as an appendix.",
        ),
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
            with region(d, "key_episodes", "Key episodes (from the combined chronology)"):
                key_episodes(d)
    heading(d, "recommendations")
    with region(d, "recommendations", "Recommendations (filled from the recommendations)"):
        d.add_paragraph("Overview recommendations", style="Heading 2")
        table(
            d,
            ["No.", "Recommendation"],
            "rec in recommendations",
            ["{{ rec.number }}", "{{ rec.text }}"],
            [1, 9],
        )
        d.add_paragraph("Single-agency recommendations", style="Heading 2")
        table(
            d,
            ["Agency", "No.", "Recommendation"],
            "rec in agency_recommendations",
            ["{{ rec.agency }}", "{{ rec.number }}", "{{ rec.text }}"],
            [3, 1, 8],
        )


def key_episodes(d) -> None:
    d.add_paragraph("{%p for e in key_episodes %}")
    paragraph = d.add_paragraph()
    paragraph.add_run("{{ e|event_date }}").bold = True
    paragraph.add_run(": {{ e.summary }}")
    d.add_paragraph("{%p endfor %}")
    d.add_paragraph("{%p if not key_episodes %}")
    d.add_paragraph("The panel has not yet chosen the key episodes.")
    d.add_paragraph("{%p endif %}")


def overview_appendices(d, numbering: Numbering) -> None:
    turn(d, landscape=True)
    heading(d, "appendix_action_plan")
    with region(d, "appendix_action_plan", "Action plan (filled from the action plan)"):
        action_table(d)
    turn(d, landscape=False)
    heading(d, "appendix_terms")
    with region(d, "appendix_terms", "Terms of reference (filled from the review)"):
        d.add_paragraph(
            "Period under review: {{ terms.period_from|uk_date }} to {{ terms.period_to|uk_date }}."
        )
        numbered(d, numbering, "line in terms.lines_of_enquiry", "{{ line }}")
    heading(d, "appendix_qa_letter")
    guidance(
        d,
        "The Home Office Quality Assurance Panel's letter, inserted here when it is received.",
    )
    with region(d, "appendix_chronology", "Combined chronology (when the panel includes it)"):
        d.add_paragraph("{%p if chronology_appendix %}")
        heading(d, "appendix_chronology")
        d.add_paragraph(
            "The panel decided to include the combined chronology. It uses the same pseudonyms "
            "as the report."
        )
        d.add_paragraph("{{ chronology_tables }}")
        d.add_paragraph("{%p endif %}")
        d.add_paragraph()  # the region is never empty, so Word keeps it


def executive_summary() -> None:
    d = new_document("Executive summary")
    numbering = Numbering(d)
    d.add_paragraph("{{ review.title }}", style="Title")
    d.add_paragraph("Executive Summary: the death of {{ victim.pseudonym }}", style="Subtitle")
    heading(d, "process")
    with region(d, "process", "The review process (filled from the review)"):
        d.add_paragraph(
            "{{ csp.name }} commissioned this review after the death of "
            "{{ victim.pseudonym }} in {{ review.date_of_death|month_year }}. The CSP was "
            "notified on {{ timescales.notified_on|uk_date }} and decided to hold a "
            "review on {{ timescales.decided_on|uk_date }}."
        )
    heading(d, "contributors")
    with region(d, "contributors", "Contributors (filled from the IMRs)"):
        contributors_table(d)
    heading(d, "panel")
    with region(d, "panel", "Panel members (filled from the panel)"):
        panel_table(d)
    heading(d, "author")
    with region(d, "author", "Chair and author (filled from the panel)"):
        d.add_paragraph(
            "The independent chair of the review was {{ chair.name }}"
            "{% if author.name != chair.name %} and the overview report was written by "
            "{{ author.name }}{% else %}, who also wrote the overview report{% endif %}."
        )
        independence(d)
    heading(d, "terms_of_reference")
    with region(d, "terms_of_reference", "Terms of reference (filled from the review)"):
        numbered(d, numbering, "line in terms.lines_of_enquiry", "{{ line }}")
    heading(d, "chronology")
    guidance(d, "A short narrative of the key events.")
    with region(d, "key_episodes", "Key episodes (from the combined chronology)"):
        key_episodes(d)
    for key, prompt in (
        ("key_issues", "The main findings."),
        ("conclusions", "Consistent with the overview report."),
        ("lessons", "Consistent with the overview report."),
    ):
        heading(d, key)
        guidance(d, prompt)
    heading(d, "recommendations")
    with region(d, "recommendations", "Recommendations (filled from the recommendations)"):
        table(
            d,
            ["No.", "Recommendation"],
            "rec in recommendations",
            ["{{ rec.number }}", "{{ rec.text }}"],
            [1, 9],
        )
    finish(d, ROOT / "executive_summary.docx")


def combined_chronology() -> None:
    """The combined chronology on its own, for the panel; never for publication (V17)."""
    d = new_document("Combined chronology")
    d.add_paragraph("{{ review.title }}: combined chronology", style="Title")
    d.add_paragraph(
        "Every row of the accepted IMRs, in date order. Not for publication: the raw "
        "chronology never leaves the review team."
    )
    d.add_paragraph("{{ chronology_tables }}")
    finish(d, ROOT / "combined_chronology.docx")


def main() -> None:
    imr()
    overview_report()
    executive_summary()
    combined_chronology()
    for name, spec in LETTERS.items():
        title = spec.title if "{{" not in spec.title else "A review following a death"
        document = new_document(title, furniture=False)
        letter(document, spec)
        finish(document, ROOT / "letters" / f"{name}.docx")
    build_action_plan(ROOT / "action_plan.xlsx")
    print(f"templates written to {ROOT}")


if __name__ == "__main__":
    main()
