"""The action plan's columns (domain.md §4 and tracking columns) for template and filler."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

SCOPES = ("local", "regional", "national")
STATUSES = ("Not started", "In progress", "Complete", "Cannot complete")
RAG = {
    "Not started": "F4B183",
    "In progress": "FFE699",
    "Complete": "A9D08E",
    "Cannot complete": "BFBFBF",
}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    kind: str = "text"  # text | date


class Columns(tuple):
    def letter(self, key: str) -> str:
        return get_column_letter(next(i for i, c in enumerate(self, 1) if c.key == key))

    def keys(self) -> list[str]:
        return [c.key for c in self]


COLUMNS = Columns(
    (
        Column("id", "Id", 8),
        Column("origin", "Origin", 14),
        Column("recommendation", "Recommendation", 40),
        Column("scope", "Scope of recommendation", 14),
        Column("action", "Action to take", 40),
        Column("lead_agency", "Lead agency", 24),
        Column("lead_officer", "Lead officer", 20),
        Column("milestones", "Key milestones achieved in enacting recommendation", 36),
        Column("target_date", "Target date", 13, "date"),
        Column("completion_date", "Date of completion", 13, "date"),
        Column("outcome", "Outcome", 30),
        Column("status", "Status", 15),
        Column("last_update", "Last update", 13, "date"),
        Column("evidence_link", "Evidence", 30),
        Column("theme", "Theme", 18),
    )
)
