"""Reading an IMR's chronology back out of Word: our lxml reader against python-docx, and the
whole extract route over HTTP (library read, SHA-256 check, V9 checks, audit entry).

    python -m bench.imr_extraction      (also run by `make bench`)
"""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

from bench.machine import p50
from services.documents.docx_tables import read_tables
from services.documents.imr_extract import find_chronology
from services.domain.chronology import Period, check_row, known_subjects
from tests.fakes.imr_docx import chronology_docx

SIZES = (100, 2000, 5000)
PERIOD = Period(date(2023, 1, 1), date(2026, 12, 31))


def ours(data: bytes) -> int:
    found = find_chronology(read_tables(data))
    subjects = known_subjects([])
    checked = [
        check_row(n, raw, period=PERIOD, agency="Police", subjects=subjects)
        for n, raw in enumerate(found.rows, start=1)
    ]
    return len(checked)


def python_docx(data: bytes) -> int:
    import docx

    document = docx.Document(io.BytesIO(data))
    return sum(len([c.text for c in row.cells]) > 0 for t in document.tables for row in t.rows)


def over_http(rows: int) -> dict:
    from app import create_app
    from services.clock import FixedClock
    from services.config import Settings
    from services.seed.demo import seed_once
    from services.storage.db import migrate

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(
            Settings(data_dir=Path(tmp), database_url=f"sqlite:///{tmp}/b.db", tls=False),
            clock=FixedClock(date(2026, 11, 26)),
        )
        services = app.extensions["dhr"]
        migrate(services.engine)
        seed_once(services)
        client = app.test_client()
        token = client.post("/api/v1/dev/sign-in", json={"email": "p.castell@police.demo.local"})
        headers = {"Authorization": f"Bearer {token.json['access_token']}"}
        imr = client.get("/api/v1/imrs/1", headers=headers).json
        doc = imr["document"]
        saved = client.post(
            f"/api/v1/documents/{doc['id']}/versions",
            data={"file": (io.BytesIO(chronology_docx(rows)), "IMR.docx")},
            headers={**headers, "If-Match": doc["etag"]},
            content_type="multipart/form-data",
        )
        label = saved.json["current_version"]["label"]

        def call():
            response = client.post(
                f"/api/v1/imrs/1/versions/{label}/extract", json={}, headers=headers
            )
            assert response.json["counts"]["extracted_rows"] == rows, response.json

        figures = p50(call, 5)
        services.engine.dispose()
    return figures


def run() -> dict:
    results = {}
    for size in SIZES:
        data = chronology_docx(size)
        assert ours(data) == size
        results[f"{size} rows, lxml reader + V9 checks"] = p50(lambda d=data: ours(d), 5)
    data = chronology_docx(2000)
    results["2000 rows, python-docx cell text only"] = p50(lambda: python_docx(data), 3)
    results["2000 rows, POST /imrs/{id}/versions/{label}/extract"] = over_http(2000)
    return results


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:56} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
