"""The action plan's rows as read for the workbook, the report appendix and the row checks."""

from __future__ import annotations

from sqlalchemy import Select, select

from services.domain import lifecycle
from services.domain.action_plan_import import milestones_text
from services.domain.action_rows import PLAN_FIELDS, PlanFacts
from services.domain.action_tracking import STATUS_LABELS, origin, rag
from services.storage.models import ActionRow, Agency, Document, Review, ReviewAgency
from services.workflows.kernel.context import Ctx
from services.workflows.overview import recommendations as overview_recommendations


def plan_facts(ctx: Ctx, review: Review, row: ActionRow | None = None) -> PlanFacts:
    """What checking the plan's rows needs. With `row`, only what that row's view names (its
    recommendation, lead agency and evidence): a single row's read costs the same however
    large the plan, the review's recommendations and the CSP's directory grow."""
    labels, texts = {}, {}
    number, imr_ref = _recommendation_ref(row.recommendation) if row else (None, None)
    if row is None or number is not None:
        for r in overview_recommendations.overview(ctx, review, number):
            labels[r["ref"]], texts[r["ref"]] = f"{r['number']}. {r['text']}", r["text"]
    if row is None or imr_ref is not None:
        for r in overview_recommendations.from_imrs(ctx, review, imr_ref):
            labels[r["ref"]] = f"{r['agency']} {r['number']}. {r['text']}"
            texts[r["ref"]] = r["text"]
    agencies = select(Agency.id, Agency.name).where(Agency.csp_id == review.csp_id)
    taking_part = ctx.session.scalars(
        select(ReviewAgency.agency_id).where(ReviewAgency.review_id == review.id)
    )
    # Evidence is a document everyone who reads the plan may read: never one that belongs to
    # an IMR (its letters included), whose narrower policy would otherwise leak its title.
    documents = select(Document.id, Document.title).where(
        Document.review_id == review.id, Document.kind != "imr", Document.imr_id.is_(None)
    )
    if row is not None:
        agencies = agencies.where(Agency.id == row.lead_agency_id)
        documents = documents.where(Document.id == row.evidence_document_id)
    wanted = row is None
    return PlanFacts(
        labels=labels,
        texts=texts,
        csp_agencies=_pairs(ctx, agencies) if wanted or row.lead_agency_id else {},
        review_agencies=frozenset(taking_part),
        evidence=_pairs(ctx, documents) if wanted or row.evidence_document_id else {},
        themes=ctx.guidance.action_themes,
        plan_agreed=review.state in lifecycle.PLAN_AGREED_STAGES,
    )


def _pairs(ctx: Ctx, query: Select[int, str]) -> dict[int, str]:
    """A two-column query's rows as {first: second}."""
    return {key: value for key, value in ctx.session.execute(query)}


def _recommendation_ref(ref: str) -> tuple[int | None, tuple[int, int] | None]:
    """`overview:<n>` -> (n, None); `imr:<imr id>:<n>` -> (None, (imr id, n)); else neither."""
    parts = ref.split(":")
    if not all(p.isdigit() for p in parts[1:]):
        return None, None
    if parts[0] == "overview" and len(parts) == 2:
        return int(parts[1]), None
    if parts[0] == "imr" and len(parts) == 3:
        return None, (int(parts[1]), int(parts[2]))
    return None, None


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
                "lead_agency": facts.agency_name(row.lead_agency_id),
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
