"""Reading an edited action-plan workbook back: every cell checked, conflicts found by row version.

The workbook reader (services.documents.action_plan_xlsx) hands over plain cell values; this
module turns them into field values, compares each row with the server's copy and says what
would change. Nothing is applied here, and the caller applies nothing when any problem is found.

A row whose cells equal the server's is left alone whatever its row version, so a stale copy of a
row nobody edited is not a conflict. A row whose cells differ must carry the server's current
version; otherwise someone changed it since the download and it is reported, never overwritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from services.domain.action_plan_cells import blank, day_of, integer, row_id, status_of, text_of
from services.domain.action_tracking import completion_problems
from services.domain.numbering import SCOPES
from services.domain.smart import smart_findings

SHEET = "Action plan"
# Columns the server fills and the import ignores.
DERIVED = frozenset({"origin", "last_update"})
# What the lead agency's own panel member may change: progress, not the plan itself.
PROGRESS_FIELDS = frozenset(
    {"milestones", "completion_date", "outcome", "closure_reason", "status", "evidence_document_id"}
)
TEXT_FIELDS = ("action", "success_measure", "lead_officer", "outcome")
DATE_FIELDS = ("target_date", "completion_date")
# "31/03/2027: text"; an en or em dash may stand for the colon.
_MILESTONE = re.compile(r"^\s*(?P<on>[^:\u2013\u2014]+?)\s*[:\u2013\u2014]\s*(?P<text>.+?)\s*$")
# The workbook shows evidence as "Training register [D40]"; a library link names it too.
_DOCUMENT_TAG = re.compile(r"\[D(\d+)\]\s*$|/documents/(\d+)\b")


@dataclass(frozen=True)
class SheetCell:
    ref: str  # "E7"
    value: object  # what openpyxl read: str, number, datetime or None
    formula: bool = False


@dataclass(frozen=True)
class SheetRow:
    number: int
    cells: dict[str, SheetCell]  # column key -> cell


@dataclass(frozen=True)
class Problem:
    cell: str
    field: str
    message: str
    sheet: str = SHEET

    def view(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "cell": self.cell,
            "field": self.field,
            "message": self.message,
        }


@dataclass(frozen=True)
class Lookups:
    """What the review knows that a cell is checked against."""

    agencies: dict[str, int]  # agency name (casefolded) -> id, every agency of the CSP
    review_agencies: frozenset[int]  # the agencies taking part: a SMART lead comes from these
    recommendations: dict[str, str]  # ref -> label as written in the workbook ("1. text")
    recommendation_texts: dict[str, str]  # ref -> the recommendation's own text
    themes: tuple[str, ...]
    evidence: dict[int, str]  # document id -> title, the review's documents
    today: date
    plan_agreed: bool = False  # after the CSP agreed the plan, new rows must be SMART
    edit_all: bool = True  # False: only progress on rows led by `own_agencies`
    own_agencies: frozenset[int] = frozenset()


@dataclass
class Outcome:
    updates: list[tuple[int, dict[str, Any]]] = field(
        default_factory=list
    )  # (row id, changed fields)
    creates: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)  # SMART findings that do not block
    unchanged: int = 0


def plan_import(
    rows: list[SheetRow], server: dict[int, dict[str, Any]], lookups: Lookups
) -> Outcome:
    """What the workbook would change; `server` maps row id -> the row as fields, with version."""
    outcome = Outcome()
    seen: dict[int, int] = {}
    for row in rows:
        values, problems = _values(row, lookups)
        if not values:
            continue  # an empty line
        outcome.problems += problems
        row_id = values.pop("id", None)
        version = values.pop("version", None)
        if row_id is None:
            _new_row(row, values, lookups, outcome, bool(problems))
            continue
        id_cell = row.cells["id"].ref
        if row_id in seen:
            outcome.problems.append(
                Problem(id_cell, "id", f"Row A{row_id} is also on line {seen[row_id]}")
            )
            continue
        seen[row_id] = row.number
        current = server.get(row_id)
        if current is None:
            outcome.problems.append(
                Problem(id_cell, "id", f"A{row_id} is not an action of this review")
            )
            continue
        changed = {k: v for k, v in values.items() if k in current and v != current[k]}
        if not changed and not problems:
            outcome.unchanged += 1
            continue
        if changed and version != current["version"]:
            ref = row.cells["version"].ref if "version" in row.cells else id_cell
            outcome.problems.append(
                Problem(
                    ref,
                    "version",
                    f"A{row_id} was changed by someone else since this workbook was downloaded "
                    f"(version {version}, now {current['version']}): download the plan again "
                    "and make your change there",
                )
            )
            continue
        outcome.problems += _may_change(row, changed, current, lookups)
        merged = {**current, **changed}
        outcome.problems += _completion(row, merged, lookups.today)
        outcome.warnings += [
            {"row": row.number, "id": row_id, **f} for f in _smart(merged, lookups, current)
        ]
        if changed:
            outcome.updates.append((row_id, changed))
    return outcome


def _new_row(
    row: SheetRow, values: dict[str, Any], lookups: Lookups, outcome: Outcome, bad: bool
) -> None:
    if not lookups.edit_all:
        first = next(iter(row.cells.values())).ref
        outcome.problems.append(
            Problem(
                first, "id", "Only the coordinator, the chair or the overview author add actions"
            )
        )
        return
    anchor = row.cells.get("action") or next(iter(row.cells.values()))
    for key in ("recommendation", "scope", "action"):
        if not values.get(key) and key not in {p.field for p in outcome.problems}:
            ref = row.cells[key].ref if key in row.cells else anchor.ref
            outcome.problems.append(Problem(ref, key, "Required for a new action"))
    if bad or any(not values.get(k) for k in ("recommendation", "scope", "action")):
        return
    row_values: dict[str, Any] = {
        "success_measure": "",
        "lead_agency_id": None,
        "lead_officer": "",
        "milestones": [],
        "target_date": None,
        "completion_date": None,
        "outcome": "",
        "closure_reason": "",
        "status": "not_started",
        "evidence_document_id": None,
        "theme": "",
        **values,
    }
    outcome.problems += _completion(row, row_values, lookups.today)
    findings = _smart(row_values, lookups, None)
    if lookups.plan_agreed:
        outcome.problems += [
            Problem(
                row.cells[f["field"]].ref if f["field"] in row.cells else anchor.ref,
                f["field"],
                f"{f['message']} (the plan is agreed: new actions must be SMART)",
            )
            for f in findings
        ]
    else:
        outcome.warnings += [{"row": row.number, "id": None, **f} for f in findings]
    outcome.creates.append(row_values)


def _may_change(
    row: SheetRow, changed: dict[str, Any], current: dict[str, Any], lookups: Lookups
) -> list[Problem]:
    if lookups.edit_all:
        return []
    found: list[Problem] = []
    if current.get("lead_agency_id") not in lookups.own_agencies:
        return [Problem(row.cells["id"].ref, "id", "Only the lead agency updates this action")]
    for key in changed:
        if key not in PROGRESS_FIELDS:
            found.append(
                Problem(
                    _cell_for(row, key),
                    key,
                    "The lead agency records progress; the plan itself is changed by the "
                    "coordinator, the chair or the overview author",
                )
            )
    return found


def _completion(row: SheetRow, values: dict[str, Any], today: date) -> list[Problem]:
    found = completion_problems(
        values["status"],
        values.get("completion_date"),
        values.get("outcome", ""),
        values.get("evidence_document_id") is not None,
        values.get("closure_reason", ""),
        today,
    )
    return [Problem(_cell_for(row, key), key, message) for key, message in found.items()]


def _smart(
    values: dict[str, Any], lookups: Lookups, current: dict[str, Any] | None
) -> list[dict[str, Any]]:
    plan_date = current["created_on"] if current else lookups.today
    return smart_findings(
        values,
        recommendation_text=lookups.recommendation_texts.get(values["recommendation"], ""),
        agency_ids=set(lookups.review_agencies),
        plan_date=plan_date,
    )


def _cell_for(row: SheetRow, key: str) -> str:
    column = {
        "closure_reason": "outcome",
        "evidence_document_id": "evidence",
        "lead_agency_id": "lead_agency",
    }
    cell = row.cells.get(column.get(key, key)) or row.cells.get("status") or row.cells["id"]
    return cell.ref


def _values(row: SheetRow, lookups: Lookups) -> tuple[dict[str, Any], list[Problem]]:
    """Each cell as a field value; empty dict for an empty line."""
    cells = {k: c for k, c in row.cells.items() if k not in DERIVED}
    if all(blank(c.value) and not c.formula for c in cells.values()):
        return {}, []
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, cell in cells.items():
        if cell.formula:
            problems.append(
                Problem(cell.ref, _field(key), "A formula: type the value itself, not a formula")
            )
            continue
        try:
            values.update(_convert(key, cell.value, lookups))
        except ValueError as exc:
            problems.append(Problem(cell.ref, _field(key), str(exc)))
    if values.get("status") == "cannot_complete":
        values["closure_reason"], values["outcome"] = values.get("outcome", ""), ""
    elif "outcome" in values:
        values["closure_reason"] = ""
    return values, problems


def _field(key: str) -> str:
    return {"lead_agency": "lead_agency_id", "evidence": "evidence_document_id"}.get(key, key)


def _convert(key: str, value: Any, lookups: Lookups) -> dict[str, Any]:
    if key == "id":
        return {"id": row_id(value)}
    if key == "version":
        return {"version": None if blank(value) else integer(value, "row version")}
    if key in TEXT_FIELDS:
        return {key: text_of(value)}
    if key in DATE_FIELDS:
        return {key: day_of(value)}
    if key == "scope":
        scope = text_of(value).lower()
        if scope and scope not in SCOPES:
            raise ValueError(f"Scope is one of {', '.join(SCOPES)}")
        return {"scope": scope}
    if key == "status":
        return {"status": status_of(value)}
    if key == "lead_agency":
        name = text_of(value)
        if name and name.casefold() not in lookups.agencies:
            raise ValueError(f"'{name}' is not an agency of this CSP: choose from the list")
        return {"lead_agency_id": lookups.agencies.get(name.casefold())}
    if key == "recommendation":
        text = text_of(value)
        return {"recommendation": resolve_recommendation(text, lookups.recommendations)}
    if key == "milestones":
        return {"milestones": _milestones(text_of(value))}
    if key == "evidence":
        return {"evidence_document_id": _evidence(value, lookups)}
    if key == "theme":
        theme = text_of(value)
        known = {t.casefold(): t for t in lookups.themes}
        if theme and theme.casefold() not in known:
            raise ValueError(f"'{theme}' is not a theme: choose from the list")
        return {"theme": known.get(theme.casefold(), "")}
    return {}


def resolve_recommendation(text: str, labels: dict[str, str]) -> str:
    """The ref named by a ref, a label as the workbook shows it, or its number alone ("3.",
    "Demoshire Police 2"); ValueError when the review has no such recommendation."""
    text = str(text).strip()
    if not text:
        return ""
    if text in labels:
        return text
    normal = " ".join(text.split()).casefold()
    for ref, label in labels.items():
        if " ".join(label.split()).casefold() == normal:
            return ref
    for ref, label in labels.items():
        if normal.rstrip(".") == label.split(". ", 1)[0].casefold():
            return ref
    raise ValueError("Not a recommendation of this review: choose it from the list")


def milestones_text(milestones: list[dict[str, Any]]) -> str:
    """As the workbook and the report show them: "31/03/2027: text; 30/06/2027: text"."""
    entries: list[str] = []
    for m in milestones:
        on = m["on"] if isinstance(m["on"], date) else date.fromisoformat(m["on"])
        entries.append(f"{on:%d/%m/%Y}: {m['text']}")
    return "; ".join(entries)


# A new entry starts on a new line (Alt+Enter) or after "; " followed by a date.
_ENTRY_BREAK = re.compile(r"\n|;\s*(?=\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})")


def _milestones(text: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for line in (x for x in _ENTRY_BREAK.split(text) if x.strip()):
        match = _MILESTONE.match(line)
        if match is None:
            raise ValueError(
                f"'{line.strip()}' is not a milestone: write 31/03/2027: what happened"
            )
        try:
            on = day_of(match["on"])
        except ValueError as exc:
            raise ValueError(f"Milestone '{line.strip()}': {exc}") from None
        if on is None:
            raise ValueError(f"Milestone '{line.strip()}' has no date: write 31/03/2027: text")
        found.append({"on": on.isoformat(), "text": match["text"]})
    return found


def _evidence(value: Any, lookups: Lookups) -> int | None:
    text = text_of(value)
    if not text:
        return None
    match = _DOCUMENT_TAG.search(text)
    if match and int(match[1] or match[2]) in lookups.evidence:
        return int(match[1] or match[2])
    titles = {title.casefold(): doc_id for doc_id, title in lookups.evidence.items()}
    if text.casefold() in titles:
        return titles[text.casefold()]
    raise ValueError("Not a document of this review: paste the document's link from the library")
