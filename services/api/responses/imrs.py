"""Responses of the IMR routes: IMRs, their documents, chronologies and recommendations."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class ImrResponse(Body):
    accepted_version = maybe(Obj, required=True)
    agency = Obj(required=True)
    allowed_actions = Lst(Str(), required=True)
    approved_version = maybe(Obj, required=True)
    attestation = maybe(Obj, required=True)
    author = maybe(Obj, required=True)
    commissioned_on = maybe(Str, required=True)
    document = maybe(Obj, required=True)
    due_on = maybe(Str, required=True)
    history = Lst(Obj(), required=True)
    id = Int(required=True)
    letter_document_id = maybe(Int, required=True)
    overdue = Bool(required=True)
    period_under_review = Obj(required=True)
    review = Obj(required=True)
    senior_manager = Obj(required=True)
    state = Str(required=True)
    submitted_version = maybe(Obj, required=True)


class ExtractResponse(Body):
    applied = Bool(required=True)
    blocking = Int(required=True)
    counts = Obj(required=True)
    document_id = maybe(Int, required=True)
    notices = Lst(Raw(), required=True)
    problems = Lst(Raw(), required=True)
    recommendations = Lst(Obj(), required=True)
    rows = Lst(Obj(), required=True)
    version = Str(required=True)


class ImrChronologyResponse(Body):
    problems = Lst(Raw(), required=True)
    rows = Lst(Obj(), required=True)


class ImrRecommendationsResponse(Body):
    recommendations = Lst(Obj(), required=True)


class ImrSummaryResponse(Body):
    accepted_version = maybe(Obj, required=True)
    agency = Obj(required=True)
    allowed_actions = Lst(Str())
    approved_version = maybe(Raw)
    attestation = maybe(Obj)
    author = maybe(Obj, required=True)
    commissioned_on = maybe(Str)
    document = maybe(Obj, required=True)
    due_on = maybe(Str, required=True)
    id = Int(required=True)
    letter_document_id = maybe(Int)
    overdue = Bool(required=True)
    review = Obj(required=True)
    senior_manager = Obj(required=True)
    state = Str(required=True)
    submitted_version = maybe(Raw)


class ChronologyImportResponse(Body):
    rows = Lst(Obj(), required=True)
    problems = Lst(Raw(), required=True)
    blocking = Int(required=True)
    counts = Obj(required=True)
    notices = Lst(Raw(), required=True)
    applied = Bool(required=True)
    document_id = maybe(Int)
    version = Str()
