"""Statutory deadlines: calendar-month arithmetic; the decision, ToR and overview dates."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from services.domain.guidance import GuidanceRules


def add_months(start: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 31 January + 1 month = 28 or 29 February."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    name: str
    due: date
    met_on: date | None = None
    basis: str = ""

    def view(self, today: date) -> dict[str, Any]:
        open_ = self.met_on is None
        return {
            "due": self.due.isoformat(),
            "days_left": (self.due - today).days if open_ else None,
            "overdue": open_ and today > self.due,
            "met_on": self.met_on.isoformat() if self.met_on else None,
            "met_late": bool(self.met_on and self.met_on > self.due),
            "basis": self.basis,
        }


@dataclass(frozen=True)
class DeadlineFacts:
    """What the deadlines depend on, read off one review."""

    date_of_death: date
    notified_on: date
    anchor: str  # "date_of_death" or "notified_on", chosen per CSP
    decided_on: date | None = None
    home_office_notified_on: date | None = None
    proceeding: bool = False
    terms_agreed_on: date | None = None
    overview_completed_on: date | None = None
    extended_overview_due: date | None = None
    extension_reason: str = ""


def review_deadlines(rules: GuidanceRules, facts: DeadlineFacts) -> dict[str, Deadline]:
    anchor_date = facts.notified_on if facts.anchor == "notified_on" else facts.date_of_death
    anchor_label = "notification" if facts.anchor == "notified_on" else "death"
    decision_due = add_months(anchor_date, rules.decision_months)
    basis = f"{rules.decision_months} month(s) after the {anchor_label}"
    found = {
        "decision": Deadline("decision", decision_due, facts.decided_on, basis),
        "terms_of_reference": Deadline(
            "terms_of_reference", decision_due, facts.terms_agreed_on, f"with the decision: {basis}"
        ),
    }
    if facts.decided_on:
        days = rules.home_office_notification_days
        found["home_office_notification"] = Deadline(
            "home_office_notification",
            facts.decided_on + timedelta(days=days),
            facts.home_office_notified_on,
            f"{days} days after the decision (V4)",
        )
    if facts.proceeding and facts.decided_on:
        due = add_months(facts.decided_on, rules.overview_months)
        basis = f"{rules.overview_months} months after the decision to proceed"
        if facts.extended_overview_due:
            due, basis = facts.extended_overview_due, f"agreed extension: {facts.extension_reason}"
        found["overview_report"] = Deadline(
            "overview_report", due, facts.overview_completed_on, basis
        )
    return found
