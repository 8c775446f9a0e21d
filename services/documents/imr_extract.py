"""Finds an IMR's chronology and recommendations in its tables, whatever the author did to them.

The chronology is any table whose header names at least a date and an event column (§1.3, with
the synonyms councils use); a following table with the same header, or with the same columns and
nothing but empty paragraphs or a page break before it, continues it. Header rows may be two deep
(a merged "Date and time" over "Date" | "Time"). Every row under the header is accounted for: read,
skipped as blank, or skipped as a repeated header, and the counts say so. What was merged, extra
or missing is reported, never dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from services.documents.docx_tables import Row, Table
from services.domain.chronology import REQUIRED_COLUMNS

SYNONYMS = {
    "date": {"date", "date of contact", "date of event", "event date", "when", "date and time"},
    "time": {"time", "time of contact", "time of event"},
    "agency": {"agency", "organisation", "organization", "service", "agency name"},
    "source": {
        "source",
        "sources",
        "source of information",
        "information source",
        "record",
        "records",
        "source record",
        "record source",
        "record system",
    },
    "subject": {"subject", "subjects", "person", "person involved", "who", "subject s"},
    "practitioner_role": {
        "practitioner role",
        "practitioner",
        "role",
        "role of practitioner",
        "professional",
        "staff role",
        "practitioner job title",
    },
    "event": {
        "event",
        "events",
        "event information",
        "event or information",
        "event and information",
        "what happened",
        "details",
        "details of contact",
        "contact details",
        "description",
        "information",
        "information received",
    },
    "action_outcome": {
        "action and outcome",
        "action or outcome",
        "actions and outcomes",
        "action taken",
        "action taken and outcome",
        "outcome",
        "decision action and outcome",
        "decision and action",
    },
    "author_comment": {
        "author s comment",
        "authors comment",
        "author comment",
        "imr author s comment",
        "imr author comment",
        "comment",
        "comments",
        "analysis",
        "analytical comment",
    },
    "outside_period_reason": {
        "outside period reason",
        "reason outside period",
        "outside period",
        "reason for including",
    },
}
_LOOKUP = {synonym: key for key, synonyms in SYNONYMS.items() for synonym in synonyms}
RECOMMENDATION_HEADERS = {"recommendation", "recommendations", "single agency recommendation"}
NUMBER_HEADERS = {"no", "number", "ref", "reference", "recommendation number", ""}
LABELS = {
    "date": "Date",
    "time": "Time",
    "agency": "Agency",
    "source": "Source",
    "subject": "Subject",
    "practitioner_role": "Practitioner role",
    "event": "Event",
    "action_outcome": "Action and outcome",
    "author_comment": "Author's comment",
    "outside_period_reason": "Outside period: reason",
}


def normalise(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("/", " or ")
    return " ".join(re.sub(r"[^a-z0-9#]+", " ", text).split())


def column_key(header: str) -> str | None:
    return _LOOKUP.get(normalise(header))


@dataclass
class Mapping:
    keys: dict[int, str]  # grid column -> column key
    header_rows: int
    header_text: list[list[str]]
    extra: list[str]


@dataclass
class Found:
    """What was read from the chronology tables: raw rows, counts, and what was noticed."""

    rows: list[dict] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)
    document_rows: int = 0
    blank_rows: int = 0
    repeated_headers: int = 0
    notices: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    recommendations: list[dict] = field(default_factory=list)

    def counts(self) -> dict:
        read = len(self.rows)
        complete = read + self.blank_rows == self.document_rows
        summary = (
            f"Read {read} of the {self.document_rows} rows under the chronology header"
            + (f"; {self.blank_rows} blank rows skipped" if self.blank_rows else "")
            + (f"; {self.repeated_headers} repeated header rows" if self.repeated_headers else "")
        )
        if not complete:
            summary += (
                f". {self.document_rows - read - self.blank_rows} rows could not be accounted "
                "for: check the table in Word"
            )
        return {
            "tables": len(self.tables),
            "document_rows": self.document_rows,
            "extracted_rows": read,
            "blank_rows": self.blank_rows,
            "repeated_header_rows": self.repeated_headers,
            "complete": complete,
            "summary": summary,
        }


def header_mapping(rows: list[Row], columns: int) -> Mapping | None:
    """The column keys if the leading rows are a chronology header (date and event present).

    A title row above the header (a merged "Chronology: Demoshire Police") is passed over; a
    second header row refines the one above it (a merged "Date and time" over Date | Time).
    """
    keys: dict[int, str] = {}
    texts: dict[int, str] = {}
    header: list[list[str]] = []
    skipped = 0
    for row in rows[:4]:
        found = {}
        for cell in row.cells:
            key = column_key(str(cell.value or ""))
            for column in range(cell.column, cell.column + cell.span):
                if key:
                    found[column] = key
                    texts[column] = str(cell.value or "").strip()
                else:
                    texts.setdefault(column, str(cell.value or "").strip())
        if len(set(found.values())) < 2 and not (header and found):
            if header:
                break
            skipped += 1
            continue
        keys.update(found)
        header.append([normalise(row.text(c)) for c in range(columns)])
    if not header or not {"date", "event"} <= set(keys.values()):
        return None
    seen: set[str] = set()
    for column in sorted(keys):
        if keys[column] in seen:
            del keys[column]
        else:
            seen.add(keys[column])
    extra = [texts[c] for c in range(columns) if c not in keys and texts.get(c)]
    return Mapping(keys, skipped + len(header), header, extra)


def _is_repeat(row: Row, mapping: Mapping, columns: int) -> bool:
    if row.repeat_header:
        return True
    first = normalise(row.text(0))
    if not any(first == header[0] for header in mapping.header_text):
        return False  # the cheap test first: most rows are events
    texts = [normalise(row.text(c)) for c in range(columns)]
    return any(texts) and texts in mapping.header_text


def find_chronology(tables: list[Table]) -> Found:
    found = Found()
    current: Mapping | None = None
    previous: Table | None = None
    for table in tables:
        own = header_mapping(table.rows, table.columns)
        if own is not None:
            _read(found, table, own, own.header_rows)
            current, previous = own, table
            continue
        if (
            current is not None
            and previous is not None
            and table.follows_table
            and table.columns == previous.columns
        ):
            found.notices.append(
                f"{table.label} has no header; read as the continuation of {previous.label}"
            )
            _read(found, table, current, 0)
            previous = table
            continue
        current = previous = None
    if not found.tables:
        found.notices.append(
            "No chronology table found: a table needs a header row with at least Date and Event"
        )
    return found


def _read(found: Found, table: Table, mapping: Mapping, skip: int) -> None:
    if not found.tables:
        present = set(mapping.keys.values())
        found.missing_columns = [LABELS[k] for k in REQUIRED_COLUMNS if k not in present]
        if found.missing_columns:
            found.notices.append(
                f"The chronology has no {', '.join(found.missing_columns)} column (V9)"
            )
        if mapping.extra:
            found.notices.append(
                f"Columns not part of the chronology were ignored: {', '.join(mapping.extra)}"
            )
    found.tables.append(table.label)
    above: dict[int, object] = {}
    for row in table.rows[skip:]:
        if _is_repeat(row, mapping, table.columns):
            found.repeated_headers += 1
            continue
        found.document_rows += 1
        if row.blank:
            found.blank_rows += 1
            continue
        found.rows.append(_raw(row, mapping, table, above))


def _raw(row: Row, mapping: Mapping, table: Table, above: dict[int, object]) -> dict:
    raw: dict = {"_where": f"{table.label}, row {row.number}", "_problems": []}
    for cell in row.cells:
        value = cell.value
        columns = [c for c in range(cell.column, cell.column + cell.span) if c in mapping.keys]
        if not columns:
            continue
        if cell.continues_above:
            value = above.get(cell.column, "")
            if str(value or "").strip():
                raw["_problems"].append(
                    (
                        mapping.keys[columns[0]],
                        "Taken from the merged cell above",
                        "warning",
                    )
                )
        above[cell.column] = value
        raw[mapping.keys[columns[0]]] = value
        if len(columns) > 1:
            merged = ", ".join(LABELS[mapping.keys[c]] for c in columns)
            raw["_problems"].append(
                (
                    mapping.keys[columns[0]],
                    f"One cell spans {merged}; its text was read as "
                    f"{LABELS[mapping.keys[columns[0]]]}",
                    "warning",
                )
            )
    return raw


def find_recommendations(tables: list[Table]) -> tuple[list[dict], list[str]]:
    """Rows of every No. | Recommendation table, numbered as written or in order."""
    recommendations: list[dict] = []
    notices: list[str] = []
    for table in tables:
        if not table.rows:
            continue
        header = [normalise(table.rows[0].text(c)) for c in range(table.columns)]
        text_columns = [c for c, h in enumerate(header) if h in RECOMMENDATION_HEADERS]
        if len(text_columns) != 1 or not all(
            h in RECOMMENDATION_HEADERS or h in NUMBER_HEADERS for h in header
        ):
            continue
        number_column = next((c for c, h in enumerate(header) if h in NUMBER_HEADERS - {""}), None)
        for row in table.rows[1:]:
            if row.repeat_header or row.blank:
                continue
            text = row.text(text_columns[0])
            written = row.text(number_column) if number_column is not None else ""
            where = f"{table.label}, row {row.number}"
            if not text:
                notices.append(f"{where}: a number without a recommendation was skipped")
                continue
            recommendations.append({"written_number": written, "text": text, "where": where})
    return recommendations, notices
