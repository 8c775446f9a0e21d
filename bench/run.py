"""`make bench`: latency of the lifecycle API in-process (Flask test client), per database.

Prints p50/p95 per operation with the machine, and writes bench/results/api_latency.json.
No figure here is asserted anywhere: these are measurements, not tests.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from app import create_app
from bench.machine import describe
from services.clock import FixedClock
from services.config import Settings
from services.seed.demo import seed_once
from services.storage.db import migrate

RESULTS = Path(__file__).with_name("results")
NOTIFICATION = {
    "csp": "DEMO",
    "victim": {"name": "Bench Victim", "sex": "female", "age": 40},
    "date_of_death": "2026-10-01",
    "relationship": "intimate_partner",
    "notified_on": "2026-10-02",
    "notifying_officer": {"name": "DS Bench", "force": "Demoshire Police"},
}


def timed(call, n: int) -> dict:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        response = call()
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code < 300, response.json
    samples.sort()
    return {
        "n": n,
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * (n - 1))], 2),
    }


def measure(database_url: str, data_dir: Path) -> dict:
    app = create_app(
        Settings(data_dir=data_dir, database_url=database_url, tls=False),
        clock=FixedClock(date(2026, 11, 26)),
    )
    services = app.extensions["dhr"]
    migrate(services.engine)
    seed_once(services)
    client = app.test_client()
    token = client.post("/api/v1/dev/sign-in", json={"email": "coordinator@demo.local"}).json
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    figures = {
        "notify_death (POST /reviews)": timed(
            lambda: client.post("/api/v1/reviews", json=NOTIFICATION, headers=headers), 200
        ),
        "get_review (GET /reviews/1)": timed(
            lambda: client.get("/api/v1/reviews/1", headers=headers), 300
        ),
        "list_reviews (201 reviews)": timed(
            lambda: client.get("/api/v1/reviews", headers=headers), 50
        ),
        "dashboard (201 reviews)": timed(
            lambda: client.get("/api/v1/csps/DEMO/dashboard", headers=headers), 50
        ),
        "audit verify (GET /reviews/1/audit)": timed(
            lambda: client.get("/api/v1/reviews/1/audit", headers=headers), 200
        ),
    }
    services.engine.dispose()
    return figures


def main() -> None:
    from bench import documents

    machine = describe()
    print(
        f"machine: {machine['cores']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"commit {machine['commit']}"
    )
    results = {"machine": machine, "transport": "in-process Flask test client", "databases": {}}
    with tempfile.TemporaryDirectory() as tmp:
        targets = {"sqlite": f"sqlite:///{tmp}/bench.sqlite3"}
        if os.environ.get("DHR_TEST_POSTGRES_URL"):
            targets["postgresql"] = fresh_schema(os.environ["DHR_TEST_POSTGRES_URL"])
        for name, url in targets.items():
            figures = measure(url, Path(tmp) / name)
            results["databases"][name] = figures
            for op, f in figures.items():
                print(f"{name:10} {op:40} p50 {f['p50_ms']:7.2f} ms  p95 {f['p95_ms']:7.2f} ms")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "api_latency.json").write_text(json.dumps(results, indent=2) + "\n")
    library = {"machine": machine, "results": documents.run()}
    for where, figures in library["results"].items():
        for op, f in figures.items():
            print(f"{where:48} {op:36} p50 {f['p50_ms']:8.1f} ms  p95 {f['p95_ms']:8.1f} ms")
    (RESULTS / "documents.json").write_text(json.dumps(library, indent=2) + "\n")
    from bench import action_plan, chronology

    chronology.main()  # bench/results/chronology.json
    rendering = {"machine": machine, "action_plan_xlsx": action_plan.run()}
    for name, f in rendering["action_plan_xlsx"].items():
        print(f"action plan {name:68} p50 {f['p50_ms']:8.1f} ms")
    (RESULTS / "rendering.json").write_text(json.dumps(rendering, indent=2) + "\n")
    from bench import imr_extraction

    extraction = {"machine": machine, "results": imr_extraction.run()}
    for name, f in extraction["results"].items():
        print(f"IMR extraction {name:56} p50 {f['p50_ms']:8.1f} ms")
    (RESULTS / "imr_extraction.json").write_text(json.dumps(extraction, indent=2) + "\n")
    from bench import overview

    stage = {"machine": machine, "results": overview.run()}
    for name, f in stage["results"].items():
        print(f"overview {name:60} p50 {f['p50_ms']:8.1f} ms")
    (RESULTS / "overview.json").write_text(json.dumps(stage, indent=2) + "\n")
    from bench import anonymity

    scan = {"machine": machine, "results": anonymity.run()}
    for name, f in scan["results"].items():
        print(f"anonymity scan {name:40} p50 {f['p50_ms']:8.1f} ms")
    (RESULTS / "anonymity.json").write_text(json.dumps(scan, indent=2) + "\n")


def fresh_schema(base: str, schema: str = "dhr_bench") -> str:
    from sqlalchemy import text

    from services.storage.db import make_engine

    with make_engine(base).begin() as c:
        c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        c.execute(text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


if __name__ == "__main__":
    main()
