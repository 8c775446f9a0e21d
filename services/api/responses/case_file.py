"""Responses of the case-file routes (issue 21): the case file, its later records as lists,
reopening, evidence, and what the task pane shows a person (reminders, their agency's actions).
Nested records are described by services/workflows/case_file and docs/case-file.md."""

from __future__ import annotations

from services.api.responses.base import Body, Int, Lst, Obj, Raw, Str, maybe


class CaseFileResponse(Body):
    """Every record of the review in process order; an auditor gets ids, dates and states."""

    review = Obj(required=True)
    notification = Obj()
    scoping = Raw()
    decisions = Lst(Obj())
    chair = Raw()
    panel_members = Lst(Obj())
    terms_of_reference = Raw()
    extensions = Lst(Obj())
    parallel_proceedings = Lst(Obj())
    imrs = Lst(Obj())
    family_contacts = Obj()  # {contacts, count, redacted}
    viewed_as = Str()


class FeedbackItemResponse(Body):
    id = Int(required=True)
    submission_id = Int(required=True)
    round = Int(required=True)
    allowed_actions = Lst(Str())


class ClearanceRecordResponse(Body):
    id = Int(required=True)
    submission_id = maybe(Int, required=True)
    cleared_on = Str(required=True)
    versions = Obj(required=True)
    recorded_by = maybe(Int, required=True)


class DistributionLogResponse(Body):
    entries = Lst(Obj(), required=True)
    outstanding = Raw(required=True)
    allowed_actions = Lst(Str(), required=True)


class ConclusionsResponse(Body):
    concluded = Lst(Obj(), required=True)
    reopened = Lst(Obj(), required=True)
    allowed_actions = Lst(Str(), required=True)


class ReopeningResponse(Body):
    id = Int(required=True)
    conclusion_id = Int(required=True)
    reason = Str(required=True)
    reopened_to = Str(required=True)
    reopened_by = maybe(Int, required=True)
    reopened_at = Str(required=True)


class EvidenceResponse(Body):
    action_id = Int(required=True)
    action_version = Int(required=True)
    document = Obj(required=True)


class AgencyActionResponse(Body):
    id = Int(required=True)
    review_reference = Str(required=True)
    recommendation = Str(required=True)
    action = Str(required=True)
    target_date = maybe(Str, required=True)
    status = Str(required=True)
    evidence_document_id = maybe(Int, required=True)
