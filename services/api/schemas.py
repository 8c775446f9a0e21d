"""Request schemas (marshmallow): unknown fields, wrong types and missing fields are refused."""

from __future__ import annotations

from marshmallow import Schema, ValidationError, fields, validate

from services.api.openapi import MAX_ID
from services.documents.text import forbidden_characters
from services.domain.access import CSP_ROLES
from services.domain.action_tracking import STATUSES
from services.domain.numbering import SCOPES
from services.domain.panel import MEMBER_ROLES
from services.domain.subjects import SUBJECT_ROLES
from services.domain.terms import PROCEEDING_KINDS
from services.domain.versions import DOCUMENT_KINDS, PROTECTIVE_MARKINGS
from services.workflows import family
from services.workflows.home_office import OUTCOMES as HOME_OFFICE_OUTCOMES
from services.workflows.outbox import SUBSCRIBABLE

# XML 1.0's characters, as the description states them (lone surrogates cannot reach us as UTF-8)
DOCUMENT_CHARACTERS = "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]*$"


class Text(fields.String):
    """A string that can go into a Word or Excel document: XML 1.0 characters only."""

    def __init__(self, *args, **kwargs):
        given = kwargs.get("validate")
        validators = given if isinstance(given, list | tuple) else [given]
        if not any(isinstance(v, validate.Regexp) for v in validators):
            # a field with its own pattern (a version label, a SHA-256) states that one instead
            kwargs["metadata"] = {"pattern": DOCUMENT_CHARACTERS, **kwargs.get("metadata", {})}
        super().__init__(*args, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        bad = forbidden_characters(text)
        if bad:
            raise ValidationError(
                f"Contains characters a document cannot hold: {', '.join(bad[:5])}"
            )
        return text


class Flag(fields.Boolean):
    """A JSON true or false; 0, 1, "yes" and the like are refused (forms and queries, which
    carry only text, use marshmallow's Boolean)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


NonBlank = validate.Length(min=1, max=10_000)
Name = validate.Length(min=1, max=200)


def closed(values) -> dict:
    """A closed list, stated in the description; the use case checks it with the other rules,
    so one answer names every broken field."""
    return {"enum": list(values)}


def Id(**kwargs) -> fields.Integer:
    """A row id: the same bounds as the path's <id:…> converter."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


class SignInSchema(Schema):
    email = fields.Email(required=True)


class CspSchema(Schema):
    code = Text(required=True, validate=validate.Regexp(r"^[A-Za-z0-9]{2,16}$"))
    name = Text(required=True, validate=Name)
    guidance_version = Text(load_default="2016")
    decision_anchor = Text(
        load_default="date_of_death", validate=validate.OneOf(["date_of_death", "notified_on"])
    )


class AgencySchema(Schema):
    name = Text(required=True, validate=Name)
    kind = Text(required=True, validate=validate.Length(min=1, max=64))
    statutory = Flag(load_default=None)
    csp = Text(required=True)


class CspRoleGrantSchema(Schema):
    csp = Text(required=True)
    role = Text(required=True, metadata=closed(CSP_ROLES))


class PoolSchema(Schema):
    chair = Flag(load_default=False)
    overview_author = Flag(load_default=False)
    trained_on = fields.Date(load_default=None)


class PersonSchema(Schema):
    name = Text(required=True, validate=Name)
    email = fields.Email(required=True)
    agency_id = Id(load_default=None)
    job_title = Text(load_default="", validate=validate.Length(max=200))
    csp_roles = fields.List(fields.Nested(CspRoleGrantSchema), load_default=list)
    pool = fields.Nested(PoolSchema, load_default=None)
    home_office_reviewer = Flag(load_default=False)


class VictimSchema(Schema):
    name = Text(required=True, validate=Name)
    sex = Text(required=True, validate=validate.OneOf(["female", "male", "other", "unknown"]))
    date_of_birth = fields.Date(load_default=None)
    age = fields.Integer(load_default=None, validate=validate.Range(min=0, max=130))


class OfficerSchema(Schema):
    name = Text(required=True, validate=Name)
    force = Text(required=True, validate=Name)


class NotificationSchema(Schema):
    csp = Text(required=True)
    guidance_version = Text(load_default=None)
    victim = fields.Nested(VictimSchema, required=True)
    date_of_death = fields.Date(required=True)
    relationship = Text(required=True)
    notified_on = fields.Date(required=True)
    notifying_officer = fields.Nested(OfficerSchema, required=True)


class ReviewFilterSchema(Schema):
    csp = Text(load_default=None)
    state = Text(load_default=None)


class DirectoryFilterSchema(Schema):
    csp = Text(load_default=None)


class ScopingSchema(Schema):
    started_on = fields.Date(required=True)
    agency_ids = fields.List(Id(), required=True)


class DecisionSchema(Schema):
    proceed = Flag(required=True)
    decided_on = fields.Date(required=True)
    rationale = Text(required=True, validate=NonBlank)
    factors = fields.List(Text(), load_default=list)
    child_review_arrangement = Text(load_default=None, allow_none=True)


class HomeOfficeNotificationSchema(Schema):
    sent_on = fields.Date(required=True)
    method = Text(required=True, validate=validate.OneOf(["email", "letter", "portal"]))
    address = Text(load_default=None, validate=validate.Length(max=320))


class DirectionSchema(Schema):
    directed_on = fields.Date(required=True)
    reference = Text(required=True, validate=Name)
    rationale = Text(load_default=None, validate=validate.Length(max=10_000))


class ChairSchema(Schema):
    person_id = Id(required=True)
    independence_statement = Text(required=True, validate=NonBlank)
    signed_on = fields.Date(required=True)
    appointed_on = fields.Date(load_default=None)


class PanelMemberSchema(Schema):
    person_id = Id(required=True)
    role = Text(load_default="panel_member", metadata=closed(MEMBER_ROLES))
    joined_on = fields.Date(load_default=None)


class TermsSchema(Schema):
    period_from = fields.Date(required=True)
    period_to = fields.Date(required=True)
    lines_of_enquiry = fields.List(Text(validate=validate.Length(max=2_000)), required=True)
    agreed_on = fields.Date(required=True)


class ExtensionSchema(Schema):
    new_due = fields.Date(required=True)
    reason = Text(required=True, validate=NonBlank)
    agreed_by = Id(required=True)
    agreed_on = fields.Date(required=True)


class ParallelProceedingSchema(Schema):
    kind = Text(required=True, metadata=closed(PROCEEDING_KINDS))
    description = Text(load_default="", validate=validate.Length(max=10_000))
    started_on = fields.Date(load_default=None)
    pauses_clock = Flag(load_default=False)
    extension = fields.Nested(ExtensionSchema, load_default=None)


class SubjectSchema(Schema):
    role = Text(required=True, metadata=closed(SUBJECT_ROLES))
    real_name = Text(required=True, validate=Name)
    aliases = fields.List(Text(validate=Name), load_default=list)
    pseudonym = Text(load_default=None, validate=Name)
    pseudonym_chosen_by = Text(load_default=None, validate=Name)
    relationship_to_victim = Text(load_default=None, validate=Name)


class DocumentFormSchema(Schema):
    kind = Text(required=True, metadata=closed(DOCUMENT_KINDS))
    title = Text(required=True, validate=validate.Length(min=1, max=300))
    comment = Text(load_default="", validate=validate.Length(max=2_000))
    agency_id = Id(load_default=None)
    protective_marking = Text(
        load_default="OFFICIAL-SENSITIVE", metadata=closed(PROTECTIVE_MARKINGS)
    )
    upload_id = Text(load_default=None)
    imr_id = Id(load_default=None)


class VersionFormSchema(Schema):
    comment = Text(load_default="", validate=validate.Length(max=2_000))
    major = fields.Boolean(load_default=False)
    upload_id = Text(load_default=None)


class FileSchema(Schema):
    file = fields.Raw(load_default=None, metadata={"type": "string", "format": "binary"})


class UploadStartSchema(Schema):
    filename = Text(required=True, validate=validate.Length(min=1, max=300))
    size = fields.Integer(required=True, validate=validate.Range(min=1))
    sha256 = Text(required=True, validate=validate.Regexp(r"^[0-9a-fA-F]{64}$"))
    chunks = fields.Integer(required=True, validate=validate.Range(min=1, max=10_000))


class RenderPreviewSchema(Schema):
    template = Text(required=True)
    agency_id = Id(load_default=None)
    recipient_id = Id(load_default=None)


class RenderSchema(Schema):
    template = Text(load_default=None)
    agency_id = Id(load_default=None)
    recipient_id = Id(load_default=None)


class TemplateFormSchema(Schema):
    csp = Text(required=True)


Label = validate.Regexp(r"^\d{1,4}\.\d{1,4}$", error="A version label such as 0.3")


class CommissionImrSchema(Schema):
    agency_id = Id(required=True)
    senior_manager_id = Id(required=True)
    due_on = fields.Date(required=True)


class ImrAuthorSchema(Schema):
    person_id = Id(required=True)


class AttestationSchema(Schema):
    not_directly_involved = Flag(required=True)
    not_line_manager_of_involved_staff = Flag(required=True)
    signed_on = fields.Date(required=True)


class SubmissionSchema(Schema):
    version = Text(required=True, validate=Label)


class QaChecksSchema(Schema):
    terms_of_reference_addressed = Flag(load_default=False)
    chronology_complete = Flag(load_default=False)
    analysis_not_description = Flag(load_default=False)
    independence_statement_present = Flag(load_default=False)
    recommendations_smart = Flag(load_default=False)


class QaDecisionSchema(Schema):
    decision = Text(required=True, validate=validate.OneOf(["approve", "return"]))
    comments = Text(load_default="", validate=validate.Length(max=10_000))
    qa_checks = fields.Nested(QaChecksSchema, load_default=None)
    agency_accepts_recommendations = Flag(load_default=None)
    version = Text(load_default=None, validate=Label)


class AcceptanceSchema(Schema):
    decision = Text(required=True, validate=validate.OneOf(["accept", "request_more"]))
    comments = Text(load_default="", validate=validate.Length(max=10_000))
    version = Text(load_default=None, validate=Label)


class ExtractSchema(Schema):
    apply = Flag(load_default=False)


class ChronologyImportFormSchema(Schema):
    apply = fields.Boolean(load_default=False)


def _cell(limit: int = 20_000):
    return Text(load_default="", allow_none=True, validate=validate.Length(max=limit))


class ChronologyRowSchema(Schema):
    """One row; V9 is checked per row afterwards, so a missing date is a row problem, not 400."""

    date = _cell(100)
    date_precision = Text(
        load_default=None, allow_none=True, validate=validate.OneOf(["day", "month"])
    )
    time = _cell(20)
    agency = _cell(200)
    source = _cell(2_000)
    subject = _cell(2_000)
    practitioner_role = _cell(2_000)
    event = _cell()
    action_outcome = _cell()
    author_comment = _cell()
    outside_period_reason = _cell(2_000)
    # Sent back as GET gave them; the server keeps its own record of where a row came from.
    date_text = Text(load_default=None, allow_none=True, load_only=True)
    read_from = fields.Dict(load_default=None, allow_none=True, load_only=True)


class ChronologySchema(Schema):
    rows = fields.List(
        fields.Nested(ChronologyRowSchema), required=True, validate=validate.Length(max=20_000)
    )


class RecommendationSchema(Schema):
    number = fields.Integer(load_default=None, validate=validate.Range(min=1, max=10_000))
    text = Text(required=True, validate=validate.Length(max=10_000))
    read_from = fields.Dict(load_default=None, allow_none=True, load_only=True)


class RecommendationsSchema(Schema):
    recommendations = fields.List(
        fields.Nested(RecommendationSchema), required=True, validate=validate.Length(max=500)
    )


class ChronologyFormatSchema(Schema):
    format = Text(load_default="json", validate=validate.OneOf(["json", "xlsx", "docx"]))


class ChronologyNoteSchema(Schema):
    note = Text(validate=validate.Length(max=10_000))
    key_episode = Flag()
    summary = Text(validate=validate.Length(max=2_000))


class OverviewRecommendationSchema(Schema):
    number = fields.Integer(load_default=None, validate=validate.Range(min=1, max=10_000))
    text = Text(required=True, validate=validate.Length(max=10_000))
    scope = Text(load_default="local", metadata=closed(SCOPES))
    ref = Text(load_default=None, load_only=True)


class OverviewRecommendationsSchema(Schema):
    recommendations = fields.List(
        fields.Nested(OverviewRecommendationSchema),
        required=True,
        validate=validate.Length(max=500),
    )


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
