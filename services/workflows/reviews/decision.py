"""Scoping, the CSP chair's decision, telling the Home Office, a Secretary of State direction."""

from __future__ import annotations

from services.domain import lifecycle
from services.domain.decision import (
    check_decision,
    check_direction,
    check_home_office_notification,
    check_scoping,
)
from services.domain.errors import Conflict, FieldErrors
from services.storage.models import Agency, Decision, HomeOfficeNotification, ReviewAgency
from services.workflows.kernel import records, views
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import (
    DecisionRequest,
    DirectionRequest,
    HomeOfficeNotificationRequest,
    ScopingRequest,
)


def start_scoping(ctx: Ctx, review_id: int, data: ScopingRequest) -> dict:
    """Agencies are asked whether they had contact and told to secure their records."""
    review = records.open_review(ctx, review_id, "start_scoping", lock=True)
    new_state = lifecycle.next_state(review.state, "start_scoping")
    check_scoping(data, notified_on=review.notified_on, today=ctx.today)
    errors = FieldErrors()
    for i, agency_id in enumerate(data["agency_ids"]):
        agency = ctx.session.get(Agency, agency_id)
        if errors.check(
            agency is not None and agency.csp_id == review.csp_id,
            f"agency_ids[{i}]",
            "No agency with this id in the review's CSP",
        ):
            ctx.session.add(
                ReviewAgency(review_id=review.id, agency_id=agency_id, asked_on=data["started_on"])
            )
    errors.raise_if_any()
    review.scoping_started_on, review.state = data["started_on"], new_state
    record(
        ctx,
        review,
        "review.scoping_started",
        {"agency_ids": data["agency_ids"], "state": new_state},
    )
    return views.review_view(ctx, review)


def decide(ctx: Ctx, review_id: int, data: DecisionRequest) -> dict:
    review = records.open_review(ctx, review_id, "decide", lock=True)
    new_state = lifecycle.next_state(review.state, "decide", proceed=data["proceed"])
    check_decision(
        data,
        ctx.rules(review.guidance_version),
        notified_on=review.notified_on,
        victim_age=review.victim_age_at_death,
        today=ctx.today,
    )
    decision = Decision(
        review_id=review.id,
        kind="local",
        proceed=data["proceed"],
        decided_on=data["decided_on"],
        rationale=data["rationale"],
        factors=list(data.get("factors", [])),
        child_review_arrangement=data.get("child_review_arrangement"),
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(decision)
    review.state = new_state
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.decided",
        {
            "decision_id": decision.id,
            "proceed": decision.proceed,
            "decided_on": data["decided_on"].isoformat(),
            "factors": decision.factors,
            "state": new_state,
        },
    )
    return views.review_view(ctx, review)


def tell_home_office(ctx: Ctx, review_id: int, data: HomeOfficeNotificationRequest) -> dict:
    """V4: every decision, a 'no review' too, is notified to the Home Office."""
    review = records.open_review(ctx, review_id, "record_home_office_notification", lock=True)
    lifecycle.next_state(review.state, "record_home_office_notification")
    decision = records.decision_made(ctx, review.id)
    if records.home_office_notification(ctx, decision.id):
        raise Conflict("The Home Office has already been told of this decision", field="sent_on")
    check_home_office_notification(data, decided_on=decision.decided_on, today=ctx.today)
    address = ctx.rules(review.guidance_version).home_office_address
    told = HomeOfficeNotification(
        review_id=review.id,
        decision_id=decision.id,
        sent_on=data["sent_on"],
        method=data["method"],
        address=data.get("address") or address,
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(told)
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.home_office_told",
        {"decision_id": decision.id, "sent_on": data["sent_on"].isoformat(), "method": told.method},
    )
    return views.review_view(ctx, review)


def direct_review(ctx: Ctx, review_id: int, data: DirectionRequest) -> dict:
    """s.9(2): the Secretary of State directs a review after a local 'no review' decision."""
    review = records.open_review(ctx, review_id, "direct_review", lock=True)
    new_state = lifecycle.next_state(review.state, "direct_review")
    local = records.decision_made(ctx, review.id)
    told = records.home_office_notification(ctx, local.id) is not None
    check_direction(data, decided_on=local.decided_on, home_office_told=told, today=ctx.today)
    direction = Decision(
        review_id=review.id,
        kind="secretary_of_state_direction",
        proceed=True,
        decided_on=data["directed_on"],
        rationale=data.get("rationale") or "Directed under s.9(2)",
        factors=[],
        direction_reference=data["reference"],
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(direction)
    ctx.session.flush()
    # The direction comes from the Home Office itself: it needs no notification back (V4).
    ctx.session.add(
        HomeOfficeNotification(
            review_id=review.id,
            decision_id=direction.id,
            sent_on=data["directed_on"],
            method="direction_received",
            address="",
            recorded_by=ctx.actor_id,
        )
    )
    review.state = new_state
    record(
        ctx,
        review,
        "review.directed",
        {"decision_id": direction.id, "reference": data["reference"], "state": new_state},
    )
    return views.review_view(ctx, review)
