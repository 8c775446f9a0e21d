"""The combined chronology as a workbook (openpyxl, streamed) or a Word document (its template)."""

from __future__ import annotations

from datetime import date

from services.documents import sheet_writer
from services.documents.upload_checks import CONTENT_TYPES
from services.domain.chronology import TITLED_COLUMNS
from services.domain.versions import DEFAULT_MARKING
from services.storage.models import Review
from services.workflows.kernel import access_log, records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library import rendering
from services.workflows.overview import combined_chronology

COLUMNS = (
    *((title, "date_text" if key == "date" else key) for title, key in TITLED_COLUMNS),
    ("Overview author's note", "note"),
    ("Key episode", "key_episode"),
    ("From (IMR version)", "imr_version"),
    ("Possible duplicate of rows", "possible_duplicates"),
)


def cell(row: dict, key: str):
    if key == "date_text" and row.get("date_precision") == "day":
        return date.fromisoformat(row["date"])  # a real date cell; "April 2024" stays text
    if key == "imr_version":
        return f"{row['agency']} IMR v{row['imr']['version']}"
    if key == "possible_duplicates":
        return ", ".join(str(i) for i in row["possible_duplicates"])
    if key == "key_episode":
        return "Yes" if row["key_episode"] else ""
    return row.get(key) or ""


def as_xlsx(rows: list[dict]) -> bytes:
    """Through the one spreadsheet writer: IMR text is text, never a formula."""
    return sheet_writer.workbook(
        "Combined chronology",
        ["Row", *(title for title, _key in COLUMNS)],
        ([row["id"], *(cell(row, key) for _title, key in COLUMNS)] for row in rows),
    )


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
