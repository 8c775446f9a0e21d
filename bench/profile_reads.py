"""`python -m bench.profile_reads`: where the time of a plain read goes, per request.

    python -m bench.profile_reads                 SQLite (the embedded default), seeded demo
    python -m bench.profile_reads --postgres      PostgreSQL on DHR_TEST_POSTGRES_URL's server
    python -m bench.profile_reads --grow 50       also with 50 more actions and documents

For GET /health, /api/v1/reviews/1, /api/v1/actions/{id}, /api/v1/documents/{id} and the
action list: the SQL statements one request issues (counted by a SQLAlchemy event listener),
the median and p95 of 200 requests through Flask's test client (no socket), the CPU time one
of them takes in this process (less disturbed than wall time on a shared machine; the database
server's own time is not in it), and cProfile's heaviest functions of 200 more, by cumulative
time (--profile; --sql lists the statements). Figures for docs/evidence.md; nothing here
is asserted.
"""

from __future__ import annotations

import contextlib
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from app import create_app
from bench.load import action
from bench.machine import describe
from bench.served import fresh_postgres
from services.config import Settings
from services.seed.demo import seed_once

N = 200


def build(tmp: Path, postgres: bool):
    url = fresh_postgres("dhr_profile") if postgres else None
    if postgres and url is None:
        raise SystemExit("DHR_TEST_POSTGRES_URL is not set")
    settings = Settings(
        data_dir=tmp / "data", database_url=url or f"sqlite:///{tmp}/dhr.sqlite3", tls=False
    )
    app = create_app(settings)
    from services.storage.db import migrate

    services = app.extensions["dhr"]
    migrate(services.engine)
    seed_once(services)
    return app


def prepare(client, grow: int) -> dict[str, str]:
    from tests.fakes.hostile import valid_docx

    def token(email: str) -> dict:
        r = client.post("/api/v1/dev/sign-in", json={"email": email})
        return {"Authorization": f"Bearer {r.get_json()['access_token']}"}

    author = token("chair.penhallow@pool.demo.local")
    reader = token("j.okafor@police.demo.local")
    docs = []
    for i in range(1 + grow):
        r = client.post(
            "/api/v1/reviews/1/documents",
            headers=author,
            data={
                "kind": "overview_report",
                "title": f"Overview draft {i}",
                "file": (io.BytesIO(valid_docx()), "draft.docx"),
            },
        )
        assert r.status_code == 201, r.get_data(as_text=True)
        docs.append(r.get_json()["id"])
    refs = client.get("/api/v1/reviews/1/recommendations", headers=author).get_json()
    ref = ([r["ref"] for r in refs["overview"]] or [r["ref"] for r in refs["single_agency"]])[0]
    for i in range(grow):
        r = client.post("/api/v1/reviews/1/actions", headers=author, json=action(ref, i))
        assert r.status_code == 201, r.get_data(as_text=True)
    actions = client.get("/api/v1/reviews/1/actions", headers=reader).get_json()
    return {
        "GET /health": ("/health", {}),
        "GET /reviews/{id}": ("/api/v1/reviews/1", reader),
        "GET /reviews/{id}/actions": ("/api/v1/reviews/1/actions", reader),
        "GET /actions/{id}": (f"/api/v1/actions/{actions[0]['id']}", reader),
        "GET /documents/{id}": (f"/api/v1/documents/{docs[0]}", author),
        "GET /reviews/{id}/documents": ("/api/v1/reviews/1/documents", reader),
    }


@contextlib.contextmanager
def counting(engine):
    statements: list[str] = []

    def before(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def measure(client, engine, path: str, headers: dict) -> dict:
    for _ in range(5):
        assert client.get(path, headers=headers).status_code == 200
    with counting(engine) as statements:
        client.get(path, headers=headers)
    writes = [s for s in statements if not s.lstrip().upper().startswith(("SELECT", "WITH"))]
    samples = []
    cpu = time.process_time()
    for _ in range(N):
        start = time.perf_counter()
        client.get(path, headers=headers)
        samples.append((time.perf_counter() - start) * 1000)
    cpu_ms = (time.process_time() - cpu) * 1000 / N
    samples.sort()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(N):
        client.get(path, headers=headers)
    profiler.disable()
    return {
        "sql": list(statements),
        "statements": len(statements),
        "writes": [w.split("(")[0].strip()[:60] for w in writes],
        "p50_ms": round(samples[N // 2], 2),
        "p95_ms": round(samples[int(N * 0.95)], 2),
        "cpu_ms": round(cpu_ms, 2),
        "profile": profiler,
    }


def heaviest(profiler: cProfile.Profile, lines: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(
        r"services|sqlalchemy|jwt|flask_smorest|marsh", lines
    )
    text = out.getvalue()
    return text[text.find("   ncalls") :]


def main(argv: list[str]) -> int:
    postgres = "--postgres" in argv
    grow = int(argv[argv.index("--grow") + 1]) if "--grow" in argv else 0
    lines = int(os.environ.get("DHR_PROFILE_LINES", "25"))
    machine = describe()
    load = os.getloadavg()
    print(f"machine: {machine['cores']} cores, {machine['cpu']}, commit {machine['commit']}, "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        app = build(Path(tmp), postgres)
        services = app.extensions["dhr"]
        try:
            client = app.test_client()
            routes = prepare(client, grow)
            where = "PostgreSQL" if postgres else "SQLite"
            print(f"{where}, {grow} extra actions and documents, {N} requests each, in process")
            results = {}
            for name, (path, headers) in routes.items():
                results[name] = measure(client, services.engine, path, headers)
                r = results[name]
                print(
                    f"{name:28} {r['statements']:>3} statements  p50 {r['p50_ms']:>6} ms  "
                    f"p95 {r['p95_ms']:>6} ms  CPU {r['cpu_ms']:>6} ms  writes {r['writes']}"
                )
            if "--sql" in argv:
                for name, r in results.items():
                    print(f"\n==== {name}")
                    for statement in r["sql"]:
                        print("  " + " ".join(statement.split())[:160])
            if "--profile" in argv:
                for name, r in results.items():
                    print(f"\n==== {name}\n{heaviest(r['profile'], lines)}")
        finally:
            services.engine.dispose()
            services.documents.sandbox.close()
            if postgres:
                from bench.served import _on_test_server

                _on_test_server('DROP DATABASE IF EXISTS "dhr_profile" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
