"""The security checks `make test` runs (ASVS 1.3.7, 1.5.1, 14.2, 14.3; NCSC principle 7).

- static: ruff's security rules (bandit's checks, ported) clean over the code we ship, with
  every suppression named here; no Jinja `Environment(` outside the sandbox module; openpyxl
  parses with defusedxml;
- headers: every route, and every kind of error, answers with the security headers; documents
  are never cached; the panes' CSP lets Office frame them and load office.js, nothing more.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.fakes.hostile import valid_docx

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ["app.py", "wsgi.py", "gunicorn.conf.py", "services", "scripts"]
SANDBOX_MODULE = ROOT / "services" / "documents" / "jinja_env.py"
# Each suppression of a security rule, and why it is safe; a new one fails until named here.
ALLOWED_SUPPRESSIONS = {
    ("services/auth/app_tokens.py", "S303"),  # x5t is SHA-1 by definition (RFC 7515)
    ("services/integrations/worker.py", "S311"),  # retry jitter, not a secret
    ("services/documents/pdf.py", "S603"),  # LibreOffice with fixed arguments, no shell
    ("services/documents/pdf.py", "S607"),  # soffice/pdftotext found on PATH
    ("services/documents/pdf_text.py", "S603"),  # pdftotext with fixed arguments, no shell
    ("services/documents/pdf_text.py", "S607"),  # pdftotext found on PATH
    ("services/storage/backup.py", "S603"),  # pg_dump/pg_restore with fixed arguments
    ("services/storage/backup.py", "S607"),  # pg_restore found on PATH (PostgreSQL's client)
}


def python_files() -> list[Path]:
    found = []
    for name in SHIPPED:
        path = ROOT / name
        found += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return found


def test_ruff_security_rules_are_clean_over_the_shipped_code():
    ruff = Path(sys.executable).with_name("ruff")
    run = subprocess.run(
        [str(ruff), "check", "--select", "S", "--output-format", "concise", *SHIPPED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout


def test_every_security_suppression_is_named():
    found = set()
    for path in python_files():
        for codes in re.findall(r"noqa: ?((?:S\d+[, ]*)+)", path.read_text(encoding="utf-8")):
            for code in re.findall(r"S\d+", codes):
                found.add((path.relative_to(ROOT).as_posix(), code))
    assert found == ALLOWED_SUPPRESSIONS


def test_no_jinja_environment_outside_the_sandbox_module():
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in python_files()
        if path != SANDBOX_MODULE
        and re.search(r"\bEnvironment\(|autoescape\s*=\s*False", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    assert "ImmutableSandboxedEnvironment(" in SANDBOX_MODULE.read_text(encoding="utf-8")


def test_openpyxl_reads_workbooks_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


# --- headers -------------------------------------------------------------------------------

SAMPLE = {"review_id": 1, "imr_id": 1, "doc_id": 1, "action_id": 1, "person_id": 1}


def concrete(rule) -> str:
    path = rule.rule
    for name in rule.arguments:
        value = SAMPLE.get(name, 1 if rule._converters[name].regex.startswith("\\d") else "x")
        path = re.sub(rf"<[^>]*\b{name}>", str(value), path)
    return path


def assert_secured(response, what: str) -> None:
    headers = response.headers
    assert headers.get("X-Content-Type-Options") == "nosniff", what
    assert headers.get("Referrer-Policy") == "no-referrer", what
    csp = headers.get("Content-Security-Policy", "")
    assert "default-src" in csp, what
    assert headers.get("Cache-Control") in {"no-store", "no-cache"}, what


def test_every_route_answers_with_the_security_headers(app, api, coordinator):
    seen = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = concrete(rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            r = coordinator._call(method, path)
            assert r.status_code < 500, (method, path, r.status_code)
            assert_secured(r, f"{method} {path} -> {r.status_code}")
            if r.mimetype in {"application/json", "application/problem+json"}:
                assert r.headers["Content-Security-Policy"].startswith("default-src 'none'")
                assert r.headers["Cache-Control"] == "no-store", (method, path)
            seen += 1
    assert seen > 100


@pytest.mark.parametrize(
    ("signed_in", "method", "path", "status"),
    [
        (False, "GET", "/api/v1/reviews", 401),
        (True, "GET", "/api/v1/nowhere", 404),
        (True, "TRACE", "/api/v1/reviews", 405),
        (False, "POST", "/api/v1/dev/sign-in", 422),
        (True, "GET", f"/api/v1/reviews/{2**40}", 404),
    ],
)
def test_errors_carry_them_too(api, coordinator, signed_in, method, path, status):
    caller = coordinator if signed_in else api.anonymous
    r = caller._call(method, path, {})
    assert r.status_code == status
    assert_secured(r, f"{method} {path}")
    assert r.headers["Cache-Control"] == "no-store"


def test_documents_are_never_cached(coordinator):
    doc = coordinator.send(
        "reviews/1/documents", {"kind": "other", "title": "Note"}, ("n.docx", valid_docx("n"))
    ).json
    r = coordinator.get(f"documents/{doc['id']}/versions/0.1/content")
    assert r.status_code == 200
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Content-Disposition"].startswith("attachment")


def test_the_panes_csp_admits_office_and_nothing_else(api):
    r = api.client.get("/addin/word/taskpane.html")
    assert r.status_code == 200
    csp = dict(
        part.strip().split(" ", 1) for part in r.headers["Content-Security-Policy"].split(";")
    )
    assert csp["default-src"] == "'self'"
    assert csp["script-src"] == "'self' https://appsforoffice.microsoft.com"
    assert "'unsafe-inline'" not in r.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in r.headers["Content-Security-Policy"]
    assert "https://*.officeapps.live.com" in csp["frame-ancestors"]
    assert csp["connect-src"] == "'self'"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    r.close()


def test_hsts_is_sent_over_tls(api):
    r = api.client.get("/health", base_url="https://localhost")
    assert r.headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "Strict-Transport-Security" not in api.client.get("/health").headers
