"""Read helpers: load a review the caller may act on, and the records hanging off it."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from services.domain.access import require_review
from services.domain.errors import Conflict, NotFound
from services.storage.models import (
    Agency,
    Decision,
    Extension,
    HomeOfficeNotification,
    PanelMeeting,
    ParallelProceeding,
    Person,
    Review,
    ReviewAgency,
    ReviewMember,
    Subject,
    TermsOfReference,
)
from services.workflows.kernel.context import Ctx

Row = TypeVar("Row")


def load(ctx: Ctx, model: type[Row], key: int | None, what: str | None = None) -> Row:
    """The row of `model` with this primary key, or the NotFound refusal (404) naming `what`
    (by default the model's name in words: PresubmissionCheck -> "presubmission check")."""
    row = ctx.session.get(model, key) if key is not None else None
    if row is None:
        raise NotFound(what or re.sub(r"(?<!^)(?=[A-Z])", " ", model.__name__).lower())
    return row


def open_review(ctx: Ctx, review_id: int, action: str, *, lock: bool = False) -> Review:
    """The review, if the caller may take `action` on it; locked for update when changing it."""
    query = select(Review).where(Review.id == review_id)
    if lock:
        query = query.with_for_update()
    else:  # its CSP in the same statement (every view names it); FOR UPDATE locks one table
        query = query.options(joinedload(Review.csp, innerjoin=True))
    review = ctx.session.scalar(query)
    if review is None:
        raise NotFound("review")
    require_review(ctx.principal, action, review.csp_id, review.id)
    return review


def decisions(ctx: Ctx, review_id: int) -> list[Decision]:
    query = select(Decision).where(Decision.review_id == review_id).order_by(Decision.id)
    return list(ctx.session.scalars(query))


def latest_decision(ctx: Ctx, review_id: int) -> Decision | None:
    return ctx.session.scalar(
        select(Decision).where(Decision.review_id == review_id).order_by(Decision.id.desc())
    )


def decision_made(ctx: Ctx, review_id: int) -> Decision:
    """The latest decision, for the actions the lifecycle allows only once one is made."""
    decision = latest_decision(ctx, review_id)
    if decision is None:
        raise Conflict("No decision has been recorded for this review yet", field="state")
    return decision


def home_office_notifications(
    ctx: Ctx, decision_ids: list[int]
) -> dict[int, HomeOfficeNotification]:
    """Each decision's Home Office notification, in one query however many decisions."""
    if not decision_ids:
        return {}
    query = select(HomeOfficeNotification).where(
        HomeOfficeNotification.decision_id.in_(decision_ids)
    )
    return {n.decision_id: n for n in ctx.session.scalars(query)}


def home_office_notification(ctx: Ctx, decision_id: int) -> HomeOfficeNotification | None:
    return ctx.session.scalar(
        select(HomeOfficeNotification).where(HomeOfficeNotification.decision_id == decision_id)
    )


def current_members(ctx: Ctx, review_id: int, role: str | None = None) -> list[ReviewMember]:
    query = select(ReviewMember).where(
        ReviewMember.review_id == review_id, ReviewMember.left_on.is_(None)
    )
    # Each member's person and agency in the same statement, not one query per member.
    query = query.options(joinedload(ReviewMember.person).joinedload(Person.agency))
    if role:
        query = query.where(ReviewMember.role == role)
    return list(ctx.session.scalars(query.order_by(ReviewMember.id)))


def current_chair(ctx: Ctx, review_id: int) -> ReviewMember | None:
    chairs = current_members(ctx, review_id, "chair")
    return chairs[0] if chairs else None


def latest_terms(ctx: Ctx, review_id: int) -> TermsOfReference | None:
    return ctx.session.scalar(
        select(TermsOfReference)
        .where(TermsOfReference.review_id == review_id)
        .order_by(TermsOfReference.id.desc())
    )


def extensions(ctx: Ctx, review_id: int) -> list[Extension]:
    query = select(Extension).where(Extension.review_id == review_id).order_by(Extension.id)
    return list(ctx.session.scalars(query))


def proceedings(ctx: Ctx, review_id: int) -> list[ParallelProceeding]:
    query = select(ParallelProceeding).where(ParallelProceeding.review_id == review_id)
    return list(ctx.session.scalars(query.order_by(ParallelProceeding.id)))


def subjects(ctx: Ctx, review_id: int) -> list[Subject]:
    query = select(Subject).where(Subject.review_id == review_id).order_by(Subject.id)
    return list(ctx.session.scalars(query))


def review_agencies(ctx: Ctx, review_id: int) -> list[ReviewAgency]:
    query = select(ReviewAgency).where(ReviewAgency.review_id == review_id)
    query = query.options(joinedload(ReviewAgency.agency, innerjoin=True))
    return list(ctx.session.scalars(query.order_by(ReviewAgency.id)))


# The records a dashboard shows the newest of, per review.
PerReview = TypeVar("PerReview", Decision, TermsOfReference, Extension)


def latest_per_review(
    ctx: Ctx, model: type[PerReview], review_ids: list[int]
) -> dict[int, PerReview]:
    """The newest row of `model` for each review, in one query (lists and dashboards)."""
    rows = ctx.session.scalars(
        select(model).where(model.review_id.in_(review_ids)).order_by(model.id)
    )
    return {row.review_id: row for row in rows}


def participating_agencies(ctx: Ctx, review_id: int) -> dict[int, str]:
    """Agencies asked to take part, plus those of panel members: the chair must be free of all."""
    found = {ra.agency_id: ra.agency.name for ra in review_agencies(ctx, review_id)}
    for member in current_members(ctx, review_id):
        if member.role != "chair" and member.person.agency:
            found[member.person.agency.id] = member.person.agency.name
    return found


def panel_meetings(ctx: Ctx, review_id: int) -> list[PanelMeeting]:
    query = select(PanelMeeting).where(PanelMeeting.review_id == review_id)
    return list(ctx.session.scalars(query.order_by(PanelMeeting.held_on)))


def person_data(ctx: Ctx, person_id: int | None) -> dict:
    person = ctx.session.get(Person, person_id) if person_id else None
    if person is None:
        return {"name": "", "job_title": "", "organisation": "", "email": ""}
    agency = ctx.session.get(Agency, person.agency_id) if person.agency_id else None
    return {
        "name": person.name,
        "job_title": person.job_title,
        "email": person.email,
        "organisation": agency.name if agency else "",
    }
