"""IMR documents as authors really leave them, written as WordprocessingML.

Word splits text into runs wherever formatting or an edit session changes, keeps tracked changes
as w:ins / w:del, splits a table in two when someone puts a page break in it, and pastes tables
from other systems with merged header cells. These builders produce exactly those shapes inside
a package python-docx made, so the files also pass the upload checks.
"""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

import docx

from tests.fakes.docx_text import all_tables

HEADER = [
    "Date",
    "Time",
    "Agency",
    "Source",
    "Subject",
    "Practitioner role",
    "Event",
    "Action and outcome",
    "Author's comment",
]


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def split_runs(text: str, every: int = 3) -> str:
    """The text cut into runs of a few characters, some bold, as Word leaves edited text."""
    parts = [text[i : i + every] for i in range(0, len(text), every)]
    return "".join(
        f"<w:r>{'<w:rPr><w:b/></w:rPr>' if n % 2 else ''}"
        f'<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        for n, part in enumerate(parts)
    )


def inserted(text: str) -> str:
    return f'<w:ins w:id="1" w:author="Reviewer" w:date="2026-11-20T10:00:00Z">{run(text)}</w:ins>'


def deleted(text: str) -> str:
    return (
        '<w:del w:id="2" w:author="Reviewer" w:date="2026-11-20T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def p(inner: str = "", page_break: bool = False) -> str:
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    return f"<w:p>{inner}{brk}</w:p>"


def tc(inner: str = "", span: int = 1, vmerge: str | None = None, raw: bool = False) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    content = inner if raw else run(inner) if inner else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{content}</w:p></w:tc>"


def tr(cells: list[str], header: bool = False, deleted_row: bool = False) -> str:
    props = ""
    if header:
        props += "<w:tblHeader/>"
    if deleted_row:
        props += '<w:del w:id="3" w:author="Reviewer" w:date="2026-11-20T10:00:00Z"/>'
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def row(values: list[str]) -> str:
    return tr([tc(v) for v in values])


def table(rows: list[str], columns: int = len(HEADER)) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(columns))
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def header_row(titles: list[str] = HEADER) -> str:
    return tr([tc(t) for t in titles], header=True)


def event(
    day: str,
    text: str,
    *,
    source: str = "Case note",
    subject: str = "Victim",
    comment: str = "",
    time: str = "",
) -> list[str]:
    return [day, time, "Demoshire Police", source, subject, "PC", text, "Advice given", comment]


def recommendations(items: list[tuple[str, str]]) -> str:
    return table(
        [header_row(["No.", "Recommendation"]), *(row([n, t]) for n, t in items)], columns=2
    )


def document(*blocks: str) -> bytes:
    """A .docx whose body is the given blocks (tables and paragraphs), in order.

    The package comes from python-docx; only word/document.xml is rewritten, as text, because
    moving a large parsed table between lxml trees is quadratic.
    """
    base = io.BytesIO()
    docx.Document().save(base)
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = _with_body(data.decode("utf-8"), "".join(blocks)).encode("utf-8")
            made.writestr(item, data)
    return out.getvalue()


def _with_body(xml: str, blocks: str) -> str:
    opening = xml.index("<w:body>") + len("<w:body>")
    section = xml.index("<w:sectPr")
    return xml[:opening] + blocks + xml[section:]


WORDS = [
    "called",
    "reported",
    "visited",
    "disclosed",
    "refused",
    "attended",
    "missed",
    "referred",
    "assessed",
    "shared",
    "neighbour",
    "GP",
    "housing",
    "officer",
    "midwife",
    "school",
    "MARAC",
    "IDVA",
    "bruising",
    "threats",
    "texts",
    "money",
    "car",
    "children",
    "night",
    "weekend",
    "hospital",
    "custody",
    "bail",
    "injunction",
    "alcohol",
    "anxiety",
]


def chronology_docx(rows: int, start_year: int = 2024) -> bytes:
    """A plain IMR chronology of `rows` varied events inside two years, for size tests and benches.

    The text varies as real notes do; identical rows would compress like a zip bomb and be
    refused by the upload checks.
    """
    chooser = random.Random(rows)
    events = [
        row(
            event(
                f"{1 + n % 28:02d}/{1 + (n // 28) % 12:02d}/{start_year + (n // 336) % 2}",
                f"Contact {n + 1}: " + " ".join(chooser.choices(WORDS, k=12)) + ".",
                source=f"Case note {chooser.randrange(10_000, 99_999)}",
            )
        )
        for n in range(rows)
    ]
    return document(p(run("4. Chronology")), table([header_row(), *events]))


def author_edits(started: bytes, events: list[list[str]], recommendations: list[str] = ()) -> bytes:
    """What an author does in Word to the IMR started from the template: fills the tables."""
    made = docx.Document(io.BytesIO(started))
    for grid in all_tables(made):
        titles = [cell.text.strip() for cell in grid.rows[0].cells]
        if titles == HEADER:
            for values in events:
                for cell, value in zip(grid.add_row().cells, values, strict=True):
                    cell.text = value
        elif titles == ["No.", "Recommendation"]:
            for number, text in enumerate(recommendations, start=1):
                cells = grid.add_row().cells
                cells[0].text, cells[1].text = str(number), text
    out = io.BytesIO()
    made.save(out)
    return out.getvalue()
