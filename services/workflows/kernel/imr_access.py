"""Loads an IMR the caller may act on, and decides what they may do with its documents."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from services.domain.access import ACCEPTED_ONLY, ImrFacts, imr_visibility, require_imr
from services.domain.errors import Conflict, InvalidTransition, NotFound
from services.domain.imr import WRITING, ImrState, is_overdue
from services.domain.lifecycle import IMR_STAGES, allowed_actions
from services.storage.models import Document, Imr, Review
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.records import load


def facts(imr: Imr, review: Review) -> ImrFacts:
    return ImrFacts(imr.id, review.csp_id, review.id, imr.state == ImrState.ACCEPTED)


def open_imr(ctx: Ctx, imr_id: int, action: str, *, lock: bool = False) -> tuple[Imr, Review, str]:
    """(IMR, its review, the caller's visibility); NotFound or Forbidden as the policy says."""
    query = select(Imr).where(Imr.id == imr_id)
    imr = ctx.session.scalar(query.with_for_update() if lock else query)
    if imr is None:
        raise NotFound("IMR")
    review = load(ctx, Review, imr.review_id)
    return imr, review, require_imr(ctx.principal, action, facts(imr, review))


def document_access(ctx: Ctx, doc: Document, action: str) -> str | None:
    """For a document that belongs to an IMR: the visibility, after the IMR's own checks.

    Returns the label the caller is limited to (the accepted version) or None for every version.
    """
    imr = load(ctx, Imr, doc.imr_id, "document")
    review = load(ctx, Review, imr.review_id)
    if imr_visibility(ctx.principal, facts(imr, review)) is None:
        raise NotFound("document")  # not "IMR": an outsider learns nothing about what it is
    if action == "view_documents":
        visibility = require_imr(ctx.principal, "view_imr", facts(imr, review))
        if visibility == ACCEPTED_ONLY:
            if doc.kind != "imr":
                raise NotFound("document")
            return imr.accepted_label
        return None
    if doc.kind == "imr":
        require_imr(ctx.principal, "edit_imr", facts(imr, review))
        writable(imr)
    else:
        require_imr(ctx.principal, "manage_imr_letters", facts(imr, review))
    return None


def writable(imr: Imr) -> None:
    if imr.state not in WRITING:
        raise Conflict(
            f"The IMR is '{imr.state}': it can be changed again only if it is returned to the "
            "author or the chair asks for more",
            field="state",
        )


def visible_documents(
    ctx: Ctx, review: Review, docs: list[Document]
) -> list[tuple[Document, str | None]]:
    """The review's documents the caller may see, each with the one label they are limited to."""
    imrs = {
        imr.id: imr for imr in ctx.session.scalars(select(Imr).where(Imr.review_id == review.id))
    }
    shown = []
    for doc in docs:
        if doc.imr_id is None:
            shown.append((doc, None))
            continue
        visibility = imr_visibility(ctx.principal, facts(imrs[doc.imr_id], review))
        if visibility is None:
            continue
        if visibility == ACCEPTED_ONLY:
            if doc.kind == "imr":
                shown.append((doc, imrs[doc.imr_id].accepted_label))
            continue
        shown.append((doc, None))
    return shown


def imr_document(ctx: Ctx, imr_id: int) -> Document | None:
    return ctx.session.scalar(
        select(Document).where(Document.imr_id == imr_id, Document.kind == "imr")
    )


def review_at_imr_stage(review: Review, action: str) -> None:
    """IMR work happens while the review is gathering IMRs (later stages will join this list)."""
    if review.state not in IMR_STAGES:
        raise InvalidTransition(review.state, action, allowed_actions(review.state))


def summary(ctx: Ctx, review: Review) -> list[dict]:
    """Each IMR's state, due date and overdue flag, as far as the caller may see them."""
    query = select(Imr).where(Imr.review_id == review.id).order_by(Imr.id)
    found = ctx.session.scalars(query.options(joinedload(Imr.agency, innerjoin=True)))
    return [
        {
            "id": imr.id,
            "agency": imr.agency.name,
            "state": imr.state,
            "due_on": imr.due_on.isoformat(),
            "overdue": is_overdue(imr.state, imr.due_on, ctx.today),
        }
        for imr in found
        if imr_visibility(ctx.principal, facts(imr, review)) is not None
    ]
