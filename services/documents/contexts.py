"""One context builder per template: review data (plain values) in, template context out."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from pathlib import Path

from services.documents.render_docx import Block

HEADINGS_FILE = Path(__file__).with_name("headings.toml")


def load_headings(path: Path | None = None) -> dict:
    return tomllib.loads((path or HEADINGS_FILE).read_text(encoding="utf-8"))


def headings_for(table: dict, template: str, version: str) -> dict:
    found = dict(table["default"].get(template, {}))
    found.update(table.get("versions", {}).get(version, {}).get(template, {}))
    return found


def common(data: dict, extra: dict) -> dict:
    return {
        "review": data["review"],
        "csp": data["csp"],
        "marking": extra["marking"],
        "version": extra["version"],
        "today": extra["today"],
    }


def imr(data: dict, extra: dict) -> dict:
    empty_person = {"name": "", "job_title": "", "email": ""}
    return {
        **common(data, extra),
        "h": extra["h"],
        "agency": {"name": extra.get("agency_name", "")},
        "subjects": data["subjects"],
        "terms": data["terms"],
        "imr": {
            "author": extra.get("imr_author", empty_person),
            "senior_manager": extra.get("senior_manager", empty_person),
            "author_statement": extra.get("author_statement", ""),
            "status": extra.get("imr_status", "draft"),
        },
        "chronology": extra.get("imr_chronology", data["chronology"]),
        "recommendations": extra.get("imr_recommendations", data["recommendations"]),
        "actions": data["actions"],
    }


def overview_report(data: dict, extra: dict) -> dict:
    keys = (
        "victim",
        "timescales",
        "extensions",
        "pseudonyms",
        "terms",
        "contributors",
        "panel",
        "chair",
        "author",
        "proceedings",
        "dissemination",
        "glossary",
        "recommendations",
        "agency_recommendations",
        "actions",
        "family",
    )
    return {
        **common(data, extra),
        "h": extra["h"],
        **{k: data[k] for k in keys},
        "chronology_tables": Block(sorted(data["chronology"], key=_chronological)),
    }


def _chronological(row: dict) -> tuple:
    """Date, a month before its days, time, agency; stable, as the combined chronology sorts."""
    month_first = 0 if row.get("date_precision") == "month" else 1
    return (str(row["date"])[:10], month_first, str(row.get("time") or ""), row.get("agency", ""))


def combined_chronology(data: dict, extra: dict) -> dict:
    chronology = sorted(data["chronology"], key=_chronological)
    return {**common(data, extra), "chronology_tables": Block(chronology)}


def executive_summary(data: dict, extra: dict) -> dict:
    keys = ("victim", "timescales", "contributors", "panel", "chair", "terms", "recommendations")
    context = {**common(data, extra), "h": extra["h"], **{k: data[k] for k in keys}}
    context["key_episodes"] = [
        {**row, "summary": row.get("summary") or row["event"]}
        for row in data["chronology"]
        if row.get("key_episode")
    ]
    context.pop("today")
    return context


LETTER_KEYS = {
    "police_notification": ("victim", "deadlines", "recipient"),
    "scoping_request": ("victim", "recipient", "reply_by"),
    "home_office_decision": ("victim", "decision", "home_office"),
    "imr_commission": ("victim", "recipient", "imr", "terms"),
    "family_first_letter": ("victim", "recipient"),
    "chair_expression_of_interest": ("recipient", "agencies"),
    "home_office_qa_submission": ("victim", "home_office"),
    "domestic_abuse_commissioner": ("victim",),
}


def letter(name: str):
    def build(data: dict, extra: dict) -> dict:
        values = {
            **data,
            "recipient": extra["recipient"],
            "reply_by": extra.get("reply_by") or _in_days(extra["today"], 14),
            "imr": {"due_on": extra.get("due_on") or _in_days(extra["today"], 42)},
        }
        return {
            **common(data, extra),
            "sender": extra["sender"],
            **{k: values[k] for k in LETTER_KEYS[name]},
        }

    return build


def action_plan(data: dict, extra: dict) -> dict:
    return {
        **common(data, extra),
        "agencies": data["agencies"],
        "actions": data["actions"],
        "recommendation_labels": data.get("recommendation_labels", []),
        "themes": data.get("themes", []),
    }


def _in_days(today: date, days: int) -> date:
    return today + timedelta(days=days)
