"""The IMR's lifecycle and its rules: V7 attestation, V8 quality assurance, overdue."""

from __future__ import annotations

from datetime import date

import pytest

from services.domain.errors import Conflict, Invalid
from services.domain.imr import (
    QA_CHECKS,
    check_attestation,
    check_qa_decision,
    imr_next,
    is_overdue,
)

TODAY = date(2026, 11, 26)


def fields(exc) -> set[str]:
    return {e.field for e in exc.value.errors}


def test_the_path_from_commissioned_to_accepted_with_a_return():
    state = "commissioned"
    for action, expected in [
        ("name_author", "in_progress"),
        ("submit", "submitted"),
        ("qa_return", "returned"),
        ("submit", "submitted"),
        ("qa_approve", "approved"),
        ("request_more", "further_work"),
        ("submit", "submitted"),
        ("qa_approve", "approved"),
        ("accept", "accepted"),
    ]:
        state = imr_next(state, action)
        assert state == expected


@pytest.mark.parametrize(
    ("state", "action"),
    [("commissioned", "submit"), ("submitted", "edit"), ("accepted", "qa_approve")],
)
def test_out_of_order_steps_are_conflicts_naming_what_is_allowed(state, action):
    with pytest.raises(Conflict, match="allowed now"):
        imr_next(state, action)


def test_overdue_until_quality_assured():
    due = date(2026, 11, 25)
    assert is_overdue("submitted", due, TODAY)
    assert not is_overdue("approved", due, TODAY)
    assert not is_overdue("in_progress", TODAY, TODAY)


def test_v7_both_statements_are_needed():
    with pytest.raises(Invalid) as exc:
        check_attestation(
            {
                "not_directly_involved": True,
                "not_line_manager_of_involved_staff": False,
                "signed_on": date(2026, 12, 1),
            },
            TODAY,
        )
    assert fields(exc) == {"not_line_manager_of_involved_staff", "signed_on"}


def test_v8_the_author_cannot_approve_and_approval_needs_every_check():
    with pytest.raises(Invalid) as exc:
        check_qa_decision(
            {"decision": "approve", "qa_checks": {"chronology_complete": True}},
            decider_id=7,
            author_id=7,
        )
    assert "decision" in fields(exc)
    assert "agency_accepts_recommendations" in fields(exc)
    assert {f"qa_checks.{k}" for k in QA_CHECKS if k != "chronology_complete"} <= fields(exc)


def test_a_return_needs_comments():
    with pytest.raises(Invalid) as exc:
        check_qa_decision({"decision": "return", "comments": " "}, decider_id=1, author_id=2)
    assert fields(exc) == {"comments"}
    check_qa_decision({"decision": "return", "comments": "Add analysis"}, decider_id=1, author_id=2)
