"""The catalogue: each template file, the document kind it fills, and its context builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.documents import contexts

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"


@dataclass(frozen=True)
class Template:
    name: str  # the file name without extension: imr, letters/scoping_request, ...
    file_type: str
    document_kind: str
    build: Callable[[dict, dict], dict]
    headings: str | None = None  # the table in headings.toml

    @property
    def path(self) -> Path:
        return TEMPLATES_DIR / f"{self.name}.{self.file_type}"

    def default_bytes(self) -> bytes:
        return self.path.read_bytes()


def _catalogue() -> dict[str, Template]:
    found = {
        "imr": Template("imr", "docx", "imr", contexts.imr, "imr"),
        "overview_report": Template(
            "overview_report",
            "docx",
            "overview_report",
            contexts.overview_report,
            "overview_report",
        ),
        "executive_summary": Template(
            "executive_summary",
            "docx",
            "executive_summary",
            contexts.executive_summary,
            "executive_summary",
        ),
        "action_plan": Template("action_plan", "xlsx", "action_plan", contexts.action_plan),
        "combined_chronology": Template(
            "combined_chronology", "docx", "chronology", contexts.combined_chronology
        ),
    }
    for name in contexts.LETTER_KEYS:
        found[f"letters/{name}"] = Template(
            f"letters/{name}", "docx", "letter", contexts.letter(name)
        )
    return found


CATALOGUE = _catalogue()
# What the workbook templates are filled with (they hold no Jinja tags: columns by header).
WORKBOOK_VARIABLES = ("actions", "agencies", "marking", "review", "version")
DEFAULT_FOR_KIND = {
    "imr": "imr",
    "overview_report": "overview_report",
    "executive_summary": "executive_summary",
    "action_plan": "action_plan",
}
