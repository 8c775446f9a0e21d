"""The Excel task pane in headless Chromium against the live service: sign in, pick a review,
load the action plan into the ActionPlan table (dropdowns from a hidden sheet's ranges, so an
agency named with a comma stays whole), change a status, sync, and see a conflict listed with
"Go to row" when the server's row changed meanwhile; then the same page outside Office."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, open_pane, screenshot
from tests.e2e.steps import as_, pick, sign_in

AUTHOR = "chair.penhallow@pool.demo.local"
REVIEW = "DEMO-2026-001 (imrs in progress)"
FAILED_412 = "the server responded with a status of 412 (PRECONDITION FAILED)"


def server_action(live, action_id: int) -> dict:
    client = live.test_client()
    return client.get(f"/api/v1/actions/{action_id}", headers=as_(live, AUTHOR)).json


def colleague_changes(live, action_id: int, **fields) -> None:
    """Someone else saves a change to the row through the API."""
    before = server_action(live, action_id)
    changed = live.test_client().patch(
        f"/api/v1/actions/{action_id}",
        json=fields,
        headers={**as_(live, AUTHOR), "If-Match": before["etag"]},
    )
    assert changed.status_code == 200, changed.json


def loaded_plan(browser, live, **options):
    page = open_pane(browser, live, "excel", "Excel", **options)
    sign_in(page, AUTHOR)
    pick(page, REVIEW)
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()
    return page


def test_load_change_sync_and_conflict(browser, live):
    comma = "Children's Services, Demoshire"
    made = live.test_client().post(
        "/api/v1/agencies",
        json={"name": comma, "kind": "childrens_social_care", "csp": "DEMO"},
        headers=as_(live, "coordinator@demo.local"),
    )
    assert made.status_code == 201, made.json
    page = loaded_plan(browser, live)
    table = page.evaluate(
        """() => { const t = __excel.table();
        return {name: t.name, rows: t.rows.length, hidden: t.hidden, validation: t.validation,
                formats: t.formats, lists: __excel.book.sheets['DHR lists'].visibility}; }"""
    )
    assert table["name"] == "ActionPlan" and table["rows"] == 3
    assert set(table["hidden"]) == {"Row id", "Row version"}
    assert table["formats"]["Target date"] == "dd/mm/yyyy"
    assert table["lists"] == "Hidden"
    # Each dropdown is a range of the hidden sheet, never a typed list ("a,b,c": 255 characters
    # at most, and a comma splits a name).
    assert table["validation"]["Lead agency"].startswith("='DHR lists'!$B$1:$B$")
    agencies = page.evaluate("() => __excel.dropdown('Lead agency')")
    assert comma in agencies and "Demoshire Police" in agencies
    assert page.evaluate("() => __excel.dropdown('Status')")[:2] == ["Not started", "In progress"]
    calls = page.evaluate("() => __officeCalls")
    assert (
        calls.index("enableEvents=false")
        < calls.index("rows.add:3")
        < calls.index("enableEvents=true")
    )
    first = page.evaluate("() => __excel.row(1)")
    assert (first["Status"], first["Lead agency"]) == ("Not started", "Demoshire Police")
    assert page.get_by_text("No edits to sync: change a row in the table first.").is_visible()

    # A status change, found on the sheet and synced with If-Match.
    page.evaluate("() => __excel.edit(1, 'Status', 'In progress')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("Sync finished: 1 saved.").wait_for()
    assert server_action(live, 1)["status"] == "in_progress"
    assert page.evaluate("() => __excel.row(1)['Row version']") == 2

    # Someone changes row 2 on the server; the pane's edit to it is a conflict, not an overwrite.
    colleague_changes(live, 2, lead_officer="Lee Haddow (acting)")
    page.evaluate("() => __excel.edit(2, 'Outcome', 'Induction updated')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("1 not saved: see Rows not synced").wait_for()
    problems = page.locator("#problems-box")
    assert "someone else saved version 2 of this row" in problems.inner_text()
    assert "You changed Outcome" in problems.inner_text()
    assert page.evaluate("() => __excel.row(2)['Sync notes']").startswith("Conflict")
    assert server_action(live, 2)["outcome"] == ""  # not overwritten
    assert page.evaluate("() => document.activeElement.id") == "problems-title"
    problems.get_by_role("button", name="Go to row A2").click()
    page.wait_for_function("() => __excel.book.selected === 2")

    # The vague demo action shows its SMART findings in the pane.
    assert page.get_by_text("Not yet SMART").count() == 1
    assert axe_violations(page) == []
    screenshot(page, "excel-pane", documented=True)
    errors = [m for m in page.console_messages if m.startswith(("error", "pageerror"))]
    assert errors == [f"error: Failed to load resource: {FAILED_412}"]


def test_outside_office_the_plan_is_read_only(browser, live):
    page = open_pane(browser, live, "excel", None)
    sign_in(page, AUTHOR)
    pick(page, REVIEW)
    page.get_by_text("Open this page from Excel").wait_for()
    assert page.get_by_role("button", name="Load action plan").is_hidden()
    page.locator("#actions li").nth(2).wait_for()
    assert page.locator("#actions li").count() == 3
    assert axe_violations(page) == []
    screenshot(page, "excel-pane-browser")


def test_a_wrong_email_is_explained_on_the_page(browser, live):
    page = open_pane(browser, live, "excel", "Excel")
    page.get_by_role("textbox", name="Your work email").fill("nobody@demo.local")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").get_by_text("No person with this email").wait_for()
