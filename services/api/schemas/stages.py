"""Request schemas of the action plan, checks, routing, publication, subscriptions and logs."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from services.api.schemas.fields import Flag, Id, Label, Name, Text, closed
from services.domain.action_tracking import STATUSES
from services.domain.numbering import SCOPES
from services.workflows.kernel.outbox import SUBSCRIBABLE
from services.workflows.reviews import family
from services.workflows.routing.home_office import OUTCOMES as HOME_OFFICE_OUTCOMES


class MilestoneSchema(Schema):
    on = fields.Date(required=True)
    text = Text(required=True, validate=validate.Length(min=1, max=2_000))


class ActionSchema(Schema):
    """A new action. Name the recommendation by ref (`overview:1`, `imr:<imr id>:2`) or by its
    number as the report shows it (`recommendation_number`: "1", "Demoshire Police 2")."""

    recommendation = Text(load_default=None, validate=validate.Length(max=40))
    recommendation_number = Text(load_default=None, validate=validate.Length(min=1, max=200))
    scope = Text(required=True, metadata=closed(SCOPES))
    action = Text(required=True, validate=validate.Length(min=1, max=10_000))
    success_measure = Text(load_default="", validate=validate.Length(max=10_000))
    lead_agency_id = Id(load_default=None, allow_none=True)
    lead_officer = Text(load_default="", validate=validate.Length(max=200))
    target_date = fields.Date(load_default=None, allow_none=True)
    milestones = fields.List(fields.Nested(MilestoneSchema), load_default=list)
    theme = Text(load_default="", validate=validate.Length(max=64))


class ActionPatchSchema(Schema):
    """Only the fields sent change; If-Match carries the ETag of the version that was edited."""

    recommendation = Text(validate=validate.Length(min=1, max=40))
    recommendation_number = Text(validate=validate.Length(min=1, max=200))
    scope = Text(metadata=closed(SCOPES))
    action = Text(validate=validate.Length(min=1, max=10_000))
    success_measure = Text(validate=validate.Length(max=10_000))
    lead_agency_id = Id(allow_none=True)
    lead_officer = Text(validate=validate.Length(max=200))
    target_date = fields.Date(allow_none=True)
    milestones = fields.List(fields.Nested(MilestoneSchema))
    theme = Text(validate=validate.Length(max=64))
    status = Text(validate=validate.OneOf(STATUSES))
    completion_date = fields.Date(allow_none=True)
    outcome = Text(validate=validate.Length(max=10_000))
    closure_reason = Text(validate=validate.Length(max=10_000))
    evidence_document_id = Id(allow_none=True)


class ActionListQuerySchema(Schema):
    overdue = fields.Boolean(load_default=False)


class CspActionsQuerySchema(Schema):
    overdue = fields.Boolean(load_default=False)
    agency = Id(load_default=None)
    theme = Text(load_default=None)


class ActionPlanFormatSchema(Schema):
    format = Text(load_default="json", validate=validate.OneOf(["json", "xlsx"]))


class FamilyContactSchema(Schema):
    name = Text(required=True, validate=Name)
    relationship = Text(required=True, validate=Name)
    approached_on = fields.Date(load_default=None, allow_none=True)
    method = Text(required=True, metadata=closed(family.METHODS))
    advocacy_offered = Flag(load_default=False)
    advocacy_provider = Text(load_default="", validate=validate.Length(max=200))
    wishes = Text(load_default="", validate=validate.Length(max=10_000))
    pseudonym_wishes = Text(load_default="", validate=validate.Length(max=2_000))
    outcome = Text(required=True, metadata=closed(family.OUTCOMES))
    contribution = Text(load_default="", validate=validate.Length(max=10_000))
    risk_flag = Text(load_default=None, allow_none=True, validate=validate.Length(max=64))
    # Whether they saw the draft report (None: not yet), and what they said about it.
    saw_draft = Flag(load_default=None, allow_none=True)
    draft_comments = Text(load_default=None, allow_none=True, validate=validate.Length(max=10_000))


class PanelMeetingSchema(Schema):
    held_on = fields.Date(required=True)
    purpose = Text(load_default="", validate=validate.Length(max=2_000))


class CheckRequestSchema(Schema):
    overview_document_id = Id(required=True)
    overview_version = Text(required=True, validate=Label)
    executive_summary_document_id = Id(required=True)
    executive_summary_version = Text(required=True, validate=Label)


class SignOffRequestSchema(Schema):
    stage = Text(required=True)
    version = Text(required=True, validate=Label)
    due_on = fields.Date(load_default=None)


class SignOffDecisionSchema(Schema):
    decision = Text(required=True, validate=validate.OneOf(["approve", "reject"]))
    comments = Text(load_default="", validate=validate.Length(max=10_000))
    version = Text(load_default=None, validate=Label)


class SubmissionRequestSchema(Schema):
    check_id = Id(required=True)
    submitted_on = fields.Date(required=True)


class OutcomeSchema(Schema):
    outcome = Text(required=True, metadata=closed(HOME_OFFICE_OUTCOMES))
    received_on = fields.Date(required=True)
    letter_document_id = Id(required=True)
    feedback_items = fields.List(
        Text(validate=validate.Length(min=1, max=10_000)),
        load_default=list,
        validate=validate.Length(max=200),
    )


class FeedbackResponseSchema(Schema):
    response = Text(required=True, validate=validate.Length(min=1, max=10_000))
    document_id = Id(load_default=None)
    version = Text(load_default=None, validate=Label)


class ClearanceSchema(Schema):
    cleared_on = fields.Date(required=True)


class DistributionEntrySchema(Schema):
    recipient = Text(
        required=True,
        validate=validate.OneOf(["agency", "domestic_abuse_commissioner", "secretary_of_state"]),
    )
    agency_id = Id(load_default=None)
    person_id = Id(load_default=None)
    sent_on = fields.Date(required=True)
    method = Text(load_default="email", validate=validate.OneOf(["email", "letter", "portal"]))


class DistributionSchema(Schema):
    entries = fields.List(
        fields.Nested(DistributionEntrySchema), required=True, validate=validate.Length(min=1)
    )


class ConclusionSchema(Schema):
    concluded_on = fields.Date(required=True)
    note = Text(load_default="", validate=validate.Length(max=10_000))


class SubscriptionSchema(Schema):
    event = Text(required=True, metadata=closed(SUBSCRIBABLE))
    callback_url = fields.Url(
        required=True,
        schemes={"https", "http"},
        require_tld=False,
        metadata={"x-ms-notification-url": True, "x-ms-visibility": "internal"},
    )
    csp = Text(required=True)


class OutboxFilterSchema(Schema):
    state = Text(load_default=None, validate=validate.OneOf(["pending", "delivered", "failed"]))


TERM_KINDS = (
    "address",
    "street",
    "town",
    "workplace",
    "school",
    "date_of_birth",
    "date_of_death",
    "case_number",
    "crime_number",
    "practitioner",
    "other",
)


class SensitiveTermSchema(Schema):
    kind = Text(required=True, validate=validate.OneOf(TERM_KINDS))
    term = Text(required=True, validate=validate.Length(min=2, max=400))


class AccessLogQuerySchema(Schema):
    review = Id(required=True)
    format = Text(load_default="json", validate=validate.OneOf(["json", "csv"]))


class RefusalsQuerySchema(Schema):
    person = Id(load_default=None)
