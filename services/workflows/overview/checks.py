"""Running the pre-submission check on exact versions, and keeping its result with them."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from sqlalchemy import select

from services.documents.contexts import headings_for, load_headings
from services.documents.docx_sections import read_report
from services.documents.presubmission import Documents, check, prompt_patterns
from services.domain.deadlines import add_months
from services.domain.errors import FieldErrors, NotFound, known
from services.storage.models import (
    ActionRow,
    Document,
    DocumentVersion,
    Extension,
    PresubmissionCheck,
    Review,
)
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library import council_templates, rendering
from services.workflows.library.document_views import read_version
from services.workflows.overview import recommendations as overview_recommendations
from services.workflows.overview.requests import CheckRequest
from services.workflows.publication import anonymity
from services.workflows.reviews import family

KINDS = {"overview": "overview_report", "executive_summary": "executive_summary"}


@lru_cache(maxsize=16)
def _prompts(sha256: str, content: bytes) -> list:
    return prompt_patterns(read_report(content))


def _template_prompts(ctx: Ctx, review: Review, name: str) -> list:
    own = council_templates.current(ctx, review.csp_id, name)
    content = own.content if own else rendering.template(name).default_bytes()
    return _prompts(hashlib.sha256(content).hexdigest(), content)


def _version(ctx: Ctx, review: Review, errors: FieldErrors, field: str, kind: str, doc_id, label):
    doc = ctx.session.get(Document, doc_id)
    if doc is None or doc.review_id != review.id or doc.kind != kind:
        errors.add(
            f"{field}_document_id", f"No {kind.replace('_', ' ')} of this review has this id"
        )
        return None, None
    row = ctx.session.scalar(
        select(DocumentVersion).where(
            DocumentVersion.document_id == doc.id, DocumentVersion.label == label
        )
    )
    if row is None:
        errors.add(f"{field}_version", f"Document {doc.id} has no version {label}")
    return doc, row


def facts(ctx: Ctx, review: Review) -> dict:
    rules = ctx.rules(review.guidance_version)
    decision = records.latest_decision(ctx, review.id)
    chair = records.current_chair(ctx, review.id)
    subjects = records.subjects(ctx, review.id)
    victim = next((s for s in subjects if s.role == "victim"), None)
    extensions = ctx.session.scalars(
        select(Extension).where(Extension.review_id == review.id).order_by(Extension.id)
    )
    actions = ctx.session.scalars(select(ActionRow).where(ActionRow.review_id == review.id))
    return {
        "today": ctx.today,
        "decided_on": decision.decided_on if decision else None,
        "six_months_due": decision and add_months(decision.decided_on, rules.overview_months),
        "extensions": [
            {"agreed_on": e.agreed_on, "new_due": e.new_due, "reason": e.reason}
            for e in extensions
            if e.deadline == "overview_report"
        ],
        "chair_statement": chair.independence_statement if chair else "",
        "proceedings": [
            p.kind.replace("_", " ").capitalize() for p in records.proceedings(ctx, review.id)
        ],
        "family_contacts": family.for_report(ctx, review)["count"],
        "pseudonyms": [s.pseudonym for s in subjects if s.pseudonym],
        "victim_pseudonym": victim.pseudonym if victim else None,
        "overview_recommendations": overview_recommendations.overview(ctx, review),
        "imr_recommendations": overview_recommendations.from_imrs(ctx, review),
        "actions": [
            {
                "id": a.id,
                "recommendation": a.recommendation,
                "scope": a.scope,
                "action": a.action,
                "success_measure": a.success_measure,
                "lead_agency_id": a.lead_agency_id,
                "lead_officer": a.lead_officer,
                "target_date": a.target_date,
                "milestones": a.milestones,
            }
            for a in actions
        ],
        "agency_ids": set(records.participating_agencies(ctx, review.id)),
    }


def start_check(ctx: Ctx, review_id: int, data: CheckRequest) -> dict:
    """Pins the two versions and records a running check; `complete_check` does the work."""
    review = records.open_review(ctx, review_id, "run_check")
    errors = FieldErrors()
    overview_doc, overview = _version(
        ctx,
        review,
        errors,
        "overview",
        "overview_report",
        data["overview_document_id"],
        data["overview_version"],
    )
    summary_doc, summary = _version(
        ctx,
        review,
        errors,
        "executive_summary",
        "executive_summary",
        data["executive_summary_document_id"],
        data["executive_summary_version"],
    )
    errors.raise_if_any()
    # _version added a field error (raised just now) whenever it returned None.
    why = "_version's field error was raised just now"
    overview_doc, overview = known(overview_doc, why), known(overview, why)
    summary_doc, summary = known(summary_doc, why), known(summary, why)
    result = PresubmissionCheck(
        review_id=review.id,
        overview_document_id=overview_doc.id,
        overview_label=overview.label,
        overview_sha256=overview.sha256,
        summary_document_id=summary_doc.id,
        summary_label=summary.label,
        summary_sha256=summary.sha256,
        status="running",
        run_by=ctx.actor_id,
        run_at=ctx.clock.now(),
    )
    ctx.session.add(result)
    ctx.session.flush()
    return check_view(result)


def complete_check(ctx: Ctx, check_id: int) -> dict:
    """Reads the pinned versions, runs the check and keeps its findings with them."""
    result = records.load(ctx, PresubmissionCheck, check_id, "check")
    review = records.load(ctx, Review, result.review_id)
    overview_doc = records.load(ctx, Document, result.overview_document_id)
    summary_doc = records.load(ctx, Document, result.summary_document_id)
    table = load_headings()
    overview_data = read_version(ctx, overview_doc, result.overview_label)
    summary_data = read_version(ctx, summary_doc, result.summary_label)
    docs = Documents(
        overview=read_report(overview_data),
        summary=read_report(summary_data),
        overview_version=result.overview_label,
        summary_version=result.summary_label,
        overview_headings=headings_for(table, "overview_report", review.guidance_version),
        summary_headings=headings_for(table, "executive_summary", review.guidance_version),
        overview_prompts=_template_prompts(ctx, review, "overview_report"),
        summary_prompts=_template_prompts(ctx, review, "executive_summary"),
    )
    findings = check(docs, facts(ctx, review))
    scanner = anonymity.scanner_for(ctx, review)
    for document, doc, label, data in (
        ("executive_summary", summary_doc, result.summary_label, summary_data),
        ("overview_report", overview_doc, result.overview_label, overview_data),
    ):
        findings[:0] = anonymity.check_findings(ctx, scanner, document, doc, label, data)
    result.findings = findings
    result.blocking = sum(1 for f in findings if f["severity"] == "block")
    result.status = "done"
    record(
        ctx,
        review,
        "check.run",
        {
            "check_id": result.id,
            "overview": [overview_doc.id, result.overview_label, result.overview_sha256],
            "executive_summary": [summary_doc.id, result.summary_label, result.summary_sha256],
            "blocking": result.blocking,
        },
    )
    return check_view(result)


def fail_check(ctx: Ctx, check_id: int, reason: str) -> None:
    result = records.load(ctx, PresubmissionCheck, check_id, "check")
    result.status, result.blocking = "failed", None
    result.findings = [{"severity": "block", "rule": "check", "message": reason, "location": {}}]


def run_check(ctx: Ctx, review_id: int, data: CheckRequest) -> dict:
    """Checks one overview version and one executive summary version; the result is kept."""
    started = start_check(ctx, review_id, data)
    return complete_check(ctx, started["id"])


def get_check(ctx: Ctx, review_id: int, check_id: int) -> dict:
    review = records.open_review(ctx, review_id, "view_checks")
    result = ctx.session.get(PresubmissionCheck, check_id)
    if result is None or result.review_id != review.id:
        raise NotFound("check")
    return check_view(result)


def check_view(result: PresubmissionCheck) -> dict:
    return {
        "id": result.id,
        "overview": {
            "document_id": result.overview_document_id,
            "version": result.overview_label,
            "sha256": result.overview_sha256,
        },
        "executive_summary": {
            "document_id": result.summary_document_id,
            "version": result.summary_label,
            "sha256": result.summary_sha256,
        },
        "status": result.status,
        "findings": result.findings,
        "blocking": result.blocking,
        "clean": result.status == "done" and result.blocking == 0,
        "run_by": result.run_by,
        "run_at": result.run_at.isoformat(),
    }
