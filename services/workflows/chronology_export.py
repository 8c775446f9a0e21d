"""The combined chronology as a workbook (openpyxl, streamed) or a Word document (its template)."""

from __future__ import annotations

import io

from openpyxl import Workbook

from services.documents.upload_checks import CONTENT_TYPES
from services.domain.chronology import TITLED_COLUMNS
from services.domain.versions import DEFAULT_MARKING
from services.storage.models import Review
from services.workflows import access_log, combined_chronology, records, rendering
from services.workflows.context import Ctx
from services.workflows.notify import record

COLUMNS = (
    *((title, "date_text" if key == "date" else key) for title, key in TITLED_COLUMNS),
    ("Overview author's note", "note"),
    ("Key episode", "key_episode"),
    ("From (IMR version)", "imr_version"),
    ("Possible duplicate of rows", "possible_duplicates"),
)


def cell(row: dict, key: str):
    if key == "imr_version":
        return f"{row['agency']} IMR v{row['imr']['version']}"
    if key == "possible_duplicates":
        return ", ".join(str(i) for i in row["possible_duplicates"])
    if key == "key_episode":
        return "Yes" if row["key_episode"] else ""
    return row.get(key) or ""


def as_xlsx(rows: list[dict]) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Combined chronology")
    sheet.append(["Row", *(title for title, _key in COLUMNS)])
    for row in rows:
        sheet.append([row["id"], *(cell(row, key) for _title, key in COLUMNS)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def as_docx(ctx: Ctx, review: Review) -> bytes:
    template = rendering.template("combined_chronology")
    data, _warnings = rendering.fill(ctx, template, review, {}, DEFAULT_MARKING, "export")
    return data


def export(ctx: Ctx, review_id: int, file_type: str) -> tuple[bytes, str, str]:
    review = records.open_review(ctx, review_id, "view_chronology")
    if file_type == "xlsx":
        rows = combined_chronology.rows_for(ctx, review)
        data, count = as_xlsx(rows), len(rows)
    else:
        data, count = as_docx(ctx, review), None
    record(ctx, review, "chronology.exported", {"format": file_type, "rows": count})
    access_log.note_read(ctx, review, "chronology", None, action=f"export {file_type}")
    return data, f"{review.reference} combined chronology.{file_type}", CONTENT_TYPES[file_type]
