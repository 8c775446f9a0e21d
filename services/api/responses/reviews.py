"""Responses of a review's lifecycle routes: the review, its subjects, terms and audit trail."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class ReviewResponse(Body):
    actions = Lst(Str(), required=True)
    chair = maybe(Obj, required=True)
    csp = Str(required=True)
    date_of_death = Str(required=True)
    deadlines = Obj(required=True)
    decisions = Lst(Obj(), required=True)
    extensions = Lst(Obj(), required=True)
    guidance_version = Str(required=True)
    id = Int(required=True)
    imrs = Lst(Obj(), required=True)
    notified_on = maybe(Str, required=True)
    notifying_officer = Obj(required=True)
    panel_meetings = Lst(Obj(), required=True)
    panel_members = Lst(Obj(), required=True)
    parallel_proceedings = Lst(Obj(), required=True)
    reference = Str(required=True)
    relationship = Str(required=True)
    review_type = Str(required=True)
    scoping = Obj(required=True)
    state = Str(required=True)
    terms_of_reference = maybe(Obj, required=True)
    timeline = Lst(Obj(), required=True)
    title = Str(required=True)
    victim = Obj(required=True)


class SubjectResponse(Body):
    aliases = Lst(Str(), required=True)
    id = Int(required=True)
    pseudonym = maybe(Str, required=True)
    pseudonym_chosen_by = maybe(Str, required=True)
    real_name = maybe(Str, required=True)
    relationship_to_victim = maybe(Raw, required=True)
    role = Str(required=True)


class SensitiveTermResponse(Body):
    id = Int(required=True)
    kind = Str(required=True)
    term = Str(required=True)


class ReviewSummaryResponse(Body):
    csp = Str(required=True)
    date_of_death = Str(required=True)
    deadlines = Obj(required=True)
    guidance_version = Str(required=True)
    id = Int(required=True)
    notified_on = maybe(Str, required=True)
    reference = Str(required=True)
    review_type = Str(required=True)
    state = Str(required=True)


class ReviewAuditResponse(Body):
    broken_at = maybe(Raw, required=True)
    chain = Str(required=True)
    entries = Lst(Obj(), required=True)
    reference = Str(required=True)
    review_id = maybe(Int, required=True)
    verified = Bool(required=True)
