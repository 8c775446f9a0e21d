"""What the directory's use cases receive: the request bodies as the API's schemas load them
(services/api/schemas/reviews.py; tests/unit/test_request_types.py keeps the two in step)."""

from __future__ import annotations

from datetime import date
from typing import TypedDict


class CspRequest(TypedDict):
    code: str
    name: str
    guidance_version: str
    decision_anchor: str  # date_of_death | notified_on


class AgencyRequest(TypedDict):
    name: str
    kind: str
    statutory: bool | None  # from the guidance's statutory kinds when None
    csp: str  # the CSP's code


class CspRoleGrant(TypedDict):
    csp: str
    role: str


class Pool(TypedDict):
    chair: bool
    overview_author: bool
    trained_on: date | None


class PersonRequest(TypedDict):
    name: str
    email: str
    agency_id: int | None
    job_title: str
    csp_roles: list[CspRoleGrant]
    pool: Pool | None
    home_office_reviewer: bool
