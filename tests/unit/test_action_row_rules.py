"""An action row's field rules (V15 and the plan's lookups), pure: every broken field named."""

from __future__ import annotations

from datetime import date

import pytest

from services.domain.action_rows import PlanFacts, check_values, resolve_values
from services.domain.errors import Invalid

TODAY = date(2026, 11, 26)
FACTS = PlanFacts(
    labels={"overview:1": "1. Train staff", "imr:4:1": "Demoshire Police 1. Audit DASH"},
    texts={"overview:1": "Train staff", "imr:4:1": "Audit DASH"},
    csp_agencies={4: "Demoshire Police", 5: "Demo District Council"},
    review_agencies=frozenset({4}),
    evidence={40: "Training register"},
    themes=("training",),
    plan_agreed=False,
)


def row(**changes) -> dict:
    values = {
        "recommendation": "overview:1",
        "scope": "local",
        "lead_agency_id": 4,
        "theme": "training",
        "evidence_document_id": None,
        "status": "not_started",
    }
    return {**values, **changes}


def fields(excinfo: pytest.ExceptionInfo[Invalid]) -> set[str]:
    return {e.field for e in excinfo.value.errors}


def test_a_row_that_keeps_every_rule_passes():
    check_values(FACTS, row(), TODAY)


def test_every_unknown_reference_is_named_at_once():
    bad = row(recommendation="overview:9", scope="galactic", lead_agency_id=99, theme="x")
    with pytest.raises(Invalid) as excinfo:
        check_values(FACTS, {**bad, "evidence_document_id": 41}, TODAY)
    assert fields(excinfo) == {
        "recommendation",
        "scope",
        "lead_agency_id",
        "theme",
        "evidence_document_id",
    }


def test_v15_complete_needs_a_date_and_an_outcome_or_evidence():
    with pytest.raises(Invalid) as excinfo:
        check_values(FACTS, row(status="complete", outcome=""), TODAY)
    assert fields(excinfo) == {"completion_date", "outcome"}
    done = row(status="complete", completion_date=TODAY, evidence_document_id=40)
    check_values(FACTS, done, TODAY)


def test_a_recommendation_number_resolves_to_its_reference():
    assert resolve_values(FACTS, {"recommendation_number": "1"})["recommendation"] == "overview:1"
    with pytest.raises(Invalid) as excinfo:
        resolve_values(FACTS, {"recommendation": "imr:4:1", "recommendation_number": "1"})
    assert fields(excinfo) == {"recommendation"}
    with pytest.raises(Invalid) as excinfo:
        resolve_values(FACTS, {})
    assert fields(excinfo) == {"recommendation"}
