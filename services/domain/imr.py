"""An IMR's own lifecycle (docs/rules.md, V7, V8): commissioned → authored → QA → accepted.

commissioned      the chair has written to the agency's senior manager; no author yet
in_progress       an author is named and writing
submitted         the author has pinned a version for the senior manager's quality assurance
returned          the senior manager sent it back with comments
approved          QA signed off: the IMR counts as received
further_work      the chair asked for more after QA approval
accepted          the chair accepted it into the review
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from services.domain.errors import Conflict, FieldErrors


class ImrState(StrEnum):
    COMMISSIONED = "commissioned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    FURTHER_WORK = "further_work"
    ACCEPTED = "accepted"


S = ImrState
WRITING = (S.IN_PROGRESS, S.RETURNED, S.FURTHER_WORK)
RECEIVED = (S.APPROVED, S.ACCEPTED)

# action -> (states it may start from, state it leads to; None = stays)
IMR_TRANSITIONS: dict[str, tuple[tuple[ImrState, ...], ImrState | None]] = {
    "name_author": ((S.COMMISSIONED, *WRITING), None),
    "attest": (WRITING, None),
    "edit": (WRITING, None),
    "submit": (WRITING, S.SUBMITTED),
    "qa_approve": ((S.SUBMITTED,), S.APPROVED),
    "qa_return": ((S.SUBMITTED,), S.RETURNED),
    "accept": ((S.APPROVED,), S.ACCEPTED),
    "request_more": ((S.APPROVED,), S.FURTHER_WORK),
}

# docs/rules.md, V8: what the senior manager confirms before approving.
QA_CHECKS = {
    "terms_of_reference_addressed": "The terms of reference are addressed",
    "chronology_complete": "The chronology is complete",
    "analysis_not_description": "The IMR analyses, not only describes",
    "independence_statement_present": "The author's independence statement is present",
    "recommendations_smart": "The recommendations are SMART",
}


def imr_allowed(state: str) -> list[str]:
    return [a for a, (sources, _) in IMR_TRANSITIONS.items() if state in sources]


def imr_next(state: str, action: str) -> str:
    sources, target = IMR_TRANSITIONS[action]
    if state not in sources:
        raise Conflict(
            f"'{action}' is not allowed while the IMR is '{state}'; allowed now: "
            f"{', '.join(imr_allowed(state)) or 'nothing'}",
            field="state",
        )
    if action == "name_author" and state == S.COMMISSIONED:
        return S.IN_PROGRESS
    return state if target is None else str(target)


def is_overdue(state: str, due_on: date, today: date) -> bool:
    """Late until QA approval: an approved IMR counts as received (V8)."""
    return state not in RECEIVED and today > due_on


def check_attestation(data: Mapping[str, Any], today: date) -> None:
    """V7: both statements must be true; the date has happened."""
    errors = FieldErrors()
    errors.check(
        data.get("not_directly_involved") is True,
        "not_directly_involved",
        "The author must not have been directly involved with the victim, the perpetrator or "
        "their families (V7)",
    )
    errors.check(
        data.get("not_line_manager_of_involved_staff") is True,
        "not_line_manager_of_involved_staff",
        "The author must not line-manage any staff whose work the IMR reviews (V7)",
    )
    errors.not_future(data, "signed_on", today)
    errors.raise_if_any()


def check_qa_decision(data: Mapping[str, Any], *, decider_id: int, author_id: int | None) -> None:
    """V8 and §1.5: not the author; approval needs every check and the agency's acceptance."""
    errors = FieldErrors()
    if decider_id == author_id:
        errors.add("decision", "The IMR's author cannot quality-assure their own IMR (V8)")
    if data["decision"] == "approve":
        checks: dict[str, Any] = data.get("qa_checks") or {}
        for key, label in QA_CHECKS.items():
            errors.check(checks.get(key) is True, f"qa_checks.{key}", f"Not confirmed: {label}")
        errors.check(
            data.get("agency_accepts_recommendations") is True,
            "agency_accepts_recommendations",
            "Approval records that the agency accepts the findings and recommendations",
        )
    else:
        errors.check(
            bool((data.get("comments") or "").strip()),
            "comments",
            "Say what the author should change",
        )
    errors.raise_if_any()
