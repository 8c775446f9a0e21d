"""Appointing the independent chair, adding panel members, and establishing the panel."""

from __future__ import annotations

from services.domain import lifecycle
from services.domain.errors import FieldErrors
from services.domain.panel import (
    MEMBER_ROLES,
    Candidate,
    check_chair,
    check_panel_member,
    check_panel_ready,
)
from services.storage.models import PanelMeeting, Review, ReviewMember
from services.workflows.directory import people
from services.workflows.kernel import records, views
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import (
    ChairRequest,
    PanelMeetingRequest,
    PanelMemberRequest,
)


def _candidate(ctx: Ctx, review: Review, role: str, person_id: int) -> Candidate:
    """The person, if the caller may see them and they may hold `role` here (domain/grants)."""
    person = people.candidate(ctx, role, person_id, "person_id", review.csp_id)
    return Candidate(
        person.id, person.name, person.agency_id, person.agency.name if person.agency else None
    )


def appoint_chair(ctx: Ctx, review_id: int, data: ChairRequest) -> dict:
    review = records.open_review(ctx, review_id, "appoint_chair", lock=True)
    lifecycle.next_state(review.state, "appoint_chair")
    candidate = _candidate(ctx, review, "chair", data["person_id"])
    participating = records.participating_agencies(ctx, review.id)
    check_chair(data, candidate, participating, ctx.today)
    previous = records.current_chair(ctx, review.id)
    if previous:
        previous.left_on = ctx.today
    ctx.session.add(
        ReviewMember(
            review_id=review.id,
            person_id=candidate.person_id,
            role="chair",
            agency_id=candidate.agency_id,
            joined_on=data.get("appointed_on") or ctx.today,
            independence_statement=data["independence_statement"],
            declaration_signed_on=data["signed_on"],
            agencies_declared=sorted(participating.values()),
            background=data.get("background"),
            training=data.get("training"),
        )
    )
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.chair_appointed",
        {
            "person_id": candidate.person_id,
            "signed_on": data["signed_on"].isoformat(),
            "replaces": previous.person_id if previous else None,
            "agencies_declared": sorted(participating.values()),
        },
    )
    return views.review_view(ctx, review)


def add_panel_member(ctx: Ctx, review_id: int, data: PanelMemberRequest) -> dict:
    review = records.open_review(ctx, review_id, "add_panel_member", lock=True)
    lifecycle.next_state(review.state, "add_panel_member")
    errors = FieldErrors()
    errors.check(data["role"] in MEMBER_ROLES, "role", f"One of {', '.join(MEMBER_ROLES)}")
    errors.raise_if_any()
    candidate = _candidate(ctx, review, data["role"], data["person_id"])
    chair = records.current_chair(ctx, review.id)
    chair_candidate = chair and Candidate(
        chair.person_id, chair.person.name, chair.person.agency_id, None
    )
    check_panel_member(data, candidate, chair_candidate, ctx.today)
    if any(
        m.person_id == candidate.person_id and m.role == data["role"]
        for m in records.current_members(ctx, review.id)
    ):
        errors = FieldErrors()
        errors.add("person_id", f"Already a {data['role']} of this review")
        errors.raise_if_any()
    member = ReviewMember(
        review_id=review.id,
        person_id=candidate.person_id,
        role=data["role"],
        agency_id=candidate.agency_id,
        joined_on=data.get("joined_on") or ctx.today,
        independence_statement=data.get("independence_statement"),
        background=data.get("background"),
        training=data.get("training"),
    )
    ctx.session.add(member)
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.panel_member_added",
        {
            "member_id": member.id,
            "person_id": candidate.person_id,
            "role": data["role"],
            "agency_id": candidate.agency_id,
        },
    )
    return views.review_view(ctx, review)


def establish_panel(ctx: Ctx, review_id: int) -> dict:
    review = records.open_review(ctx, review_id, "establish_panel", lock=True)
    new_state = lifecycle.next_state(review.state, "establish_panel")
    decision = records.decision_made(ctx, review.id)
    members = [m for m in records.current_members(ctx, review.id) if m.role != "chair"]
    check_panel_ready(
        home_office_told=records.home_office_notification(ctx, decision.id) is not None,
        has_chair=records.current_chair(ctx, review.id) is not None,
        members=len(members),
    )
    review.state = new_state
    record(ctx, review, "review.panel_established", {"members": len(members), "state": new_state})
    return views.review_view(ctx, review)


def record_meeting(ctx: Ctx, review_id: int, data: PanelMeetingRequest) -> dict:
    """A panel meeting: its date goes into the report's timescales."""
    review = records.open_review(ctx, review_id, "record_panel_meeting", lock=True)
    errors = FieldErrors()
    errors.not_future(data, "held_on", ctx.today)
    errors.raise_if_any()
    meeting = PanelMeeting(
        review_id=review.id,
        held_on=data["held_on"],
        purpose=data["purpose"],
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(meeting)
    ctx.session.flush()
    record(ctx, review, "panel.meeting_recorded", {"held_on": data["held_on"].isoformat()})
    return views.review_view(ctx, review)
