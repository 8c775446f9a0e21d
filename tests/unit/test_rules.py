"""Field-level rules V1, V2, V4, V6 and the date checks, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from services.domain.decision import check_decision
from services.domain.errors import Invalid
from services.domain.guidance import load_guidance
from services.domain.notification import age_on, check_notification
from services.domain.panel import Candidate, check_chair, check_panel_member, check_panel_ready
from services.domain.subjects import check_subject

GUIDANCE = load_guidance()
RULES = GUIDANCE.rules("2016")
TODAY = date(2026, 11, 26)


def fields_of(call) -> set[str]:
    with pytest.raises(Invalid) as caught:
        call()
    return {e.field for e in caught.value.errors}


def notification(**changes):
    base = {
        "victim": {"name": "V", "sex": "female", "date_of_birth": date(1990, 5, 1)},
        "date_of_death": date(2026, 1, 31),
        "notified_on": date(2026, 2, 2),
        "relationship": "intimate_partner",
    }
    return {**base, **changes}


def test_age_turns_on_the_birthday():
    assert age_on(date(2010, 3, 1), date(2026, 2, 28)) == 15
    assert age_on(date(2010, 3, 1), date(2026, 3, 1)) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17  # leapling: birthday is 1 March


def test_v1_the_victim_is_sixteen_or_over():
    assert check_notification(notification(), RULES, TODAY) == 35
    young = notification(
        victim={"name": "V", "sex": "female", "date_of_birth": date(2010, 3, 1)},
        date_of_death=date(2026, 2, 28),
        notified_on=date(2026, 3, 1),
    )
    assert fields_of(lambda: check_notification(young, RULES, TODAY)) == {"victim.date_of_birth"}
    sixteen = {**young, "date_of_death": date(2026, 3, 1)}
    assert check_notification(sixteen, RULES, TODAY) == 16


def test_v1_dardr_needs_a_personal_connection():
    household = notification(relationship="household_member")
    assert check_notification(household, RULES, TODAY) == 35
    dardr = GUIDANCE.rules("2024-draft")
    assert fields_of(lambda: check_notification(household, dardr, TODAY)) == {"relationship"}


def decision(**changes):
    base = {"proceed": True, "decided_on": date(2026, 2, 20), "rationale": "r", "factors": []}
    return {**base, **changes}


def test_v2_sixteen_and_seventeen_year_olds_need_the_child_review_arrangement():
    def decide(age, data):
        return check_decision(
            data, RULES, notified_on=date(2026, 2, 2), victim_age=age, today=TODAY
        )

    for age in (16, 17):
        assert fields_of(lambda a=age: decide(a, decision())) == {"child_review_arrangement"}
        decide(age, decision(child_review_arrangement="parallel_reviews"))
    decide(18, decision())
    assert fields_of(lambda: decide(18, decision(child_review_arrangement="joint_review"))) == {
        "child_review_arrangement"
    }


def test_v4_and_v6_gate_the_panel():
    assert fields_of(
        lambda: check_panel_ready(home_office_told=False, has_chair=False, members=0)
    ) == {"home_office_notification", "chair", "panel_members"}
    check_panel_ready(home_office_told=True, has_chair=True, members=1)


def test_v6_the_chair_is_independent_of_participating_agencies():
    council = Candidate(7, "Alex", 2, "Council")
    data = {"independence_statement": "I am independent", "signed_on": date(2026, 2, 1)}
    assert fields_of(lambda: check_chair(data, council, {2: "Council"}, TODAY)) == {"person_id"}
    check_chair(data, council, {1: "Police"}, TODAY)
    unsigned = {**data, "independence_statement": " "}
    assert fields_of(lambda: check_chair(unsigned, council, {}, TODAY)) == {
        "independence_statement"
    }


def test_a_panel_member_from_the_chairs_agency_breaks_independence():
    chair = Candidate(1, "Chair", 5, "Consultancy")
    colleague = Candidate(2, "Colleague", 5, "Consultancy")
    data = {"role": "panel_member"}
    assert fields_of(lambda: check_panel_member(data, colleague, chair, TODAY)) == {"person_id"}
    check_panel_member(data, Candidate(3, "Other", 6, "Police"), chair, TODAY)


def test_a_pseudonym_is_never_a_real_name_or_alias():
    existing = [{"real_name": "Dana Quill", "aliases": ["Dee"], "pseudonym": "Anna"}]
    clash = {"role": "perpetrator", "real_name": "Owen", "pseudonym": "DEE"}
    assert fields_of(lambda: check_subject(clash, existing)) == {"pseudonym"}
    taken = {"role": "perpetrator", "real_name": "Owen", "pseudonym": "anna"}
    assert fields_of(lambda: check_subject(taken, existing)) == {"pseudonym"}
    check_subject({"role": "perpetrator", "real_name": "Owen", "pseudonym": "Mark"}, existing)
