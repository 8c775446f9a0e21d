"""axe-core scans every main state of both panes in Office's light and dark themes and in
forced colours (Windows high contrast): no WCAG 2.x A/AA violation anywhere. The dark and
forced-colours pictures in docs/addin.md are drawn here."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, open_pane, screenshot
from tests.e2e.steps import as_, expired_token, pick, save_version, sign_in
from tests.e2e.test_excel_pane import AUTHOR as CHAIR
from tests.e2e.test_excel_pane import REVIEW, colleague_changes
from tests.e2e.test_word_never_loses_work import type_in_document
from tests.e2e.test_word_pane import AUTHOR, COUNCIL_IMR, MANAGER, council_imr_with_author

THEMES = {
    "light": {"theme": "light"},
    "dark": {"theme": "dark"},
    "forced-colors": {"theme": "light", "forced_colors": True},
}


class Tour:
    """Scans each state it is shown and keeps what axe found, by state."""

    def __init__(self, theme: str):
        self.theme = theme
        self.found: dict[str, list] = {}

    def scan(self, page, state: str, picture: bool = False) -> None:
        self.found[state] = axe_violations(page)
        if picture and self.theme != "light":
            screenshot(page, f"{state}-{self.theme}", documented=True)

    def clean(self) -> dict:
        return {state: v for state, v in self.found.items() if v}


@pytest.mark.parametrize("theme", THEMES)
def test_every_word_pane_state_passes_axe(browser, live, theme):
    tour = Tour(theme)
    imr_id = council_imr_with_author(live)
    page = open_pane(browser, live, "word", "Word", **THEMES[theme])
    page.get_by_role("textbox", name="Your work email").wait_for()
    tour.scan(page, "sign-in")
    sign_in(page, AUTHOR)
    pick(page, "DEMO-2026-001", f"{COUNCIL_IMR} (in progress)")
    tour.scan(page, "first-run")
    page.get_by_role("button", name="Start from template").click()
    page.get_by_text("Version 0.1 is in the document.").wait_for()
    tour.scan(page, "word-started", picture=True)
    type_in_document(page)
    page.get_by_role("button", name="Open current version").click()
    page.get_by_role("dialog").wait_for()
    tour.scan(page, "ask")
    page.keyboard.press("Escape")
    page.get_by_text("Nothing was opened").wait_for()

    client = live.test_client()
    doc_id = client.get(f"/api/v1/imrs/{imr_id}", headers=as_(live, AUTHOR)).json["document"]["id"]
    content = client.get(
        f"/api/v1/documents/{doc_id}/versions/0.1/content", headers=as_(live, AUTHOR)
    ).data
    save_version(live, AUTHOR, doc_id, content, "From the laptop")
    page.get_by_role("button", name="Save version").click()
    page.locator("#conflict").get_by_text("Version 0.2 was saved by").wait_for()
    tour.scan(page, "word-conflict", picture=True)
    page.get_by_role("button", name="Save mine as a new version on top of 0.2").click()
    page.get_by_text("Saved as version 0.3.").wait_for()
    page.get_by_role("button", name="Check", exact=True).click()
    page.get_by_text("Version 0.3:").wait_for()
    tour.scan(page, "findings")
    page.get_by_role("button", name="Submit for QA").click()
    page.get_by_text("submitted for quality assurance").wait_for()

    manager = open_pane(browser, live, "word", "Word", **THEMES[theme])
    sign_in(manager, MANAGER)
    pick(manager, "DEMO-2026-001", f"{COUNCIL_IMR} (submitted)")
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_role("alert").get_by_text("Not approved").wait_for()
    tour.scan(manager, "qa-refused")

    stale = expired_token(live, AUTHOR)
    page.route(
        "**/api/v1/**",
        lambda r: r.continue_(headers={**r.request.headers, "authorization": f"Bearer {stale}"}),
    )
    page.get_by_role("button", name="Check", exact=True).click()
    page.get_by_text("Your sign-in has expired.").wait_for()
    tour.scan(page, "expired")
    assert tour.clean() == {}


@pytest.mark.parametrize("theme", THEMES)
def test_every_excel_pane_state_passes_axe(browser, live, theme):
    tour = Tour(theme)
    down = open_pane(
        browser,
        live,
        "excel",
        "Excel",
        **THEMES[theme],
        before=lambda p: p.route("**/api/v1/**", lambda r: r.abort()),
    )
    down.get_by_text("The pane cannot start").wait_for()
    tour.scan(down, "service-down")

    page = open_pane(browser, live, "excel", "Excel", **THEMES[theme])
    sign_in(page, CHAIR)
    pick(page, REVIEW)
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()
    tour.scan(page, "excel-loaded")
    colleague_changes(live, 2, lead_officer="Lee Haddow (acting)")
    page.evaluate("() => __excel.edit(2, 'Outcome', 'Induction updated')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("1 not saved").wait_for()
    tour.scan(page, "excel-problems", picture=True)
    page.get_by_role("button", name="Refresh").click()
    page.get_by_role("dialog").wait_for()
    tour.scan(page, "excel-refresh-asks")
    assert tour.clean() == {}
