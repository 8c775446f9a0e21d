"""The combined chronology as WordprocessingML tables, one per year, spliced into a rendered report.

docxtpl's row loop is mildly super-linear (20,000 rows: about 2.6 s and 213 MB), and LibreOffice
lays out one very long table super-linearly; tables of a year each, with the header row
repeated, keep both linear. Text follows the same rules as the template engine: cleaned of what
XML cannot hold, escaped, newlines as line breaks.
"""

from __future__ import annotations

import io
import itertools
import secrets
import zipfile
from xml.sax.saxutils import escape

from services.documents.jinja_env import event_date
from services.documents.text import clean

COLUMNS = (
    ("Date", "date", 1300),
    ("Agency", "agency", 1900),
    ("Event", "event", 3600),
    ("Action and outcome", "action_outcome", 2800),
)


def token() -> str:
    return f"DHR-BLOCK-{secrets.token_hex(8).upper()}"


def _text(value) -> str:
    text = escape(clean("" if value is None else str(value))[0])
    if "\n" in text:
        text = text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    return f'<w:t xml:space="preserve">{text}</w:t>'


def _cell(width: int, value, bold: bool = False) -> str:
    style = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:r>{style}'
        f"{_text(value)}</w:r></w:p></w:tc>"
    )


def tables_xml(rows: list[dict]) -> str:
    header = (
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + "".join(_cell(w, title, bold=True) for title, _k, w in COLUMNS)
        + "</w:tr>"
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for _t, _k, w in COLUMNS)
    parts = []
    for year, group in itertools.groupby(rows, key=lambda r: str(r["date"])[:4]):
        parts.append(
            f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r>{_text(year)}</w:r></w:p>'
        )
        parts.append(
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
            f'w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{header}'
        )
        for row in group:
            values = {**row, "date": event_date(row)}
            parts.append(
                "<w:tr>" + "".join(_cell(w, values.get(k)) for _t, k, w in COLUMNS) + "</w:tr>"
            )
        parts.append("</w:tbl>")
    return "".join(parts)


def splice(package: bytes, blocks: dict[str, str]) -> bytes:
    """Replaces each paragraph holding a block's token with the block's XML."""
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        body = source.read("word/document.xml").decode("utf-8")
        for mark, xml in blocks.items():
            at = body.index(mark)
            start = max(body.rfind("<w:p>", 0, at), body.rfind("<w:p ", 0, at))
            end = body.index("</w:p>", at) + len("</w:p>")
            body = body[:start] + xml + body[end:]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                data = (
                    body.encode("utf-8")
                    if item.filename == "word/document.xml"
                    else source.read(item.filename)
                )
                target.writestr(item, data)
    return out.getvalue()
