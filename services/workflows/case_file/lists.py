"""The later records of a review as lists, each with the ids the next step needs: Home Office
submissions, their feedback points, clearances, the distribution log and the conclusions.
Readable by everyone who may see the review (the overview author answers the points)."""

from __future__ import annotations

from services.domain.errors import NotFound
from services.storage.models import HomeOfficeSubmission, Review
from services.workflows.case_file import later as case_file_later
from services.workflows.kernel import next_steps, records
from services.workflows.kernel.context import Ctx


def _open(ctx: Ctx, review_id: int) -> tuple[Review, list[str]]:
    review = records.open_review(ctx, review_id, "view_review")
    return review, next_steps.actions_now(ctx, review)


def submissions(ctx: Ctx, review_id: int) -> list[dict]:
    review, now = _open(ctx, review_id)
    return case_file_later.home_office_rounds(ctx, review, now)


def submission(ctx: Ctx, submission_id: int) -> dict:
    found = ctx.session.get(HomeOfficeSubmission, submission_id)
    if found is None:
        raise NotFound("submission")
    for view in submissions(ctx, found.review_id):
        if view["id"] == found.id:
            return view
    raise NotFound("submission")


def feedback_items(ctx: Ctx, review_id: int) -> list[dict]:
    """Every point of every letter, oldest round first, with its submission and answer."""
    return [
        {**item, "submission_id": s["id"], "round": s["round"]}
        for s in submissions(ctx, review_id)
        for item in s["feedback_items"]
    ]


def clearances(ctx: Ctx, review_id: int) -> list[dict]:
    review, _ = _open(ctx, review_id)
    return case_file_later.clearances(ctx, review)


def distribution(ctx: Ctx, review_id: int) -> dict:
    review, now = _open(ctx, review_id)
    return case_file_later.distribution(ctx, review, now)


def conclusions(ctx: Ctx, review_id: int) -> dict:
    review, now = _open(ctx, review_id)
    return case_file_later.conclusions(ctx, review, now)
