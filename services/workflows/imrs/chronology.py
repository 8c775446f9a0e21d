"""An IMR's chronology and recommendations as structured data (docs/rules.md, V9).

They are read from any saved version of the IMR document, from an agency's .xlsx chronology, or
edited through the API. Reading reports every row with its problems and changes nothing; applying
replaces the IMR's rows only when no row has a blocking problem (V9 blocks the row save), so a bad
row never costs the good ones their place. Each stored row remembers the version it was read from.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import delete, select

from services.documents.imr_extract import Found
from services.documents.naming import display_name
from services.domain.access import ACCEPTED_ONLY
from services.domain.chronology import CheckedRow, Period, check_row, known_subjects
from services.domain.errors import FieldErrors, NotFound
from services.domain.imr import imr_next
from services.domain.numbering import numbered
from services.storage.models import ChronologyEntry, Document, Imr, ImrRecommendation, Review
from services.workflows.imrs import data as imr_data
from services.workflows.kernel import access_log, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.kernel.imr_access import imr_document, open_imr, review_at_imr_stage
from services.workflows.kernel.uploads import Upload
from services.workflows.library import documents


def has_rows(ctx: Ctx, imr_id: int) -> bool:
    return (
        ctx.session.scalar(
            select(ChronologyEntry.id).where(ChronologyEntry.imr_id == imr_id).limit(1)
        )
        is not None
    )


def _rules(ctx: Ctx, imr: Imr, review: Review) -> dict:
    terms = records.latest_terms(ctx, review.id)
    register = [
        {
            "role": s.role,
            "real_name": s.real_name,
            "pseudonym": s.pseudonym,
            "aliases": s.aliases,
        }
        for s in records.subjects(ctx, review.id)
    ]
    return {
        "period": terms and Period(terms.period_from, terms.period_to),
        "agency": imr.agency.name,
        "subjects": known_subjects(register),
    }


def _check(rows: list[dict], rules: dict) -> list[CheckedRow]:
    return [
        check_row(n, raw, where=raw.get("_where", f"row {n}"), **rules)
        for n, raw in enumerate(rows, start=1)
    ]


def _problems(checked: list[CheckedRow]) -> list[dict]:
    return [
        {
            "row": row.number,
            "where": row.where,
            "field": p.field,
            "severity": p.severity,
            "message": p.message,
        }
        for row in checked
        for p in row.problems
    ]


def _result(checked: list[CheckedRow], found: Found, recommendations: list[dict]) -> dict:
    return {
        "rows": [{"row": r.number, "where": r.where, **r.view()} for r in checked],
        "problems": _problems(checked),
        "blocking": sum(1 for r in checked if r.blocking),
        "counts": found.counts(),
        "notices": found.notices,
        "recommendations": recommendations,
    }


def extract(ctx: Ctx, imr_id: int, label: str, apply: bool) -> dict:
    """One saved version's chronology and recommendations; with apply they become the IMR's."""
    imr, review, visibility = open_imr(ctx, imr_id, "edit_imr" if apply else "view_imr", lock=apply)
    doc = imr_document(ctx, imr.id)
    if doc is None:
        raise NotFound("IMR document")
    if visibility == ACCEPTED_ONLY and label != imr.accepted_label:
        raise NotFound("version")
    data = documents.read_version(ctx, doc, label)
    result = _read_docx(ctx, imr, review, data)
    result.update({"document_id": doc.id, "version": label, "applied": False})
    if apply:
        imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=True)  # again, after reading
        _apply(ctx, imr, review, result, doc, label)
    record(
        ctx,
        review,
        "imr.chronology_read",
        {"imr_id": imr.id, "label": label, "rows": len(result["rows"]), "applied": apply},
    )
    return result


def _read(ctx: Ctx, kind: str, data: bytes) -> tuple[Found, list[dict]]:
    """The chronology tables read in the sandbox (a workbook may be huge or hostile): the rows
    found and the recommendations, as plain data."""
    ctx.idle()
    read = ctx.docs.sandbox.chronology(kind, data, str(ctx.actor_id))
    return Found(**read["found"]), read["recommendations"]


def _read_docx(ctx: Ctx, imr: Imr, review: Review, data: bytes) -> dict:
    found, recommendations = _read(ctx, "docx", data)
    checked = _check(found.rows, _rules(ctx, imr, review))
    return _result(checked, found, _numbered(recommendations, found.notices))


def read_version(ctx: Ctx, imr: Imr, review: Review, doc: Document, label: str) -> dict:
    """One version's chronology and recommendations, checked (V9); nothing stored. Read before
    any lock is taken: the sandbox may take its whole budget."""
    return _read_docx(ctx, imr, review, documents.read_version(ctx, doc, label))


def adopt_submitted(
    ctx: Ctx, imr: Imr, review: Review, doc: Document, label: str, result: dict
) -> dict:
    """On submission: the submitted version's rows become the IMR's chronology, every row
    marked with that version; a bad row refuses the submission. A version with no chronology
    table keeps the rows stored from a workbook or the API (they say where they came from)."""
    if not result["rows"] and has_rows(ctx, imr.id):
        return {"chronology": "kept", "rows": len(imr_data.chronology_rows(ctx, imr.id))}
    _apply(ctx, imr, review, result, doc, label)
    return {"chronology": f"read from {label}", "rows": len(result["rows"])}


def import_xlsx(ctx: Ctx, imr_id: int, upload: Upload, apply: bool) -> dict:
    """An agency's chronology workbook (§1.3 columns on its first matching sheet)."""
    imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=apply)
    file_type = documents.validated(ctx, review, upload)
    errors = FieldErrors()
    errors.check(file_type == "xlsx", "file", "Send the chronology as an .xlsx workbook")
    errors.raise_if_any()
    found, _recommendations = _read(ctx, "xlsx", upload.data)
    checked = _check(found.rows, _rules(ctx, imr, review))
    result = {**_result(checked, found, []), "applied": False}
    if apply:
        imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=True)  # again, after reading
        doc = _store_workbook(ctx, imr, review, upload)
        _apply(ctx, imr, review, result, doc, doc.current_label, recommendations=False)
        result.update({"document_id": doc.id, "version": doc.current_label})
    return result


def _store_workbook(ctx: Ctx, imr: Imr, review: Review, upload: Upload) -> Document:
    """Keeps the workbook the rows came from, as a versioned document of kind chronology."""
    existing = ctx.session.scalar(
        select(Document).where(Document.imr_id == imr.id, Document.kind == "chronology")
    )
    if existing is None:
        form = {
            "kind": "chronology",
            "title": f"Chronology: {imr.agency.name}",
            "agency_id": imr.agency_id,
            "imr_id": imr.id,
            "comment": "Imported chronology",
        }
        name = display_name(upload.filename, "xlsx")
        return documents.store_new(ctx, review, form, upload.data, name)
    documents.add_version(
        ctx, existing, review, upload.data, "Imported chronology", False, "document.version_saved"
    )
    return existing


def _apply(
    ctx: Ctx,
    imr: Imr,
    review: Review,
    result: dict,
    doc: Document | None,
    label: str | None,
    recommendations: bool = True,
) -> None:
    review_at_imr_stage(review, "edit_imr")
    imr_next(imr.state, "edit")
    errors = FieldErrors()
    for problem in result["problems"]:
        if problem["severity"] == "error":
            errors.add(
                f"rows[{problem['row'] - 1}].{problem['field']}",
                f"{problem['where']}: {problem['message']}",
            )
    errors.raise_if_any()
    _replace_rows(ctx, imr, result["rows"], doc.id if doc else None, label)
    if recommendations:
        _replace_recommendations(
            ctx, imr, result["recommendations"], doc.id if doc else None, label
        )
    result["applied"] = True


def _replace_rows(ctx: Ctx, imr: Imr, rows: list[dict], doc_id: int | None, label) -> None:
    ctx.session.execute(delete(ChronologyEntry).where(ChronologyEntry.imr_id == imr.id))
    ctx.session.add_all(
        ChronologyEntry(
            imr_id=imr.id,
            position=position,
            event_date=_date(row),
            date_precision=row["date_precision"],
            event_time=row["time"],
            agency=row["agency"][:200],
            source=row["source"],
            subject=row["subject"],
            practitioner_role=row["practitioner_role"],
            event=row["event"],
            action_outcome=row["action_outcome"],
            author_comment=row["author_comment"],
            outside_period_reason=row["outside_period_reason"],
            source_document_id=row.get("_doc", doc_id),
            source_label=row.get("_label", label),
            source_where=(row.get("_at") or row.get("where") or "")[:100] if label else "",
        )
        for position, row in enumerate(rows, start=1)
    )
    imr.chronology_saved_at = ctx.clock.now()
    ctx.session.flush()


def _date(row: dict) -> date:
    return date.fromisoformat(row["date"])


def _replace_recommendations(ctx, imr: Imr, found: list[dict], doc_id, label) -> None:
    ctx.session.execute(delete(ImrRecommendation).where(ImrRecommendation.imr_id == imr.id))
    ctx.session.flush()
    ctx.session.add_all(
        ImrRecommendation(
            imr_id=imr.id,
            number=r["number"],
            written_number=(r.get("written_number") or str(r["number"]))[:16],
            text=r["text"],
            source_document_id=r.get("_doc", doc_id),
            source_label=r.get("_label", label),
        )
        for r in found
    )
    ctx.session.flush()


def _numbered(found: list[dict], notices: list[str]) -> list[dict]:
    """Numbers as written ("1", "R1", "1.") when they are unique; otherwise in order. The
    written form is kept beside the number that orders them."""
    numbers, written = [], []
    for r in found:
        digits = re.search(r"\d+", r["written_number"] or "")
        numbers.append(int(digits.group()) if digits else None)
        written.append((r["written_number"] or "").strip())
    if None in numbers or len(set(numbers)) != len(numbers):
        if any(n is not None for n in numbers):
            notices.append("Recommendation numbers were missing or repeated: renumbered 1, 2, 3…")
        numbers = list(range(1, len(found) + 1))
        written = [str(n) for n in numbers]
    return [
        {"number": n, "written_number": w, "text": r["text"], "where": r["where"]}
        for n, w, r in zip(numbers, written, found, strict=True)
    ]


def get_chronology(ctx: Ctx, imr_id: int) -> dict:
    """The stored rows, checked again against today's terms of reference and subject register."""
    imr, review, _ = open_imr(ctx, imr_id, "view_imr")
    access_log.note_read(ctx, review, "imr", imr.id, action="chronology")
    return _chronology(ctx, imr, review)


def _chronology(ctx: Ctx, imr: Imr, review: Review) -> dict:
    rows = imr_data.chronology_rows(ctx, imr.id)
    raw = [{**r, "_where": f"row {n}"} for n, r in enumerate(rows, start=1)]
    checked = _check(raw, _rules(ctx, imr, review))
    return {"rows": rows, "problems": _problems(checked)}


def put_chronology(ctx: Ctx, imr_id: int, rows: list[dict]) -> dict:
    """Replaces the rows; a row unchanged from a stored one keeps the version it was read from."""
    imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=True)
    known = {_content(r): r["read_from"] for r in imr_data.chronology_rows(ctx, imr.id)}
    checked = _check(
        [{**r, "_where": f"row {n}"} for n, r in enumerate(rows, start=1)],
        _rules(ctx, imr, review),
    )
    result = {"rows": [], "problems": _problems(checked), "recommendations": []}
    for row in checked:
        view = row.view()
        origin = known.get(_content(view)) if not row.blocking else None
        if origin:
            view.update({"_doc": origin["document_id"], "_label": origin["version"]})
            view["_at"] = origin["where"]
        result["rows"].append(view)
    _apply(ctx, imr, review, result, None, None, recommendations=False)
    record(ctx, review, "imr.chronology_saved", {"imr_id": imr.id, "rows": len(rows)})
    return _chronology(ctx, imr, review)


def _content(row: dict) -> tuple:
    keys = ("date", "date_precision", "time", "agency", "source", "subject")
    more = ("practitioner_role", "event", "action_outcome", "author_comment")
    return tuple(row.get(k) or "" for k in (*keys, *more, "outside_period_reason"))


def get_recommendations(ctx: Ctx, imr_id: int) -> dict:
    imr, review, _ = open_imr(ctx, imr_id, "view_imr")
    access_log.note_read(ctx, review, "imr", imr.id, action="recommendations")
    return {"recommendations": imr_data.recommendations(ctx, imr.id)}


def put_recommendations(ctx: Ctx, imr_id: int, items: list[dict]) -> dict:
    imr, review, _ = open_imr(ctx, imr_id, "edit_imr", lock=True)
    review_at_imr_stage(review, "edit_imr")
    imr_next(imr.state, "edit")
    numbers = numbered(items)
    _replace_recommendations(
        ctx,
        imr,
        [
            {
                "number": n,
                "written_number": item.get("written_number"),
                "text": item["text"].strip(),
            }
            for n, item in zip(numbers, items, strict=True)
        ],
        None,
        None,
    )
    record(ctx, review, "imr.recommendations_saved", {"imr_id": imr.id, "count": len(items)})
    return get_recommendations(ctx, imr_id)
