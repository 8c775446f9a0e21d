"""What the action plan's use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/stages.py; tests/unit/test_request_types.py keeps the two in step)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class Milestone(TypedDict):
    on: date
    text: str


class ActionRequest(TypedDict):
    recommendation: str | None  # a ref, or None when recommendation_number names it
    recommendation_number: str | None
    scope: str
    action: str
    success_measure: str
    lead_agency_id: int | None
    lead_officer: str
    target_date: date | None
    milestones: list[Milestone]
    theme: str


class ActionChange(TypedDict, total=False):
    """A partial change: only the fields sent change."""

    recommendation: str
    recommendation_number: str
    scope: str
    action: str
    success_measure: str
    lead_agency_id: int | None
    lead_officer: str
    target_date: date | None
    milestones: list[Milestone]
    theme: str
    status: str
    completion_date: date | None
    outcome: str
    closure_reason: str
    evidence_document_id: int | None
