"""Rules for the CSP chair's decision, the Home Office notification (V2, V4) and a direction."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from services.domain.errors import FieldErrors
from services.domain.guidance import GuidanceRules


def check_decision(
    data: Mapping[str, Any],
    rules: GuidanceRules,
    *,
    notified_on: date,
    victim_age: int,
    today: date,
) -> None:
    errors = FieldErrors()
    errors.not_future(data, "decided_on", today)
    errors.not_before(data, "decided_on", notified_on, "the notification")
    errors.check(bool(data["rationale"].strip()), "rationale", "Give the rationale")
    for i, factor in enumerate(data.get("factors", [])):
        errors.check(
            factor in rules.decision_factors,
            f"factors[{i}]",
            f"Unknown decision factor; known: {', '.join(rules.decision_factors)}",
        )
    _check_child_review(data, rules, victim_age, errors)
    errors.raise_if_any()


def _check_child_review(
    data: Mapping[str, Any], rules: GuidanceRules, age: int, errors: FieldErrors
) -> None:
    arrangement = data.get("child_review_arrangement")
    if age in rules.child_review_ages:
        errors.check(
            arrangement in rules.child_review_arrangements,
            "child_review_arrangement",
            f"The victim was {age}: record the arrangement with the child safeguarding review, "
            f"one of {', '.join(rules.child_review_arrangements)} (V2)",
        )
    elif arrangement is not None:
        errors.add("child_review_arrangement", "Only recorded when the victim was 16 or 17")


def check_home_office_notification(
    data: Mapping[str, Any], *, decided_on: date, today: date
) -> None:
    errors = FieldErrors()
    errors.not_future(data, "sent_on", today)
    errors.not_before(data, "sent_on", decided_on, "the decision")
    errors.raise_if_any()


def check_direction(
    data: Mapping[str, Any], *, decided_on: date, home_office_told: bool, today: date
) -> None:
    errors = FieldErrors()
    errors.check(
        home_office_told,
        "home_office_notification",
        "Record that the Home Office was told of the local decision first (V4)",
    )
    errors.not_future(data, "directed_on", today)
    errors.not_before(data, "directed_on", decided_on, "the local decision")
    errors.raise_if_any()


def check_scoping(data: Mapping[str, Any], *, notified_on: date, today: date) -> None:
    errors = FieldErrors()
    errors.not_future(data, "started_on", today)
    errors.not_before(data, "started_on", notified_on, "the notification")
    errors.raise_if_any()
