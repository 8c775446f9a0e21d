"""The case file's later records (docs/case-file.md, from the report onwards): the report's
documents and their versions, checks, sign-offs, each Home Office round with its letter,
outcome and feedback points, clearance, distribution, publication, the action plan in figures,
and conclusion.
Each record carries the caller's `allowed_actions` on it."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.access import can
from services.domain.action_tracking import is_closed, is_overdue
from services.storage.models import (
    ActionRow,
    Clearance,
    Conclusion,
    Distribution,
    Document,
    DocumentVersion,
    HomeOfficeSubmission,
    PresubmissionCheck,
    Publication,
    Reopening,
    Review,
    SignOff,
)
from services.workflows.kernel import imr_access as imr_records
from services.workflows.kernel import next_steps
from services.workflows.kernel.context import Ctx
from services.workflows.overview import checks
from services.workflows.publication import publication
from services.workflows.routing import home_office, reopening, signoffs

REPORT_KINDS = ("overview_report", "executive_summary", "action_plan")


def sections(ctx: Ctx, review: Review, now: list[str], auditor: bool) -> dict:
    return {
        "documents": _documents(ctx, review, now, auditor),
        "checks": _checks(ctx, review, auditor),
        "signoffs": _signoffs(ctx, review, auditor),
        "home_office_rounds": home_office_rounds(ctx, review, now),
        "clearances": clearances(ctx, review),
        "distribution": distribution(ctx, review, now),
        "publications": [
            publication.publication_view(p) for p in _all(ctx, Publication, review, Publication.id)
        ],
        "action_plan": _action_plan(ctx, review),
        "conclusions": conclusions(ctx, review, now),
    }


def _all(ctx: Ctx, model, review: Review, order):
    query = select(model).where(model.review_id == review.id).order_by(order)
    return list(ctx.session.scalars(query))


def _documents(ctx: Ctx, review: Review, now: list[str], auditor: bool) -> list[dict]:
    """Every document the caller may see, with its versions (an IMR's: only those they may)."""
    docs = _all(ctx, Document, review, Document.id)
    if auditor:
        shown = [(d, None) for d in docs]
    else:
        shown = imr_records.visible_documents(ctx, review, docs)
    writable = review.state != lifecycle.State.CONCLUDED and not auditor
    found = []
    for doc, only in shown:
        versions = ctx.session.scalars(
            select(DocumentVersion)
            .where(DocumentVersion.document_id == doc.id)
            .order_by(DocumentVersion.id)
        )
        allowed = []
        if (
            writable
            and doc.imr_id is None
            and can(ctx.principal, "save_document", review.csp_id, review.id)
        ):
            allowed.append("save_version")
            if doc.kind in REPORT_KINDS and "request_signoff" in now:
                allowed.append("request_signoff")
        found.append(
            {
                "id": doc.id,
                "kind": doc.kind,
                "title": doc.title,
                "agency_id": doc.agency_id,
                "imr_id": doc.imr_id,
                "current_version": only or doc.current_label,
                "approval_status": doc.approval_status,
                "versions": [
                    {"label": v.label, "sha256": v.sha256, "saved_at": v.created_at.isoformat()}
                    for v in versions
                    if only is None or v.label == only
                ],
                "allowed_actions": allowed,
            }
        )
    return found


def _checks(ctx: Ctx, review: Review, auditor: bool) -> list[dict]:
    if not (auditor or can(ctx.principal, "view_checks", review.csp_id, review.id)):
        return []
    found = _all(ctx, PresubmissionCheck, review, PresubmissionCheck.id)
    return [{**checks.check_view(c), "findings": None if auditor else c.findings} for c in found]


def _signoffs(ctx: Ctx, review: Review, auditor: bool) -> list[dict]:
    found = []
    for s in _all(ctx, SignOff, review, SignOff.id):
        allowed = []
        if (
            not auditor
            and s.state == "pending"
            and can(ctx.principal, signoffs.STAGES[s.stage], review.csp_id, review.id)
            and _saved_by(ctx, s) != ctx.actor_id  # four eyes
        ):
            allowed.append("decide")
        found.append({**signoffs.signoff_view(s), "allowed_actions": allowed})
    return found


def _saved_by(ctx: Ctx, s: SignOff) -> int | None:
    return ctx.session.scalar(
        select(DocumentVersion.author_id).where(
            DocumentVersion.document_id == s.document_id, DocumentVersion.label == s.label
        )
    )


def home_office_rounds(ctx: Ctx, review: Review, now: list[str]) -> list[dict]:
    """Each submission with its letter, outcome and every feedback point with its answer."""
    rounds = _all(ctx, HomeOfficeSubmission, review, HomeOfficeSubmission.round)
    found = []
    for s in rounds:
        view = home_office.submission_view(ctx, s)
        latest = s is rounds[-1]
        view["allowed_actions"] = [
            a for a in ("record_home_office_outcome",) if latest and s.outcome is None and a in now
        ]
        for item in view["feedback_items"]:
            item["allowed_actions"] = [
                a for a in ("answer_feedback",) if latest and "answer_feedback" in now
            ]
        found.append(view)
    return found


def clearances(ctx: Ctx, review: Review) -> list[dict]:
    return [
        {
            "id": c.id,
            "submission_id": c.submission_id,
            "cleared_on": c.cleared_on.isoformat(),
            "versions": c.pins,
            "recorded_by": c.recorded_by,
        }
        for c in _all(ctx, Clearance, review, Clearance.id)
    ]


def distribution(ctx: Ctx, review: Review, now: list[str]) -> dict:
    sent = _all(ctx, Distribution, review, Distribution.id)
    return {
        "entries": [
            {
                "id": d.id,
                "recipient": d.recipient,
                "agency_id": d.agency_id,
                "person_id": d.person_id,
                "sent_on": d.sent_on.isoformat(),
                "method": d.method,
            }
            for d in sent
        ],
        "outstanding": next_steps.distribution_outstanding(ctx, review)
        if review.state in ("cleared", "distributed", "published", "concluded")
        else [],
        "allowed_actions": [a for a in ("record_distribution",) if a in now],
    }


def _action_plan(ctx: Ctx, review: Review) -> dict:
    rows = _all(ctx, ActionRow, review, ActionRow.id)
    by_status = Counter(r.status for r in rows)
    return {
        "totals": {
            "actions": len(rows),
            "closed": sum(is_closed(r.status, r.closure_reason) for r in rows),
            "overdue": sum(is_overdue(r.status, r.target_date, ctx.today) for r in rows),
            "with_evidence": sum(r.evidence_document_id is not None for r in rows),
            **{f"status_{k}": v for k, v in sorted(by_status.items())},
        },
        "action_ids": [r.id for r in rows],
    }


def conclusions(ctx: Ctx, review: Review, now: list[str]) -> dict:
    return {
        "concluded": [
            {
                "id": c.id,
                "concluded_on": c.concluded_on.isoformat(),
                "note": c.note,
                "recorded_by": c.recorded_by,
            }
            for c in _all(ctx, Conclusion, review, Conclusion.id)
        ],
        "reopened": [
            reopening.reopening_view(r) for r in _all(ctx, Reopening, review, Reopening.id)
        ],
        "allowed_actions": [a for a in ("conclude", "reopen") if a in now],
    }
