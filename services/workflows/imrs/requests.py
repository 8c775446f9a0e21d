"""What the IMR use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/imrs.py; tests/unit/test_request_types.py keeps the two in step). A key
is required here when the schema requires the field or gives it a default."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class CommissionRequest(TypedDict):
    agency_id: int
    senior_manager_id: int
    due_on: date


class AuthorRequest(TypedDict):
    person_id: int


class AttestationRequest(TypedDict):
    not_directly_involved: bool
    not_line_manager_of_involved_staff: bool
    signed_on: date


class ImrSubmission(TypedDict):
    version: str


class QaChecks(TypedDict):
    terms_of_reference_addressed: bool
    chronology_complete: bool
    analysis_not_description: bool
    independence_statement_present: bool
    recommendations_smart: bool


class QaDecisionRequest(TypedDict):
    decision: str  # approve | return
    comments: str
    qa_checks: QaChecks | None
    agency_accepts_recommendations: bool | None
    version: str | None


class AcceptanceRequest(TypedDict):
    decision: str  # accept | request_more
    comments: str
    version: str | None
