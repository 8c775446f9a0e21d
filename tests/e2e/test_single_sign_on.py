"""With DHR_AUTH=entra, the panes sign in through Office: nested app authentication where Office
supports it (not in this stand-in, as in a host without NestedAppAuth 1.1), Office's single
sign-on otherwise, and the sign-in dialog when Office cannot. The token Office or the dialog
gives (minted by the fake tenant) is sent on every call and checked by the service. Each of
Office's codes is said in words with the button that helps, and after three failures the
dialog is offered whatever the code."""

from __future__ import annotations

import json

from tests.e2e.conftest import axe_violations, open_pane, screenshot
from tests.e2e.steps import pick

OID = "0b0b0b0b-0000-4000-8000-0000000000e1"
SIGNED_IN = "Signed in with your organisation's account"
REVIEW = "DEMO-2026-001 (imrs in progress)"


def token(live_entra) -> str:
    return live_entra.entra.mint(oid=OID, preferred_username="chair.penhallow@pool.demo.local")


def loads_the_plan(page) -> None:
    pick(page, REVIEW)
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()


def test_the_excel_pane_signs_in_with_office_and_loads_the_plan(browser, live_entra):
    page = open_pane(browser, live_entra, "excel", "Excel", sso=token(live_entra))
    page.get_by_text(SIGNED_IN).wait_for()
    assert page.get_by_role("textbox", name="Your work email").is_hidden()  # no dev sign-in
    page.wait_for_function("() => document.activeElement.id === 'work-title'")
    loads_the_plan(page)
    calls = page.evaluate("() => __officeCalls")
    assert "getAccessToken:true" in calls
    assert not any(c.startswith("displayDialogAsync") for c in calls)
    assert axe_violations(page) == []


def test_a_cancelled_sign_in_13002_is_said_and_sign_in_tries_again(browser, live_entra):
    page = open_pane(
        browser,
        live_entra,
        "word",
        "Word",
        sso=[13002],
        office={"__officeToken": token(live_entra)},
    )
    alert = page.get_by_role("alert")
    alert.get_by_text("Sign-in was cancelled. Choose Sign in when you are ready.").wait_for()
    assert page.locator("#who").inner_text() == "Not signed in"
    assert axe_violations(page) == []
    screenshot(page, "pane-sso-cancelled", documented=True)
    alert.get_by_role("button", name="Sign in").click()
    page.get_by_text(SIGNED_IN).wait_for()
    assert alert.inner_text() == ""


def test_an_account_office_cannot_use_13003_signs_in_with_the_dialog(browser, live_entra):
    reply = {"message": json.dumps({"token": token(live_entra)})}
    page = open_pane(
        browser, live_entra, "excel", "Excel", sso=13003, office={"__officeDialogReply": reply}
    )
    alert = page.get_by_role("alert")
    alert.get_by_text("This kind of account cannot use single sign-on here").wait_for()
    assert alert.get_by_role("button", name="Sign in", exact=True).count() == 0
    alert.get_by_role("button", name="Sign in with a window").click()
    page.get_by_text(SIGNED_IN).wait_for()
    calls = page.evaluate("() => __officeCalls")
    assert "displayDialogAsync:/addin/signin.html" in calls and "dialog.close" in calls
    loads_the_plan(page)  # the dialog's token is the one sent from now on


def test_office_failing_13006_offers_a_retry_and_after_three_failures_the_dialog(
    browser, live_entra
):
    page = open_pane(browser, live_entra, "word", "Word", sso=13006)
    alert = page.get_by_role("alert")
    alert.get_by_text("Office could not sign you in (a problem in Office itself).").wait_for()
    assert alert.get_by_role("button", name="Sign in with a window").count() == 0
    for _ in range(2):
        alert.get_by_role("button", name="Sign in", exact=True).click()
        page.wait_for_function("() => !document.querySelector('main').hasAttribute('aria-busy')")
    assert page.evaluate("() => __officeCalls").count("getAccessToken:true") == 3
    # The person closes the window without signing in: said, and they can try again.
    alert.get_by_role("button", name="Sign in with a window").click()
    alert.get_by_text("You closed the sign-in window before signing in.").wait_for()
    alert.get_by_role("button", name="Sign in", exact=True).wait_for()


def test_office_that_cannot_sign_in_is_explained(browser, live_entra):
    page = open_pane(browser, live_entra, "word", "Word", sso=13001)
    page.get_by_role("alert").get_by_text("You are not signed in to Office").wait_for()
