"""An IMR's structured content as plain values: its chronology rows, its recommendations, and
what the IMR template needs (front sheet, independence statement, rows to print)."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.event_dates import EventDate
from services.storage.models import ChronologyEntry, Imr, ImrRecommendation
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.records import person_data

STATUS_TEXT = {
    "commissioned": "commissioned",
    "in_progress": "draft",
    "returned": "draft (returned for changes)",
    "further_work": "draft (further work requested)",
    "submitted": "submitted for quality assurance",
    "approved": "quality-assured",
    "accepted": "final",
}


def chronology_rows(ctx: Ctx, imr_id: int) -> list[dict]:
    entries = ctx.session.scalars(
        select(ChronologyEntry)
        .where(ChronologyEntry.imr_id == imr_id)
        .order_by(ChronologyEntry.position)
    )
    return [entry_view(e) for e in entries]


def entry_view(e: ChronologyEntry) -> dict:
    when = EventDate(e.event_date, e.date_precision)
    return {
        "date": e.event_date.isoformat(),
        "date_precision": e.date_precision,
        "date_text": when.text,
        "time": e.event_time,
        "agency": e.agency,
        "source": e.source,
        "subject": e.subject,
        "practitioner_role": e.practitioner_role,
        "event": e.event,
        "action_outcome": e.action_outcome,
        "author_comment": e.author_comment,
        "outside_period_reason": e.outside_period_reason,
        "read_from": {
            "document_id": e.source_document_id,
            "version": e.source_label,
            "where": e.source_where,
        }
        if e.source_label
        else None,
    }


def chronology_sources(ctx: Ctx, imr_id: int) -> list[dict]:
    """Which version every stored row came from: one entry per source, with its row numbers
    (a row typed through the API has no version)."""
    found: dict[tuple, dict] = {}
    for n, row in enumerate(chronology_rows(ctx, imr_id), start=1):
        origin = row["read_from"] or {}
        key = (origin.get("document_id"), origin.get("version"))
        entry = found.setdefault(key, {"document_id": key[0], "version": key[1], "rows": []})
        entry["rows"].append(n)
    return list(found.values())


def recommendations(ctx: Ctx, imr_id: int) -> list[dict]:
    found = ctx.session.scalars(
        select(ImrRecommendation)
        .where(ImrRecommendation.imr_id == imr_id)
        .order_by(ImrRecommendation.number)
    )
    return [
        {
            "number": r.number,
            "written_number": r.written_number or str(r.number),
            "text": r.text,
            "read_from": {"document_id": r.source_document_id, "version": r.source_label}
            if r.source_label
            else None,
        }
        for r in found
    ]


def independence_statement(imr: Imr) -> str:
    if imr.attested_on is None:
        return "Not yet signed"
    return (
        "The author was not directly involved with the victim, the perpetrator or their "
        "families, and is not the line manager of any staff whose work this IMR reviews "
        f"(signed {imr.attested_on.day} {imr.attested_on:%B %Y})."
    )


def template_extra(ctx: Ctx, imr: Imr) -> dict:
    """What the IMR template and the commissioning letter take from the IMR itself."""
    return {
        "agency_name": imr.agency.name,
        "imr_author": person_data(ctx, imr.author_id),
        "senior_manager": person_data(ctx, imr.senior_manager_id),
        "author_statement": independence_statement(imr),
        "imr_status": STATUS_TEXT.get(imr.state, imr.state),
        "imr_chronology": chronology_rows(ctx, imr.id),
        "imr_recommendations": recommendations(ctx, imr.id),
        "due_on": imr.due_on,
    }
