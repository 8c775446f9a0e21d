"""Working days skip weekends and the England and Wales bank holidays, substitutes included."""

from __future__ import annotations

from datetime import date

from services.domain.working_days import (
    add_working_days,
    bank_holidays,
    is_working_day,
    working_days_after,
)


def test_christmas_2026_falls_on_a_friday_and_boxing_day_is_moved_to_monday():
    assert not is_working_day(date(2026, 12, 25))  # Friday, Christmas Day
    assert not is_working_day(date(2026, 12, 26))  # Saturday
    assert not is_working_day(date(2026, 12, 28))  # Monday: Boxing Day (substitute day)
    assert is_working_day(date(2026, 12, 29))
    assert date(2026, 12, 28) in bank_holidays(2026)


def test_counting_across_the_bank_holiday_weekend():
    # Thursday 24 December 2026, then Friday 25 to Monday 28 are not working days.
    assert working_days_after(date(2026, 12, 24), date(2026, 12, 28)) == 0
    assert working_days_after(date(2026, 12, 24), date(2026, 12, 29)) == 1
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 29)
    assert add_working_days(date(2026, 12, 23), 3) == date(2026, 12, 30)


def test_easter_and_an_ordinary_week():
    assert not is_working_day(date(2027, 3, 26))  # Good Friday
    assert not is_working_day(date(2027, 3, 29))  # Easter Monday
    assert working_days_after(date(2027, 3, 25), date(2027, 3, 30)) == 1
    assert working_days_after(date(2026, 11, 23), date(2026, 11, 27)) == 4
    assert working_days_after(date(2026, 11, 27), date(2026, 11, 27)) == 0
