"""Request schemas of the IMRs, their chronologies and recommendations, and the overview."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from services.api.schemas.fields import Flag, Id, Label, Text, closed
from services.domain.numbering import SCOPES


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
    # As the author writes it ("R1"); the number alone when absent.
    written_number = Text(load_default=None, allow_none=True, validate=validate.Length(max=16))
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
