"""The action plan's columns (docs/rules.md, V14, V15): template, filler and reader."""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from services.domain.action_tracking import STATUS_LABELS

SCOPES = ("local", "regional", "national")
STATUSES = tuple(STATUS_LABELS.values())
# The status cell's fill for each RAG rating (services.domain.action_tracking.rag).
RAG = {"red": "F4B183", "amber": "FFE699", "green": "A9D08E", "grey": "BFBFBF"}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int
    kind: str = "text"  # text | date
    hidden: bool = False


class Columns(tuple):
    def letter(self, key: str) -> str:
        return get_column_letter(next(i for i, c in enumerate(self, 1) if c.key == key))

    def keys(self) -> list[str]:
        return [c.key for c in self]

    def by_key(self, key: str) -> Column:
        return next(c for c in self if c.key == key)

    def by_title(self) -> dict[str, Column]:
        return {c.title.casefold(): c for c in self}


COLUMNS = Columns(
    (
        Column("id", "Id", 8),
        Column("origin", "Origin", 14),
        Column("recommendation", "Recommendation", 40),
        Column("scope", "Scope of recommendation", 17),
        Column("action", "Action to take", 40),
        Column("success_measure", "Success measure or evidence of impact", 30),
        Column("lead_agency", "Lead agency", 24),
        Column("lead_officer", "Lead officer", 20),
        Column("milestones", "Key milestones achieved in enacting recommendation", 36),
        Column("target_date", "Target date", 13, "date"),
        Column("completion_date", "Date of completion", 13, "date"),
        Column("outcome", "Outcome", 30),
        Column("status", "Status", 15),
        Column("last_update", "Last update", 13, "date"),
        Column("evidence", "Evidence", 30),
        Column("theme", "Theme", 18),
        # Hidden: the row's version when downloaded, so an upload can find concurrent changes.
        Column("version", "Row version", 8, hidden=True),
    )
)
