"""What the routing use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/stages.py; tests/unit/test_request_types.py keeps the two in step).

A key is required here when the schema requires the field or gives it a default, so it is
always present once loaded."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class SignOffRequest(TypedDict):
    stage: str  # panel | csp
    version: str
    due_on: date | None


class SignOffDecision(TypedDict):
    decision: str  # approve | reject
    comments: str
    version: str | None  # the version the decider read, when they name it


class SubmissionRequest(TypedDict):
    check_id: int
    submitted_on: date


class OutcomeRequest(TypedDict):
    outcome: str
    received_on: date
    letter_document_id: int
    feedback_items: list[str]


class FeedbackAnswer(TypedDict):
    response: str
    document_id: int | None
    version: str | None


class ClearanceRequest(TypedDict):
    cleared_on: date


class DistributionEntry(TypedDict):
    recipient: str  # agency | domestic_abuse_commissioner | secretary_of_state
    agency_id: int | None
    person_id: int | None
    sent_on: date
    method: str


class DistributionRequest(TypedDict):
    entries: list[DistributionEntry]


class ConclusionRequest(TypedDict):
    concluded_on: date
    note: str


class SubscriptionRequest(TypedDict):
    event: str
    callback_url: str
    csp: str  # the CSP's code


class ReopenRequest(TypedDict):
    reason: str
