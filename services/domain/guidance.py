"""Loads the per-guidance-version rules (time limits, labels, agency kinds) from TOML data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from services.domain.errors import FieldErrors
from services.domain.reminders import DEFAULTS as REMINDER_DEFAULTS

DEFAULT_FILE = Path(__file__).with_name("guidance.toml")


@dataclass(frozen=True)
class GuidanceRules:
    version: str
    label: str
    title: str
    decision_months: int
    overview_months: int
    minimum_victim_age: int
    child_review_ages: tuple[int, ...]
    relationships_in_scope: tuple[str, ...]
    statutory_agency_kinds: tuple[str, ...]
    home_office_address: str
    report_recipients: tuple[str, ...]
    child_review_arrangements: tuple[str, ...]
    decision_factors: dict[str, str]
    # "Immediately after the decision": how many days the coordinator has to tell the Home Office.
    home_office_notification_days: int = 7
    # After "approved subject to changes", whether the panel signs off the revised text too
    # (the CSP always does).
    panel_signs_revisions: bool = False


@dataclass(frozen=True)
class Guidance:
    default_version: str
    versions: dict[str, GuidanceRules]
    action_themes: tuple[str, ...] = ()
    action_reminder_days: int = 14
    unusual_imr_reads_per_hour: int = 10
    # Thresholds of the deadline reminders (services.domain.reminders.DEFAULTS).
    reminders: dict[str, int] = field(default_factory=dict[str, int])

    def reminder(self, name: str) -> int:
        return int(self.reminders.get(name, REMINDER_DEFAULTS[name]))

    def rules(self, version: str | None = None) -> GuidanceRules:
        """The rules of `version` (the default when none); an unknown version is a 422."""
        chosen = version or self.default_version
        if chosen not in self.versions:
            errors = FieldErrors()
            errors.add("guidance_version", f"One of {', '.join(self.versions)}")
            errors.raise_if_any()
        return self.versions[chosen]


def load_guidance(path: Path | None = None) -> Guidance:
    raw = tomllib.loads((path or DEFAULT_FILE).read_text(encoding="utf-8"))
    versions = {name: _rules(name, body) for name, body in raw["versions"].items()}
    if raw["default_version"] not in versions:
        raise ValueError(f"default_version {raw['default_version']!r} is not defined")
    return Guidance(
        raw["default_version"],
        versions,
        tuple(raw.get("action_themes", ())),
        int(raw.get("action_reminder_days", 14)),
        int(raw.get("unusual_imr_reads_per_hour", 10)),
        dict(raw.get("reminders", {})),
    )


def _rules(name: str, body: dict[str, Any]) -> GuidanceRules:
    tuples = {k: tuple(cast("list[Any]", v)) for k, v in body.items() if isinstance(v, list)}
    scalars = {k: v for k, v in body.items() if not isinstance(v, list)}
    values: dict[str, Any] = {**scalars, **tuples}
    return GuidanceRules(version=name, **values)
