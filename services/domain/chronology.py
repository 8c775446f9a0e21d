"""An IMR's chronology rows (docs/rules.md, V9) and rule V9, whatever they were read from.

A row arrives as text per column (from a Word table, a worksheet or the API). `check_rows` turns
each into a normalised row and lists its problems: errors block saving the row (V9: a date inside
the period under review or a reason for going outside it, the event and its source); warnings are
for the author to look at (a subject the review does not know, a cell merged across columns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from services.domain.event_dates import DateProblem, EventDate, parse_event_date, parse_time

# §1.3: (title as the templates print it, key), in order.
TITLED_COLUMNS = (
    ("Date", "date"),
    ("Time", "time"),
    ("Agency", "agency"),
    ("Source", "source"),
    ("Subject", "subject"),
    ("Practitioner role", "practitioner_role"),
    ("Event", "event"),
    ("Action and outcome", "action_outcome"),
    ("Author's comment", "author_comment"),
)
COLUMNS = tuple(key for _title, key in TITLED_COLUMNS)
OPTIONAL_COLUMNS = ("outside_period_reason",)
REQUIRED_COLUMNS = ("date", "source", "event")
SUBJECT_ROLES = {
    "victim",
    "perpetrator",
    "child",
    "children",
    "other",
    "both",
    "family",
    "relative",
    "partner",
    "ex-partner",
    "household",
}
_OUTSIDE = re.compile(r"^\s*outside (?:the )?period\s*[:\-\u2013]\s*(?P<reason>.+)", re.I | re.S)
_SPLIT = re.compile(r"\s*(?:,|/|&|;|\band\b)\s*", re.I)
LIMITS = {"event": 20_000, "action_outcome": 20_000, "author_comment": 20_000}


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass
class Problem:
    field: str
    message: str
    severity: str = "error"  # "error" blocks saving the row (V9); "warning" does not


@dataclass
class CheckedRow:
    number: int
    where: str
    values: dict[str, Any]  # the columns' cleaned text; "time" a time or None
    when: EventDate | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocking(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def view(self) -> dict[str, Any]:
        when = self.when
        return {
            **self.values,
            "date": when.value.isoformat() if when else None,
            "date_precision": when.precision if when else None,
            "date_text": when.text if when else self.values.get("date_text"),
            "time": self.values.get("time"),
        }


def known_subjects(register: list[dict[str, Any]]) -> set[str]:
    """Every name a chronology may use for someone: roles, names, aliases and pseudonyms."""
    names = set(SUBJECT_ROLES)
    for s in register:
        names.add(s["role"].lower())
        aliases: list[str] = s.get("aliases") or []
        for name in (s.get("real_name"), s.get("pseudonym"), *aliases):
            if name:
                names.add(name.lower())
                names.update(part.lower() for part in name.split() if len(part) > 2)
    return names


def check_row(
    number: int,
    raw: dict[str, Any],
    *,
    period: Period | None,
    agency: str,
    subjects: set[str],
    where: str = "",
) -> CheckedRow:
    values: dict[str, Any] = {k: _text(raw.get(k)) for k in (*COLUMNS, *OPTIONAL_COLUMNS)}
    problems: list[Problem] = [Problem(*p) for p in raw.get("_problems", [])]
    values["agency"] = values["agency"] or agency
    when = _date(raw, values, problems)
    if values["time"] or (when and when.time):
        try:
            values["time"] = parse_time(values["time"]) or (when.time if when else None)
        except DateProblem as exc:
            problems.append(Problem("time", str(exc)))
    else:
        values["time"] = None
    reason = values["outside_period_reason"]
    if not reason:
        found = _OUTSIDE.match(values["author_comment"])
        reason = found.group("reason").strip() if found else ""
    values["outside_period_reason"] = reason or None
    if when and period and not when.within(period.start, period.end) and not reason:
        problems.append(
            Problem(
                "date",
                f"{when.text} is outside the period under review ({_uk(period.start)} to "
                f"{_uk(period.end)}): give the reason in outside_period_reason, or begin the "
                "author's comment with 'Outside period: '",
            )
        )
    for column, what in (("event", "what happened"), ("source", "the record it comes from")):
        if not values[column]:
            problems.append(Problem(column, f"Say {what} (V9)"))
    for column, limit in LIMITS.items():
        if len(values[column]) > limit:
            problems.append(Problem(column, f"Longer than {limit} characters"))
    unknown = _unknown_subjects(values["subject"], subjects)
    if unknown:
        problems.append(
            Problem(
                "subject",
                f"Not a subject of this review: {', '.join(unknown)}. Use victim, perpetrator, "
                "child or other, or a name in the review's subject register",
                "warning",
            )
        )
    return CheckedRow(number, where, values, when, problems)


def _date(raw: dict[str, Any], values: dict[str, Any], problems: list[Problem]) -> EventDate | None:
    given = raw.get("date")
    try:
        when = parse_event_date(given)
    except DateProblem as exc:
        problems.append(Problem("date", str(exc)))
        values["date_text"] = _text(given)
        return None
    if raw.get("date_precision") == "month" and when.precision == "day":
        when = EventDate(when.value.replace(day=1), "month")
    return when


def _unknown_subjects(text: str, subjects: set[str]) -> list[str]:
    if not text:
        return []
    names = [n for n in _SPLIT.split(text) if n]
    return [n for n in names if n.lower().rstrip(".") not in subjects]


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _uk(value: date) -> str:
    return f"{value.day} {value:%B %Y}"
