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
        "recommendations": extra.get("imr_recommendations", _agency_own(data, extra)),
        "actions": [
            a
            for a in data["actions"]
            if a.get("origin") != "overview" and a.get("lead_agency") == extra.get("agency_name")
        ],
    }


def _agency_own(data: dict, extra: dict) -> list[dict]:
    """The single-agency recommendations of the IMR's own agency, never another's."""
    return [
        r for r in data["agency_recommendations"] if r.get("agency") == extra.get("agency_name")
    ]


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
        "independence": independence(data["chair"], data["author"]),
        "key_episodes": key_episodes(data),
        "chronology_appendix": bool(extra.get("chronology_appendix")),
        "chronology_tables": Block(sorted(data["chronology"], key=_chronological)),
    }


def key_episodes(data: dict) -> list[dict]:
    """The rows of the combined chronology the author marked as key episodes, in date order,
    with the author's summary of each."""
    return [
        {**row, "summary": row.get("summary") or row["event"]}
        for row in sorted(data["chronology"], key=_chronological)
        if row.get("key_episode")
    ]


def independence(chair: dict, author: dict) -> list[dict]:
    """One statement each for the chair and the overview author; one if one person is both."""
    chair = {"background": "", "training": "", **chair}
    author = {"statement": "", "background": "", "training": "", **author}
    if not author.get("name") or author["name"] == chair.get("name"):
        return [{**chair, "heading": "The independent chair and author of the overview report"}]
    return [
        {**chair, "heading": f"The independent chair: {chair.get('name', '')}"},
        {**author, "heading": f"The author of the overview report: {author['name']}"},
    ]


def _chronological(row: dict) -> tuple:
    """Date, a month before its days, time, agency; stable, as the combined chronology sorts."""
    get, when, at = row.get, row["date"], row.get("time")
    return (
        when[:10] if when.__class__ is str else str(when)[:10],
        0 if get("date_precision") == "month" else 1,  # a month before its days
        at if at.__class__ is str else str(at or ""),
        get("agency", ""),
    )


def combined_chronology(data: dict, extra: dict) -> dict:
    chronology = sorted(data["chronology"], key=_chronological)
    return {**common(data, extra), "chronology_tables": Block(chronology)}


def executive_summary(data: dict, extra: dict) -> dict:
    keys = (
        "victim",
        "timescales",
        "contributors",
        "panel",
        "chair",
        "author",
        "terms",
        "recommendations",
    )
    context = {**common(data, extra), "h": extra["h"], **{k: data[k] for k in keys}}
    context["key_episodes"] = key_episodes(data)
    context["independence"] = independence(data["chair"], data["author"])
    context.pop("today")
    return context


LETTER_KEYS = {
    "police_notification": ("victim", "deadlines", "recipient"),
    "scoping_request": ("victim", "recipient", "reply_by"),
    "home_office_decision": ("victim", "decision", "home_office", "recipient"),
    "imr_commission": ("victim", "recipient", "imr", "terms"),
    "family_first_letter": ("victim", "recipient", "contacts"),
    "chair_expression_of_interest": ("recipient", "agencies"),
    "home_office_qa_submission": ("victim", "home_office", "recipient"),
    "domestic_abuse_commissioner": ("victim", "recipient"),
}


def letter(name: str):
    def build(data: dict, extra: dict) -> dict:
        values = {
            **data,
            "recipient": extra["recipient"],
            "reply_by": extra.get("reply_by") or _in_days(extra["today"], 14),
            "imr": {"due_on": extra.get("due_on") or _in_days(extra["today"], 42)},
            "contacts": extra.get("contacts") or {"chair": {}, "coordinator": {}},
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
