"""What the opening stages' use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/reviews.py and stages.py; tests/unit/test_request_types.py keeps the two
in step). A key is required here when the schema requires the field or gives it a default, so
it is always present once loaded."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class Victim(TypedDict):
    name: str
    sex: str
    date_of_birth: date | None
    age: int | None


class Officer(TypedDict):
    name: str
    force: str


class NotificationRequest(TypedDict):
    csp: str  # the CSP's code
    guidance_version: str | None  # the CSP's own when None
    victim: Victim
    date_of_death: date
    relationship: str
    notified_on: date
    notifying_officer: Officer


class ScopingRequest(TypedDict):
    started_on: date
    agency_ids: list[int]


class DecisionRequest(TypedDict):
    proceed: bool
    decided_on: date
    rationale: str
    factors: list[str]
    child_review_arrangement: str | None


class HomeOfficeNotificationRequest(TypedDict):
    sent_on: date
    method: str  # email | letter | portal
    address: str | None  # the guidance's address when None


class DirectionRequest(TypedDict):
    directed_on: date
    reference: str
    rationale: str | None


class ChairRequest(TypedDict):
    person_id: int
    independence_statement: str
    signed_on: date
    appointed_on: date | None
    background: str | None
    training: str | None


class PanelMemberRequest(TypedDict):
    person_id: int
    role: str
    joined_on: date | None
    independence_statement: str | None
    background: str | None
    training: str | None


class PanelMeetingRequest(TypedDict):
    held_on: date
    purpose: str


class TermsRequest(TypedDict):
    period_from: date
    period_to: date
    lines_of_enquiry: list[str]
    agreed_on: date


class ExtensionRequest(TypedDict):
    new_due: date
    reason: str
    agreed_by: int
    agreed_on: date


class ParallelProceedingRequest(TypedDict):
    kind: str
    description: str
    started_on: date | None
    pauses_clock: bool
    extension: ExtensionRequest | None


class SubjectRequest(TypedDict):
    role: str
    real_name: str
    aliases: list[str]
    pseudonym: str | None
    pseudonym_chosen_by: str | None
    relationship_to_victim: str | None
    age_at_death: int | None
    ethnicity: str | None


class FamilyContactRequest(TypedDict):
    name: str
    relationship: str
    approached_on: date | None
    method: str
    advocacy_offered: bool
    advocacy_provider: str
    wishes: str
    pseudonym_wishes: str
    outcome: str
    contribution: str
    risk_flag: str | None
    saw_draft: bool | None
    draft_comments: str | None


class SubjectChange(TypedDict, total=False):
    """A correction of a subject's entry: only the fields sent change."""

    role: str
    real_name: str
    aliases: list[str]
    pseudonym: str | None
    pseudonym_chosen_by: str | None
    relationship_to_victim: str | None
    age_at_death: int | None
    ethnicity: str | None
