"""Calendar-month arithmetic and the review's deadlines (V3, V5, V10)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.domain.deadlines import DeadlineFacts, add_months, review_deadlines
from services.domain.guidance import DEFAULT_FILE, load_guidance

RULES = load_guidance().rules("2016")


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2100, 1, 31), 1, date(2100, 2, 28)),  # century, not a leap year
        (date(2000, 1, 31), 1, date(2000, 2, 29)),  # 400-year rule: a leap year
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 7, 31), 6, date(2027, 1, 31)),
        (date(2026, 2, 28), 1, date(2026, 3, 28)),
    ],
)
def test_add_months_clamps_to_month_end(start, months, expected):
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)), st.integers(0, 36))
def test_add_months_lands_in_the_right_month_never_later_in_it(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    assert result.day <= start.day


def facts(**changes) -> DeadlineFacts:
    base = {
        "date_of_death": date(2026, 1, 31),
        "notified_on": date(2026, 2, 2),
        "anchor": "date_of_death",
    }
    return DeadlineFacts(**{**base, **changes})


def test_decision_and_terms_due_one_month_after_death():
    found = review_deadlines(RULES, facts())
    assert found["decision"].due == date(2026, 2, 28)
    assert found["terms_of_reference"].due == date(2026, 2, 28)
    assert "overview_report" not in found


def test_anchor_can_be_the_notification():
    assert review_deadlines(RULES, facts(anchor="notified_on"))["decision"].due == date(2026, 3, 2)


def test_overview_due_six_months_after_decision_unless_extended():
    decided = facts(decided_on=date(2026, 8, 31), proceeding=True)
    assert review_deadlines(RULES, decided)["overview_report"].due == date(2027, 2, 28)
    extended = facts(
        decided_on=date(2026, 8, 31),
        proceeding=True,
        extended_overview_due=date(2027, 6, 30),
        extension_reason="Trial",
    )
    overview = review_deadlines(RULES, extended)["overview_report"]
    assert overview.due == date(2027, 6, 30)
    assert overview.basis == "agreed extension: Trial"


def test_no_overview_deadline_for_a_no_review_decision():
    found = review_deadlines(RULES, facts(decided_on=date(2026, 2, 20), proceeding=False))
    assert "overview_report" not in found


def test_view_shows_days_left_overdue_and_lateness():
    decision = review_deadlines(RULES, facts())["decision"]
    assert decision.view(date(2026, 2, 20))["days_left"] == 8
    assert decision.view(date(2026, 2, 28))["overdue"] is False
    assert decision.view(date(2026, 3, 1))["overdue"] is True
    late = review_deadlines(RULES, facts(decided_on=date(2026, 3, 5)))["decision"]
    view = late.view(date(2026, 11, 26))
    assert view["overdue"] is False and view["met_late"] is True and view["days_left"] is None


def test_time_limits_come_from_the_guidance_version(tmp_path):
    custom = tmp_path / "guidance.toml"
    source = DEFAULT_FILE.read_text()
    custom.write_text(source.replace("overview_months = 6", "overview_months = 12"))
    rules = load_guidance(custom).rules("2024-draft")
    decided = facts(decided_on=date(2026, 2, 20), proceeding=True)
    assert review_deadlines(rules, decided)["overview_report"].due == date(2027, 2, 20)
