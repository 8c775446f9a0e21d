"""Reminders for every deadline (docs/reminders.md): which kinds there are, when each is due,
and the key that makes each one once per threshold.

A reminder is sent once for each threshold it crosses (due soon, overdue, waiting so many
working days): its key names the record and the threshold, and the outbox refuses a key twice,
so restarts and several workers never repeat one. A moved due date is a new threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from services.domain.working_days import working_days_after

KINDS = (
    "imr_due",
    "imr_overdue",
    "signoff_waiting",
    "decision_due",
    "home_office_notification_due",
    "overview_due",
    "overview_overdue",
    "home_office_answers",
    "action_due",
)
DEFAULTS = {
    "imr_due_days": 7,
    "overview_due_days": 30,
    "decision_due_days": 5,
    "home_office_notification_due_days": 2,
    "signoff_waiting_working_days": 3,
    "home_office_answers_working_days": 10,
}


@dataclass(frozen=True)
class Reminder:
    kind: str
    subject: str  # "imr-3", "signoff-5", "review-2", "submission-4"
    threshold: str  # "2027-01-15", "overdue-2027-01-15", "3-working-days"
    review_id: int
    recipients: tuple[int, ...]
    text: str
    due: date | None = None
    facts: dict[str, object] = field(default_factory=dict[str, object])

    @property
    def key(self) -> str:
        return f"reminder:{self.kind}:{self.subject}:{self.threshold}"


def due_stage(due: date, today: date, soon_days: int) -> str | None:
    """'overdue' after the day, 'soon' within `soon_days` of it, None before that."""
    if today > due:
        return "overdue"
    if (due - today).days <= soon_days:
        return "soon"
    return None


def waited_too_long(since: date, today: date, working_days: int) -> bool:
    """More than `working_days` working days have passed since `since`."""
    return working_days_after(since, today) > working_days


def enabled(text: str | None) -> frozenset[str]:
    """DHR_REMINDERS: unset or "all" = every kind; "none"; a list of kinds = only those;
    "-kind,-kind" = every kind but those. An unknown kind is refused, naming it."""
    text = (text or "all").strip()
    if text == "all":
        return frozenset(KINDS)
    if text == "none":
        return frozenset()
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n.lstrip("-") not in KINDS]
    if unknown:
        raise ValueError(f"DHR_REMINDERS: unknown kind(s) {', '.join(unknown)}")
    if all(n.startswith("-") for n in names):
        return frozenset(KINDS) - {n[1:] for n in names}
    return frozenset(n for n in names if not n.startswith("-"))
