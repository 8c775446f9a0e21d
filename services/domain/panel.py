"""Rules for the review panel: the independent chair (V6), members, when the panel stands (V4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from services.domain.errors import FieldErrors

MEMBER_ROLES = ("panel_member", "overview_author")


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    agency_id: int | None
    agency_name: str | None


def check_chair(
    data: Mapping[str, Any], candidate: Candidate, participating: dict[int, str], today: date
) -> None:
    """V6: a signed declaration, and not employed by any agency taking part in the review."""
    errors = FieldErrors()
    errors.check(
        bool(data["independence_statement"].strip()),
        "independence_statement",
        "The chair must sign a declaration of independence (V6)",
    )
    errors.not_future(data, "signed_on", today)
    errors.not_future(data, "appointed_on", today)
    if candidate.agency_id in participating:
        errors.add(
            "person_id",
            f"{candidate.name} works for {participating[candidate.agency_id]}, which takes part "
            "in this review; the chair must be independent of every participating agency (V6)",
        )
    errors.raise_if_any()


def check_panel_member(
    data: Mapping[str, Any], candidate: Candidate, chair: Candidate | None, today: date
) -> None:
    errors = FieldErrors()
    role = data["role"]
    errors.check(role in MEMBER_ROLES, "role", f"One of {', '.join(MEMBER_ROLES)}")
    errors.not_future(data, "joined_on", today)
    if chair and candidate.person_id == chair.person_id:
        errors.add("person_id", "This person is the review's chair")
    elif chair and candidate.agency_id is not None and candidate.agency_id == chair.agency_id:
        errors.add(
            "person_id",
            f"{candidate.agency_name} employs the review's chair; adding it would end the "
            "chair's independence (V6)",
        )
    errors.raise_if_any()


def check_panel_ready(*, home_office_told: bool, has_chair: bool, members: int) -> None:
    errors = FieldErrors()
    errors.check(
        home_office_told,
        "home_office_notification",
        "Record that the Home Office was told of the decision before the review moves on (V4)",
    )
    errors.check(has_chair, "chair", "Appoint an independent chair with a signed declaration (V6)")
    errors.check(members > 0, "panel_members", "Add at least one panel member")
    errors.raise_if_any()
