"""Keyboard only, no mouse: an IMR author saves a version and submits it for QA; an action
owner syncs an edited row. Focus stays on the control pressed while the pane works."""

from __future__ import annotations

from tests.e2e.conftest import open_pane
from tests.e2e.keyboard import FOCUSED, choose_by_keyboard, tab_to
from tests.e2e.test_excel_pane import AUTHOR as CHAIR
from tests.e2e.test_excel_pane import REVIEW, server_action
from tests.e2e.test_word_pane import AUTHOR, COUNCIL_IMR, council_imr_with_author


def keyboard_sign_in(page, email: str) -> None:
    tab_to(page, "Your work email")
    page.keyboard.type(email)
    page.keyboard.press("Enter")
    page.get_by_text(f"Signed in as {email}").wait_for()
    page.wait_for_function("() => document.activeElement.id === 'work-title'")


def test_save_a_version_and_submit_for_qa_without_a_mouse(browser, live):
    council_imr_with_author(live)
    page = open_pane(browser, live, "word", "Word")
    keyboard_sign_in(page, AUTHOR)
    choose_by_keyboard(page, "Review", "DEMO-2026-001")
    choose_by_keyboard(page, "Document", f"{COUNCIL_IMR} (in progress)")
    tab_to(page, "Start from template")
    page.keyboard.press("Enter")
    page.get_by_text("Version 0.1 is in the document.").wait_for()
    assert page.evaluate("() => document.activeElement.id") == "start"  # focus stayed

    tab_to(page, "What changed in this version")
    page.keyboard.type("Introduction written")
    tab_to(page, "Save version")
    page.keyboard.press("Enter")
    page.get_by_text("Saved as version 0.2.").wait_for()
    assert page.evaluate(FOCUSED) == "Save version"

    tab_to(page, "Check")
    page.keyboard.press("Enter")
    page.get_by_text("Version 0.2:").wait_for()
    tab_to(page, "Submit for QA")
    page.keyboard.press("Enter")
    page.get_by_text("Version 0.2 submitted for quality assurance.").wait_for()


def test_sync_an_edited_row_without_a_mouse(browser, live):
    page = open_pane(browser, live, "excel", "Excel")
    keyboard_sign_in(page, CHAIR)
    choose_by_keyboard(page, "Review", REVIEW)
    tab_to(page, "Load action plan")
    page.keyboard.press("Enter")
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()
    page.evaluate("() => __excel.edit(1, 'Status', 'In progress')")  # typed in the sheet
    tab_to(page, "Sync changes (1)")
    page.keyboard.press("Enter")
    page.get_by_text("Sync finished: 1 saved.").wait_for()
    assert server_action(live, 1)["status"] == "in_progress"
