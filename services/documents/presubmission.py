"""The pre-submission check: the reasons the Home Office QA panel sends reports back (docs/rules.md,
V12, V13), looked for in one overview version and one executive summary version before they leave.
Names (V16) are not looked for here: the check adds the anonymity scan's own findings
(services.workflows.publication.anonymity.check_findings), so it is never weaker than the scan.

Pure: it reads two parsed reports and a dict of the review's facts, and returns findings, each
with a severity (block | warn), the rule, a message a chair understands, and where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.documents.docx_sections import Report, Section
from services.documents.imr_extract import find_recommendations, normalise
from services.documents.text_compare import flat, mentions, word_diff
from services.domain.equality import PROTECTED_CHARACTERISTICS
from services.domain.smart import smart_findings

OVERVIEW_REQUIRED = (
    "introduction",
    "timescales",
    "confidentiality",
    "terms_of_reference",
    "methodology",
    "family",
    "contributors",
    "panel",
    "author",
    "parallel_reviews",
    "equality",
    "dissemination",
    "background",
    "chronology",
    "overview",
    "analysis",
    "conclusions",
    "lessons",
    "recommendations",
    "appendix_action_plan",
)
SUMMARY_REQUIRED = (
    "process",
    "contributors",
    "panel",
    "author",
    "terms_of_reference",
    "chronology",
    "key_issues",
    "conclusions",
    "lessons",
    "recommendations",
)
BARE_NOT_APPLICABLE = re.compile(r"^\s*(?:n\s*/?\s*a|not applicable|none|no)\s*\.?\s*$", re.I)


@dataclass
class Documents:
    overview: Report
    summary: Report
    overview_version: str
    summary_version: str
    overview_headings: dict[str, str]
    summary_headings: dict[str, str]
    overview_prompts: list[re.Pattern]
    summary_prompts: list[re.Pattern]


def prompt_patterns(template: Report) -> list[re.Pattern]:
    """The template's italic prompts, with its {{ fields }} as wildcards."""
    patterns = []
    for section in template.sections:
        for text, italic in zip(section.paragraphs, section.italic_only, strict=True):
            if italic and text.strip():
                parts = re.split(r"\{\{.*?\}\}", text.strip())
                patterns.append(re.compile(".*?".join(re.escape(p) for p in parts), re.S))
    return patterns


class Findings:
    def __init__(self, docs: Documents):
        self.docs = docs
        self.items: list[dict] = []

    def add(self, severity, rule, message, document="overview_report", section=None, **where):
        version = (
            self.docs.overview_version
            if document == "overview_report"
            else self.docs.summary_version
        )
        location = {"document": document, "version": version}
        if section is not None:
            location["section"] = section
        location.update(where)
        self.items.append(
            {"severity": severity, "rule": rule, "message": message, "location": location}
        )


def check(docs: Documents, facts: dict) -> list[dict]:
    found = Findings(docs)
    _sections(
        found,
        docs.overview,
        docs.overview_headings,
        OVERVIEW_REQUIRED,
        docs.overview_prompts,
        "overview_report",
    )
    _sections(
        found,
        docs.summary,
        docs.summary_headings,
        SUMMARY_REQUIRED,
        docs.summary_prompts,
        "executive_summary",
    )
    _tribute(found, docs)
    _equality(found, docs)
    _family(found, docs, facts)
    _independence(found, docs, facts)
    _parallel(found, docs, facts)
    _delay(found, docs, facts)
    overview_recs = _recommendations(docs.overview, docs.overview_headings)
    _consistency(found, docs, facts, overview_recs)
    _action_plan(found, facts, overview_recs)
    order = {"block": 0, "warn": 1}
    return sorted(found.items, key=lambda f: order[f["severity"]])


def _written(section: Section, prompts: list[re.Pattern]) -> bool:
    """Whether the section holds anything but the template's prompts."""
    for text in section.paragraphs:
        if text.strip() and not any(p.fullmatch(text.strip()) for p in prompts):
            return True
    return any(
        str(cell.value or "").strip()
        for table in section.tables
        for row in table.rows[1:]
        for cell in row.cells
    )


def _sections(found, report, headings, required, prompts, document) -> None:
    for key in required:
        title = headings.get(key, key)
        sections = report.body(title)
        if not sections:
            found.add("block", "V11", f"The section '{title}' is missing", document, title)
        elif not any(_written(s, prompts) for s in sections):
            found.add(
                "block",
                "V11",
                f"The section '{title}' is empty or still holds the template's prompt",
                document,
                title,
                paragraph=sections[0].index,
            )


def _tribute(found, docs) -> None:
    title = docs.overview_headings.get("tribute")
    section = docs.overview.find(title) if title else None
    if section is not None and not _written(section, docs.overview_prompts):
        found.add(
            "warn",
            "QA",
            "There is no tribute or condolences: the QA panel looks for a sense of who the "
            "victim was, written with the family where they want one",
            section=title,
        )


def _equality(found, docs) -> None:
    title = docs.overview_headings["equality"]
    sections = docs.overview.body(title)
    if not sections:
        return
    answers: dict[str, str] = {}
    for section in sections:
        for table in section.tables:
            for row in table.rows:
                first = normalise(row.text(0))
                if first in PROTECTED_CHARACTERISTICS:
                    answers[first] = " ".join(row.text(c) for c in range(1, table.columns)).strip()
    text = normalise(" ".join(s.text for s in sections))
    for characteristic in PROTECTED_CHARACTERISTICS:
        answer = answers.get(characteristic)
        mentioned = re.search(rf"\b{characteristic}\b", text) is not None
        unanswered = answer == "" or (answer is None and not mentioned)
        if unanswered:
            message = f"'{characteristic.capitalize()}' is not addressed"
        elif answer is not None and BARE_NOT_APPLICABLE.match(answer):
            message = f"'{characteristic.capitalize()}' is marked not applicable without a reason"
        else:
            continue
        found.add("block", "V11", message + " (equality and diversity)", section=title)


def _family(found, docs, facts) -> None:
    if facts["family_contacts"] == 0:
        found.add(
            "warn",
            "V11",
            "No family contact is recorded: the family section must say who was approached, "
            "or why nobody was",
            section=docs.overview_headings["family"],
        )


def _independence(found, docs, facts) -> None:
    statement = flat(facts.get("chair_statement") or "")
    title = docs.overview_headings["author"]
    text = flat(" ".join(s.text for s in docs.overview.body(title)))
    if not statement or statement not in text:
        found.add(
            "block",
            "V11",
            "The independent chair's statement of independence is not in the report",
            section=title,
        )


def _parallel(found, docs, facts) -> None:
    title = docs.overview_headings["parallel_reviews"]
    text = flat(" ".join(s.text for s in docs.overview.body(title)))
    for kind in facts.get("proceedings", []):
        if flat(kind) not in text:
            found.add(
                "warn", "V11", f"The parallel proceeding '{kind}' is not described", section=title
            )


def _delay(found, docs, facts) -> None:
    today, six_months = facts["today"], facts["six_months_due"]
    if six_months is None or today <= six_months:
        return
    title = docs.overview_headings["timescales"]
    months = (today.year - facts["decided_on"].year) * 12 + today.month - facts["decided_on"].month
    extensions = facts["extensions"]
    if not extensions:
        found.add(
            "block",
            "V10",
            f"The review is {months} months past the decision to hold it, beyond the six months, "
            "with no agreed extension or reason: record the extension and its reason",
            section=title,
        )
        return
    latest = max(e["new_due"] for e in extensions)
    if today > latest:
        found.add(
            "block",
            "V10",
            f"The review is past even its extended date ({latest:%d %B %Y}): agree a further "
            "extension with its reason",
            section=title,
        )
    text = flat(" ".join(s.text for s in docs.overview.body(title)))
    for extension in extensions:
        if flat(extension["reason"]) not in text:
            found.add(
                "warn",
                "V10",
                f"The reason for the extension agreed on {extension['agreed_on']:%d %B %Y} is "
                "not given in the timescales section",
                section=title,
            )


def _recommendations(report: Report, headings: dict) -> dict[int, str]:
    tables = [t for s in report.body(headings["recommendations"]) for t in s.tables]
    found, _notes = find_recommendations(tables[:1])
    numbered = {}
    for n, item in enumerate(found, start=1):
        digits = re.search(r"\d+", item["written_number"] or "")
        numbered[int(digits.group()) if digits else n] = item["text"]
    return numbered


def _consistency(found, docs, facts, overview_recs: dict[int, str]) -> None:
    """V12: the same pseudonyms and the same recommendations, word for word."""
    summary_recs = _recommendations(docs.summary, docs.summary_headings)
    title = docs.summary_headings["recommendations"]
    for number in sorted(set(overview_recs) | set(summary_recs)):
        ours, theirs = overview_recs.get(number), summary_recs.get(number)
        if theirs is None:
            found.add(
                "block",
                "V12",
                f"Recommendation {number} of the overview report is missing from the executive "
                "summary",
                "executive_summary",
                title,
            )
        elif ours is None:
            found.add(
                "block",
                "V12",
                f"The executive summary has a recommendation {number} the overview report lacks",
                "executive_summary",
                title,
            )
        elif flat(ours) != flat(theirs):
            change = word_diff(ours, theirs)
            found.add(
                "block",
                "V12",
                f"Recommendation {number} differs from the overview report: {change}",
                "executive_summary",
                title,
            )
    for pseudonym in facts["pseudonyms"]:
        in_overview = mentions(docs.overview.all_text, pseudonym)
        in_summary = mentions(docs.summary.all_text, pseudonym)
        if in_summary and not in_overview:
            found.add(
                "block",
                "V12",
                f"The executive summary uses the pseudonym '{pseudonym}', the overview does not",
                "executive_summary",
            )
    victim = facts.get("victim_pseudonym")
    if victim and not mentions(docs.summary.all_text, victim):
        found.add(
            "block",
            "V12",
            f"The executive summary does not use the victim's pseudonym '{victim}'",
            "executive_summary",
        )


def _action_plan(found, facts, overview_recs: dict[int, str]) -> None:
    """V13: every recommendation has a complete action row; V14: each row is SMART."""
    stored = {r["number"]: r["text"] for r in facts["overview_recommendations"]}
    if overview_recs and stored and overview_recs != stored:
        found.add(
            "warn",
            "V13",
            "The overview's recommendations differ from those the action plan is built on: "
            "update them in the review before submitting",
            section="recommendations",
        )
    wanted = [(f"overview:{n}", f"Overview recommendation {n}", t) for n, t in stored.items()]
    wanted += [
        (r["ref"], f"{r['agency']} IMR recommendation {r['number']}", r["text"])
        for r in facts["imr_recommendations"]
    ]
    actions = facts["actions"]
    for ref, name, text in wanted:
        rows = [a for a in actions if a["recommendation"] == ref]
        if not rows:
            found.add("block", "V13", f"{name} has no action-plan row", "action_plan")
            continue
        for row in rows:
            missing = [
                label
                for key, label in (
                    ("lead_agency_id", "lead agency"),
                    ("action", "action"),
                    ("scope", "scope"),
                    ("target_date", "target date"),
                    ("milestones", "milestone"),
                )
                if not row.get(key)
            ]
            if missing:
                found.add(
                    "block",
                    "V13",
                    f"{name}: action {row['id']} has no {', '.join(missing)}",
                    "action_plan",
                    action_id=row["id"],
                )
            for finding in smart_findings(
                row,
                recommendation_text=text,
                agency_ids=facts["agency_ids"],
                plan_date=facts["today"],
            ):
                found.add(
                    "warn",
                    "V14",
                    f"{name}, action {row['id']} is not {finding['criterion']}: "
                    f"{finding['message']}",
                    "action_plan",
                    action_id=row["id"],
                    field=finding["field"],
                )
