"""The IMRs as the caller may see them: one, a review's, or the caller's own across reviews.

A reader limited to accepted versions (the panel) sees the accepted version and nothing of the
drafting; every read of an IMR is noted in the access log.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.access import ACCEPTED_ONLY, IMR_PERMISSIONS, can, imr_roles, imr_visibility
from services.domain.errors import NotFound
from services.domain.imr import imr_allowed, is_overdue
from services.domain.versions import etag
from services.storage.models import Imr, ImrEvent, Person, Review
from services.workflows.imrs import data
from services.workflows.kernel import access_log, records
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.imr_access import facts, imr_document, open_imr


def get_imr(ctx: Ctx, imr_id: int) -> dict:
    imr, review, visibility = open_imr(ctx, imr_id, "view_imr")
    view = imr_view(ctx, imr, review, visibility)
    shown = view["document"] and view["document"]["current_version"]
    access_log.note_read(ctx, review, "imr", imr.id, shown)
    return view


def list_imrs(ctx: Ctx, review_id: int) -> list[dict]:
    """The review's IMRs the caller may see: all for the chair, accepted ones for the panel."""
    review = ctx.session.get(Review, review_id)
    sees = review is not None and can(ctx.principal, "view_review", review.csp_id, review.id)
    if review is None or not (review.id in ctx.principal.imr_reviews or sees):
        raise NotFound("review")
    found = ctx.session.scalars(select(Imr).where(Imr.review_id == review.id).order_by(Imr.id))
    shown = []
    for imr in found:
        visibility = imr_visibility(ctx.principal, facts(imr, review))
        if visibility is not None:
            shown.append(imr_view(ctx, imr, review, visibility, brief=True))
    return shown


def my_imrs(ctx: Ctx) -> list[dict]:
    """The IMRs the caller authors or quality-assures, across reviews: where the Word pane
    starts for an agency's author, who sees nothing else of the review (V17)."""
    ids = set(ctx.principal.imr_roles)
    if not ids:
        return []
    found = ctx.session.scalars(select(Imr).where(Imr.id.in_(ids)).order_by(Imr.id))
    return [
        imr_view(ctx, imr, records.load(ctx, Review, imr.review_id), brief=True) for imr in found
    ]


def imr_view(
    ctx: Ctx, imr: Imr, review: Review, visibility: str | None = None, brief: bool = False
) -> dict:
    visibility = visibility or imr_visibility(ctx.principal, facts(imr, review))
    doc = imr_document(ctx, imr.id)
    limited = visibility == ACCEPTED_ONLY
    view = {
        "id": imr.id,
        "review": {"id": review.id, "reference": review.reference},
        "agency": {"id": imr.agency_id, "name": imr.agency.name},
        "state": imr.state,
        "due_on": imr.due_on.isoformat(),
        "overdue": is_overdue(imr.state, imr.due_on, ctx.today),
        "senior_manager": _person(imr.senior_manager),
        "author": _person(imr.author) if imr.author else None,
        "accepted_version": _pin(imr.accepted_label, imr.accepted_sha256),
        "document": doc
        and {
            "id": doc.id,
            "current_version": imr.accepted_label if limited else doc.current_label,
            "etag": None if limited else etag(doc.current_label, doc.current_sha256),
        },
    }
    if limited:
        return view
    view.update(
        {
            "commissioned_on": imr.commissioned_on.isoformat(),
            "letter_document_id": imr.letter_document_id,
            "attestation": imr.attested_on
            and {"signed_on": imr.attested_on.isoformat(), "by": imr.attested_by},
            "submitted_version": _pin(imr.submitted_label, imr.submitted_sha256),
            "approved_version": _pin(imr.approved_label, imr.approved_sha256),
            "allowed_actions": _allowed(ctx, imr, review),
        }
    )
    if not brief:
        view["period_under_review"] = _period(ctx, review)
        view["chronology_read_from"] = data.chronology_sources(ctx, imr.id)
        view["history"] = _history(ctx, imr)
    return view


def _allowed(ctx: Ctx, imr: Imr, review: Review) -> list[str]:
    if review.state not in lifecycle.IMR_STAGES:
        return []
    roles = imr_roles(ctx.principal, facts(imr, review))
    needs = {
        "name_author": "name_imr_author",
        "attest": "attest_imr",
        "edit": "edit_imr",
        "submit": "submit_imr",
        "qa_approve": "qa_imr",
        "qa_return": "qa_imr",
        "accept": "accept_imr",
        "request_more": "accept_imr",
    }
    return [a for a in imr_allowed(imr.state) if roles & IMR_PERMISSIONS[needs[a]]]


def _period(ctx: Ctx, review: Review) -> dict | None:
    terms = records.latest_terms(ctx, review.id)
    return terms and {"from": terms.period_from.isoformat(), "to": terms.period_to.isoformat()}


def _history(ctx: Ctx, imr: Imr) -> list[dict]:
    events = ctx.session.scalars(
        select(ImrEvent).where(ImrEvent.imr_id == imr.id).order_by(ImrEvent.id)
    )
    return [
        {
            "action": e.action,
            "version": e.label,
            "sha256": e.sha256,
            "comments": e.comments,
            "details": e.details,
            "by": {"person_id": e.actor_id, "name": e.actor.name},
            "at": e.at.isoformat(),
        }
        for e in events
    ]


def _person(person: Person) -> dict:
    return {"id": person.id, "name": person.name, "job_title": person.job_title}


def _pin(label: str | None, sha256: str | None) -> dict | None:
    return {"label": label, "sha256": sha256} if label else None
