"""Rules for terms of reference, extensions of the overview deadline, parallel proceedings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from services.domain.errors import FieldErrors

PROCEEDING_KINDS = (
    "criminal_trial",
    "inquest",
    "iopc_investigation",
    "safeguarding_adults_review",
    "child_safeguarding_practice_review",
    "mental_health_homicide_review",
    "other",
)


def check_terms(
    data: Mapping[str, Any], *, decided_on: date, date_of_death: date, today: date
) -> None:
    errors = FieldErrors()
    errors.check(data["period_from"] < data["period_to"], "period_to", "Must be after period_from")
    errors.check(
        data["period_to"] <= date_of_death,
        "period_to",
        f"The period under review ends on or before the death ({date_of_death.isoformat()})",
    )
    lines = data["lines_of_enquiry"]
    errors.check(bool(lines), "lines_of_enquiry", "Give at least one line of enquiry")
    for i, line in enumerate(lines):
        errors.check(bool(line.strip()), f"lines_of_enquiry[{i}]", "Must not be blank")
    errors.not_future(data, "agreed_on", today)
    errors.not_before(data, "agreed_on", decided_on, "the decision")
    errors.raise_if_any()


def check_extension(
    data: Mapping[str, Any], *, current_due: date, agreed_by_is_csp_chair: bool, today: date
) -> None:
    errors = FieldErrors()
    errors.check(
        data["new_due"] > current_due,
        "new_due",
        f"An extension moves the date later than {current_due.isoformat()}",
    )
    errors.check(bool(data["reason"].strip()), "reason", "Give the reason for the extension (V10)")
    errors.check(
        agreed_by_is_csp_chair,
        "agreed_by",
        "An extension is agreed by the chair of the review's CSP (V10)",
    )
    errors.not_future(data, "agreed_on", today)
    errors.raise_if_any()


def check_parallel_proceeding(data: Mapping[str, Any], today: date) -> None:
    errors = FieldErrors()
    errors.check(data["kind"] in PROCEEDING_KINDS, "kind", f"One of {', '.join(PROCEEDING_KINDS)}")
    errors.not_future(data, "started_on", today)
    errors.check(
        not data.get("pauses_clock") or data.get("extension") is not None,
        "extension",
        "A proceeding that pauses the clock needs an agreed extension with a reason",
    )
    errors.raise_if_any()
