"""Evidence that an action was done (V15): a file uploaded by the action's lead agency, kept
as a versioned document of kind `evidence` of the review, and linked to the action.

Who may attach it: anyone who may change the action (the coordinator, the chair, the overview
author, the lead agency's panel member), and the lead agency's senior manager, who owns the
agency's recommendations (docs/rules.md, access rules) though they see nothing else of the
review. Everyone else who may read the plan sees the evidence's title only if they may see
the document.
"""

from __future__ import annotations

from sqlalchemy import select

from services.documents.naming import display_name
from services.domain import access
from services.domain.errors import Forbidden, NotFound
from services.storage.models import ActionRow, Imr, Review
from services.workflows.action_plan import actions
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.uploads import Upload
from services.workflows.library import documents


def attach(ctx: Ctx, action_id: int, form: dict, upload: Upload) -> dict:
    row, review = _open(ctx, action_id, lock=False)
    file_type = documents.validated(ctx, review, upload)
    row, review = _open(ctx, action_id, lock=True)  # again, under the lock
    doc = documents.store_new(
        ctx,
        review,
        {
            "kind": "evidence",
            "title": form["title"],
            "agency_id": row.lead_agency_id,
            "comment": form.get("comment") or f"Evidence for action {row.id}",
        },
        upload.data,
        display_name(upload.filename, file_type),
    )
    actions.apply_changes(ctx, row, {"evidence_document_id": doc.id})
    record(
        ctx,
        review,
        "action.evidence_attached",
        {"action_id": row.id, "document_id": doc.id, "sha256": doc.current_sha256},
    )
    return {
        "action_id": row.id,
        "action_version": row.version,
        "document": {"id": doc.id, "title": doc.title, "kind": doc.kind, "version": "0.1"},
    }


def _open(ctx: Ctx, action_id: int, *, lock: bool) -> tuple[ActionRow, Review]:
    row = ctx.session.get(ActionRow, action_id)
    if row is None:
        raise NotFound("action")
    query = select(Review).where(Review.id == row.review_id)
    review = ctx.session.scalar(query.with_for_update() if lock else query)
    if review is None:
        raise NotFound("action")
    me = ctx.principal
    sees = access.can(me, "view_review", review.csp_id, review.id)
    scope = sees and access.action_edit_scope(
        me,
        review.csp_id,
        review.id,
        own_agency_leads=row.lead_agency_id in actions.own_agencies(ctx, review),
    )
    if scope or _lead_senior_manager(ctx, row):
        return row, review
    if not sees:
        raise NotFound("action")
    raise Forbidden("Only the action's lead agency, the coordinator, the chair or the author")


def _lead_senior_manager(ctx: Ctx, row: ActionRow) -> bool:
    """The senior manager of the lead agency's IMR in this review."""
    if row.lead_agency_id is None:
        return False
    found = ctx.session.scalar(
        select(Imr.id).where(
            Imr.review_id == row.review_id,
            Imr.agency_id == row.lead_agency_id,
            Imr.senior_manager_id == ctx.actor_id,
        )
    )
    return found is not None


def my_agency_actions(ctx: Ctx) -> list[dict]:
    """For a senior manager: the actions their agency leads in the reviews where they
    quality-assure the agency's IMR, so they can attach evidence (nothing else of those reviews)."""
    led = ctx.session.execute(
        select(Imr.review_id, Imr.agency_id).where(Imr.senior_manager_id == ctx.actor_id)
    ).all()
    found = []
    for review_id, agency_id in led:
        review = ctx.session.get(Review, review_id)
        if review is None:
            continue
        rows = ctx.session.scalars(
            select(ActionRow)
            .where(ActionRow.review_id == review_id, ActionRow.lead_agency_id == agency_id)
            .order_by(ActionRow.id)
        )
        found += [
            {
                "id": row.id,
                "review_reference": review.reference,
                "recommendation": row.recommendation,
                "action": row.action,
                "target_date": row.target_date and row.target_date.isoformat(),
                "status": row.status,
                "evidence_document_id": row.evidence_document_id,
            }
            for row in rows
        ]
    return found
