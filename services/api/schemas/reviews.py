"""Request schemas of the directory and of opening a review (notification to terms, subjects)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from services.api.schemas.fields import Flag, Id, Name, NonBlank, Text, closed
from services.domain.access import CSP_ROLES
from services.domain.panel import MEMBER_ROLES
from services.domain.subjects import SUBJECT_ROLES
from services.domain.terms import PROCEEDING_KINDS


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
    background = Text(load_default=None, validate=validate.Length(max=4_000))
    training = Text(load_default=None, validate=validate.Length(max=4_000))


class PanelMemberSchema(Schema):
    person_id = Id(required=True)
    role = Text(load_default="panel_member", metadata=closed(MEMBER_ROLES))
    joined_on = fields.Date(load_default=None)
    # The overview author's independence statement, background and training (the report's §9).
    independence_statement = Text(load_default=None, validate=validate.Length(max=4_000))
    background = Text(load_default=None, validate=validate.Length(max=4_000))
    training = Text(load_default=None, validate=validate.Length(max=4_000))


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
    # Optional, for the overview's pseudonym table ("not known" when not given).
    age_at_death = fields.Integer(load_default=None, validate=validate.Range(min=0, max=130))
    ethnicity = Text(load_default=None, validate=Name)
