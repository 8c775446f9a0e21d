"""Check-out: one person holds a document while they edit it; anyone else's save is refused."""

from __future__ import annotations

from services.storage.models import Review
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library.document_views import document_view
from services.workflows.library.documents import not_held_by_another, open_document


def checkout(ctx: Ctx, doc_id: int) -> dict:
    doc = open_document(ctx, doc_id, "save_document", lock=True)
    not_held_by_another(ctx, doc)
    doc.checked_out_by, doc.checked_out_at = ctx.actor_id, ctx.clock.now()
    record(
        ctx,
        records.load(ctx, Review, doc.review_id),
        "document.checked_out",
        {"document_id": doc.id},
    )
    return document_view(ctx, doc)


def checkin(ctx: Ctx, doc_id: int) -> dict:
    doc = open_document(ctx, doc_id, "save_document", lock=True)
    not_held_by_another(ctx, doc)
    if doc.checked_out_by is not None:
        doc.checked_out_by, doc.checked_out_at = None, None
        record(
            ctx,
            records.load(ctx, Review, doc.review_id),
            "document.checked_in",
            {"document_id": doc.id},
        )
    return document_view(ctx, doc)
