"""Rules for the CSP chair's decision, the Home Office notification (V2, V4) and a direction."""

from __future__ import annotations

from datetime import date

from services.domain.errors import FieldErrors
from services.domain.guidance import GuidanceRules


def check_decision(
    data: dict, rules: GuidanceRules, *, notified_on: date, victim_age: int, today: date
) -> None:
    errors = FieldErrors()
    decided = data["decided_on"]
    errors.check(decided <= today, "decided_on", "The decision date cannot be in the future")
    errors.check(
        decided >= notified_on,
        "decided_on",
        f"The decision cannot come before the notification ({notified_on.isoformat()})",
    )
    errors.check(bool(data["rationale"].strip()), "rationale", "Give the rationale")
    for i, factor in enumerate(data.get("factors", [])):
        errors.check(
            factor in rules.decision_factors,
            f"factors[{i}]",
            f"Unknown decision factor; known: {', '.join(rules.decision_factors)}",
        )
    _check_child_review(data, rules, victim_age, errors)
    errors.raise_if_any()


def _check_child_review(data: dict, rules: GuidanceRules, age: int, errors: FieldErrors) -> None:
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


def check_home_office_notification(data: dict, *, decided_on: date, today: date) -> None:
    errors = FieldErrors()
    sent = data["sent_on"]
    errors.check(sent <= today, "sent_on", "Cannot be in the future")
    errors.check(
        sent >= decided_on,
        "sent_on",
        f"The Home Office is told after the decision ({decided_on.isoformat()})",
    )
    errors.raise_if_any()


def check_direction(data: dict, *, decided_on: date, home_office_told: bool, today: date) -> None:
    errors = FieldErrors()
    errors.check(
        home_office_told,
        "home_office_notification",
        "Record that the Home Office was told of the local decision first (V4)",
    )
    directed = data["directed_on"]
    errors.check(directed <= today, "directed_on", "Cannot be in the future")
    errors.check(
        directed >= decided_on,
        "directed_on",
        f"A direction follows the local decision ({decided_on.isoformat()})",
    )
    errors.raise_if_any()
