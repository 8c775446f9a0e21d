"""The Teams card parses without an error or warning in the adaptivecards package (schema 1.4),
and names the review by its reference only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from services.integrations.teams_card import envelope, signoff_card

CHECKER = Path(__file__).parents[1] / "node" / "check_cards.js"
INSTALLED = CHECKER.parent / "node_modules" / "adaptivecards"


def parse_in_node(cards: list[dict]) -> list[dict]:
    if not (shutil.which("node") and INSTALLED.exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but node or tests/node/node_modules is missing (make node-deps)")
        pytest.skip(
            "!!! Adaptive Card check skipped: run `make node-deps` (needs node and npm) !!!"
        )
    done = subprocess.run(
        ["node", str(CHECKER)], input=json.dumps(cards), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def event(**more) -> dict:
    return {
        "id": 4,
        "review_id": 1,
        "document_id": 7,
        "version": {"label": "0.3", "sha256": "ab" * 32},
        "stage": "panel",
        "document_kind": "overview_report",
        "document_title": "Overview report",
        "review_reference": "DEMO-2026-001",
        "requested_by_name": "Riley Penhallow",
        "due_on": "2026-12-10",
        "key": "signoff:4:requested",
        **more,
    }


def test_sign_off_cards_parse_cleanly_for_teams_workflows():
    cards = [
        signoff_card(event(), "https://dhr.example.gov.uk"),
        signoff_card(event(stage="csp", due_on=None, document_kind="action_plan"), "https://x"),
        signoff_card(event(web_url="https://council.sharepoint.com/sites/dhr/o.docx"), "https://x"),
    ]
    results = parse_in_node(cards)
    assert [r["events"] for r in results] == [[], [], []]
    assert {r["version"] for r in results} == {"1.4"}


def test_the_check_would_catch_an_element_teams_cannot_render():
    too_new = {**signoff_card(event(), "https://x")}
    too_new["body"] = [*too_new["body"], {"type": "Table", "columns": [], "rows": []}]  # 1.5
    [result] = parse_in_node([too_new])
    assert any("Table" in e["message"] for e in result["events"])


def test_the_message_envelope_and_what_the_card_says():
    card = signoff_card(event(), "https://dhr.example.gov.uk")
    message = envelope(card)
    assert message["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    facts = {f["title"]: f["value"] for f in card["body"][1]["facts"]}
    assert facts == {
        "Review": "DEMO-2026-001",
        "Document": "Overview report",
        "Version": "0.3",
        "Submitted by": "Riley Penhallow",
        "Sign-off by": "the review panel",
        "Due": "2026-12-10",
    }
    assert [a["title"] for a in card["actions"]] == ["Open in Word", "Open review"]


def test_the_links_and_the_event_id():
    pane = "https://dhr.example.gov.uk/addin/word/taskpane.html?review=1&document=7"
    card = signoff_card(event(), "https://dhr.example.gov.uk")
    assert [a["url"] for a in card["actions"]] == [pane, pane]  # no SharePoint: the pane
    web = "https://council.sharepoint.com/sites/dhr/Shared%20Documents/o.docx?web=1"
    card = signoff_card(event(web_url=web), "https://dhr.example.gov.uk")
    assert [a["url"] for a in card["actions"]] == [web, pane]
    [marker] = [b for b in card["body"] if b.get("id") == "dhr-event"]
    assert marker["text"] == "Event signoff:4:requested"
