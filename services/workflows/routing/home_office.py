"""The Home Office QA round and what follows (docs/rules.md, V19-V22).

Submission needs the CSP's sign-off of the exact versions sent (V19) and a clean pre-submission
check of those versions. The panel's outcome is recorded from its letter with its feedback items;
a resubmission needs every item answered (V20). Clearance pins the versions that may be published
(V18). Distribution to each agency's senior manager and the Domestic Abuse Commissioner is logged
(V21). The review concludes only when every action is complete or closed with a reason (V22).
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import home_office as rules
from services.domain import lifecycle
from services.domain.action_tracking import is_closed
from services.domain.errors import Conflict, FieldErrors, Forbidden, NotFound, known
from services.storage.models import (
    ActionRow,
    Clearance,
    Conclusion,
    Distribution,
    Document,
    FeedbackItem,
    HomeOfficeSubmission,
    PresubmissionCheck,
    Review,
)
from services.workflows.directory import people
from services.workflows.kernel import outbox, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.routing import revised_signoffs, signoffs
from services.workflows.routing.requests import (
    ClearanceRequest,
    ConclusionRequest,
    DistributionRequest,
    FeedbackAnswer,
    OutcomeRequest,
    SubmissionRequest,
)

OUTCOMES = tuple(lifecycle.HOME_OFFICE_OUTCOMES)


def _latest(ctx: Ctx, review: Review) -> HomeOfficeSubmission | None:
    return ctx.session.scalar(
        select(HomeOfficeSubmission)
        .where(HomeOfficeSubmission.review_id == review.id)
        .order_by(HomeOfficeSubmission.round.desc())
    )


def _items(ctx: Ctx, submission: HomeOfficeSubmission) -> list[FeedbackItem]:
    query = select(FeedbackItem).where(FeedbackItem.submission_id == submission.id)
    return list(ctx.session.scalars(query.order_by(FeedbackItem.number)))


def submission_view(ctx: Ctx, s: HomeOfficeSubmission) -> dict:
    return {
        "id": s.id,
        "review_id": s.review_id,
        "round": s.round,
        "versions": s.pins,
        "check_id": s.check_id,
        "submitted_on": s.submitted_on.isoformat(),
        "outcome": s.outcome,
        "outcome_received_on": s.outcome_received_on and s.outcome_received_on.isoformat(),
        "letter_document_id": s.letter_document_id,
        "feedback_items": [
            {
                "id": i.id,
                "number": i.number,
                "text": i.text,
                "response": i.response,
                "answered_in": i.answered_in,
                "answered_by": i.answered_by,
            }
            for i in _items(ctx, s)
        ],
    }


def reviewer_queue(ctx: Ctx) -> list[dict]:
    """For a Home Office reviewer: every CSP's latest submission, with the exact versions they
    may read; nothing else of the reviews."""
    if not ctx.principal.home_office:
        raise Forbidden("Only Home Office reviewers read the submissions queue")
    found = {}
    for s in ctx.session.scalars(select(HomeOfficeSubmission).order_by(HomeOfficeSubmission.id)):
        found[s.review_id] = s  # the latest round wins
    queue = []
    for submission in found.values():
        review = records.load(ctx, Review, submission.review_id)
        queue.append(
            {
                "review_reference": review.reference,
                "csp": review.csp.code,
                "round": submission.round,
                "submitted_on": submission.submitted_on.isoformat(),
                "outcome": submission.outcome,
                "versions": submission.pins,
            }
        )
    return queue


def submit(ctx: Ctx, review_id: int, data: SubmissionRequest) -> dict:
    review = records.open_review(ctx, review_id, "submit_to_home_office", lock=True)
    new_state = lifecycle.next_state(review.state, "submit_to_home_office")
    signed = signoffs.current_signed(ctx, review, "csp")
    check = ctx.session.get(PresubmissionCheck, data["check_id"]) if signed is not None else None
    rules.check_submission(
        review.id,
        None if signed is None else {k: (s.document_id, s.sha256) for k, s in signed.items()},
        check
        and rules.CheckedVersions(
            review_id=check.review_id,
            overview=(check.overview_document_id, check.overview_sha256),
            summary=(check.summary_document_id, check.summary_sha256),
            blocking=check.blocking,
        ),
    )
    # V19 refused the submission unless both were found.
    signed = known(signed, "V19 refused a submission without CSP sign-offs")
    check = known(check, "V19 refused a submission without a pre-submission check")
    previous = _latest(ctx, review)
    submission = HomeOfficeSubmission(
        review_id=review.id,
        round=(previous.round + 1) if previous else 1,
        pins={
            kind: {"document_id": s.document_id, "label": s.label, "sha256": s.sha256}
            for kind, s in signed.items()
        },
        check_id=check.id,
        submitted_on=data["submitted_on"],
        submitted_by=ctx.actor_id,
    )
    ctx.session.add(submission)
    review.state = new_state
    ctx.session.flush()
    record(
        ctx, review, "home_office.submitted", {"submission_id": submission.id, **submission.pins}
    )
    return submission_view(ctx, submission)


def record_outcome(ctx: Ctx, submission_id: int, data: OutcomeRequest) -> dict:
    submission = ctx.session.get(HomeOfficeSubmission, submission_id)
    if submission is None:
        raise NotFound("submission")
    review = records.open_review(ctx, submission.review_id, "record_home_office_outcome", lock=True)
    letter = ctx.session.get(Document, data["letter_document_id"])
    is_letter = letter is not None and letter.review_id == review.id and letter.kind == "qa_letter"
    rules.check_outcome(data, OUTCOMES, is_letter, submission.submitted_on, ctx.today)
    letter = known(letter, "check_outcome refused the request when it was no QA letter")
    if submission.outcome is not None:
        raise Conflict(f"The outcome of round {submission.round} is already recorded", "outcome")
    review.state = lifecycle.next_state(
        review.state, "record_home_office_outcome", outcome=data["outcome"]
    )
    submission.outcome, submission.outcome_received_on = data["outcome"], data["received_on"]
    submission.letter_document_id = letter.id
    for number, text in enumerate(data["feedback_items"], start=1):
        ctx.session.add(FeedbackItem(submission_id=submission.id, number=number, text=text))
    ctx.session.flush()
    record(
        ctx,
        review,
        "home_office.outcome",
        {
            "submission_id": submission.id,
            "outcome": submission.outcome,
            "items": len(data["feedback_items"]),
        },
    )
    outbox.emit(
        ctx,
        review,
        "home_office.outcome",
        f"submission:{submission.id}:outcome",
        {
            "review_reference": review.reference,
            "outcome": submission.outcome,
            "submission_id": submission.id,
            "feedback_items": [{"id": i.id, "number": i.number} for i in _items(ctx, submission)],
        },
    )
    return submission_view(ctx, submission)


def answer(ctx: Ctx, item_id: int, data: FeedbackAnswer) -> dict:
    """V20: how one point of the letter was answered, and in which version."""
    item = ctx.session.get(FeedbackItem, item_id)
    if item is None:
        raise NotFound("feedback item")
    submission = records.load(ctx, HomeOfficeSubmission, item.submission_id, "submission")
    review = records.open_review(ctx, submission.review_id, "answer_feedback", lock=True)
    lifecycle.next_state(review.state, "answer_feedback")
    latest = _latest(ctx, review)
    if latest is None or submission.id != latest.id:
        raise Conflict("This item belongs to an earlier round", "item_id")
    doc = ctx.session.get(Document, data["document_id"]) if data.get("document_id") else None
    errors = FieldErrors()
    errors.check(
        data.get("document_id") is None or (doc is not None and doc.review_id == review.id),
        "document_id",
        "No document of this review has this id",
    )
    errors.raise_if_any()
    item.response = data["response"]
    item.answered_in = doc and {
        "document_id": doc.id,
        "label": data.get("version") or doc.current_label,
    }
    item.answered_by, item.answered_at = ctx.actor_id, ctx.clock.now()
    record(ctx, review, "home_office.feedback_answered", {"item_id": item.id})
    return submission_view(ctx, submission)


def _unanswered(ctx: Ctx, submission: HomeOfficeSubmission) -> list[int]:
    return [i.number for i in _items(ctx, submission) if not (i.response or "").strip()]


def clear(ctx: Ctx, review_id: int, data: ClearanceRequest) -> dict:
    """Clearance of exact versions: the submitted ones, or those revised as the letter asked."""
    review = records.open_review(ctx, review_id, "record_clearance", lock=True)
    new_state = lifecycle.next_state(review.state, "record_clearance")
    submission = _latest(ctx, review)
    if submission is None:  # the state machine allows clearance only after a submission
        raise NotFound("submission")
    rules.check_clearance(submission.outcome, _unanswered(ctx, submission), data, ctx.today)
    pins = dict(submission.pins)
    if submission.outcome == "approved_subject_to_changes":
        pins = {
            kind: {"document_id": d.id, "label": d.current_label, "sha256": d.current_sha256}
            for kind in pins
            if (d := ctx.session.get(Document, pins[kind]["document_id"]))
        }
        revised_signoffs.require_signed(ctx, review, submission, pins)
    clearance = Clearance(
        review_id=review.id,
        submission_id=submission.id,
        pins=pins,
        cleared_on=data["cleared_on"],
        recorded_by=ctx.actor_id,
    )
    ctx.session.add(clearance)
    review.state = new_state
    ctx.session.flush()
    record(ctx, review, "home_office.cleared", {"clearance_id": clearance.id, **pins})
    return {"id": clearance.id, "cleared_on": clearance.cleared_on.isoformat(), "versions": pins}


def distribute(ctx: Ctx, review_id: int, data: DistributionRequest) -> dict:
    """V21: copies sent; the review counts as distributed once every agency and body has one."""
    review = records.open_review(ctx, review_id, "record_distribution", lock=True)
    lifecycle.next_state(review.state, "record_distribution")
    agencies = records.participating_agencies(ctx, review.id)
    rules.check_distribution(data["entries"], agencies, ctx.today)
    for i, entry in enumerate(data["entries"]):
        if entry.get("person_id") is not None:
            people.visible(ctx, entry["person_id"], f"entries[{i}].person_id", review.csp_id)
    for entry in data["entries"]:
        ctx.session.add(Distribution(review_id=review.id, recorded_by=ctx.actor_id, **entry))
    ctx.session.flush()
    outstanding = distribution_outstanding(ctx, review)
    if not outstanding and review.state == lifecycle.State.CLEARED:
        review.state = lifecycle.State.DISTRIBUTED
    record(ctx, review, "review.distributed", {"entries": len(data["entries"])})
    return {"state": review.state, "outstanding": outstanding}


def distribution_outstanding(ctx: Ctx, review: Review) -> list[str]:
    sent = list(
        ctx.session.scalars(select(Distribution).where(Distribution.review_id == review.id))
    )
    return rules.distribution_outstanding(
        [(d.recipient, d.agency_id) for d in sent],
        records.participating_agencies(ctx, review.id),
        ctx.rules(review.guidance_version).report_recipients,
    )


def conclude(ctx: Ctx, review_id: int, data: ConclusionRequest) -> dict:
    """V21 done and V22: every action complete, or closed with a reason."""
    review = records.open_review(ctx, review_id, "conclude", lock=True)
    new_state = lifecycle.next_state(review.state, "conclude")
    open_actions = [
        row.id
        for row in ctx.session.scalars(select(ActionRow).where(ActionRow.review_id == review.id))
        if not is_closed(row.status, row.closure_reason)
    ]
    outstanding = distribution_outstanding(ctx, review)
    rules.check_conclusion(open_actions, outstanding, data, ctx.today)
    ctx.session.add(
        Conclusion(
            review_id=review.id,
            concluded_on=data["concluded_on"],
            note=data["note"],
            recorded_by=ctx.actor_id,
        )
    )
    review.state = new_state
    record(ctx, review, "review.concluded", {"concluded_on": data["concluded_on"].isoformat()})
    return {"state": review.state, "concluded_on": data["concluded_on"].isoformat()}
