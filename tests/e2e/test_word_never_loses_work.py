"""The Word pane never loses an author's work: "Open current version" pressed twice asks each
time and opens in a new document by default; a save that meets a colleague's newer version shows
whose it is and when, keeps the author's text, and saves it on top or opens theirs alongside."""

from __future__ import annotations

from tests.e2e.conftest import axe_violations, screenshot
from tests.e2e.steps import as_, save_version
from tests.e2e.test_word_pane import AUTHOR, started_imr

TYPED = {"text": "The council first met the family in March 2023.", "style": "Normal"}


def type_in_document(page) -> int:
    """The author writes under the first heading; answers how many paragraphs there are."""
    return page.evaluate(
        """(typed) => { const at = __word.paragraphs.findIndex(p => /^Heading/.test(p.style));
        __word.paragraphs.splice(at + 1, 0, typed); return __word.paragraphs.length; }""",
        TYPED,
    )


def texts(page) -> list[str]:
    return page.evaluate("() => __word.paragraphs.map(p => p.text)")


def test_open_pressed_twice_asks_each_time_and_replaces_nothing_unasked(browser, live):
    page, _ = started_imr(browser, live)
    type_in_document(page)
    before = texts(page)
    opened = page.get_by_role("button", name="Open current version")

    opened.click()
    page.get_by_role("dialog", name="Open version 0.1").wait_for()
    dialog = page.locator("fluent-dialog")  # its content is slotted into Fluent's <dialog>
    dialog.get_by_text("replaces all of it").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "word-open-asks", documented=True, full_page=False)
    dialog.get_by_role("button", name="Open in a new document").click()
    page.get_by_text("Version 0.1 opened in a new document; this one is as it was.").wait_for()
    assert page.evaluate("() => __word.opened.length") == 1
    assert texts(page) == before
    assert page.evaluate("() => document.activeElement.id") == "start"  # focus came back

    opened.click()  # the second press asks again; Escape keeps everything
    page.get_by_role("dialog", name="Open version 0.1").wait_for()
    page.keyboard.press("Escape")
    page.get_by_text("Nothing was opened: this document is as it was.").wait_for()
    calls = page.evaluate("() => __officeCalls")
    assert calls.count("insertFileFromBase64:Replace") == 1  # only the start, into an empty body
    assert texts(page) == before and TYPED["text"] in before

    # Replacing happens only when the author chooses it, in words that say what is lost.
    opened.click()
    page.locator("fluent-dialog").get_by_role("button", name="Replace this document").click()
    page.get_by_text("Version 0.1 is in the document.").wait_for()
    assert TYPED["text"] not in texts(page)


def test_a_save_after_a_colleagues_save_keeps_both_and_says_whose_it_is(browser, live):
    page, _ = started_imr(browser, live)
    type_in_document(page)
    client = live.test_client()
    imr = client.get("/api/v1/imrs", headers=as_(live, AUTHOR)).json[0]
    doc_id = imr["document"]["id"]
    template = client.get(
        f"/api/v1/documents/{doc_id}/versions/0.1/content", headers=as_(live, AUTHOR)
    ).data
    save_version(live, AUTHOR, doc_id, template, "Edited on the laptop at home")

    page.get_by_role("textbox", name="What changed in this version").fill("Chronology started")
    page.get_by_role("button", name="Save version").click()
    conflict = page.locator("#conflict")
    conflict.get_by_text("Version 0.2 was saved by Lee Haddow at 12:00 on 26 Nov 2026").wait_for()
    assert "“Edited on the laptop at home”" in conflict.inner_text()
    assert "after version 0.1 that you opened" in conflict.inner_text()
    assert "Your text is still in this document" in conflict.inner_text()
    assert page.evaluate("() => document.activeElement.id") == "conflict-title"
    # The pane shows the newer version at once: facts and history.
    page.locator("#document-facts").get_by_text("0.2, saved by Lee Haddow").wait_for()
    assert page.locator("#history li").first.inner_text().startswith("Version 0.2")
    assert TYPED["text"] in texts(page)
    assert axe_violations(page) == []
    screenshot(page, "word-conflict", documented=True)

    conflict.get_by_role("button", name="Open 0.2 alongside").click()
    page.get_by_text("Version 0.2 opened in a new document beside yours.").wait_for()
    assert page.evaluate("() => __word.opened.length") == 1
    assert TYPED["text"] in texts(page)

    conflict.get_by_role("button", name="Save mine as a new version on top of 0.2").click()
    page.get_by_text("Saved as version 0.3.").wait_for()
    versions = client.get(f"/api/v1/documents/{doc_id}/versions", headers=as_(live, AUTHOR)).json
    assert [(v["label"], v["comment"]) for v in versions][:2] == [
        ("0.3", "Chronology started"),
        ("0.2", "Edited on the laptop at home"),
    ]
    assert page.locator("#conflict").is_hidden()
