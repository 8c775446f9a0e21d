"""End-to-end fixtures: the service on 127.0.0.1 (werkzeug, real SQLite file, demo seeded),
Debian's Chromium driven by Playwright, and office.js routed to tests/e2e/office_stub.js.

Chromium comes from the Makefile (apt-get install chromium), never from `playwright install`.
Without it the tests skip loudly, unless CI=true, where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from app import create_app
from services.clock import FixedClock
from services.config import Settings
from services.seed.demo import seed_once

HERE = Path(__file__).parent
STUB = (HERE / "office_stub.js").read_text(encoding="utf-8")
AXE = HERE.parents[0] / "node" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = HERE / "screenshots"
DOC_SCREENSHOTS = HERE.parents[1] / "docs" / "screenshots"
OFFICE_JS = "https://appsforoffice.microsoft.com/**"


def _missing(what: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {what} is missing (make e2e-tools node-deps)")
    pytest.skip(f"!!! task pane end-to-end tests skipped: {what} is missing (make e2e-tools) !!!")


@pytest.fixture
def live(tmp_path, sqlite_template):
    database = tmp_path / "dhr.sqlite3"
    shutil.copy(sqlite_template, database)
    settings = Settings(data_dir=tmp_path / "data", database_url=f"sqlite:///{database}", tls=False)
    app = create_app(settings, clock=FixedClock(date(2026, 11, 26)))
    seed_once(app.extensions["dhr"])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.base_url = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    app.extensions["dhr"].engine.dispose()


@pytest.fixture
def live_entra(tmp_path, sqlite_template):
    """The service with DHR_AUTH=entra, against the fake tenant (JWKS over HTTPS)."""
    from tests.fakes.microsoft365 import microsoft365

    database = tmp_path / "dhr.sqlite3"
    shutil.copy(sqlite_template, database)
    with microsoft365(tmp_path / "m365") as fakes:
        settings = fakes.settings(
            data_dir=tmp_path / "data",
            database_url=f"sqlite:///{database}",
            library="local",
            auth="entra",
        )
        app = create_app(settings, clock=FixedClock(date(2026, 11, 26)))
        seed_once(app.extensions["dhr"])
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        app.base_url = f"http://127.0.0.1:{server.server_port}"
        app.entra = fakes.entra
        yield app
        server.shutdown()
        app.extensions["dhr"].engine.dispose()


@pytest.fixture(scope="session")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        _missing("Debian's chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, headless=True)
        yield browser
        browser.close()


def open_pane(
    browser,
    live,
    pane: str,
    host: str | None,
    sso: str | int | list | None = None,
    theme: str = "light",
    forced_colors: bool = False,
    office: dict | None = None,
    before=None,
    query: str = "",
):
    """A 350 px wide task pane; `host` None means a plain browser (office.js unreachable);
    `sso` is the token Office's single sign-on answers with, the error code it throws every time,
    or a list of codes it throws one per call before the token in `office["__officeToken"]`;
    `theme` is Office's theme ("light" or "dark"); `office` sets more of the stand-in's globals
    (window.__officeDialogReply, __officeSets, __excelEditsWhileClosed, …)."""
    context = browser.new_context(
        viewport={"width": 350, "height": 900},
        bypass_csp=True,
        forced_colors="active" if forced_colors else "none",
    )
    page = context.new_page()
    messages = []
    page.on("console", lambda m: messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: messages.append(f"pageerror: {e}"))
    if host is None:
        page.route(OFFICE_JS, lambda route: route.abort())
    else:
        settings = {"__officeHost": host, "__officeTheme": theme, **(office or {})}
        if isinstance(sso, int):
            settings["__officeTokenError"] = sso
        elif isinstance(sso, list):
            settings["__officeTokenErrors"] = sso
        elif sso:
            settings["__officeToken"] = sso
        page.add_init_script(
            "".join(f"window[{k!r}] = {json.dumps(v)};" for k, v in settings.items())
        )
        page.route(
            OFFICE_JS,
            lambda route: route.fulfill(body=STUB, content_type="application/javascript"),
        )
    if before:
        before(page)  # e.g. routes that stand for a network or service failure
    page.goto(f"{live.base_url}/addin/{pane}/taskpane.html{query}")
    page.console_messages = messages
    return page


def choose(page, label: str, option: str) -> None:
    """Picks an option of a Fluent dropdown as a person does: open it, click the option."""
    page.get_by_role("combobox", name=label).click()
    page.get_by_role("option", name=option, exact=False).first.click()
    # The pane turns presses away while it works: wait until it has loaded what was chosen.
    page.wait_for_function("() => !document.querySelector('main').hasAttribute('aria-busy')")


def axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.x A/AA findings, whatever their impact."""
    if not AXE.exists():
        _missing("axe-core (tests/node/node_modules)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})).violations"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result
    ]


def screenshot(page, name: str, documented: bool = False, full_page: bool = True) -> Path:
    """A full-page screenshot at the pane's width; `documented` ones go to docs/screenshots/,
    the pictures docs/addin.md shows, so every e2e run redraws them. A modal dialog is drawn
    as the viewport shows it (`full_page=False`), where its backdrop covers the pane."""
    folder = DOC_SCREENSHOTS if documented else SCREENSHOTS
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page, animations="disabled")
    return path
