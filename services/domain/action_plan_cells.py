"""A cell of an edited action-plan workbook read as a field value, or a ValueError saying why."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from services.domain.action_tracking import STATUS_LABELS, STATUSES
from services.domain.event_dates import DateProblem, parse_event_date


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        raise ValueError("A date where text belongs")
    return str(value).strip()


def day_of(value: Any) -> date | None:
    if blank(value):
        return None
    if isinstance(value, int | float):
        raise ValueError("A number where a date belongs: write it as 31/03/2027")
    try:
        found = parse_event_date(value)
    except DateProblem as exc:
        raise ValueError(str(exc)) from None
    if found.precision != "day":
        raise ValueError(f"'{value}' is a month: give the day as well, e.g. 31/03/2027")
    return found.value


def row_id(value: Any) -> int | None:
    if blank(value):
        return None
    text = text_of(value).upper().removeprefix("A")
    if not text.isdigit():
        raise ValueError(f"'{value}' is not an action id (A followed by a number)")
    return int(text)


def integer(value: Any, what: str) -> int:
    text = text_of(value)
    if not text.isdigit():
        raise ValueError(f"'{value}' is not a {what}: leave this column as it was downloaded")
    return int(text)


def status_of(value: Any) -> str:
    text = text_of(value)
    if not text:
        return "not_started"
    by_label = {label.casefold(): key for key, label in STATUS_LABELS.items()}
    key = by_label.get(text.casefold()) or text.lower()
    if key not in STATUSES:
        raise ValueError(f"Status is one of {', '.join(STATUS_LABELS.values())}")
    return key
