"""The add-in manifest: valid against the Office XSDs, and the checks the XSDs cannot make —
every resid defined and at most 32 characters, every URL https and served by this app, icons
present, the SSO resource on the panes' domain — for the file and for what GET /manifest.xml
serves to a deployment."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "tests" / "schemas" / "office"  # see its README for source and licence
NS = {
    "o": "http://schemas.microsoft.com/office/appforoffice/1.1",
    "ov": "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
    "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
}


def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "OfficeAppManifestV1_1.xsd")))


def fetch(client, url: str) -> tuple[int, str]:
    response = client.get(urlsplit(url).path)
    response.close()  # files are streamed: close them, or the file handle stays open
    return response.status_code, response.mimetype


def served(client, url: str) -> bool:
    return fetch(client, url)[0] == 200


def check(tree, client, origin: str, client_id: str) -> None:
    xsd = schema()
    assert xsd.validate(tree), xsd.error_log
    root = tree.getroot()
    ids = {e.get("id") for e in root.iter() if e.get("id") and e.tag.startswith(f"{{{NS['bt']}}}")}
    resids = {e.get("resid") for e in root.iter() if e.get("resid")}
    assert resids <= ids, f"undefined resids: {resids - ids}"
    assert all(len(i) <= 32 for i in ids | resids)
    urls = [
        e.get("DefaultValue")
        for e in root.iter()
        if (e.get("DefaultValue") or "").startswith(("http:", "https:"))
    ]
    urls += [e.text for e in root.iterfind(".//o:AppDomain", NS)]
    assert urls and all(u.startswith("https://") for u in urls)
    ours = [u for u in urls if not u.startswith("https://login.microsoftonline.com")]
    assert all(u.startswith(origin + "/") for u in ours)
    assert all(served(client, u) for u in ours), [u for u in ours if not served(client, u)]
    for image in root.iterfind(".//bt:Image[@id]", NS):
        assert fetch(client, image.get("DefaultValue"))[1] == "image/png"
    info = root.find(".//ov:WebApplicationInfo", NS)
    app_id, resource = (
        info.findtext("ov:Id", namespaces=NS),
        info.findtext("ov:Resource", namespaces=NS),
    )
    uuid.UUID(app_id)
    assert app_id == client_id and resource == f"api://{urlsplit(origin).netloc}/{app_id}"
    hosts = [h.get("Name") for h in root.iterfind("o:Hosts/o:Host", NS)]
    assert hosts == ["Document", "Workbook"]
    assert root.find("o:Requirements", NS) is None  # host sets are checked at run time
    assert root.findtext("o:Permissions", namespaces=NS) == "ReadWriteDocument"
    assert root.findtext("o:DefaultLocale", namespaces=NS) == "en-GB"
    assert re.fullmatch(r"\d+(\.\d+){0,3}", root.findtext("o:Version", namespaces=NS))


def test_the_repository_manifest_is_valid_and_everything_it_names_is_served(app):
    tree = etree.parse(str(ROOT / "manifest.xml"))
    check(tree, app.test_client(), "https://127.0.0.1:3000", "5d0c1a3e-6f2b-4c8e-9a7d-3b1e2f4a6c80")


def test_the_served_manifest_names_the_deployment(make_app, tmp_path):
    application = make_app(
        data_dir=tmp_path / "d",
        public_url="https://dhr.demoshire.gov.uk",
        entra_client_id="0f3c2b1a-1111-4222-8333-944455556666",
    )
    client = application.test_client()
    r = client.get("/manifest.xml")
    assert r.status_code == 200 and r.mimetype == "application/xml"
    assert "127.0.0.1" not in r.text
    check(
        etree.fromstring(r.data).getroottree(),
        client,
        "https://dhr.demoshire.gov.uk",
        "0f3c2b1a-1111-4222-8333-944455556666",
    )


def test_the_version_is_bumped_whenever_the_manifest_changes():
    """Office caches manifests by version: a changed manifest with the same version is stale."""
    import subprocess

    log = subprocess.run(
        ["git", "log", "--format=%H", "--", "manifest.xml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    versions = []
    for commit in log:
        text = subprocess.run(
            ["git", "show", f"{commit}:manifest.xml"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        versions.append(re.search(r"<Version>([^<]+)</Version>", text)[1])
    assert len(versions) == len(set(versions)), f"a manifest change kept its version: {versions}"


def test_pane_files_are_served_with_a_policy_and_nothing_else_is(app):
    client = app.test_client()
    page = client.get("/addin/excel/taskpane.html")
    page.close()
    assert page.status_code == 200
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self' https://appsforoffice.microsoft.com" in policy
    assert page.headers["Cache-Control"] == "no-cache"
    assert client.get("/addin/../app.py").status_code == 404
    assert client.get("/addin/word/notes.txt").status_code == 404
    # The bundle's sources, lock and build tools sit beside the panes but are never served.
    for path, status in {
        "/addin/vendor/fluent.js": 200,
        "/addin/vendor-src/build.mjs": 404,
        "/addin/vendor-src/fluent.entry.js": 404,
        "/addin/vendor-src/node_modules/esbuild/lib/main.js": 404,
    }.items():
        answer = client.get(path)
        answer.close()
        assert answer.status_code == status, path
    assert client.get("/api/v1/auth/config").json == {"mode": "dev"}
