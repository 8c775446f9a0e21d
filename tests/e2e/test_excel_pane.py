"""The Excel task pane in headless Chromium against the live service: sign in, pick a review,
load the action plan into the ActionPlan table, change a status, sync, and see a conflict when
the server's row changed meanwhile; then the same page outside Office, an accessibility scan and
a screenshot at the task pane's width."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, open_pane, screenshot

AUTHOR = "chair.penhallow@pool.demo.local"
FAILED_412 = "the server responded with a status of 412 (PRECONDITION FAILED)"


def token(live, email: str) -> str:
    client = live.test_client()
    return client.post("/api/v1/dev/sign-in", json={"email": email}).json["access_token"]


def server_action(live, action_id: int) -> dict:
    client = live.test_client()
    headers = {"Authorization": f"Bearer {token(live, AUTHOR)}"}
    return client.get(f"/api/v1/actions/{action_id}", headers=headers).json


def sign_in_and_pick(page, email: str = AUTHOR) -> None:
    page.get_by_label("Your work email").fill(email)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Review", exact=True).select_option(label="DEMO-2026-001 (imrs in progress)")


def test_load_change_sync_and_conflict(browser, live):
    page = open_pane(browser, live, "excel", "Excel")
    sign_in_and_pick(page)
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()

    table = page.evaluate(
        """() => { const t = __excel.table();
        return {name: t.name, rows: t.rows.length, hidden: [...t.hidden],
                validation: Object.keys(t.validation), formats: t.formats}; }"""
    )
    assert table["name"] == "ActionPlan" and table["rows"] == 3
    assert set(table["hidden"]) == {"Row id", "Row version"}
    assert set(table["validation"]) == {"Scope", "Lead agency", "Status", "Theme"}
    assert table["formats"]["Target date"] == "dd/mm/yyyy"
    calls = page.evaluate("() => __officeCalls")
    assert (
        calls.index("enableEvents=false")
        < calls.index("rows.add:3")
        < calls.index("enableEvents=true")
    )
    first = page.evaluate("() => __excel.row(1)")
    assert (first["Status"], first["Lead agency"]) == ("Not started", "Demoshire Police")

    # A status change, tracked through onChanged and synced with If-Match.
    page.evaluate("() => __excel.edit(1, 'Status', 'In progress')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("Sync finished: 1 saved.").wait_for()
    assert server_action(live, 1)["status"] == "in_progress"
    assert page.evaluate("() => __excel.row(1)['Row version']") == 2

    # Someone changes row 2 on the server; the pane's edit to it is a conflict, not an overwrite.
    before = server_action(live, 2)
    client = live.test_client()
    changed = client.patch(
        "/api/v1/actions/2",
        json={"lead_officer": "Lee Haddow (acting)"},
        headers={"Authorization": f"Bearer {token(live, AUTHOR)}", "If-Match": before["etag"]},
    )
    assert changed.status_code == 200
    page.evaluate("() => __excel.edit(2, 'Outcome', 'Induction updated')")
    page.get_by_role("button", name="Sync changes (1)").click()
    page.get_by_text("1 changed by someone else").wait_for()
    assert page.evaluate("() => __excel.row(2)['Sync notes']").startswith("Conflict")
    assert server_action(live, 2)["outcome"] == ""  # not overwritten

    # The vague demo action shows its SMART findings in the pane.
    assert page.get_by_text("Not yet SMART").count() == 1
    assert axe_violations(page) == []
    screenshot(page, "excel-pane")
    errors = [m for m in page.console_messages if m.startswith(("error", "pageerror"))]
    assert errors == [f"error: Failed to load resource: {FAILED_412}"]


def test_outside_office_the_plan_is_read_only(browser, live):
    page = open_pane(browser, live, "excel", None)
    sign_in_and_pick(page)
    page.get_by_text("Open this page from Excel").wait_for()
    assert page.get_by_role("button", name="Load action plan").is_hidden()
    page.locator("#actions li").nth(2).wait_for()
    assert page.locator("#actions li").count() == 3
    assert axe_violations(page) == []
    screenshot(page, "excel-pane-browser")


def test_a_wrong_email_is_explained_on_the_page(browser, live):
    page = open_pane(browser, live, "excel", "Excel")
    page.get_by_label("Your work email").fill("nobody@demo.local")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("alert").get_by_text("No person with this email").wait_for()
