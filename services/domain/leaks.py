"""V16 findings: the one function every gate runs (the anonymity scan, the pre-submission check,
the publication pack's Word and PDF stages), over text records of any source.

A record is anything with `part`, `node`, `text` and `paragraph` (services.documents
.package_text.TextRecord, or the PDF's records). Each finding says where the text is (part,
paragraph, node), the text as written and around it, and which characters disguised it; the
register's own words (`term`, `who`) are kept apart so `for_reader` can leave them out for
someone who may not read the register.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

from services.domain.anonymity import Match, Scanner, context, quasi_identifiers
from services.domain.canonical import CELL_BREAK, JOINED, ROW, tokens
from services.domain.service_dates import window

REGISTER_ONLY = ("term", "who")
VISIBLE_TEXT = "text"


def findings(
    scanner: Scanner,
    records: Iterable[Any],
    windows: frozenset[str] | set[str] = frozenset(),
    allowance: Counter[str] | None = None,
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """(findings, how many registered dates were the service's own text, by term).

    `windows` are the service's own date windows for this document; `allowance` says how many
    of each registered date the Word stage found in the service's own text, for a stage (the PDF)
    whose text cannot be placed paragraph by paragraph."""
    records = list(records)
    found: list[dict[str, Any]] = []
    own: Counter[str] = Counter()
    allowance = Counter(allowance or {})
    neighbours = _Neighbours(records)
    for index, record in enumerate(records):
        for match in scanner.find(record.text):
            spans = CELL_BREAK in record.text[match.start : match.end]
            if record.node in (ROW, JOINED) and not spans:
                continue  # within one cell or paragraph: its own record has it
            if match.term.is_date:
                if windows and neighbours.window(index, match.start, match.end) in windows:
                    own[match.term.text] += 1
                    continue
                if allowance[match.term.text] > 0:
                    allowance[match.term.text] -= 1
                    continue
            found.append(_finding(record, match))
    return found, own


def warnings(
    records: Iterable[Any], windows: frozenset[str] | set[str] = frozenset()
) -> list[dict[str, Any]]:
    """Quasi-identifiers in the paragraphs' visible text; the service's own dates left out."""
    records = list(records)
    neighbours = _Neighbours(records)
    found: list[dict[str, Any]] = []
    for index, record in enumerate(records):
        if record.node != VISIBLE_TEXT:
            continue
        for warning in quasi_identifiers(record.text):
            at = record.text.lower().find(warning["text"])
            if (
                warning["kind"] == "exact_date"
                and windows
                and neighbours.window(index, at, at + len(warning["text"])) in windows
            ):
                continue
            found.append({"part": record.part, "paragraph": record.paragraph, **warning})
    return found


def unreadable_finding(part: str, reason: str) -> dict[str, Any]:
    return {
        "part": part,
        "paragraph": None,
        "node": "part",
        "kind": "unreadable",
        "text": "",
        "context": "",
        "message": f"This part cannot be read as text: {reason}. Nothing unread is ever "
        "published: remove it from the document",
    }


def for_reader(finding: dict[str, Any], may_read_register: bool) -> dict[str, Any]:
    if may_read_register:
        return finding
    return {k: v for k, v in finding.items() if k not in REGISTER_ONLY}


def message(kind: str) -> str:
    if kind == "name":
        return "A name on the review's register"
    return f"A sensitive term on the review's register ({kind.replace('_', ' ')})"


def _finding(record: Any, match: Match) -> dict[str, Any]:
    written = record.text[match.start : match.end].replace(CELL_BREAK, " | ")
    found = {
        "part": record.part,
        "paragraph": record.paragraph,
        "node": record.node,
        "kind": match.term.kind,
        "text": written,
        "context": context(record.text, match.start, match.end).replace(CELL_BREAK, " | "),
        "message": message(match.term.kind),
        "term": match.term.text,
        "who": match.term.who,
    }
    disguised = sorted({_describe(c) for c in written if not (c.isascii() and c.isprintable())})
    if disguised:
        found["disguised"] = disguised
    return found


def _describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"


class _Neighbours:
    """The visible-text paragraphs of each part in order, for a date's window."""

    def __init__(self, records: list[Any]):
        self.records = records
        self.order: dict[int, tuple[list[int], int]] = {}
        by_part: dict[str, list[int]] = {}
        for index, record in enumerate(records):
            if record.node == VISIBLE_TEXT:
                members = by_part.setdefault(record.part, [])
                self.order[index] = (members, len(members))
                members.append(index)

    def window(self, index: int, start: int, end: int) -> str | None:
        if index not in self.order:
            return None
        members, at = self.order[index]
        text = self.records[index].text
        before = tokens(self.records[members[at - 1]].text) if at else []
        after = tokens(self.records[members[at + 1]].text) if at + 1 < len(members) else []
        head, body = tokens(text[:start]), tokens(text[start:end])
        words = head + body + tokens(text[end:])
        return window(before, words, len(head), len(head) + len(body), after)
