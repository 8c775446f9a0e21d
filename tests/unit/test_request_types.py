"""The request types the use cases are annotated with name exactly the fields their schemas
load: a field added to a schema (or a default taken away) fails here until the type follows."""

from __future__ import annotations

import pytest
from marshmallow import Schema, missing

from services.api import schemas as s
from services.api.case_file import ReopenSchema
from services.api.registers import SensitiveTermChangeSchema, SubjectChangeSchema
from services.workflows.action_plan import requests as action_plan
from services.workflows.directory import requests as directory
from services.workflows.imrs import requests as imrs
from services.workflows.kernel.uploads import UploadStart
from services.workflows.overview import requests as overview
from services.workflows.publication import requests as publication
from services.workflows.reviews import requests as reviews
from services.workflows.routing import requests as routing

PAIRS: list[tuple[type[Schema] | Schema, type]] = [
    (s.SignOffRequestSchema, routing.SignOffRequest),
    (s.SignOffDecisionSchema, routing.SignOffDecision),
    (s.SubmissionRequestSchema, routing.SubmissionRequest),
    (s.OutcomeSchema, routing.OutcomeRequest),
    (s.FeedbackResponseSchema, routing.FeedbackAnswer),
    (s.ClearanceSchema, routing.ClearanceRequest),
    (s.DistributionEntrySchema, routing.DistributionEntry),
    (s.DistributionSchema, routing.DistributionRequest),
    (s.ConclusionSchema, routing.ConclusionRequest),
    (s.SubscriptionSchema, routing.SubscriptionRequest),
    (ReopenSchema, routing.ReopenRequest),
    (s.VictimSchema, reviews.Victim),
    (s.OfficerSchema, reviews.Officer),
    (s.NotificationSchema, reviews.NotificationRequest),
    (s.ScopingSchema, reviews.ScopingRequest),
    (s.DecisionSchema, reviews.DecisionRequest),
    (s.HomeOfficeNotificationSchema, reviews.HomeOfficeNotificationRequest),
    (s.DirectionSchema, reviews.DirectionRequest),
    (s.ChairSchema, reviews.ChairRequest),
    (s.PanelMemberSchema, reviews.PanelMemberRequest),
    (s.PanelMeetingSchema, reviews.PanelMeetingRequest),
    (s.TermsSchema, reviews.TermsRequest),
    (s.ExtensionSchema, reviews.ExtensionRequest),
    (s.ParallelProceedingSchema, reviews.ParallelProceedingRequest),
    (s.SubjectSchema, reviews.SubjectRequest),
    (s.FamilyContactSchema, reviews.FamilyContactRequest),
    (s.CommissionImrSchema, imrs.CommissionRequest),
    (s.ImrAuthorSchema, imrs.AuthorRequest),
    (s.AttestationSchema, imrs.AttestationRequest),
    (s.SubmissionSchema, imrs.ImrSubmission),
    (s.QaChecksSchema, imrs.QaChecks),
    (s.QaDecisionSchema, imrs.QaDecisionRequest),
    (s.AcceptanceSchema, imrs.AcceptanceRequest),
    (s.CheckRequestSchema, overview.CheckRequest),
    (s.ChronologyNoteSchema, overview.ChronologyNoteChange),
    (s.SensitiveTermSchema, publication.SensitiveTermRequest),
    (s.UploadStartSchema, UploadStart),
    (s.ActionSchema, action_plan.ActionRequest),
    (s.ActionPatchSchema, action_plan.ActionChange),
    (s.MilestoneSchema, action_plan.Milestone),
    (s.CspSchema, directory.CspRequest),
    (s.AgencySchema, directory.AgencyRequest),
    (s.CspRoleGrantSchema, directory.CspRoleGrant),
    (s.PoolSchema, directory.Pool),
    (s.PersonSchema, directory.PersonRequest),
    # The PATCH routes load these partially (every field may be left out), as registers.py does.
    (SubjectChangeSchema(partial=True), reviews.SubjectChange),
    (SensitiveTermChangeSchema(partial=True), publication.SensitiveTermChange),
]


def loaded_keys(schema: type[Schema] | Schema) -> tuple[set[str], set[str]]:
    """(every key a load can produce, the keys every load produces)."""
    loader = schema if isinstance(schema, Schema) else schema()
    every, always = set(), set()
    for name, field in loader.fields.items():
        if field.dump_only:
            continue
        key = field.attribute or name
        every.add(key)
        if loader.partial is True:
            continue  # a partial load skips what was not sent, defaults included
        if field.required or field.load_default is not missing:
            always.add(key)
    return every, always


@pytest.mark.parametrize(("schema", "typed"), PAIRS, ids=[t.__name__ for _, t in PAIRS])
def test_the_type_names_what_the_schema_loads(schema, typed):
    every, always = loaded_keys(schema)
    assert set(typed.__annotations__) == every
    assert set(typed.__required_keys__) == always
    assert set(typed.__optional_keys__) == every - always


def test_a_field_the_schema_may_leave_out_is_caught():
    class Looser(Schema):
        stage = s.Text(required=True)
        version = s.Text()  # neither required nor defaulted: absent from some loads
        due_on = s.Text(load_default=None)

    every, always = loaded_keys(Looser)
    assert every == set(routing.SignOffRequest.__annotations__)
    assert always != set(routing.SignOffRequest.__required_keys__)
