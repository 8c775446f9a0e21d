"""The access log: every read of an IMR, a chronology or a draft report, and the alert when one
person reads many IMRs in an hour.

Reads are not on the review's hash chain (a read must never contend with a change); they go to
their own append-only table, exported to the CSP by `GET /api/v1/audit/export?review=`.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from services.documents import sheet_writer
from services.storage.models import AccessRecord, Person, Review
from services.workflows.kernel import outbox, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx

DRAFT_KINDS = {"overview_report": "draft_report", "executive_summary": "draft_report"}
LOGGED_DOCUMENTS = {"imr": "imr", "chronology": "chronology", **DRAFT_KINDS}


def note_read(
    ctx: Ctx,
    review: Review,
    kind: str,
    object_id: int | None,
    version: str | None = None,
    action: str = "read",
) -> None:
    person = records.load(ctx, Person, ctx.actor_id)
    ctx.session.add(
        AccessRecord(
            at=ctx.clock.now(),
            person_id=ctx.actor_id,
            entra_object_id=person.entra_object_id if person else None,
            review_id=review.id,
            object_kind=kind,
            object_id=object_id,
            version=version,
            action=action,
        )
    )
    ctx.session.flush()
    if kind == "imr":
        _watch_volume(ctx, review, object_id)


def note_document(ctx: Ctx, review: Review, doc, version: str, action: str) -> None:
    """A document read is logged when it is an IMR, a chronology or an overview/summary draft."""
    kind = LOGGED_DOCUMENTS.get(doc.kind)
    if kind is not None:
        note_read(ctx, review, kind, doc.imr_id if kind == "imr" else doc.id, version, action)


def _watch_volume(ctx: Ctx, review: Review, imr_id: int | None) -> None:
    """One alert when the person's distinct IMRs read within the hour reach the threshold."""
    limit = ctx.guidance.unusual_imr_reads_per_hour
    since = ctx.clock.now() - timedelta(hours=1)
    mine = (AccessRecord.person_id == ctx.actor_id, AccessRecord.object_kind == "imr")
    distinct = ctx.session.scalar(
        select(func.count(func.distinct(AccessRecord.object_id))).where(
            *mine, AccessRecord.at >= since
        )
    )
    earlier = ctx.session.scalar(
        select(func.count()).where(
            *mine, AccessRecord.at >= since, AccessRecord.object_id == imr_id
        )
    )
    if distinct != limit or earlier != 1:  # only the read that makes it `limit` raises it
        return
    person = records.load(ctx, Person, ctx.actor_id)
    payload = {"person_id": person.id, "person": person.name, "imrs_read": distinct, "within": "1h"}
    record(ctx, review, "access.unusual_volume", payload)
    outbox.emit(ctx, review, "access.unusual_volume", f"access:{uuid.uuid4().hex}", payload)


def export(ctx: Ctx, review_id: int, file_type: str):
    """The review's access log for its CSP, oldest first (JSON, or CSV for a spreadsheet)."""
    review = records.open_review(ctx, review_id, "export_access_log")
    query = (
        select(AccessRecord, Person)
        .join(Person, Person.id == AccessRecord.person_id)
        .where(AccessRecord.review_id == review.id)
        .order_by(AccessRecord.id)
    )
    rows = [
        {
            "at": a.at.isoformat(),
            "person_id": p.id,
            "person": p.name,
            "email": p.email,
            "entra_object_id": a.entra_object_id,
            "object_kind": a.object_kind,
            "object_id": a.object_id,
            "version": a.version,
            "action": a.action,
        }
        for a, p in ctx.session.execute(query)
    ]
    record(ctx, review, "access_log.exported", {"rows": len(rows), "format": file_type})
    if file_type == "json":
        return {"review_id": review.id, "reference": review.reference, "reads": rows}
    fields = ["at", "person_id", "person", "email", "entra_object_id", "object_kind"]
    fields += ["object_id", "version", "action"]
    data = sheet_writer.csv_bytes(fields, rows)  # the one spreadsheet writer: inert cells
    return data, f"{review.reference} access log.csv", "text/csv"
