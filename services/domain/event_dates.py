"""Dates and times as councils type them in chronologies: UK day-first, never guessed.

Understood: `03/04/2019`, `3.4.2019`, `3 April 2019`, `Wed 3rd Apr 2019`, `April 3, 2019`,
`2019-04-03`, `2019-04-03 14:05`, a time after any of those, and `April 2019`, `04/2019` or
`2019-04` as a month-precision date. Anything ambiguous (a two-digit year, a year alone, a date
that only works month-first) or unparseable comes back as a problem naming what to write instead.
A library parser (dateutil) fills missing parts with defaults, which is the guessing this must not
do, so the grammar is written out here.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month_name>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:(?:\s*,?\s*|\s+at\s+|T)"
    r"(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*hrs)?"
    r"|\d{1,2}\s*[ap]\.?m\.?|\d{4}\s*hrs))?"
)
_ORD = r"(?:st|nd|rd|th)?"

PATTERNS = [
    ("iso", rf"(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}}){_TIME}"),
    ("iso_month", r"(?P<year>\d{4})-(?P<month>\d{1,2})"),
    (
        "numeric",
        rf"(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})[/.-](?P<year>\d{{2}}|\d{{4}}){_TIME}",
    ),
    ("numeric_month", r"(?P<month>\d{1,2})[/.-](?P<year>\d{4})"),
    (
        "text",
        rf"{_WEEKDAY}(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{2,4}}){_TIME}",
    ),
    ("text_us", rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}}){_TIME}"),
    ("text_month", rf"{_MONTH},?\s+(?P<year>\d{{2,4}})"),
]
_COMPILED = [(name, re.compile(rf"\s*{p}\s*", re.IGNORECASE)) for name, p in PATTERNS]


class DateProblem(ValueError):
    """The text is not a date we can read without guessing; the message says what to write."""


@dataclass(frozen=True)
class EventDate:
    value: date  # the first of the month when the precision is "month"
    precision: str  # "day" | "month"
    time: str | None = None  # "HH:MM", 24-hour

    @property
    def text(self) -> str:
        if self.precision == "month":
            return f"{self.value:%B %Y}"
        return f"{self.value.day} {self.value:%B %Y}"

    @property
    def month_end(self) -> date:
        last = calendar.monthrange(self.value.year, self.value.month)[1]
        return self.value.replace(day=last)

    def within(self, start: date, end: date) -> bool:
        """Inside the period; a month counts when any day of it falls inside."""
        if self.precision == "month":
            return self.value <= end and self.month_end >= start
        return start <= self.value <= end

    def sort_key(self) -> tuple[int, int, int, int, str]:
        # A month-precision date sorts before the days of its month.
        return (
            self.value.year,
            self.value.month,
            0 if self.precision == "month" else 1,
            self.value.day,
            self.time or "",
        )


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2013", "-").replace("\u2014", "-")
    return " ".join(text.split())


def parse_time(text: str | None) -> str | None:
    """ "14:05", "2.05pm", "2pm", "1405hrs" as "HH:MM"; blank as None; DateProblem otherwise."""
    if text is None or not _normalise(text):
        return None
    raw = _normalise(text).lower().replace(" ", "")
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2})(?::\d{2})?)?([ap])?\.?(?:m\.?)?(?:hrs)?", raw)
    if match is None and re.fullmatch(r"\d{4}(?:hrs)?", raw):
        match = re.fullmatch(r"(\d{2})(\d{2})()(?:hrs)?", raw)
    if match is None or (match.group(2) is None and not match.group(3)):
        raise DateProblem(f"'{text}' is not a time: write it as 14:05")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        if not 1 <= hour <= 12:
            raise DateProblem(f"'{text}' is not a time: {hour} is not an hour on a 12-hour clock")
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    if hour > 23 or minute > 59:
        raise DateProblem(f"'{text}' is not a time of day")
    return f"{hour:02d}:{minute:02d}"


def parse_event_date(value: Any) -> EventDate:
    """The date (and time, when written with it) in `value`; DateProblem when it cannot be read."""
    if isinstance(value, datetime):
        moment = value.time()
        has_time = moment != time(0, 0)
        return EventDate(value.date(), "day", f"{moment:%H:%M}" if has_time else None)
    if isinstance(value, date):
        return EventDate(value, "day")
    text = _normalise("" if value is None else str(value))
    if not text:
        raise DateProblem("The date is missing")
    for name, pattern in _COMPILED:
        match = pattern.fullmatch(text)
        if match:
            return _build(name, match, text)
    if re.fullmatch(r"\d{4}", text):
        raise DateProblem(f"'{text}' is a year only: give at least the month, e.g. April {text}")
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}", text):
        raise DateProblem(f"'{text}' has no year: write it as 03/04/2019")
    raise DateProblem(f"'{text}' is not a date we can read: write it as 03/04/2019 or April 2019")


def _build(name: str, match: re.Match[str], text: str) -> EventDate:
    parts: dict[str, Any] = match.groupdict()  # str, or None for a group that did not take part
    year_text = parts["year"]
    if len(year_text) != 4:
        raise DateProblem(
            f"'{text}' has a two-digit year, which could mean two centuries: write the year in full"
        )
    year = int(year_text)
    named = parts.get("month_name")
    month = MONTHS[named.lower()] if named else int(parts["month"])
    day_text, time_text = parts.get("day"), parts.get("time")
    day = int(day_text) if day_text else None
    if not 1 <= month <= 12:
        if day is not None and 1 <= day <= 12 and month <= 31 and name == "numeric":
            raise DateProblem(
                f"'{text}' is not a day-first date (there is no month {month}); dates are read "
                f"as day/month/year, so write {month:02d}/{day:02d}/{year} for "
                f"{month} {calendar.month_name[day]} {year}"
            )
        raise DateProblem(f"'{text}' has no month {month}")
    if day is None:
        return EventDate(date(year, month, 1), "month")
    try:
        value = date(year, month, day)
    except ValueError as exc:
        raise DateProblem(f"'{text}' is not a day of {calendar.month_name[month]} {year}") from exc
    return EventDate(value, "day", parse_time(time_text) if time_text else None)
