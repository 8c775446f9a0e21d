"""The combined chronology as WordprocessingML tables, one per year, spliced into a rendered report.

docxtpl's row loop is mildly super-linear (20,000 rows: about 2.6 s and 213 MB), and LibreOffice
lays out one very long table super-linearly; tables of a year each, with the header row
repeated, keep both linear. Text follows the same rules as the template engine: cleaned of what
XML cannot hold, escaped, newlines as line breaks.

How it stays near the cost of writing the XML by hand (bench/chronology.py): render_docx puts
in a skeleton first (the year headings, a placeholder paragraph per table), so the contents and
the region fingerprints are made over a small body (`region_lines` gives a table's lines without
building it); each year's table is made only as it is written, straight into the deflated part
(`splice`), a column's values escaped at once over one joined text.
"""

from __future__ import annotations

import io
import re
import secrets
import zipfile
from collections.abc import Callable, Mapping

from services.documents.jinja_env import event_date
from services.documents.text import clean

COLUMNS = (
    ("Date", "date", 1300),
    ("Agency", "agency", 1900),
    ("Event", "event", 3600),
    ("Action and outcome", "action_outcome", 2800),
)


WIDTH = sum(w for _t, _k, w in COLUMNS)
ROW = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"  # a row never splits across pages


def token() -> str:
    return f"DHR-BLOCK-{secrets.token_hex(8).upper()}"


def _text(value) -> str:
    return f'<w:t xml:space="preserve">{_escaped(value)}</w:t>'


def _escaped(value) -> str:
    """`value` cleaned (text.clean), escaped, its newlines as line breaks: a run's inner text."""
    text = clean("" if value is None else str(value))[0]
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", _BR)


def _cell(width: int, value, bold: bool = False) -> str:
    return _cell_open(width, bold) + _escaped(value) + _CELL_CLOSE


def _cell_open(width: int, bold: bool = False) -> str:
    style = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="20"/></w:rPr>'
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f'<w:p><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr><w:r>{style}'
        '<w:t xml:space="preserve">'
    )


_BR = '</w:t><w:br/><w:t xml:space="preserve">'
_CELL_CLOSE = "</w:t></w:r></w:p></w:tc>"
# A body row: the cells' openings (the first with the row's), each before its value.
_OPENINGS = (
    ROW + _cell_open(COLUMNS[0][2]),
    *(_CELL_CLOSE + _cell_open(w) for _t, _k, w in COLUMNS[1:]),
)
_ROW_END = _CELL_CLOSE + "</w:tr>"
_KEYS = tuple(k for _t, k, _w in COLUMNS[1:])
# What text.clean would change: XML's forbidden characters (but \x01, which joins the values
# of a column and is counted instead), \a, \f, \r.
_NEEDS_CLEANING = re.compile("[\x00\x02-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_ASCII_CONTROLS = bytes([0, *range(2, 9), *range(0x0B, 0x20)])  # the same, in ASCII


def _rows_xml(rows: list[dict], dates: dict) -> str:
    """The body rows of one year's table. Each column's values are joined into one text,
    checked, escaped and split again, so the per-value work is C's, not Python's."""

    def when(row) -> str:
        key = (row.get("date"), row.get("date_precision"), row.get("date_text"))
        found = dates.get(key)
        if found is None:
            found = dates[key] = event_date(row)
        return found

    columns = [[when(row) for row in rows]] + [
        [v if isinstance(v := row.get(key), str) else _value(v) for row in rows] for key in _KEYS
    ]
    cells = []
    for values in columns:
        text = "\x01".join(values)
        if text.count("\x01") != len(values) - 1 or _needs_cleaning(text):
            text = "\x01".join(clean(v)[0] for v in values)  # rare: cleaned one by one
        cells.append(_escape(text).split("\x01"))
    first, second, third, fourth = _OPENINGS
    rows_cells = zip(*cells, strict=True)
    return "".join(
        f"{first}{a}{second}{b}{third}{c}{fourth}{d}{_ROW_END}" for a, b, c, d in rows_cells
    )


def _needs_cleaning(text: str) -> bool:
    """Whether text.clean would change `text` (but for \x01); ASCII text is checked as bytes,
    several times faster than the expression."""
    if text.isascii():
        data = text.encode("ascii")
        return len(data.translate(None, _ASCII_CONTROLS)) != len(data)
    return _NEEDS_CLEANING.search(text) is not None


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text.replace("\n", _BR) if "\n" in text else text


def _value(value) -> str:
    return "" if value is None else str(value)


def tables_xml(rows: list[dict]) -> str:
    """Every year's heading and table, as one text (what `skeleton` and the tables make)."""
    return "".join(heading_xml(year) + table_xml(group) for year, group in years(rows))


def heading_xml(year: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r>{_text(year)}</w:r></w:p>'


def table_xml(rows: list[dict]) -> str:
    """One year's table: the header row, repeated on each page, then the rows."""
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        f"<w:tblGrid>{_GRID}</w:tblGrid>{_HEADER}{_rows_xml(rows, {})}</w:tbl>"
    )


_HEADER = (
    "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    + "".join(_cell(w, title, bold=True) for title, _k, w in COLUMNS)
    + "</w:tr>"
)
_GRID = "".join(f'<w:gridCol w:w="{w}"/>' for _t, _k, w in COLUMNS)


def years(rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """(year, its rows) for each run of rows of one year, in order."""
    found, start, year, seen = [], 0, None, {}
    for i, row in enumerate(rows):
        when = row["date"]
        row_year = seen.get(when)
        if row_year is None:
            row_year = seen[when] = str(when)[:4]
        if row_year != year:
            if year is not None:
                found.append((year, rows[start:i]))
            start, year = i, row_year
    if year is not None:
        found.append((year, rows[start:]))
    return found


def placeholder(mark: str, index: int) -> str:
    """The text of the paragraph that stands for a year's table until the last splice (fixed
    width, so no placeholder is the start of another)."""
    return f"{mark}.{index:05d}"


def skeleton(mark: str, laid: list[tuple[str, list[dict]]]) -> str:
    """The block with each year's heading and, in place of its table, a placeholder paragraph:
    what the contents and the region fingerprints are computed over, at a few kilobytes."""
    return "".join(
        heading_xml(year) + f"<w:p><w:r><w:t>{placeholder(mark, i)}</w:t></w:r></w:p>"
        for i, (year, _rows) in enumerate(laid)
    )


def region_lines(rows: list[dict]) -> list[str]:
    """The lines regions.region_text reads from a year's table (a line per cell paragraph; a
    line break is no text), without building it."""

    def line(value) -> str:
        text = clean("" if value is None else str(value))[0]
        return " ".join(text.replace("\n", "").split())

    lines = [title for title, _k, _w in COLUMNS]
    for row in rows:
        lines.append(line(event_date(row)))
        lines.extend(line(row.get(key)) for _t, key, _w in COLUMNS[1:])
    return lines


Piece = str | Callable[[], str]


def splice(package: bytes, blocks: Mapping[str, Piece], stored: bool = False) -> bytes:
    """Replaces each paragraph holding a block's token with the block's XML (a function
    giving it is called only when the token is there, and its text is written straight into
    the compressed part, so the whole body is never held as one text). Every part deflated,
    or, with `stored`, none: a package only read again by the next step."""
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        body = source.read("word/document.xml").decode("utf-8")
        spans = []
        for mark, xml in blocks.items():
            if mark not in body:  # in a part of the template the data left out
                continue
            at = body.index(mark)
            start = max(body.rfind("<w:p>", 0, at), body.rfind("<w:p ", 0, at))
            spans.append((start, body.index("</w:p>", at) + len("</w:p>"), xml))
        spans.sort(key=lambda span: span[0])
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                if item.filename != "word/document.xml":
                    target.writestr(_entry(item, stored), source.read(item.filename))
                    continue
                with target.open(_entry(item, stored, 1 if spans else None), "w") as part:
                    _write(part, body, spans)
    return out.getvalue()


def _entry(item: zipfile.ZipInfo, stored: bool, level: int | None = None) -> zipfile.ZipInfo:
    """The part's entry, stored or deflated; a spliced chronology's body at level 1: tens of
    megabytes of repetitive XML, which level 1 deflates four times faster than the default for
    about a tenth more bytes (bench/chronology.py)."""
    info = zipfile.ZipInfo(item.filename, item.date_time)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = item.external_attr
    info._compresslevel = level  # pyright: ignore[reportAttributeAccessIssue]  # as writestr sets
    return info


def _write(part, body: str, spans: list) -> None:
    """The body with each span replaced by its block, a block made only as it is written."""
    done = 0
    for start, end, xml in spans:
        part.write(body[done:start].encode("utf-8"))
        part.write((xml if isinstance(xml, str) else xml()).encode("utf-8"))
        done = end
    part.write(body[done:].encode("utf-8"))
