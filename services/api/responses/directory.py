"""Responses of the directory: CSPs, agencies, people, the dashboard and its audit trail."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class AgencyResponse(Body):
    csp = Str(required=True)
    id = Int(required=True)
    kind = Str(required=True)
    name = Str(required=True)
    statutory = Bool(required=True)


class CspResponse(Body):
    code = Str(required=True)
    decision_anchor = Str(required=True)
    guidance_version = Str(required=True)
    id = Int(required=True)
    name = Str(required=True)


class PersonResponse(Body):
    agency = maybe(Str, required=True)
    agency_id = maybe(Int, required=True)
    email = Str(required=True)
    home_office_reviewer = Bool(required=True)
    id = Int(required=True)
    job_title = Str(required=True)
    name = Str(required=True)
    pool = Obj(required=True)
    removed_at = maybe(Str, required=True)
    signed_in_with_entra = Bool(required=True)


class CspDashboardResponse(Body):
    by_state = Obj(required=True)
    csp = Str(required=True)
    due_within_30_days = Lst(Raw(), required=True)
    open_reviews = Int(required=True)
    overdue = Lst(Raw(), required=True)
    pool = Lst(Obj(), required=True)
    today = Str(required=True)


class AuditTrailResponse(Body):
    broken_at = maybe(Raw, required=True)
    chain = Str(required=True)
    entries = Lst(Obj(), required=True)
    verified = Bool(required=True)
