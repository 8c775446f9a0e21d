"""Terms of reference, starting the IMR stage, extensions and parallel proceedings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.errors import FieldErrors
from services.domain.terms import check_extension, check_parallel_proceeding, check_terms
from services.storage.models import (
    CspRole,
    Extension,
    ParallelProceeding,
    Review,
    TermsOfReference,
)
from services.workflows.directory import people
from services.workflows.kernel import records, views
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import (
    ExtensionRequest,
    ParallelProceedingRequest,
    TermsRequest,
)


def agree_terms(ctx: Ctx, review_id: int, data: TermsRequest) -> dict:
    """Agreed terms move the review on; a later agreement amends them (both are kept)."""
    review = records.open_review(ctx, review_id, "agree_terms", lock=True)
    new_state = lifecycle.next_state(review.state, "agree_terms")
    decision = records.decision_made(ctx, review.id)
    check_terms(
        data, decided_on=decision.decided_on, date_of_death=review.date_of_death, today=ctx.today
    )
    ctx.session.add(TermsOfReference(review_id=review.id, recorded_by=ctx.actor_id, **data))
    amended = review.state != new_state
    review.state = new_state
    record(
        ctx,
        review,
        "review.terms_agreed" if amended else "review.terms_amended",
        {
            "period_from": data["period_from"].isoformat(),
            "period_to": data["period_to"].isoformat(),
            "lines": len(data["lines_of_enquiry"]),
            "agreed_on": data["agreed_on"].isoformat(),
            "state": new_state,
        },
    )
    return views.review_view(ctx, review)


def start_imrs(ctx: Ctx, review_id: int) -> dict:
    """V5: IMR work starts only once the decision is made and the terms agreed."""
    review = records.open_review(ctx, review_id, "start_imrs", lock=True)
    review.state = lifecycle.next_state(review.state, "start_imrs")
    record(ctx, review, "review.imrs_started", {"state": review.state})
    return views.review_view(ctx, review)


def record_extension(ctx: Ctx, review_id: int, data: ExtensionRequest) -> dict:
    review = records.open_review(ctx, review_id, "record_extension", lock=True)
    lifecycle.next_state(review.state, "record_extension")
    _extend(ctx, review, data, proceeding_id=None)
    return views.review_view(ctx, review)


def _extend(
    ctx: Ctx, review: Review, data: ExtensionRequest, proceeding_id: int | None
) -> Extension:
    current_due = _overview_due(ctx, review)
    field = "extension.agreed_by" if proceeding_id is not None else "agreed_by"
    people.visible(ctx, data["agreed_by"], field, review.csp_id)
    chair_role = ctx.session.scalar(
        select(CspRole).where(
            CspRole.csp_id == review.csp_id,
            CspRole.person_id == data["agreed_by"],
            CspRole.role == "chair",
        )
    )
    check_extension(
        data,
        current_due=current_due,
        agreed_by_is_csp_chair=chair_role is not None,
        today=ctx.today,
    )
    extension = Extension(
        review_id=review.id,
        deadline="overview_report",
        previous_due=current_due,
        new_due=data["new_due"],
        reason=data["reason"],
        agreed_by=data["agreed_by"],
        agreed_on=data["agreed_on"],
        parallel_proceeding_id=proceeding_id,
    )
    ctx.session.add(extension)
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.extension_agreed",
        {
            "extension_id": extension.id,
            "previous_due": current_due.isoformat(),
            "new_due": data["new_due"].isoformat(),
            "agreed_by": data["agreed_by"],
        },
    )
    return extension


def _overview_due(ctx: Ctx, review: Review) -> date:
    return date.fromisoformat(views.deadlines(ctx, review)["overview_report"]["due"])


def log_parallel_proceeding(ctx: Ctx, review_id: int, data: ParallelProceedingRequest) -> dict:
    """A trial, inquest or other review; one that pauses the clock carries an agreed extension."""
    review = records.open_review(ctx, review_id, "log_parallel_proceeding", lock=True)
    lifecycle.next_state(review.state, "log_parallel_proceeding")
    check_parallel_proceeding(data, ctx.today)
    if data.get("pauses_clock") and "overview_report" not in views.deadlines(ctx, review):
        errors = FieldErrors()
        errors.add("pauses_clock", "The overview clock starts with the decision to proceed")
        errors.raise_if_any()
    proceeding = ParallelProceeding(
        review_id=review.id,
        kind=data["kind"],
        description=data.get("description", ""),
        started_on=data.get("started_on"),
        pauses_clock=bool(data.get("pauses_clock")),
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(proceeding)
    ctx.session.flush()
    record(
        ctx,
        review,
        "review.parallel_proceeding_logged",
        {
            "proceeding_id": proceeding.id,
            "kind": proceeding.kind,
            "pauses_clock": proceeding.pauses_clock,
        },
    )
    extension = data["extension"]  # check_parallel_proceeding: present when it pauses the clock
    if proceeding.pauses_clock and extension is not None:
        _extend(ctx, review, extension, proceeding_id=proceeding.id)
    return views.review_view(ctx, review)
