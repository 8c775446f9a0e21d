"""Responses of the Power Automate plumbing: subscriptions (the webhook trigger), what the
trigger posts to a flow, the outbox and the pane's notifications."""

from __future__ import annotations

from flask import current_app

from services.api.responses.base import Body, Int, Lst, Obj, Raw, Str, maybe

NOTIFICATION = "SubscriptionNotification"


class SubscriptionResponse(Body):
    id = Int(required=True, metadata={"x-ms-summary": "Subscription id"})
    event = Str(required=True, metadata={"x-ms-summary": "Event"})
    csp = Str(required=True, metadata={"x-ms-summary": "CSP code"})


class SubscriptionNotificationSchema(Body):
    """What the service POSTs to a flow's callback URL (x-ms-notification-content). Every event
    has `event`, `key` and `sequence`; the other members depend on the event."""

    event = Str(required=True, metadata={"x-ms-summary": "Event"})
    key = Str(required=True, metadata={"x-ms-summary": "Event key (stable across retries)"})
    sequence = Int(required=True, metadata={"x-ms-summary": "Sequence"})
    review_reference = Str(metadata={"x-ms-summary": "Review reference"})
    csp = Str(metadata={"x-ms-summary": "CSP code"})
    state = Str(metadata={"x-ms-summary": "Review state or sign-off state"})
    next_deadline = maybe(Str, metadata={"x-ms-summary": "Next deadline"})
    next_deadline_name = maybe(Str, metadata={"x-ms-summary": "Next deadline's name"})
    chair = maybe(Str, metadata={"x-ms-summary": "Chair"})
    id = Int(metadata={"x-ms-summary": "Sign-off id"})
    stage = Str(metadata={"x-ms-summary": "Sign-off stage"})
    document_title = Str(metadata={"x-ms-summary": "Document title"})
    document_kind = Str(metadata={"x-ms-summary": "Document kind"})
    requested_by_name = maybe(Str, metadata={"x-ms-summary": "Requested by"})
    outcome = Str(metadata={"x-ms-summary": "Home Office outcome"})
    action_id = maybe(Int, metadata={"x-ms-summary": "Action id"})
    action = Str(metadata={"x-ms-summary": "Action"})
    lead_agency = Str(metadata={"x-ms-summary": "Lead agency"})
    lead_officer = Str(metadata={"x-ms-summary": "Lead officer"})
    target_date = maybe(Str, metadata={"x-ms-summary": "Target date"})
    days_left = Int(metadata={"x-ms-summary": "Days left"})
    url = Str(metadata={"x-ms-summary": "Link"})
    person = Str(metadata={"x-ms-summary": "Person"})
    imrs_read = Int(metadata={"x-ms-summary": "IMRs read"})


LOCATION = {
    "Location": {
        "description": "The subscription's absolute URL: DELETE it to unsubscribe",
        "schema": {"type": "string", "format": "uri"},
    }
}


def absolute(path: str) -> str:
    """The public URL of a path of ours (Power Automate calls the Location it was given)."""
    return current_app.extensions["dhr"].settings.public_url + path


class PublicationResponse(Body):
    built_at = maybe(Str, required=True)
    built_by = maybe(Int, required=True)
    confirmed_at = maybe(Str, required=True)
    confirmed_by = maybe(Int, required=True)
    dropped = Lst(Obj(), required=True)
    files = Lst(Obj(), required=True)
    id = Int(required=True)
    review_id = maybe(Int, required=True)
    state = Str(required=True)


class ClearanceResponse(Body):
    cleared_on = maybe(Str, required=True)
    id = Int(required=True)
    versions = Obj(required=True)


class ConclusionResponse(Body):
    concluded_on = maybe(Str, required=True)
    state = Str(required=True)


class SignoffResponse(Body):
    comments = Str(required=True)
    decided_at = maybe(Str, required=True)
    decided_by = maybe(Int, required=True)
    document_id = maybe(Int, required=True)
    due_on = maybe(Str, required=True)
    id = Int(required=True)
    library_status = maybe(Raw, required=True)
    requested_at = maybe(Str, required=True)
    requested_by = maybe(Int, required=True)
    review_id = maybe(Int, required=True)
    stage = Str(required=True)
    state = Str(required=True)
    version = Obj(required=True)


class DistributionResponse(Body):
    outstanding = Lst(Str(), required=True)
    state = Str(required=True)


class OutboxEventResponse(Body):
    attempts = Int(required=True)
    created_at = maybe(Str, required=True)
    delivered_at = maybe(Str, required=True)
    event = Str(required=True)
    id = Int(required=True)
    key = Str(required=True)
    last_error = Str(required=True)
    next_attempt_at = maybe(Str, required=True)
    review_id = maybe(Int, required=True)
    state = Str(required=True)
    target = Str(required=True)


class NotificationResponse(Body):
    at = Str(required=True)
    event = Str(required=True)
    id = Int(required=True)
    payload = Obj(required=True)


class SubmissionResponse(Body):
    check_id = maybe(Int, required=True)
    feedback_items = Lst(Obj(), required=True)
    id = Int(required=True)
    letter_document_id = maybe(Int, required=True)
    outcome = maybe(Str, required=True)
    outcome_received_on = maybe(Str, required=True)
    review_id = maybe(Int, required=True)
    round = Int(required=True)
    submitted_on = maybe(Str, required=True)
    versions = Obj(required=True)


class HomeOfficeQueueResponse(Body):
    review_reference = Str(required=True)
    csp = Str(required=True)
    round = Int(required=True)
    submitted_on = maybe(Str, required=True)
    outcome = maybe(Str, required=True)
    versions = Raw(required=True)
