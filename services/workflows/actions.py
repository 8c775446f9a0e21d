"""The action plan's rows (domain.md §4) through the JSON API: add, read, change, milestones.

Each row names the recommendation it delivers ("overview:3" or "imr:<id>:2"); one recommendation
may have several. Every answer carries the row's SMART findings (V14): warnings while the plan is
drafted, blocking for new rows once the CSP has agreed it. A change names the version it was made
to (If-Match); a row changed since is refused with 412, never overwritten. A row becomes complete
only with a completion date and an outcome or evidence (V15).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from services.domain import access, lifecycle
from services.domain.action_plan_import import (
    PROGRESS_FIELDS,
    Lookups,
    milestones_text,
    resolve_recommendation,
)
from services.domain.action_tracking import (
    STATUS_LABELS,
    completion_problems,
    is_overdue,
    origin,
    rag,
)
from services.domain.errors import FieldErrors, Forbidden, NotFound, PreconditionFailed
from services.domain.numbering import SCOPES
from services.domain.smart import smart_findings
from services.storage.models import ActionRow, Agency, Document, Review, ReviewAgency
from services.workflows import overview_recommendations, records
from services.workflows.context import Ctx
from services.workflows.notify import record

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
    evidence: dict[int, str]  # document id -> title (the review's documents, IMRs excepted)
    themes: tuple[str, ...]
    plan_agreed: bool

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


def plan_facts(ctx: Ctx, review: Review) -> PlanFacts:
    labels, texts = {}, {}
    for r in overview_recommendations.overview(ctx, review):
        labels[r["ref"]], texts[r["ref"]] = f"{r['number']}. {r['text']}", r["text"]
    for r in overview_recommendations.from_imrs(ctx, review):
        labels[r["ref"]] = f"{r['agency']} {r['number']}. {r['text']}"
        texts[r["ref"]] = r["text"]
    agencies = ctx.session.scalars(select(Agency).where(Agency.csp_id == review.csp_id))
    taking_part = ctx.session.scalars(
        select(ReviewAgency.agency_id).where(ReviewAgency.review_id == review.id)
    )
    documents = ctx.session.execute(
        select(Document.id, Document.title).where(
            Document.review_id == review.id, Document.kind != "imr"
        )
    )
    return PlanFacts(
        labels=labels,
        texts=texts,
        csp_agencies={a.id: a.name for a in agencies},
        review_agencies=frozenset(taking_part),
        evidence=dict(documents.all()),
        themes=ctx.guidance.action_themes,
        plan_agreed=review.state in lifecycle.PLAN_AGREED_STAGES,
    )


def row_fields(row: ActionRow) -> dict:
    """The row as comparable field values (the workbook's and the SMART check's view of it)."""
    closed = row.status == "cannot_complete"
    return {
        **{key: getattr(row, key) for key in PLAN_FIELDS},
        "milestones": list(row.milestones or []),
        "status": row.status,
        "completion_date": row.completion_date,
        "outcome": "" if closed else row.outcome,
        "closure_reason": row.closure_reason if closed else "",
        "evidence_document_id": row.evidence_document_id,
        "version": row.version,
        "created_on": row.created_at.date(),
    }


def findings(facts: PlanFacts, values: dict, plan_date: date) -> list[dict]:
    return smart_findings(
        values,
        recommendation_text=facts.texts.get(values["recommendation"], ""),
        agency_ids=set(facts.review_agencies),
        plan_date=plan_date,
    )


def etag(row: ActionRow) -> str:
    return f'"{row.version}"'


def action_view(ctx: Ctx, row: ActionRow, facts: PlanFacts) -> dict:
    values = row_fields(row)
    return {
        "id": row.id,
        "review_id": row.review_id,
        "version": row.version,
        "etag": etag(row),
        "recommendation": row.recommendation,
        "recommendation_label": facts.labels.get(row.recommendation, row.recommendation),
        "origin": origin(row.recommendation),
        "scope": row.scope,
        "action": row.action,
        "success_measure": row.success_measure,
        "lead_agency_id": row.lead_agency_id,
        "lead_agency": facts.csp_agencies.get(row.lead_agency_id, ""),
        "lead_officer": row.lead_officer,
        "target_date": _iso(row.target_date),
        "milestones": row.milestones,
        "theme": row.theme,
        "status": row.status,
        "rag": rag(row.status, row.target_date, ctx.today),
        "overdue": is_overdue(row.status, row.target_date, ctx.today),
        "completion_date": _iso(row.completion_date),
        "outcome": row.outcome,
        "closure_reason": row.closure_reason,
        "evidence_document_id": row.evidence_document_id,
        "evidence": facts.evidence.get(row.evidence_document_id, ""),
        "updated_at": row.updated_at and row.updated_at.isoformat(),
        "smart": findings(facts, values, row.created_at.date()),
    }


def _iso(value: date | None) -> str | None:
    return value and value.isoformat()


def rows_for(ctx: Ctx, review: Review) -> list[ActionRow]:
    query = select(ActionRow).where(ActionRow.review_id == review.id).order_by(ActionRow.id)
    return list(ctx.session.scalars(query))


def workbook_rows(ctx: Ctx, review: Review, facts: PlanFacts) -> list[dict]:
    """The rows in the §4 and tracking columns, as the workbook and the report appendix show
    them; for a row that cannot be completed the outcome column carries the reason."""
    found = []
    for row in rows_for(ctx, review):
        closed = row.status == "cannot_complete"
        found.append(
            {
                "id": f"A{row.id}",
                "origin": origin(row.recommendation),
                "recommendation": facts.labels.get(row.recommendation, row.recommendation),
                "scope": row.scope,
                "action": row.action,
                "success_measure": row.success_measure,
                "lead_agency": facts.csp_agencies.get(row.lead_agency_id, ""),
                "lead_officer": row.lead_officer,
                "milestones": milestones_text(row.milestones or []),
                "target_date": row.target_date,
                "completion_date": row.completion_date,
                "outcome": row.closure_reason if closed else row.outcome,
                "status": STATUS_LABELS.get(row.status, row.status),
                "rag": rag(row.status, row.target_date, ctx.today),
                "last_update": (row.updated_at or row.created_at).date(),
                "evidence": _evidence_label(facts, row.evidence_document_id),
                "evidence_url": row.evidence_document_id
                and f"{ctx.integrations.public_url}/api/v1/documents/{row.evidence_document_id}",
                "theme": row.theme,
                "version": row.version,
            }
        )
    return found


def _evidence_label(facts: PlanFacts, document_id: int | None) -> str:
    """ "Training register [D40]": the tag lets the workbook import find the document again."""
    if document_id is None:
        return ""
    return f"{facts.evidence.get(document_id, '')} [D{document_id}]"


def list_actions(ctx: Ctx, review_id: int, overdue: bool = False) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_review")
    facts = plan_facts(ctx, review)
    rows = rows_for(ctx, review)
    if overdue:
        rows = [r for r in rows if is_overdue(r.status, r.target_date, ctx.today)]
    return [action_view(ctx, r, facts) for r in rows]


def get_action(ctx: Ctx, action_id: int) -> dict:
    row = ctx.session.get(ActionRow, action_id)
    if row is None:
        raise NotFound("action")
    review = records.open_review(ctx, row.review_id, "view_review")
    return action_view(ctx, row, plan_facts(ctx, review))


def own_agencies(ctx: Ctx, review: Review) -> frozenset[int]:
    """The agencies the caller sits on this review's panel for."""
    return frozenset(
        m.agency_id
        for m in records.current_members(ctx, review.id)
        if m.person_id == ctx.actor_id and m.agency_id is not None
    )


def check_values(facts: PlanFacts, values: dict, today: date) -> None:
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


def _resolve(facts: PlanFacts, data: dict) -> dict:
    """`recommendation` as a ref, or `recommendation_number` ("2", "Demoshire Police 1")."""
    values = dict(data)
    number = values.pop("recommendation_number", None)
    if number is not None:
        errors = FieldErrors()
        try:
            ref = resolve_recommendation(number, facts.labels)
        except ValueError as exc:
            errors.add("recommendation_number", str(exc))
            errors.raise_if_any()
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


def _milestones(items: list[dict]) -> list[dict]:
    return [{"on": m["on"].isoformat(), "text": m["text"]} for m in items]


def add_action(ctx: Ctx, review_id: int, data: dict) -> dict:
    review = records.open_review(ctx, review_id, "edit_actions", lock=True)
    facts = plan_facts(ctx, review)
    values = _resolve(facts, data)
    values["milestones"] = _milestones(values["milestones"])
    check_values(facts, values, ctx.today)
    found = findings(facts, values, ctx.today)
    if found and facts.plan_agreed:
        errors = FieldErrors()
        for f in found:
            errors.add(f["field"], f"{f['message']} (the plan is agreed: new actions are SMART)")
        errors.raise_if_any()
    row = new_row(
        ctx,
        review,
        {"status": "not_started", "outcome": "", "closure_reason": "", **values},
        (*PLAN_FIELDS, "status", "outcome", "closure_reason"),
    )
    record(ctx, review, "action.added", {"action_id": row.id, "recommendation": row.recommendation})
    return action_view(ctx, row, facts)


def new_row(ctx: Ctx, review: Review, values: dict, keys) -> ActionRow:
    """A new row at version 1, stored (flushed, so it has its id)."""
    now = ctx.clock.now()
    row = ActionRow(
        review_id=review.id,
        created_at=now,
        updated_at=now,
        updated_by=ctx.actor_id,
        version=1,
        **{key: values[key] for key in keys},
    )
    ctx.session.add(row)
    ctx.session.flush()
    return row


def open_action(ctx: Ctx, action_id: int) -> tuple[ActionRow, Review, str]:
    """The row, its review (locked) and what the caller may change on it; 404 if unseen."""
    row = ctx.session.get(ActionRow, action_id)
    if row is None:
        raise NotFound("action")
    review = records.open_review(ctx, row.review_id, "view_review", lock=True)
    scope = access.action_edit_scope(
        ctx.principal,
        review.csp_id,
        review.id,
        own_agency_leads=row.lead_agency_id in own_agencies(ctx, review),
    )
    if scope is None:
        raise Forbidden("Only the lead agency, the coordinator, the chair or the overview author")
    return row, review, scope


def precondition(row: ActionRow, if_match: str | None) -> None:
    if not if_match:
        raise PreconditionFailed(
            "Send If-Match with the ETag of the action you edited", missing=True, current=etag(row)
        )
    offered = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" not in offered and etag(row) not in offered:
        raise PreconditionFailed(
            f"Action A{row.id} was changed since you read it (now version {row.version}): "
            "reload it and make your change again",
            current=etag(row),
        )


def patch_action(ctx: Ctx, action_id: int, data: dict, if_match: str | None) -> dict:
    row, review, scope = open_action(ctx, action_id)
    precondition(row, if_match)
    facts = plan_facts(ctx, review)
    changes = _resolve(facts, data) if "recommendation_number" in data else dict(data)
    if "milestones" in changes:
        changes["milestones"] = _milestones(changes["milestones"])
    if scope == access.PROGRESS_ONLY:
        barred = sorted(set(changes) - PROGRESS_FIELDS)
        if barred:
            raise Forbidden(
                f"The lead agency records progress; {', '.join(barred)} are changed by the "
                "coordinator, the chair or the overview author"
            )
    current = row_fields(row)
    current["outcome"], current["closure_reason"] = row.outcome, row.closure_reason
    values = {**current, **changes}
    check_values(facts, values, ctx.today)
    apply_changes(ctx, row, {k: v for k, v in changes.items() if current.get(k) != v})
    record(ctx, review, "action.updated", {"action_id": row.id, "version": row.version})
    return action_view(ctx, row, facts)


def add_milestone(ctx: Ctx, action_id: int, data: dict) -> dict:
    """A dated progress entry; milestones are only ever added, so no If-Match is needed."""
    row, review, _scope = open_action(ctx, action_id)
    entries = [*row.milestones, {"on": data["on"].isoformat(), "text": data["text"]}]
    apply_changes(ctx, row, {"milestones": sorted(entries, key=lambda m: m["on"])})
    record(
        ctx, review, "action.milestone_added", {"action_id": row.id, "on": data["on"].isoformat()}
    )
    return action_view(ctx, row, plan_facts(ctx, review))


def apply_changes(ctx: Ctx, row: ActionRow, changes: dict) -> None:
    if not changes:
        return
    for key, value in changes.items():
        setattr(row, key, value)
    row.version += 1
    row.updated_at, row.updated_by = ctx.clock.now(), ctx.actor_id
