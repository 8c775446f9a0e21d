"""Routes for sign-off routing: sign-offs, the Home Office round, clearance, distribution,
conclusion; and the Microsoft 365 plumbing: subscriptions, the outbox, notifications."""

from __future__ import annotations

from flask import request, url_for
from flask_smorest import Blueprint

from services.api import schemas as s
from services.api.context import public, run, services, session
from services.api.files import attachment
from services.api.imrs import IDEMPOTENCY
from services.api.responses import routing as r
from services.api.responses.base import PDF, Many, binary
from services.domain.errors import NotFound
from services.workflows.kernel import outbox
from services.workflows.kernel.idempotency import HEADER
from services.workflows.publication import publication
from services.workflows.routing import home_office, signoffs, subscriptions

blp = Blueprint("routing", __name__, url_prefix="/api/v1", description="Sign-off routing")


@blp.route("/documents/<id:doc_id>/signoffs", methods=["POST"])
@blp.arguments(s.SignOffRequestSchema)
@blp.response(201, r.SignoffResponse)
def request_signoff(data, doc_id):
    """Ask the panel (stage panel) or the CSP (stage csp) to sign off one exact version."""
    return run(signoffs.request, doc_id, data)


@blp.route("/reviews/<id:review_id>/signoffs", methods=["GET"])
@blp.response(200, Many(r.SignoffResponse))
def list_signoffs(review_id):
    return run(signoffs.list_signoffs, review_id)


@blp.route("/signoffs/<id:signoff_id>/decision", methods=["POST"])
@blp.arguments(s.SignOffDecisionSchema)
@blp.response(200, r.SignoffResponse)
@blp.doc(**IDEMPOTENCY)
def decide_signoff(data, signoff_id):
    """Approve or reject; not by whoever saved the version (four eyes); 409 if it is stale."""
    view, replayed = run(signoffs.decide, signoff_id, data, request.headers.get(HEADER))
    return view, 200, {"Idempotent-Replayed": "true" if replayed else "false"}


@blp.route("/reviews/<id:review_id>/home-office-submissions", methods=["POST"])
@blp.arguments(s.SubmissionRequestSchema)
@blp.response(201, r.SubmissionResponse)
@blp.doc(operationId="SubmitToHomeOffice")
def submit(data, review_id):
    """Send the CSP-signed versions with a clean pre-submission check (V19)."""
    return run(home_office.submit, review_id, data)


@blp.route("/home-office/queue", methods=["GET"])
@blp.response(200, Many(r.HomeOfficeQueueResponse))
def home_office_queue():
    """Home Office reviewers: each review's latest submission and the versions they may read."""
    return run(home_office.reviewer_queue)


@blp.route("/home-office-submissions/<id:submission_id>/outcome", methods=["POST"])
@blp.arguments(s.OutcomeSchema)
@blp.response(200, r.SubmissionResponse)
def outcome(data, submission_id):
    """The panel's letter (a qa_letter document), its outcome and its feedback items."""
    return run(home_office.record_outcome, submission_id, data)


@blp.route("/feedback-items/<id:item_id>/response", methods=["POST"])
@blp.arguments(s.FeedbackResponseSchema)
@blp.response(200, r.SubmissionResponse)
def respond(data, item_id):
    """How one point of the letter was answered, and in which version (V20)."""
    return run(home_office.answer, item_id, data)


@blp.route("/reviews/<id:review_id>/clearance", methods=["POST"])
@blp.arguments(s.ClearanceSchema)
@blp.response(201, r.ClearanceResponse)
def clearance(data, review_id):
    """Home Office clearance, pinned to the exact versions that may be published (V18)."""
    return run(home_office.clear, review_id, data)


@blp.route("/reviews/<id:review_id>/distribution", methods=["POST"])
@blp.arguments(s.DistributionSchema)
@blp.response(201, r.DistributionResponse)
def distribution(data, review_id):
    """Copies sent to agencies' senior managers and national bodies (V21)."""
    return run(home_office.distribute, review_id, data)


@blp.route("/reviews/<id:review_id>/conclusion", methods=["POST"])
@blp.arguments(s.ConclusionSchema)
@blp.response(201, r.ConclusionResponse)
def conclusion(data, review_id):
    """Formal conclusion: every action complete or closed with a reason (V22)."""
    return run(home_office.conclude, review_id, data)


@blp.route("/reviews/<id:review_id>/notifications", methods=["GET"])
@blp.response(200, Many(r.NotificationResponse))
def notifications(review_id):
    """Events delivered to the task pane on the embedded default."""
    return run(subscriptions.notifications, review_id)


@blp.route("/subscriptions", methods=["POST"])
@blp.arguments(s.SubscriptionSchema)
@blp.response(201, r.SubscriptionResponse, headers=r.LOCATION)
@blp.doc(**{"x-ms-trigger": "single"})
def subscribe(data):
    """A Power Automate webhook trigger; DELETE the Location to unsubscribe."""
    view = run(subscriptions.subscribe, data)
    return (
        view,
        201,
        {"Location": r.absolute(url_for("routing.unsubscribe", subscription_id=view["id"]))},
    )


@blp.route("/subscriptions/<id:subscription_id>", methods=["DELETE"])
@blp.response(204)
def unsubscribe(subscription_id):
    run(subscriptions.unsubscribe, subscription_id)
    return "", 204


@blp.route("/admin/outbox", methods=["GET"])
@blp.arguments(s.OutboxFilterSchema, location="query")
@blp.response(200, Many(r.OutboxEventResponse))
def list_outbox(query):
    """Events waiting, delivered or failed, with attempts and the last error (administrators)."""
    return run(outbox.list_outbox, query["state"])


@blp.route("/admin/outbox/<id:event_id>/retry", methods=["POST"])
@blp.response(200, r.OutboxEventResponse)
def retry_outbox(event_id):
    return run(outbox.retry, event_id)


@blp.route("/reviews/<id:review_id>/publication", methods=["POST"])
@blp.response(201, r.PublicationResponse)
def build_publication(review_id):
    """The pack: the cleared versions rebuilt as new documents and tagged PDFs, scanned at every
    stage (word, reconstructed, pdf); 409 with every finding. Lists what did not carry over."""
    return run(publication.build, review_id)


@blp.route("/reviews/<id:review_id>/publication/<id:publication_id>/confirm", methods=["POST"])
@blp.response(200, r.PublicationResponse)
def confirm_publication(review_id, publication_id):
    """A second person publishes the pack."""
    return run(publication.confirm, review_id, publication_id)


@blp.route("/reviews/<id:review_id>/publication", methods=["GET"])
@blp.response(200, Many(r.PublicationResponse))
def list_publications(review_id):
    """What was published, when, by whom, with hashes."""
    return run(publication.list_publications, review_id)


@blp.route("/publications/<id:publication_id>/files/<digest>.pdf", methods=["GET"])
@blp.response(200, **binary(PDF))
@blp.doc(security=[])
@public
def published_file(publication_id, digest):
    """A published PDF: public, served only from the publication store."""
    data_dir = services().settings.data_dir
    try:
        data, name = publication.published_file(session(), data_dir, publication_id, digest)
    except FileNotFoundError as exc:
        raise NotFound("file") from exc
    return attachment(data, name, "application/pdf")
