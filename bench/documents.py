"""Document library figures: a 5 MB save through the API per adapter, its parts, 200 versions.

Writes bench/results/documents.json. SharePoint runs through the real client library and MSAL
against the protocol fakes on 127.0.0.1 (loopback, no tenant latency).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import statistics
import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path

from app import create_app
from services.clock import FixedClock
from services.config import Settings
from services.documents.parse_sandbox import ParseSandbox
from services.documents.upload_checks import check_upload
from services.seed.demo import seed_once
from services.storage.blobs import BlobStore
from services.storage.db import migrate
from tests.fakes.hostile import rebuild, valid_docx
from tests.fakes.microsoft365 import microsoft365

FIVE_MB = 5 * 1024 * 1024


def big_docx(seed: int) -> bytes:
    # Incompressible, behind a PNG signature (the upload checks look at what a part claims).
    filler = b"\x89PNG\r\n\x1a\n" + hashlib.shake_256(str(seed).encode()).digest(FIVE_MB - 8)
    source = valid_docx(f"five megabytes {seed}")
    with zipfile.ZipFile(io.BytesIO(source)) as package:  # the filler's type, as Word declares it
        types = package.read("[Content_Types].xml").replace(
            b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>'
        )
    return rebuild(
        source, replace={"[Content_Types].xml": types}, add={"word/media/filler.png": filler}
    )


def stats(samples: list[float]) -> dict:
    samples = sorted(samples)
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
    }


def timed(call) -> float:
    start = time.perf_counter()
    response = call()
    elapsed = (time.perf_counter() - start) * 1000
    assert response.status_code < 300, response.json
    return elapsed


def parts_of_a_save(tmp: Path) -> dict:
    data = big_docx(0)
    sandbox = ParseSandbox()
    sandbox.check("docx", data)  # warm the worker once, as a running service has it
    checks, parse, hashing, durable = [], [], [], []
    blobs = BlobStore(tmp / "parts")
    for i in range(10):
        sample = big_docx(i)
        for bucket, step in (
            (checks, lambda s=sample: check_upload(s, "x.docx")),
            (parse, lambda s=sample: sandbox.check("docx", s)),
            (hashing, lambda s=sample: hashlib.sha256(s).hexdigest()),
            (durable, lambda s=sample: blobs.put(s)),
        ):
            start = time.perf_counter()
            step()
            bucket.append((time.perf_counter() - start) * 1000)
    sandbox.close()
    return {
        "zip and content checks": stats(checks),
        "parse in sandbox": stats(parse),
        "sha256": stats(hashing),
        "durable blob write (fsync)": stats(durable),
    }


def through_api(settings: Settings) -> dict:
    app = create_app(settings, clock=FixedClock(date(2026, 11, 26)))
    services = app.extensions["dhr"]
    migrate(services.engine)
    seed_once(services)
    client = app.test_client()
    token = client.post("/api/v1/dev/sign-in", json={"email": "coordinator@demo.local"}).json
    auth = {"Authorization": f"Bearer {token['access_token']}"}

    def send(path, form, data, extra=None):
        body = {**form, "file": (io.BytesIO(data), "IMR.docx")}
        return client.post(
            path, data=body, content_type="multipart/form-data", headers={**auth, **(extra or {})}
        )

    created = send(
        "/api/v1/reviews/1/documents", {"kind": "overview_report", "title": "Overview"}, big_docx(0)
    )
    doc = created.json
    etag, saves = created.headers["ETag"], []
    for i in range(1, 11):
        payload = big_docx(i)
        start = time.perf_counter()
        r = send(
            f"/api/v1/documents/{doc['id']}/versions",
            {"comment": str(i)},
            payload,
            {"If-Match": etag},
        )
        saves.append((time.perf_counter() - start) * 1000)
        etag = r.headers["ETag"]
    small = send(
        "/api/v1/reviews/1/documents", {"kind": "letter", "title": "L"}, valid_docx("x")
    ).json
    etag = small["etag"]
    tiny = valid_docx("y")
    for _ in range(199):
        etag = send(
            f"/api/v1/documents/{small['id']}/versions", {}, tiny, {"If-Match": etag}
        ).headers["ETag"]
    listing = [
        timed(lambda: client.get(f"/api/v1/documents/{small['id']}/versions", headers=auth))
        for _ in range(20)
    ]
    services.documents.sandbox.close()
    services.engine.dispose()
    return {
        "save 5 MB version (POST /versions)": stats(saves),
        "list 200 versions (GET /versions)": stats(listing),
    }


def run() -> dict:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        results["parts of one 5 MB save"] = parts_of_a_save(root)
        local = Settings(data_dir=root / "local", tls=False)
        results["local library, SQLite"] = through_api(local)
        if os.environ.get("DHR_TEST_POSTGRES_URL"):
            from bench.run import fresh_schema

            url = fresh_schema(os.environ["DHR_TEST_POSTGRES_URL"], "dhr_bench_documents")
            pg = Settings(data_dir=root / "pg", tls=False, database_url=url)
            results["local library, PostgreSQL"] = through_api(pg)
        with contextlib.ExitStack() as stack:
            m365 = stack.enter_context(microsoft365(root / "m365"))
            sharepoint = m365.settings(data_dir=root / "sp")
            results["SharePoint adapter (fake on loopback), SQLite"] = through_api(sharepoint)
    return results
