"""The review's combined chronology: the accepted IMRs' rows merged, and the author's notes."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.combined_chronology import merge
from services.domain.errors import NotFound
from services.domain.imr import ImrState
from services.storage.models import ChronologyEntry, ChronologyNote, Imr, Review
from services.workflows.imrs.data import entry_view
from services.workflows.kernel import access_log, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.overview.requests import ChronologyNoteChange


def rows_for(ctx: Ctx, review: Review) -> list[dict]:
    """Every accepted IMR's rows, merged in date order, with the author's notes."""
    found = ctx.session.execute(
        select(ChronologyEntry, Imr)
        .join(Imr, Imr.id == ChronologyEntry.imr_id)
        .where(Imr.review_id == review.id, Imr.state == ImrState.ACCEPTED)
        .order_by(Imr.id, ChronologyEntry.position)
    ).all()
    notes = {
        n.entry_id: n
        for n in ctx.session.scalars(
            select(ChronologyNote).where(ChronologyNote.review_id == review.id)
        )
    }
    rows = []
    for entry, imr in found:
        note = notes.get(entry.id)
        rows.append(
            {
                "id": entry.id,
                **entry_view(entry),
                "imr": {"id": imr.id, "version": imr.accepted_label, "sha256": imr.accepted_sha256},
                "note": note.note if note else "",
                "key_episode": bool(note and note.key_episode),
                "summary": note.summary if note else "",
            }
        )
    return merge(rows)


def combined(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_chronology")
    rows = rows_for(ctx, review)
    record(ctx, review, "chronology.read", {"rows": len(rows)})
    access_log.note_read(ctx, review, "chronology", None)
    return rows


def annotate(ctx: Ctx, review_id: int, row_id: int, data: ChronologyNoteChange) -> dict:
    """The overview author's note on a row, and whether it is a key episode for the summary."""
    review = records.open_review(ctx, review_id, "annotate_chronology", lock=True)
    entry = ctx.session.scalar(
        select(ChronologyEntry)
        .join(Imr, Imr.id == ChronologyEntry.imr_id)
        .where(
            ChronologyEntry.id == row_id,
            Imr.review_id == review.id,
            Imr.state == ImrState.ACCEPTED,
        )
    )
    if entry is None:
        raise NotFound("chronology row")
    note = ctx.session.scalar(select(ChronologyNote).where(ChronologyNote.entry_id == entry.id))
    if note is None:
        note = ChronologyNote(review_id=review.id, entry_id=entry.id, note="", summary="")
        ctx.session.add(note)
    if "note" in data:
        note.note = data["note"]
    if "key_episode" in data:
        note.key_episode = data["key_episode"]
    if "summary" in data:
        note.summary = data["summary"]
    note.updated_by, note.updated_at = ctx.actor_id, ctx.clock.now()
    ctx.session.flush()
    record(
        ctx,
        review,
        "chronology.annotated",
        {"row_id": entry.id, "key_episode": note.key_episode},
    )
    return next(r for r in rows_for(ctx, review) if r["id"] == entry.id)
