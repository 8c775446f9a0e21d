"""Routes for a review's lifecycle: notification, decision, panel, terms and their records."""

from __future__ import annotations

from flask import url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import run
from services.api.responses import reviews as r
from services.api.responses.base import Body, Many
from services.workflows.kernel import review_audit, views
from services.workflows.kernel.records import open_review
from services.workflows.publication import anonymity
from services.workflows.reviews import decision as decide
from services.workflows.reviews import notification as notify
from services.workflows.reviews import panel, subjects, terms

blp = Blueprint("reviews", __name__, url_prefix="/api/v1", description="Domestic Homicide Reviews")


@blp.route("/reviews", methods=["POST"])
@blp.arguments(s.NotificationSchema)
@blp.response(201, r.ReviewResponse)
def notify_death(data):
    """Record a police notification of a death; creates the review and its reference."""
    view = run(notify.notify_death, data)
    return view, 201, {"Location": url_for("reviews.get_review", review_id=view["id"])}


@blp.route("/reviews", methods=["GET"])
@blp.arguments(s.ReviewFilterSchema, location="query")
@blp.response(200, Many(r.ReviewSummaryResponse))
def list_reviews(query):
    return run(notify.list_reviews, query["csp"], query["state"])


@blp.route("/reviews/<id:review_id>", methods=["GET"])
@blp.response(200, r.ReviewResponse)
def get_review(review_id):
    """State, deadlines, records, and the actions the caller may take now."""
    return run(
        lambda ctx, rid: views.review_view(ctx, open_review(ctx, rid, "view_review")), review_id
    )


def _step(
    path: str,
    use_case,
    schema=None,
    method="POST",
    status=200,
    response: type[Body] | Body = r.ReviewResponse,
):
    """One route per lifecycle step: parse, run the use case, answer with the review."""

    def view(*args, review_id):
        return run(use_case, review_id, *args)

    view.__name__ = use_case.__name__
    view.__doc__ = use_case.__doc__
    decorated = blp.response(status, response)(view)
    if schema is not None:
        decorated = blp.arguments(schema)(decorated)
    blp.route(f"/reviews/<id:review_id>/{path}", methods=[method])(decorated)


_step("scoping", decide.start_scoping, s.ScopingSchema)
_step("decision", decide.decide, s.DecisionSchema, status=201)
_step(
    "home-office-notifications", decide.tell_home_office, s.HomeOfficeNotificationSchema, status=201
)
_step("secretary-of-state-direction", decide.direct_review, s.DirectionSchema, status=201)
_step("chair", panel.appoint_chair, s.ChairSchema, method="PUT")
_step("panel-members", panel.add_panel_member, s.PanelMemberSchema, status=201)
_step("panel/establish", panel.establish_panel)
_step("terms-of-reference", terms.agree_terms, s.TermsSchema, method="PUT")
_step("imrs/start", terms.start_imrs)
_step("extensions", terms.record_extension, s.ExtensionSchema, status=201)
_step("parallel-proceedings", terms.log_parallel_proceeding, s.ParallelProceedingSchema, status=201)
_step("subjects", subjects.add_subject, s.SubjectSchema, status=201, response=r.SubjectResponse)
_step("subjects", subjects.list_subjects, method="GET", response=Many(r.SubjectResponse))
_step(
    "sensitive-terms",
    anonymity.add_term,
    s.SensitiveTermSchema,
    status=201,
    response=r.SensitiveTermResponse,
)
_step("sensitive-terms", anonymity.list_terms, method="GET", response=Many(r.SensitiveTermResponse))
_step("audit", review_audit.review_audit, method="GET", response=r.ReviewAuditResponse)
