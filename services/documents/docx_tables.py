"""The tables of a .docx as people leave them: text as shown, merged cells on the grid.

Reads word/document.xml with lxml (python-docx is several times slower on long tables and hides
tracked changes). Text is what Word shows with changes accepted: insertions kept, deletions and
moved-from text dropped, rows deleted with tracking left out, field codes skipped, text split
across runs joined. Horizontal merges (gridSpan) and vertical merges (vMerge) are kept as facts
on each cell so the reader can say what it did with them. Stored versions have already passed the
upload checks (no DTD, bounded sizes); the parser is hardened all the same.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

import lxml.etree as etree  # lxml ships no stubs: pyright cannot see its compiled etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIP = {f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText", f"{W}delInstrText"}
PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


@dataclass
class Cell:
    value: object  # str from Word; str, number or datetime from a worksheet
    column: int  # first grid column, 0-based
    span: int = 1
    continues_above: bool = False  # the lower part of a vertical merge


@dataclass
class Row:
    cells: list[Cell]
    number: int  # 1-based within its table
    repeat_header: bool = False

    def text(self, column: int) -> str:
        for cell in self.cells:
            if cell.column <= column < cell.column + cell.span:
                return "" if cell.value is None else str(cell.value).strip()
        return ""

    @property
    def blank(self) -> bool:
        return all(not str(c.value or "").strip() for c in self.cells)


@dataclass
class Table:
    index: int  # 1-based among the document's tables (or the workbook's sheets)
    rows: list[Row]
    label: str = ""
    # True when only empty paragraphs or page breaks separate it from the table before.
    follows_table: bool = False
    columns: int = field(default=0)


def read_tables(data: bytes) -> list[Table]:
    """Every top-level table of the document body, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"), PARSER)
    body = root.find(f"{W}body")
    tables: list[Table] = []
    gap_is_empty = False
    for element in _blocks(body):
        if element.tag == f"{W}tbl":
            table = read_table(element, len(tables) + 1)
            table.follows_table = bool(tables) and gap_is_empty
            tables.append(table)
            gap_is_empty = True
        elif element.tag == f"{W}p" and paragraph_text(element).strip():
            gap_is_empty = False
    return tables


def _blocks(parent):
    """Paragraphs and tables of the body, looking through content controls."""
    for child in parent:
        if child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag in (f"{W}p", f"{W}tbl"):
            yield child


def _own(parent, tag: str):
    """Children named `tag`, including those wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            inner = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if inner is not None:
                yield from _own(inner, tag)


def read_table(tbl, index: int) -> Table:
    rows = []
    columns = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
    for number, tr in enumerate(_own(tbl, f"{W}tr"), start=1):
        properties = tr.find(f"{W}trPr")
        if properties is not None and properties.find(f"{W}del") is not None:
            continue  # a row deleted with track changes on
        column = _int(properties, "gridBefore", 0)
        cells = []
        for tc in _own(tr, f"{W}tc"):
            cell_properties = tc.find(f"{W}tcPr")
            span = _int(cell_properties, "gridSpan", 1)
            merge = cell_properties.find(f"{W}vMerge") if cell_properties is not None else None
            continues = merge is not None and merge.get(f"{W}val", "continue") == "continue"
            text = "\n".join(paragraph_text(p) for p in tc.iter(f"{W}p")).strip()
            cells.append(Cell(text, column, span, continues))
            column += span
        header = properties is not None and properties.find(f"{W}tblHeader") is not None
        rows.append(Row(cells, number, header))
        columns = max(columns, column)
    return Table(index, rows, f"table {index}", columns=columns)


def _int(properties, name: str, default: int) -> int:
    if properties is None:
        return default
    found = properties.find(f"{W}{name}")
    try:
        return int(found.get(f"{W}val")) if found is not None else default
    except (TypeError, ValueError):
        return default


def paragraph_text(paragraph) -> str:
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            if child.get(f"{W}type") not in ("page", "column"):
                parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        else:
            _collect(child, parts)
