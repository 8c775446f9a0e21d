"""What an overview author does in Word to a report filled from the template: writes every
section the template left a prompt in, and fills the equality table. Options plant the defects
the Home Office QA panel sends reports back for."""

from __future__ import annotations

import io

import docx

from tests.fakes.docx_text import all_tables


def author_writes(
    data: bytes,
    *,
    leave_prompt: set[str] = frozenset(),
    drop_heading: str | None = None,
    equality: bool = True,
    recommendation: tuple[int, str] | None = None,
    header: str | None = None,
    comment: str | None = None,
    saved_by: str | None = None,
    added: str | None = None,
) -> bytes:
    made = docx.Document(io.BytesIO(data))
    if added:
        made.add_paragraph(added)
    if header:
        made.sections[0].header.add_paragraph(header)
    if saved_by:
        made.core_properties.author = made.core_properties.last_modified_by = saved_by
    if comment:
        made.add_comment(made.paragraphs[-1].runs or [made.paragraphs[-1].add_run("x")], comment)
    heading = ""
    for paragraph in list(made.paragraphs):
        if paragraph.style.name.startswith("Heading"):
            heading = paragraph.text
            if heading == drop_heading:
                paragraph._p.getparent().remove(paragraph._p)
            continue
        runs = [r for r in paragraph.runs if r.text.strip()]
        if runs and all(r.italic for r in runs) and heading not in leave_prompt:
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = f"What the review found, written by the author ({heading})."
            paragraph.runs[0].italic = False
    for table in all_tables(made):
        title = table.rows[0].cells[0].text.strip()
        if title == "Protected characteristic" and equality:
            for row in table.rows[1:]:
                row.cells[1].text = "Considered: no effect on how services were offered."
        if title == "No." and recommendation and len(table.columns) == 2:
            number, text = recommendation
            for row in table.rows[1:]:
                if row.cells[0].text.strip() == str(number):
                    row.cells[1].text = text
            recommendation = None  # only the first recommendations table
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()
