"""Responses of the action plan routes: actions, milestones, the plan workbook, themes."""

from __future__ import annotations

from services.api.responses.base import Body, Bool, Int, Lst, Obj, Raw, Str, maybe


class ActionResponse(Body):
    action = Str(required=True)
    closure_reason = Str(required=True)
    completion_date = maybe(Str, required=True)
    etag = Str(required=True)
    evidence = Str(required=True)
    evidence_document_id = maybe(Int, required=True)
    id = Int(required=True)
    lead_agency = Str(required=True)
    lead_agency_id = maybe(Int, required=True)
    lead_officer = Str(required=True)
    milestones = Lst(Obj(), required=True)
    origin = Str(required=True)
    outcome = Str(required=True)
    overdue = Bool(required=True)
    rag = Str(required=True)
    recommendation = Str(required=True)
    recommendation_label = maybe(Str, required=True)
    review_id = maybe(Int, required=True)
    scope = Str(required=True)
    smart = Lst(Obj(), required=True)
    status = Str(required=True)
    success_measure = Str(required=True)
    target_date = maybe(Str, required=True)
    theme = Str(required=True)
    updated_at = maybe(Str, required=True)
    version = Int(required=True)


class CspActionsResponse(Body):
    actions = Lst(Obj(), required=True)
    csp = Str(required=True)
    overdue_by_agency = Obj(required=True)
    today = Str(required=True)


class PutActionPlanResponse(Body):
    created = Lst(Raw(), required=True)
    unchanged = Int(required=True)
    updated = Lst(Int(), required=True)
    warnings = Lst(Raw(), required=True)


class ThemeResponse(Body):
    completed = Int(required=True)
    open = Int(required=True)
    overdue = Int(required=True)
    reviews = Int(required=True)
    theme = Str(required=True)


class ActionPlanResponse(Body):
    """?format=json (the task pane's view); ?format=xlsx answers the filled workbook instead."""

    review_id = maybe(Int, required=True)
    reference = Str(required=True)
    plan_agreed = Bool(required=True)
    actions = Lst(Obj(), required=True)
    recommendations = Lst(Obj(), required=True)
    agencies = Lst(Obj(), required=True)
    scopes = Lst(Str(), required=True)
    statuses = Lst(Obj(), required=True)
    themes = Lst(Str(), required=True)
