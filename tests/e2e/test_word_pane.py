"""The Word task pane in headless Chromium against the live service: an IMR author signs in,
picks the review and their IMR, starts it from the template, follows its sections, saves a
version (sliced upload), sees it in the history, checks it and submits it for QA; the senior
manager then approves it. Outside Office the page follows the review with Word's buttons hidden."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, open_pane, screenshot

AUTHOR, MANAGER = "l.haddow@council.demo.local", "a.brandt@council.demo.local"


def as_(live, email: str) -> dict:
    client = live.test_client()
    token = client.post("/api/v1/dev/sign-in", json={"email": email}).json["access_token"]
    return {"Authorization": f"Bearer {token}"}


def council_imr_with_author(live) -> int:
    """The council's senior manager names the author, who signs the V7 attestation."""
    client = live.test_client()
    imr = next(i for i in client.get("/api/v1/imrs", headers=as_(live, MANAGER)).json)
    author = next(
        p["id"]
        for p in client.get("/api/v1/people", headers=as_(live, "coordinator@demo.local")).json
        if p["email"] == AUTHOR
    )
    named = client.put(
        f"/api/v1/imrs/{imr['id']}/author", json={"person_id": author}, headers=as_(live, MANAGER)
    )
    assert named.status_code == 200, named.json
    signed = client.post(
        f"/api/v1/imrs/{imr['id']}/attestation",
        json={
            "not_directly_involved": True,
            "not_line_manager_of_involved_staff": True,
            "signed_on": "2026-11-26",
        },
        headers=as_(live, AUTHOR),
    )
    assert signed.status_code in (200, 201), signed.json
    return imr["id"]


def pick(page, email: str, state: str = "in progress") -> None:
    page.get_by_label("Your work email").fill(email)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Review", exact=True).select_option(label="DEMO-2026-001")
    page.get_by_label("Document", exact=True).select_option(
        label=f"Demo District Council IMR ({state})"
    )


def test_an_author_starts_saves_checks_and_submits_and_the_manager_approves(browser, live):
    imr_id = council_imr_with_author(live)
    page = open_pane(browser, live, "word", "Word")
    page.evaluate(
        """() => { __word.paragraphs = [
            {text: '1. Introduction', style: 'Heading1'},
            {text: 'The council had contact from 2023.', style: 'Normal'},
            {text: '2. Chronology', style: 'Heading1'},
            {text: 'Records examined, staff interviewed', style: 'Normal', italic: true}]; }"""
    )
    pick(page, AUTHOR)
    page.get_by_text("not started").wait_for()
    page.get_by_role("button", name="Start from template").click()
    page.get_by_text("Version 0.1 is in the document.").wait_for()
    assert "insertFileFromBase64:Replace" in page.evaluate("() => __officeCalls")
    assert page.evaluate("() => __word.bytes.length") > 10_000  # the filled IMR template
    page.get_by_text("1 of 2 sections written").wait_for()
    assert page.get_by_text("○ To write: 2. Chronology").count() == 1

    page.get_by_label("What changed in this version").fill("First draft of the introduction")
    page.get_by_role("button", name="Save version").click()
    page.get_by_text("Saved as version 0.2.").wait_for()
    calls = page.evaluate("() => __officeCalls")
    assert calls.index("getFileAsync:compressed:4194304") < calls.index("closeAsync")
    assert sum(c.startswith("getSliceAsync") for c in calls) > 1  # sent in slices
    history = page.locator("#history li")
    assert history.first.inner_text().startswith("Version 0.2")
    assert "First draft of the introduction" in history.first.inner_text()

    page.get_by_role("button", name="Check").click()
    page.get_by_text("Version 0.2:").wait_for()

    page.get_by_role("button", name="Submit for QA").click()
    page.get_by_text("Version 0.2 submitted for quality assurance.").wait_for()
    client = live.test_client()
    assert (
        client.get(f"/api/v1/imrs/{imr_id}", headers=as_(live, AUTHOR)).json["state"] == "submitted"
    )
    assert axe_violations(page) == []
    screenshot(page, "word-pane")

    # The senior manager approves in the same pane, after confirming the QA checks.
    manager = open_pane(browser, live, "word", "Word")
    pick_label = "Demo District Council IMR (submitted)"
    manager.get_by_label("Your work email").fill(MANAGER)
    manager.get_by_role("button", name="Sign in").click()
    manager.get_by_label("Review", exact=True).select_option(
        label="DEMO-2026-001 (imrs in progress)"
    )
    manager.get_by_label("Document", exact=True).select_option(label=pick_label)
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_role("alert").wait_for()
    assert "qa" in manager.get_by_role("alert").inner_text().lower()  # unticked checks refused
    for box in manager.locator('#approve-box input[type="checkbox"]').all():
        box.check()
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_text("Approved: the IMR counts as received.").wait_for()
    assert axe_violations(manager) == []
    screenshot(manager, "word-pane-qa")


def test_outside_office_the_pane_follows_the_review(browser, live):
    page = open_pane(browser, live, "word", None)
    page.get_by_label("Your work email").fill("chair.ashdown@pool.demo.local")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Review", exact=True).select_option(label="DEMO-2026-001 (imrs in progress)")
    page.get_by_text("Open this page from Word").wait_for()
    page.locator("#review-facts").get_by_text("imrs in progress").wait_for()
    page.get_by_label("Document", exact=True).select_option(
        label="Demoshire Police IMR (in progress)"
    )
    page.locator("#history li").first.wait_for()
    assert page.get_by_role("button", name="Save version").is_hidden()
    assert page.get_by_role("button", name="Start from template").is_hidden()
    assert axe_violations(page) == []
    screenshot(page, "word-pane-browser")
