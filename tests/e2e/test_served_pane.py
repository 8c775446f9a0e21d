"""The panes as served, under their own Content-Security-Policy (the other tests bypass it to
inject axe-core): the bundled Fluent UI components define themselves and style their shadow
roots, nothing is fetched from anywhere but this origin and Office's CDN, and the browser
reports no policy violation."""

from __future__ import annotations

from tests.e2e.conftest import OFFICE_JS, STUB


def test_the_panes_run_under_their_own_policy(browser, live):
    context = browser.new_context(viewport={"width": 350, "height": 900})
    page = context.new_page()
    messages, requested = [], []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("request", lambda r: requested.append(r.url))
    page.add_init_script("window.__officeHost = 'Word';")
    page.route(OFFICE_JS, lambda r: r.fulfill(body=STUB, content_type="application/javascript"))
    for pane in ("word", "excel"):
        page.goto(f"{live.base_url}/addin/{pane}/taskpane.html")
        page.get_by_role("textbox", name="Your work email").wait_for()
        styled = page.evaluate(
            """() => { const b = document.querySelector('fluent-button');
            return Boolean(customElements.get('fluent-button')) && Boolean(b.shadowRoot)
                && b.shadowRoot.adoptedStyleSheets.length > 0
                && getComputedStyle(b).display !== 'inline'; }"""
        )
        assert styled, f"Fluent UI did not render in the {pane} pane"
    assert [m for m in messages if "Content Security Policy" in m or m.startswith("error")] == []
    foreign = [u for u in requested if not u.startswith((live.base_url, OFFICE_JS[:-2]))]
    assert foreign == []
    context.close()
