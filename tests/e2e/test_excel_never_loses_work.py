"""The Excel pane never loses an edit: Refresh (and Load) with unsynced edits asks first and can
sync them; edits made after a Refresh are found; edits made while the pane was closed are found
when it opens again. Edits are found by comparing each row with the row as loaded, kept in the
workbook, so no change event has to have been seen."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, screenshot
from tests.e2e.test_excel_pane import loaded_plan, server_action


def test_refresh_with_unsynced_edits_asks_and_can_sync_them_first(browser, live):
    page = loaded_plan(browser, live)
    page.evaluate("() => __excel.edit(1, 'Outcome', 'Course booked for January')")
    page.evaluate("() => __excel.edit(3, 'Lead officer', 'Sam Okafor')")
    page.get_by_role("button", name="Sync changes (2)").wait_for()

    page.get_by_role("button", name="Refresh").click()
    page.get_by_role("dialog", name="Edits not yet synced").wait_for()
    asked = page.locator("fluent-dialog").inner_text()
    assert "2 rows have edits not yet synced (A1, A3)" in asked and "are lost" in asked
    assert axe_violations(page) == []
    screenshot(page, "excel-refresh-asks", documented=True, full_page=False)
    page.locator("fluent-dialog").get_by_role("button", name="Cancel").click()
    page.get_by_text("Nothing was replaced: your edits are still in the table.").wait_for()
    assert page.evaluate("() => __excel.row(1)['Outcome']") == "Course booked for January"
    assert page.evaluate("() => __officeCalls").count("table.delete") == 0

    page.get_by_role("button", name="Refresh").click()
    page.locator("fluent-dialog").get_by_role("button", name="Sync them first").click()
    page.get_by_text("Sync finished: 2 saved.").wait_for()
    assert server_action(live, 1)["outcome"] == "Course booked for January"
    assert server_action(live, 3)["lead_officer"] == "Sam Okafor"


def test_edits_after_a_refresh_are_found_and_synced(browser, live):
    page = loaded_plan(browser, live)
    page.get_by_role("button", name="Refresh").click()  # nothing unsynced: no question
    page.wait_for_function("() => __officeCalls.includes('table.delete')")
    page.wait_for_function("() => !document.querySelector('main').hasAttribute('aria-busy')")
    page.evaluate("() => __excel.edit(2, 'Status', 'Complete')")
    page.evaluate("() => __excel.edit(2, 'Date of completion', '20/11/2026')")
    page.evaluate("() => __excel.edit(2, 'Outcome', 'Induction now covers coercive control')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("Sync finished").wait_for()
    action = server_action(live, 2)
    assert action["outcome"] == "Induction now covers coercive control", action


def test_edits_made_while_the_pane_was_closed_are_found_when_it_opens(browser, live):
    page = loaded_plan(browser, live)
    page.goto("about:blank")  # the pane is closed; the workbook stays open
    page.add_init_script(
        "window.__excelEditsWhileClosed = [[3, 'Target date', '31/03/2027'],"
        " [3, 'Lead officer', 'Priya Shah']];"
    )
    page.go_back()
    page.get_by_text("1 row edited since loading: choose Sync changes").wait_for()
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("Sync finished: 1 saved.").wait_for()
    action = server_action(live, 3)
    assert (action["target_date"], action["lead_officer"]) == ("2027-03-31", "Priya Shah")
    assert (
        page.get_by_role("button", name="Sync changes", exact=True).get_attribute("aria-disabled")
        == "true"
    )
