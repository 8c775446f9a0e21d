"""The action plan's row rules: what a row must name and keep (docs/rules.md, V14, V15).

Pure: the review's facts (its recommendations, agencies, themes and evidence) are read once per
request by the workflow and handed in; the checks raise FieldErrors naming each field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from services.domain import access
from services.domain.action_plan_import import Lookups, resolve_recommendation
from services.domain.action_tracking import completion_problems
from services.domain.errors import FieldError, FieldErrors, Invalid
from services.domain.numbering import SCOPES
from services.domain.smart import smart_findings

PLAN_FIELDS = (
    "recommendation",
    "scope",
    "action",
    "success_measure",
    "lead_agency_id",
    "lead_officer",
    "target_date",
    "milestones",
    "theme",
)
TRACKING_FIELDS = ("status", "completion_date", "outcome", "closure_reason", "evidence_document_id")


@dataclass(frozen=True)
class PlanFacts:
    """What checking a row needs to know about its review, read once per request."""

    labels: dict[str, str]  # recommendation ref -> "1. text" / "Demoshire Police 2. text"
    texts: dict[str, str]  # ref -> the recommendation's text
    csp_agencies: dict[int, str]
    review_agencies: frozenset[int]
    evidence: dict[int, str]  # document id -> title (the review's own, none of an IMR's)
    themes: tuple[str, ...]
    plan_agreed: bool

    def agency_name(self, agency_id: int | None) -> str:
        """The CSP agency's name, or "" for no agency or one outside the CSP."""
        return "" if agency_id is None else self.csp_agencies.get(agency_id, "")

    def evidence_title(self, document_id: int | None) -> str:
        return "" if document_id is None else self.evidence.get(document_id, "")

    def lookups(self, today: date, scope: str, own: frozenset[int]) -> Lookups:
        return Lookups(
            agencies={name.casefold(): i for i, name in self.csp_agencies.items()},
            review_agencies=self.review_agencies,
            recommendations=self.labels,
            recommendation_texts=self.texts,
            themes=self.themes,
            evidence=self.evidence,
            today=today,
            plan_agreed=self.plan_agreed,
            edit_all=scope == access.ALL_FIELDS,
            own_agencies=own,
        )


def findings(facts: PlanFacts, values: dict[str, Any], plan_date: date) -> list[dict[str, Any]]:
    return smart_findings(
        values,
        recommendation_text=facts.texts.get(values["recommendation"], ""),
        agency_ids=set(facts.review_agencies),
        plan_date=plan_date,
    )


def check_values(facts: PlanFacts, values: dict[str, Any], today: date) -> None:
    """Every field rule a row must keep, named by field (422)."""
    errors = FieldErrors()
    errors.check(
        values["recommendation"] in facts.labels,
        "recommendation",
        "Not a recommendation of this review: use overview:<number> or imr:<imr id>:<number>",
    )
    errors.check(values["scope"] in SCOPES, "scope", f"One of {', '.join(SCOPES)}")
    errors.check(
        values["lead_agency_id"] is None or values["lead_agency_id"] in facts.csp_agencies,
        "lead_agency_id",
        "No agency with this id in the review's CSP",
    )
    errors.check(
        not values["theme"] or values["theme"] in facts.themes,
        "theme",
        f"One of the configured themes: {', '.join(facts.themes)}",
    )
    errors.check(
        values.get("evidence_document_id") is None
        or values["evidence_document_id"] in facts.evidence,
        "evidence_document_id",
        "Not a document of this review (an IMR cannot be evidence)",
    )
    for key, message in completion_problems(
        values.get("status", "not_started"),
        values.get("completion_date"),
        values.get("outcome", ""),
        values.get("evidence_document_id") is not None,
        values.get("closure_reason", ""),
        today,
    ).items():
        errors.add(key, message)
    errors.raise_if_any()


def resolve_values(facts: PlanFacts, data: Mapping[str, Any]) -> dict[str, Any]:
    """`recommendation` as a ref, or `recommendation_number` ("2", "Demoshire Police 1")."""
    values = dict(data)
    number = values.pop("recommendation_number", None)
    if number is not None:
        try:
            ref = resolve_recommendation(number, facts.labels)
        except ValueError as exc:
            raise Invalid([FieldError("recommendation_number", str(exc))]) from exc
        errors = FieldErrors()
        errors.check(
            values.get("recommendation") in (None, "", ref),
            "recommendation",
            f"Names a different recommendation from recommendation_number ({ref})",
        )
        errors.raise_if_any()
        values["recommendation"] = ref
    elif not values.get("recommendation"):
        errors = FieldErrors()
        errors.add("recommendation", "Name the recommendation (or give recommendation_number)")
        errors.raise_if_any()
    return values
