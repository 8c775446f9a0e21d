"""Responses of the overview stage: panel meetings, family contacts, the combined chronology,
recommendations and the pre-submission check."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class FamilyContactResponse(Body):
    advocacy_offered = Bool()
    advocacy_provider = Str()
    approached_on = maybe(Str)
    contribution = Str()
    id = Int(required=True)
    method = Str()
    name = Str()
    outcome = Str()
    pseudonym_wishes = Str()
    relationship = Str()
    restricted = Bool(required=True)
    risk_flag = maybe(Str, required=True)
    wishes = Str()


class ChronologyEntryResponse(Body):
    action_outcome = Str(required=True)
    agency = Str(required=True)
    author_comment = Str(required=True)
    date = Str(required=True)
    date_precision = Str(required=True)
    date_text = Str(required=True)
    event = Str(required=True)
    id = Int(required=True)
    imr = Obj(required=True)
    key_episode = Bool(required=True)
    note = Str(required=True)
    outside_period_reason = maybe(Raw, required=True)
    possible_duplicates = Lst(Int(), required=True)
    practitioner_role = Str(required=True)
    read_from = Obj(required=True)
    source = Str(required=True)
    subject = Str(required=True)
    summary = Str(required=True)
    time = maybe(Str, required=True)


class CheckResponse(Body):
    blocking = Int(required=True)
    clean = Bool(required=True)
    executive_summary = Obj(required=True)
    findings = Lst(Obj(), required=True)
    id = Int(required=True)
    overview = Obj(required=True)
    run_at = maybe(Str, required=True)
    run_by = maybe(Int, required=True)
    status = Str(required=True)


class OverviewRecommendationsResponse(Body):
    overview = Lst(Obj(), required=True)
    single_agency = Lst(Obj(), required=True)
