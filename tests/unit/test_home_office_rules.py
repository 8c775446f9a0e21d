"""The Home Office round's pure rules (V19-V22), each refusal naming the field a chair must fix."""

from __future__ import annotations

from datetime import date

import pytest

from services.domain import home_office as rules
from services.domain.errors import Invalid

TODAY = date(2026, 11, 26)
SIGNED = {"overview_report": (1, "aa"), "executive_summary": (2, "bb"), "action_plan": (3, "cc")}


def fields(excinfo: pytest.ExceptionInfo[Invalid]) -> dict[str, str]:
    return {e.field: e.message for e in excinfo.value.errors}


def clean_check(**changes) -> rules.CheckedVersions:
    values = {"review_id": 7, "overview": (1, "aa"), "summary": (2, "bb"), "blocking": 0}
    return rules.CheckedVersions(**{**values, **changes})


def test_v19_submission_passes_with_the_signed_versions_checked_clean():
    rules.check_submission(7, SIGNED, clean_check())


def test_v19_nothing_signed_off_names_the_versions():
    with pytest.raises(Invalid) as excinfo:
        rules.check_submission(7, None, clean_check())
    assert "V19" in fields(excinfo)["versions"]


@pytest.mark.parametrize(
    "check",
    [
        None,
        clean_check(review_id=8),
        clean_check(overview=(1, "older")),
        clean_check(summary=(9, "bb")),
    ],
)
def test_v19_a_check_of_other_versions_or_another_review_is_refused(check):
    with pytest.raises(Invalid) as excinfo:
        rules.check_submission(7, SIGNED, check)
    assert "signed-off versions" in fields(excinfo)["check_id"]


def test_v19_a_check_with_blocking_findings_is_refused():
    with pytest.raises(Invalid) as excinfo:
        rules.check_submission(7, SIGNED, clean_check(blocking=2))
    assert "blocking findings" in fields(excinfo)["check_id"]


def test_an_outcome_needs_its_letter_its_items_and_a_date_after_submission():
    data = {"outcome": "approved_subject_to_changes", "feedback_items": [], "received_on": TODAY}
    with pytest.raises(Invalid) as excinfo:
        rules.check_outcome(data, ("approved", "approved_subject_to_changes"), False, TODAY, TODAY)
    assert set(fields(excinfo)) == {"letter_document_id", "feedback_items"}
    early = {"outcome": "approved", "feedback_items": [], "received_on": date(2026, 1, 1)}
    with pytest.raises(Invalid) as excinfo:
        rules.check_outcome(early, ("approved",), True, date(2026, 2, 1), TODAY)
    assert "before the submission" in fields(excinfo)["received_on"]


def test_v20_clearance_waits_for_every_point_of_the_letter():
    rules.check_clearance("approved_subject_to_changes", [], {"cleared_on": TODAY}, TODAY)
    with pytest.raises(Invalid) as excinfo:
        rules.check_clearance("approved_subject_to_changes", [2, 3], {"cleared_on": TODAY}, TODAY)
    assert fields(excinfo) == {"feedback_items": "Answer items [2, 3] of the letter first (V20)"}
    with pytest.raises(Invalid) as excinfo:
        rules.check_clearance("resubmission_required", [], {"cleared_on": TODAY}, TODAY)
    assert "resubmission" in fields(excinfo)["outcome"]


def test_v21_distribution_goes_to_agencies_taking_part_and_is_not_future_dated():
    entries = [
        {"recipient": "agency", "agency_id": 4, "sent_on": TODAY},
        {"recipient": "agency", "agency_id": 5, "sent_on": date(2027, 1, 1)},
    ]
    with pytest.raises(Invalid) as excinfo:
        rules.check_distribution(entries, [4], TODAY)
    # the date's error names the field, not the entry (as the route always has)
    assert set(fields(excinfo)) == {"entries[1].agency_id", "sent_on"}


def test_v21_outstanding_names_each_agency_and_body_without_a_copy():
    agencies = {4: "Demoshire Police", 5: "Demo District Council"}
    recipients = ["home_office", "domestic_abuse_commissioner"]
    assert rules.distribution_outstanding([], agencies, recipients) == [
        "agency: Demoshire Police",
        "agency: Demo District Council",
        "domestic_abuse_commissioner",
    ]
    sent = [("agency", 4), ("agency", 5), ("domestic_abuse_commissioner", None)]
    assert rules.distribution_outstanding(sent, agencies, recipients) == []


def test_v22_conclusion_waits_for_every_action_and_every_copy():
    rules.check_conclusion([], [], {"concluded_on": TODAY}, TODAY)
    with pytest.raises(Invalid) as excinfo:
        rules.check_conclusion(
            [11, 12], ["agency: Demoshire Police"], {"concluded_on": TODAY}, TODAY
        )
    found = fields(excinfo)
    assert "V22" in found["actions"] and "[11, 12]" in found["actions"]
    assert found["distribution"] == "Not yet sent to: agency: Demoshire Police"
