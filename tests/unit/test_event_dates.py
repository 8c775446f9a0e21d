"""Chronology dates as councils type them: UK day-first, and nothing ambiguous guessed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.domain.event_dates import DateProblem, EventDate, parse_event_date, parse_time

DAY = date(2019, 4, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/04/2019", EventDate(DAY, "day")),
        ("3/4/2019", EventDate(DAY, "day")),
        ("03.04.2019", EventDate(DAY, "day")),
        ("3 April 2019", EventDate(DAY, "day")),
        ("Wed 3rd Apr 2019", EventDate(DAY, "day")),
        ("3rd of April, 2019", EventDate(DAY, "day")),
        ("April 3, 2019", EventDate(DAY, "day")),
        ("2019-04-03", EventDate(DAY, "day")),
        ("2019-04-03 14:05", EventDate(DAY, "day", "14:05")),
        ("2019-04-03T09:30", EventDate(DAY, "day", "09:30")),
        ("03/04/2019 2.05pm", EventDate(DAY, "day", "14:05")),
        ("3 April 2019 at 1405hrs", EventDate(DAY, "day", "14:05")),
        ("April 2019", EventDate(date(2019, 4, 1), "month")),
        ("Sept 2019", EventDate(date(2019, 9, 1), "month")),
        ("04/2019", EventDate(date(2019, 4, 1), "month")),
        ("2019-04", EventDate(date(2019, 4, 1), "month")),
        ("  3   april   2019 ", EventDate(DAY, "day")),
    ],
)
def test_forms_councils_type(text, expected):
    assert parse_event_date(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "missing"),
        ("03/04/19", "two-digit year"),
        ("3 April 19", "two-digit year"),
        ("2019", "year only"),
        ("03/04", "no year"),
        ("04/13/2019", "write 13/04/2019"),
        ("31/02/2019", "not a day of February 2019"),
        ("the week after", "not a date we can read"),
        ("Spring 2019", "not a date we can read"),
        ("3 April 2019 25:00", "not a time of day"),
    ],
)
def test_ambiguous_or_unreadable_dates_are_reported_not_guessed(text, says):
    with pytest.raises(DateProblem, match=says):
        parse_event_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14:05", "14:05"), ("9.30", "09:30"), ("2pm", "14:00"), ("12am", "00:00"), ("", None)],
)
def test_times(text, expected):
    assert parse_time(text) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_written_three_ways_reads_back(day):
    for text in (f"{day:%d/%m/%Y}", f"{day.day} {day:%B %Y}", day.isoformat()):
        assert parse_event_date(text) == EventDate(day, "day")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_a_month_sorts_before_its_days_and_overlaps_its_period(day):
    month = parse_event_date(f"{day:%B %Y}")
    assert month.precision == "month"
    assert month.sort_key() < EventDate(day, "day").sort_key()
    assert month.within(day, day)
