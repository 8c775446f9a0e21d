"""Rules for recording a police notification of a death (V1 and the date sanity checks)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from services.domain.errors import FieldErrors, known
from services.domain.guidance import GuidanceRules


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def victim_age_at_death(victim: dict[str, Any], date_of_death: date) -> int | None:
    born = victim.get("date_of_birth")
    return age_on(born, date_of_death) if born else victim.get("age")


def check_notification(data: Mapping[str, Any], rules: GuidanceRules, today: date) -> int:
    """Raises Invalid naming every bad field; returns the victim's age at death."""
    errors = FieldErrors()
    died = data["date_of_death"]
    victim = data["victim"]
    errors.not_future(data, "date_of_death", today)
    errors.not_future(data, "notified_on", today)
    errors.not_before(data, "notified_on", died, "the date of death")
    born = victim.get("date_of_birth")
    if born:
        errors.check(born < died, "victim.date_of_birth", "Must be before the date of death")
    age = victim_age_at_death(victim, died)
    if age is None:
        errors.add("victim.date_of_birth", "Give the victim's date of birth or age at death")
    elif age < rules.minimum_victim_age:
        field = "victim.date_of_birth" if born else "victim.age"
        errors.add(
            field,
            f"The victim was {age} at death; a {rules.label} reviews deaths of people aged "
            f"{rules.minimum_victim_age} or over (V1). Refer to the child safeguarding "
            "practice review route instead.",
        )
    if data["relationship"] not in rules.relationships_in_scope:
        errors.add(
            "relationship",
            f"Under the {rules.version} guidance the relationship must be one of "
            f"{', '.join(rules.relationships_in_scope)} (V1)",
        )
    errors.raise_if_any()
    return known(age, "a missing age was a field error, raised just now")
