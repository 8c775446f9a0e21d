"""Every failure ends in words and a button that recovers: the service down when the pane
opens (Retry), a 503 on a list (an error and Retry, never "no document"), and a sign-in that
expires mid-session (the header resets, "Your sign-in has expired", Sign in)."""

from __future__ import annotations

import json

from tests.e2e.conftest import axe_violations, open_pane, screenshot
from tests.e2e.steps import expired_token, pick, sign_in
from tests.e2e.test_excel_pane import AUTHOR as CHAIR
from tests.e2e.test_excel_pane import REVIEW

API = "**/api/v1/**"
UNAVAILABLE = {
    "type": "about:blank",
    "title": "Service unavailable",
    "status": 503,
    "detail": "The database did not answer; nothing was saved. Try again in a moment.",
}


def test_the_service_down_at_start_says_why_and_retry_starts_the_pane(browser, live):
    page = open_pane(
        browser, live, "word", "Word", before=lambda p: p.route(API, lambda r: r.abort())
    )
    alert = page.get_by_role("alert")
    alert.get_by_text("The pane cannot start: the DHR service cannot be reached.").wait_for()
    assert page.get_by_role("textbox", name="Your work email").is_hidden()
    assert axe_violations(page) == []
    screenshot(page, "pane-service-down", documented=True)
    page.unroute(API)
    alert.get_by_role("button", name="Retry").click()
    page.get_by_role("textbox", name="Your work email").wait_for()
    assert page.evaluate("() => document.activeElement.id") == "signin-title"
    assert alert.inner_text() == ""


def test_a_503_on_a_list_is_an_error_with_retry_never_an_empty_list(browser, live):
    page = open_pane(browser, live, "word", "Word")
    sign_in(page, "chair.ashdown@pool.demo.local")
    page.route(
        "**/api/v1/reviews/*/imrs",
        lambda r: r.fulfill(
            status=503, body=json.dumps(UNAVAILABLE), content_type="application/problem+json"
        ),
        times=1,
    )
    pick(page, REVIEW)
    alert = page.get_by_role("alert")
    alert.get_by_text("The database did not answer").wait_for()
    assert page.get_by_text("No document you may work on").count() == 0
    page.get_by_role("combobox", name="Document").get_by_text(
        "The documents could not be loaded"
    ).wait_for()
    assert axe_violations(page) == []
    alert.get_by_role("button", name="Retry").click()
    page.get_by_role("combobox", name="Document").get_by_text("Choose a document").wait_for()
    pick(page, REVIEW, "Demoshire Police IMR (in progress)")
    page.locator("#history li").first.wait_for()


def test_an_expired_sign_in_resets_the_header_and_sign_in_carries_on(browser, live):
    page = open_pane(browser, live, "excel", "Excel")
    sign_in(page, CHAIR)
    stale = expired_token(live, CHAIR)
    # From now on the pane's token is one that has expired (as after a long lunch).
    page.route(
        API,
        lambda r: r.continue_(headers={**r.request.headers, "authorization": f"Bearer {stale}"}),
    )
    pick(page, REVIEW)
    alert = page.get_by_role("alert")
    alert.get_by_text("Your sign-in has expired.").wait_for()
    assert page.get_by_text("Signature has expired").count() == 0  # the server's words, not ours
    assert page.locator("#who").inner_text() == "Not signed in"
    assert page.get_by_text("Choose a review first.").count() == 0  # reasons stay true
    assert axe_violations(page) == []
    screenshot(page, "pane-sign-in-expired", documented=True)
    page.unroute(API)
    alert.get_by_role("button", name="Sign in").click()
    assert page.evaluate("() => document.activeElement.id") == "signin-title"
    sign_in(page, CHAIR)
    pick(page, REVIEW)
    page.get_by_role("button", name="Load action plan").click()
    page.get_by_text("Loaded 3 actions into the ActionPlan table.").wait_for()
