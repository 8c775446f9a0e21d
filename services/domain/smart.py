"""The SMART check of an action-plan row (docs/rules.md, V14).

Each finding names the field it is about. Findings are warnings while the plan is drafted; the
action-plan work decides when they block.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

VAGUE = re.compile(
    r"^\s*(?:to\s+)?(?:consider|review|raise awareness|look at|explore|reflect on)\b", re.I
)


def _same_words(a: str, b: str) -> bool:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9]+", text.lower())

    return words(a) == words(b)


def smart_findings(
    row: dict[str, Any], *, recommendation_text: str, agency_ids: set[int], plan_date: date
) -> list[dict[str, Any]]:
    """[{field, criterion, message}] for one action row; empty when it is SMART."""
    found: list[dict[str, Any]] = []

    def add(field: str, criterion: str, message: str) -> None:
        found.append({"field": field, "criterion": criterion, "message": message})

    action = (row.get("action") or "").strip()
    if not action:
        add("action", "specific", "Say what will be done")
    elif _same_words(action, recommendation_text):
        add("action", "specific", "The action repeats the recommendation: say how it is done")
    elif VAGUE.match(action) and len(action.split()) < 12:
        add(
            "action",
            "specific",
            "Only 'consider', 'review' or 'raise awareness': name the change that will be made",
        )
    if not (row.get("success_measure") or "").strip():
        add("success_measure", "measurable", "Name the measure or evidence that shows it is done")
    if row.get("lead_agency_id") not in agency_ids:
        add("lead_agency_id", "assigned", "Choose the lead agency from the review's agencies")
    if not (row.get("lead_officer") or "").strip():
        add("lead_officer", "assigned", "Name the officer who leads it")
    target = row.get("target_date")
    if target is None:
        add("target_date", "time-bound", "Give a target date")
    elif target <= plan_date:
        add(
            "target_date",
            "realistic",
            f"The target date must be after the plan's date ({plan_date})",
        )
    if row.get("scope") not in ("local", "regional", "national"):
        add("scope", "specific", "Scope is local, regional or national")
    if not row.get("milestones"):
        add("milestones", "measurable", "Add at least one dated milestone")
    return found
