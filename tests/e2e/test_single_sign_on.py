"""With DHR_AUTH=entra, the panes sign in through Office's single sign-on: the token Office
gives (here minted by the fake tenant) is sent on every call and checked by the service; when
Office cannot sign the person in, the pane says why in words."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, open_pane

OID = "0b0b0b0b-0000-4000-8000-0000000000e1"


def test_the_excel_pane_signs_in_with_office_and_loads_the_plan(browser, live_entra):
    token = live_entra.entra.mint(oid=OID, preferred_username="chair.penhallow@pool.demo.local")
    page = open_pane(browser, live_entra, "excel", "Excel", sso=token)
    page.get_by_text("Signed in with your organisation's account").wait_for()
    assert page.get_by_label("Your work email").is_hidden()  # no dev sign-in here
    page.get_by_label("Review", exact=True).select_option(label="DEMO-2026-001 (imrs in progress)")
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()
    assert "getAccessToken:true" in page.evaluate("() => __officeCalls")
    assert axe_violations(page) == []


def test_office_that_cannot_sign_in_is_explained(browser, live_entra):
    page = open_pane(browser, live_entra, "word", "Word", sso=13001)
    page.get_by_role("alert").get_by_text("You are not signed in to Office").wait_for()
