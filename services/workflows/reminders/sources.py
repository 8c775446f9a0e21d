"""Which reminders a review owes today, read off its records: each with its threshold, the
people it is for, and a line of text that names the review by reference only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.domain.imr import RECEIVED
from services.domain.reminders import Reminder, due_stage, waited_too_long
from services.storage.models import (
    CspRole,
    FeedbackItem,
    HomeOfficeSubmission,
    Imr,
    Review,
    SignOff,
)
from services.workflows.kernel import records, views
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.deadline_events import london_day


def due(ctx: Ctx, review: Review, today: date) -> list[Reminder]:
    return [
        *_imrs(ctx, review, today),
        *_signoffs(ctx, review, today),
        *_deadlines(ctx, review, today),
        *_answers(ctx, review, today),
    ]


def _people(ctx: Ctx, review: Review, *roles: str) -> tuple[int, ...]:
    """CSP roles ("coordinator", "chair") and review roles ("review:chair", …)."""
    csp = [r for r in roles if ":" not in r]
    found = list(
        ctx.session.scalars(
            select(CspRole.person_id).where(CspRole.csp_id == review.csp_id, CspRole.role.in_(csp))
        )
    )
    for role in (r.split(":", 1)[1] for r in roles if r.startswith("review:")):
        found += [m.person_id for m in records.current_members(ctx, review.id, role)]
    return tuple(found)


def _imrs(ctx: Ctx, review: Review, today: date) -> list[Reminder]:
    soon = ctx.guidance.reminder("imr_due_days")
    found = []
    for imr in ctx.session.scalars(select(Imr).where(Imr.review_id == review.id)):
        stage = None if imr.state in RECEIVED else due_stage(imr.due_on, today, soon)
        if stage is None:
            continue
        people = tuple(p for p in (imr.author_id, imr.senior_manager_id) if p)
        kind = "imr_overdue" if stage == "overdue" else "imr_due"
        text = (
            f"{review.reference}: the {imr.agency.name} IMR was due on {imr.due_on:%d %B %Y}"
            if stage == "overdue"
            else f"{review.reference}: the {imr.agency.name} IMR is due on {imr.due_on:%d %B %Y}"
        )
        found.append(
            Reminder(
                kind, f"imr-{imr.id}", imr.due_on.isoformat(), review.id, people, text,
                imr.due_on, {"imr_id": imr.id},
            )
        )  # fmt: skip
    return found


def _signoffs(ctx: Ctx, review: Review, today: date) -> list[Reminder]:
    days = ctx.guidance.reminder("signoff_waiting_working_days")
    found = []
    waiting = select(SignOff).where(SignOff.review_id == review.id, SignOff.state == "pending")
    for s in ctx.session.scalars(waiting):
        asked = london_day(s.requested_at)
        if not waited_too_long(asked, today, days):
            continue
        people = (
            _people(ctx, review, "review:chair")
            if s.stage == "panel"
            else _people(ctx, review, "chair")
        )
        text = (
            f"{review.reference}: a {s.stage} sign-off of version {s.label} has waited more "
            f"than {days} working days (asked {asked:%d %B %Y})"
        )
        found.append(
            Reminder(
                "signoff_waiting", f"signoff-{s.id}", f"{days}-working-days", review.id,
                people, text, s.due_on, {"signoff_id": s.id, "document_id": s.document_id},
            )
        )  # fmt: skip
    return found


DEADLINES = {  # deadline -> (reminder kind, overdue kind, days before, who)
    "decision": ("decision_due", "decision_due", "decision_due_days", ("coordinator", "chair")),
    "home_office_notification": (
        "home_office_notification_due",
        "home_office_notification_due",
        "home_office_notification_due_days",
        ("coordinator",),
    ),
    "overview_report": (
        "overview_due",
        "overview_overdue",
        "overview_due_days",
        ("coordinator", "review:chair", "review:overview_author"),
    ),
}
NAMES = {
    "decision": "the decision whether to hold a review",
    "home_office_notification": "telling the Home Office of the decision",
    "overview_report": "the overview report",
}


def _deadlines(ctx: Ctx, review: Review, today: date) -> list[Reminder]:
    found = []
    for name, shown in views.deadlines(ctx, review).items():
        if name not in DEADLINES or shown["met_on"]:
            continue
        soon_kind, late_kind, days, who = DEADLINES[name]
        due = date.fromisoformat(shown["due"])
        stage = due_stage(due, today, ctx.guidance.reminder(days))
        if stage is None:
            continue
        late = stage == "overdue"
        text = f"{review.reference}: {NAMES[name]} {'was' if late else 'is'} due {due:%d %B %Y}"
        found.append(
            Reminder(
                late_kind if late else soon_kind, f"review-{review.id}-{name}",
                f"{stage}-{due.isoformat()}", review.id, _people(ctx, review, *who), text, due,
                {"deadline": name},
            )
        )  # fmt: skip
    return found


def _answers(ctx: Ctx, review: Review, today: date) -> list[Reminder]:
    """Points of the Home Office's letter still unanswered so many working days after it came."""
    days = ctx.guidance.reminder("home_office_answers_working_days")
    latest = ctx.session.scalar(
        select(HomeOfficeSubmission)
        .where(HomeOfficeSubmission.review_id == review.id)
        .order_by(HomeOfficeSubmission.round.desc())
    )
    if latest is None or latest.outcome_received_on is None:
        return []
    items = ctx.session.scalars(select(FeedbackItem).where(FeedbackItem.submission_id == latest.id))
    open_ = [i.number for i in items if not (i.response or "").strip()]
    if not open_ or not waited_too_long(latest.outcome_received_on, today, days):
        return []
    text = (
        f"{review.reference}: points {', '.join(map(str, open_))} of the Home Office letter "
        f"are unanswered after {days} working days"
    )
    people = _people(ctx, review, "review:chair", "review:overview_author")
    return [
        Reminder(
            "home_office_answers", f"submission-{latest.id}", f"{days}-working-days", review.id,
            people, text, None, {"submission_id": latest.id, "unanswered": open_},
        )
    ]  # fmt: skip
