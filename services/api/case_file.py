"""Routes reading a review's whole record: the case file, and the later records as lists
(submissions, feedback points, clearances, distribution, conclusions); reopening a review."""

from __future__ import annotations

from flask_smorest import Blueprint
from marshmallow import Schema, validate

from services.api import schemas as s
from services.api.context import run
from services.api.responses import case_file as c
from services.api.responses import routing as rr
from services.api.responses.base import Many
from services.workflows.case_file import case_file
from services.workflows.case_file import lists as record_lists
from services.workflows.reminders import reminders
from services.workflows.routing import reopening

blp = Blueprint("case_file", __name__, url_prefix="/api/v1", description="The case file")


class ReopenSchema(Schema):
    reason = s.Text(required=True, validate=validate.Length(min=1, max=2_000))


@blp.route("/reviews/<id:review_id>/case-file", methods=["GET"])
@blp.response(200, c.CaseFileResponse)
def get_case_file(review_id):
    """Every record of the review in process order, as far as you may see each, with the ids
    the next step needs and your allowed_actions on each (an auditor: ids, dates, states)."""
    return run(case_file.case_file, review_id)


@blp.route("/reviews/<id:review_id>/home-office-submissions", methods=["GET"])
@blp.response(200, Many(rr.SubmissionResponse))
def list_submissions(review_id):
    """Each Home Office round: the versions sent, the letter, the outcome, the points."""
    return run(record_lists.submissions, review_id)


@blp.route("/home-office-submissions/<id:submission_id>", methods=["GET"])
@blp.response(200, rr.SubmissionResponse)
def get_submission(submission_id):
    return run(record_lists.submission, submission_id)


@blp.route("/reviews/<id:review_id>/feedback-items", methods=["GET"])
@blp.response(200, Many(c.FeedbackItemResponse))
def list_feedback_items(review_id):
    """Every point of every Home Office letter with its answer; answer one at
    POST /feedback-items/{id}/response."""
    return run(record_lists.feedback_items, review_id)


@blp.route("/reviews/<id:review_id>/clearance", methods=["GET"])
@blp.response(200, Many(c.ClearanceRecordResponse))
def list_clearances(review_id):
    """The clearance records: the exact versions that may be published."""
    return run(record_lists.clearances, review_id)


@blp.route("/reviews/<id:review_id>/distribution", methods=["GET"])
@blp.response(200, c.DistributionLogResponse)
def get_distribution(review_id):
    """The distribution log and who is still to receive a copy (V21)."""
    return run(record_lists.distribution, review_id)


@blp.route("/reviews/<id:review_id>/conclusion", methods=["GET"])
@blp.response(200, c.ConclusionsResponse)
def get_conclusions(review_id):
    """The review's conclusions and reopenings."""
    return run(record_lists.conclusions, review_id)


@blp.route("/reviews/<id:review_id>/reopening", methods=["POST"])
@blp.arguments(ReopenSchema)
@blp.response(201, c.ReopeningResponse)
def reopen(data, review_id):
    """The CSP chair reopens a concluded review, saying why (audited): its documents can be
    changed again and it goes back to published (or distributed)."""
    return run(reopening.reopen, review_id, data)


@blp.route("/me/notifications", methods=["GET"])
@blp.response(200, Many(rr.NotificationResponse))
def my_notifications():
    """The deadline reminders sent to you (IMRs due, sign-offs waiting, deadlines), newest
    first, as the task pane shows them."""
    return run(reminders.mine)
