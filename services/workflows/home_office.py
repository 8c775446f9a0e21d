"""The Home Office QA round and what follows (domain.md §5 steps 19-27; V19-V22).

Submission needs the CSP's sign-off of the exact versions sent (V19) and a clean pre-submission
check of those versions. The panel's outcome is recorded from its letter with its feedback items;
a resubmission needs every item answered (V20). Clearance pins the versions that may be published
(V18). Distribution to each agency's senior manager and the Domestic Abuse Commissioner is logged
(V21). The review concludes only when every action is complete or closed with a reason (V22).
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.action_tracking import is_closed
from services.domain.errors import Conflict, FieldErrors, Forbidden, NotFound
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
from services.workflows import outbox, records, signoffs
from services.workflows.context import Ctx
from services.workflows.notify import record

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
        review = ctx.session.get(Review, submission.review_id)
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


def submit(ctx: Ctx, review_id: int, data: dict) -> dict:
    review = records.open_review(ctx, review_id, "submit_to_home_office", lock=True)
    new_state = lifecycle.next_state(review.state, "submit_to_home_office")
    signed = signoffs.current_signed(ctx, review, "csp")
    errors = FieldErrors()
    if signed is None:
        errors.add(
            "versions",
            "The CSP has not signed off the current overview report, executive summary and "
            "action plan (V19)",
        )
        errors.raise_if_any()
    check = ctx.session.get(PresubmissionCheck, data["check_id"])
    overview, summary = signed["overview_report"], signed["executive_summary"]
    errors.check(
        check is not None
        and check.review_id == review.id
        and (check.overview_document_id, check.overview_sha256)
        == (overview.document_id, overview.sha256)
        and (check.summary_document_id, check.summary_sha256)
        == (summary.document_id, summary.sha256),
        "check_id",
        "Run the pre-submission check on the signed-off versions and give its id",
    )
    errors.check(
        check is None or check.blocking == 0,
        "check_id",
        "The pre-submission check has blocking findings: resolve them first",
    )
    errors.raise_if_any()
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


def record_outcome(ctx: Ctx, submission_id: int, data: dict) -> dict:
    submission = ctx.session.get(HomeOfficeSubmission, submission_id)
    if submission is None:
        raise NotFound("submission")
    review = records.open_review(ctx, submission.review_id, "record_home_office_outcome", lock=True)
    errors = FieldErrors()
    errors.check(data["outcome"] in OUTCOMES, "outcome", f"One of {', '.join(OUTCOMES)}")
    letter = ctx.session.get(Document, data["letter_document_id"])
    errors.check(
        letter is not None and letter.review_id == review.id and letter.kind == "qa_letter",
        "letter_document_id",
        "Upload the panel's letter as a document of kind qa_letter and give its id",
    )
    errors.check(
        data["outcome"] == "approved" or bool(data["feedback_items"]),
        "feedback_items",
        "List the changes the panel asked for",
    )
    errors.not_before(data, "received_on", submission.submitted_on, "the submission")
    errors.not_future(data, "received_on", ctx.today)
    errors.raise_if_any()
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
        {"review_reference": review.reference, "outcome": submission.outcome},
    )
    return submission_view(ctx, submission)


def answer(ctx: Ctx, item_id: int, data: dict) -> dict:
    """V20: how one point of the letter was answered, and in which version."""
    item = ctx.session.get(FeedbackItem, item_id)
    if item is None:
        raise NotFound("feedback item")
    submission = ctx.session.get(HomeOfficeSubmission, item.submission_id)
    review = records.open_review(ctx, submission.review_id, "answer_feedback", lock=True)
    lifecycle.next_state(review.state, "answer_feedback")
    if submission.id != _latest(ctx, review).id:
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


def clear(ctx: Ctx, review_id: int, data: dict) -> dict:
    """Clearance of exact versions: the submitted ones, or those revised as the letter asked."""
    review = records.open_review(ctx, review_id, "record_clearance", lock=True)
    new_state = lifecycle.next_state(review.state, "record_clearance")
    submission = _latest(ctx, review)
    errors = FieldErrors()
    if submission.outcome == "resubmission_required":
        errors.add("outcome", "The panel asked for a resubmission: submit the revised report")
    missing = _unanswered(ctx, submission)
    errors.check(not missing, "feedback_items", f"Answer items {missing} of the letter first (V20)")
    errors.not_future(data, "cleared_on", ctx.today)
    errors.raise_if_any()
    pins = dict(submission.pins)
    if submission.outcome == "approved_subject_to_changes":
        pins = {
            kind: {"document_id": d.id, "label": d.current_label, "sha256": d.current_sha256}
            for kind in pins
            if (d := ctx.session.get(Document, pins[kind]["document_id"]))
        }
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


def distribute(ctx: Ctx, review_id: int, data: dict) -> dict:
    """V21: copies sent; the review counts as distributed once every agency and body has one."""
    review = records.open_review(ctx, review_id, "record_distribution", lock=True)
    lifecycle.next_state(review.state, "record_distribution")
    errors = FieldErrors()
    agencies = records.participating_agencies(ctx, review.id)
    for i, entry in enumerate(data["entries"]):
        if entry["recipient"] == "agency":
            errors.check(
                entry.get("agency_id") in agencies,
                f"entries[{i}].agency_id",
                "Not an agency taking part in this review",
            )
        errors.not_future(entry, "sent_on", ctx.today)
    errors.raise_if_any()
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
    agencies = records.participating_agencies(ctx, review.id)
    missing = [
        f"agency: {name}"
        for agency_id, name in agencies.items()
        if not any(d.recipient == "agency" and d.agency_id == agency_id for d in sent)
    ]
    for body in ctx.rules(review.guidance_version).report_recipients:
        if body != "home_office" and not any(d.recipient == body for d in sent):
            missing.append(body)
    return missing


def conclude(ctx: Ctx, review_id: int, data: dict) -> dict:
    """V21 done and V22: every action complete, or closed with a reason."""
    review = records.open_review(ctx, review_id, "conclude", lock=True)
    new_state = lifecycle.next_state(review.state, "conclude")
    errors = FieldErrors()
    open_actions = [
        row.id
        for row in ctx.session.scalars(select(ActionRow).where(ActionRow.review_id == review.id))
        if not is_closed(row.status, row.closure_reason)
    ]
    errors.check(
        not open_actions,
        "actions",
        f"Actions {open_actions} are neither complete nor closed with a reason (V22)",
    )
    outstanding = distribution_outstanding(ctx, review)
    errors.check(not outstanding, "distribution", f"Not yet sent to: {', '.join(outstanding)}")
    errors.not_future(data, "concluded_on", ctx.today)
    errors.raise_if_any()
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
