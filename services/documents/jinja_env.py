"""The only Jinja environment templates are rendered in: sandboxed, autoescaped, strict."""

from __future__ import annotations

from datetime import date, datetime

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment


def uk_date(value) -> str:
    """26 November 2026; blank when there is no date yet."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {value:%B %Y}"


def month_year(value) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{value:%B %Y}"


def event_date(row) -> str:
    """A chronology row's date as written: "3 April 2019", or "April 2019" for a month."""
    if not isinstance(row, dict):
        return uk_date(row)
    if row.get("date_text"):
        return str(row["date_text"])
    if row.get("date_precision") == "month":
        return month_year(row.get("date"))
    return uk_date(row.get("date"))


def join_list(values, last: str = " and ") -> str:
    items = [str(v) for v in values or [] if v not in (None, "")]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


def pseudonym(subject) -> str:
    """A person as the report may name them: their agreed pseudonym, never a blank."""
    chosen = (subject or {}).get("pseudonym") if isinstance(subject, dict) else None
    return chosen or "[pseudonym to be agreed]"


def _blank_for_none(value):
    """An empty value prints as nothing, never as "None"."""
    return "" if value is None else value


def make_environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=True, undefined=StrictUndefined, finalize=_blank_for_none
    )
    env.filters.update(
        uk_date=uk_date,
        month_year=month_year,
        event_date=event_date,
        join_list=join_list,
        pseudonym=pseudonym,
    )
    return env
