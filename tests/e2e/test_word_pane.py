"""The Word task pane in headless Chromium against the live service: an IMR author signs in,
picks the review and their IMR, starts it from the template, follows its sections, saves a
version (sliced upload), sees it in the history, checks it and submits it for QA; the senior
manager then approves it, each refused confirmation tied to its box. The pane lists the parts of
the document filled from the review (its `dhr:` content controls). Outside Office the page
follows the review with Word's buttons hidden."""

from __future__ import annotations

import io
import zipfile

import lxml.etree as etree

from tests.e2e.conftest import axe_violations, open_pane, screenshot
from tests.e2e.steps import as_, pick, sign_in

AUTHOR, MANAGER = "l.haddow@council.demo.local", "a.brandt@council.demo.local"
COUNCIL_IMR = "Demo District Council IMR"


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


def started_imr(browser, live, **options):
    """The author, signed in, with their IMR started from the template in the document."""
    imr_id = council_imr_with_author(live)
    page = open_pane(browser, live, "word", "Word", **options)
    sign_in(page, AUTHOR)
    pick(page, "DEMO-2026-001", f"{COUNCIL_IMR} (in progress)")
    page.get_by_text("not started").wait_for()
    page.get_by_role("button", name="Start from template").click()
    page.get_by_text("Version 0.1 is in the document.").wait_for()
    return page, imr_id


def test_an_author_starts_saves_checks_and_submits_and_the_manager_approves(browser, live):
    page, imr_id = started_imr(browser, live)
    assert "insertFileFromBase64:Replace" in page.evaluate("() => __officeCalls")
    assert page.evaluate("() => __word.bytes.length") > 10_000  # the filled IMR template
    # The sections come from the template's headings; none is written yet, five show first.
    summary = page.locator("#checklist-summary").inner_text()
    assert " of 28 sections written; " in summary  # the IMR template's headings
    assert page.locator("#checklist > li").count() == 5
    first = page.locator("#checklist > li").first.inner_text().strip("○ ").strip()
    page.locator("#checklist > li").first.get_by_role("button").click()
    page.get_by_text(f"The cursor is at “{first}”.").wait_for()
    assert page.evaluate("() => __word.selected") == first
    assert axe_violations(page) == []
    screenshot(page, "word-started", documented=True)

    page.get_by_role("textbox", name="What changed in this version").fill("First draft")
    page.get_by_role("button", name="Save version").click()
    page.get_by_text("Saved as version 0.2.").wait_for()
    calls = page.evaluate("() => __officeCalls")
    assert calls.index("getFileAsync:compressed:4194304") < calls.index("closeAsync")
    assert sum(c.startswith("getSliceAsync") for c in calls) > 1  # sent in slices
    history = page.locator("#history li")
    assert history.first.inner_text().startswith("Version 0.2")
    assert "First draft" in history.first.inner_text()

    # Submit says why it waits, next to it, until the version is checked.
    assert page.get_by_role("button", name="Submit for QA").get_attribute("aria-disabled") == "true"
    page.get_by_text("Run Check on version 0.2 first").wait_for()
    page.get_by_role("button", name="Check", exact=True).click()
    page.get_by_text("Version 0.2:").wait_for()
    page.get_by_role("button", name="Submit for QA").click()
    page.get_by_text("Version 0.2 submitted for quality assurance.").wait_for()
    client = live.test_client()
    assert (
        client.get(f"/api/v1/imrs/{imr_id}", headers=as_(live, AUTHOR)).json["state"] == "submitted"
    )
    assert axe_violations(page) == []
    screenshot(page, "word-pane", documented=True)

    # The senior manager approves in the same pane; unticked confirmations are refused and
    # the refusal is tied to each box.
    manager = open_pane(browser, live, "word", "Word")
    sign_in(manager, MANAGER)
    pick(manager, "DEMO-2026-001", f"{COUNCIL_IMR} (submitted)")
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_role("alert").get_by_text("Not approved").wait_for()
    box = manager.get_by_role("checkbox", name="has a complete chronology")
    assert box.get_attribute("aria-invalid") == "true"
    note = manager.locator(f"#{box.get_attribute('aria-describedby')}")
    assert "chronology" in note.inner_text().lower()  # the box's own refusal, next to it
    accepts = manager.get_by_role("checkbox", name="The agency accepts its findings")
    assert accepts.get_attribute("aria-describedby") == "accepts-error"
    assert manager.evaluate("() => document.activeElement.getAttribute('aria-invalid')") == "true"
    assert axe_violations(manager) == []
    screenshot(manager, "word-qa-refused", documented=True)
    for checkbox in manager.locator('#approve-box input[type="checkbox"]').all():
        checkbox.check()
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_text("Approved: the IMR counts as received.").wait_for()
    assert axe_violations(manager) == []


def test_outside_office_the_pane_follows_the_review(browser, live):
    page = open_pane(browser, live, "word", None)
    sign_in(page, "chair.ashdown@pool.demo.local")
    pick(page, "DEMO-2026-001 (imrs in progress)")
    page.get_by_text("Open this page from Word").wait_for()
    page.locator("#review-facts").get_by_text("imrs in progress").wait_for()
    pick(page, "DEMO-2026-001 (imrs in progress)", "Demoshire Police IMR (in progress)")
    page.locator("#history li").first.wait_for()
    assert page.get_by_role("button", name="Save version").is_hidden()
    assert page.get_by_role("button", name="Start from template").is_hidden()
    assert axe_violations(page) == []
    screenshot(page, "word-pane-browser")


def test_a_teams_card_link_opens_its_review_and_document(browser, live):
    chair = "chair.ashdown@pool.demo.local"
    client = live.test_client()
    documents = client.get("/api/v1/reviews/1/documents", headers=as_(live, chair)).json
    police = next(d for d in documents if d["kind"] == "imr" and d["agency_id"] == 1)
    page = open_pane(browser, live, "word", None, query=f"?review=1&document={police['id']}")
    sign_in(page, chair)
    page.locator("#review-facts").get_by_text("imrs in progress").wait_for()
    page.locator("#history li").first.wait_for()
    chosen = page.evaluate("() => document.querySelector('#document').value")
    imrs = client.get("/api/v1/reviews/1/imrs", headers=as_(live, chair)).json
    [imr] = [i for i in imrs if (i.get("document") or {}).get("id") == police["id"]]
    assert chosen == f"imr:{imr['id']}"
    page.locator("#document-facts").get_by_text("Current version").wait_for()


def _region_titles(docx: bytes) -> list[str]:
    """The titles of the document's `dhr:` content controls, in order, as Word lists them."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    return [
        sdt.find(f"{w}sdtPr/{w}alias").get(f"{w}val")
        for sdt in body.iter(f"{w}sdt")
        if sdt.find(f"{w}sdtPr/{w}tag").get(f"{w}val").startswith("dhr:")
    ]


def test_the_author_sees_which_parts_are_filled_from_the_review_and_can_go_to_one(browser, live):
    page, _ = started_imr(browser, live)
    inserted = bytes(page.evaluate("() => Array.from(__word.bytes)"))
    expected = _region_titles(inserted)
    assert len(expected) >= 4 and any(t.startswith("Chronology") for t in expected)
    regions = page.locator("#regions > li")
    assert [r.inner_text().strip() for r in regions.all()] == expected
    summary = page.locator("#regions-summary").inner_text()
    assert summary.startswith(f"{len(expected)} parts are filled from the review's records.")
    chronology = next(t for t in expected if t.startswith("Chronology"))
    page.get_by_role("button", name=f"{chronology}: filled from the review. Select it").click()
    page.get_by_text(f"“{chronology}” is selected.").wait_for()
    assert page.evaluate("() => __word.selected") == chronology
    assert "getByTag:dhr:chronology" in page.evaluate("() => __officeCalls")
    assert axe_violations(page) == []
