"""`make load` and `make soak`: locust, headless, against the service as `make serve` runs it.

    python -m bench.load            50 users for 5 minutes (DHR_LOAD_USERS, DHR_LOAD_MINUTES)
    python -m bench.load --soak     50 users for 30 minutes, the service's memory sampled

Prints requests, failures and p50/p95/p99 per endpoint with the machine and commit, writes
bench/results/load.json (or soak.json), and fails on any failed request (or, for the soak, on
memory growth beyond 10 %). The goals are stated beside the figures; they are not asserted.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

from bench.documents import big_docx
from bench.machine import describe
from bench.served import ROOT, Served, serve

RESULTS = Path(__file__).with_name("results")
OUT = ROOT / "out" / "load"
ONE_MB = 1024 * 1024
GOALS_MS = {"read": 100, "save": 300}  # p95 on the 2-core reference machine
SOAK_GROWTH_LIMIT = 0.10


def one_mb_docx() -> bytes:
    from tests.fakes.hostile import rebuild, valid_docx

    filler = big_docx(0)[:ONE_MB]  # incompressible bytes, as a real document's images are
    return rebuild(valid_docx("a one-megabyte draft"), add={"word/media/image1.png": filler})


def prepare(service: Served, folder: Path, documents: int = 10, actions: int = 10) -> Path:
    """Tokens, 100 more reviews for the lists, a document per author, a row per Excel pane."""
    tokens = {
        "coordinator": service.token("coordinator@demo.local"),
        "author": service.token("chair.penhallow@pool.demo.local"),
        "reader": service.token("j.okafor@police.demo.local"),
    }
    http = requests.Session()

    def call(method: str, path: str, who: str, **kw) -> requests.Response:
        r = http.request(
            method,
            f"{service.base_url}/api/v1/{path}",
            headers={"Authorization": f"Bearer {tokens[who]}", **kw.pop("headers", {})},
            timeout=60,
            **kw,
        )
        if r.status_code >= 300:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.text[:300]}")
        return r

    for i in range(100):
        call("POST", "reviews", "coordinator", json=notification(i))
    payload = folder / "one-mb.docx"
    payload.write_bytes(one_mb_docx())
    docs = []
    for i in range(documents):
        r = call(
            "POST",
            "reviews/1/documents",
            "author",
            data={"kind": "overview_report", "title": f"Overview draft {i}"},
            files={"file": ("draft.docx", payload.read_bytes())},
        )
        docs.append(r.json()["id"])
    ref = call("GET", "reviews/1/recommendations", "author").json()
    refs = [r["ref"] for r in ref["overview"]] or [r["ref"] for r in ref["single_agency"]]
    rows = []
    for i in range(actions):
        r = call("POST", "reviews/1/actions", "author", json=action(refs[0], i))
        rows.append(r.json()["id"])
    readable = call("GET", f"documents/{docs[0]}/versions", "reader").json()
    setup = {
        "tokens": tokens,
        "payload": str(payload),
        "documents": docs,
        "actions": rows,
        "readable": [docs[0], readable[0]["label"]],
    }
    path = folder / "setup.json"
    path.write_text(json.dumps(setup))
    return path


def notification(i: int) -> dict:
    return {
        "csp": "DEMO",
        "victim": {"name": f"Load Victim {i}", "sex": "female", "age": 30 + i % 40},
        "date_of_death": "2026-09-01",
        "relationship": "intimate_partner",
        "notified_on": "2026-09-02",
        "notifying_officer": {"name": "DS Load", "force": "Demoshire Police"},
    }


def action(ref: str, i: int) -> dict:
    return {
        "recommendation": ref,
        "scope": "local",
        "action": f"Deliver a two-hour DASH course to every call handler (cohort {i}) and audit "
        "attendance each quarter",
        "success_measure": "95% of call handlers trained; audit report to the CSP",
        "lead_officer": "Det Supt Marion Kells",
        "target_date": "2027-09-30",
        "theme": "training",
    }


class MemorySampler(threading.Thread):
    """The resident memory of the serve supervisor, gunicorn and its workers, and the outbox
    worker, summed, every `every` seconds."""

    def __init__(self, service: Served, every: float):
        super().__init__(daemon=True)
        self.service, self.every = service, every
        self.samples: list[tuple[float, float]] = []
        self.stopped = threading.Event()

    def run(self):
        import psutil

        start = time.monotonic()
        while not self.stopped.is_set():
            total = 0
            for pid in self.service.pids():
                try:
                    total += psutil.Process(pid).memory_info().rss
                except psutil.NoSuchProcess:
                    continue
            self.samples.append((round(time.monotonic() - start), round(total / ONE_MB, 1)))
            self.stopped.wait(self.every)


def run_locust(base_url: str, setup: Path, users: int, minutes: float, prefix: Path) -> int:
    argv = [
        str(Path(sys.executable).parent / "locust"),
        "-f", str(Path(__file__).with_name("locustfile.py")),
        "--headless",
        "--users", str(users),
        "--spawn-rate", "10",
        "--run-time", f"{int(minutes * 60)}s",
        "--host", base_url,
        "--csv", str(prefix),
        "--only-summary",
        "--exit-code-on-error", "1",
        "--stop-timeout", "30",
        "--loglevel", "WARNING",
    ]  # fmt: skip
    environ = {**os.environ, "DHR_LOAD_SETUP": str(setup)}
    return subprocess.run(argv, cwd=ROOT, env=environ, check=False).returncode


def endpoints(prefix: Path) -> list[dict]:
    rows = []
    with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "endpoint": row["Name"] if row["Type"] else "All",
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "p50_ms": float(row["50%"] or 0),
                    "p95_ms": float(row["95%"] or 0),
                    "p99_ms": float(row["99%"] or 0),
                    "rps": round(float(row["Requests/s"]), 2),
                }
            )
    return rows


def goal(endpoint: str) -> int | None:
    if endpoint.startswith("GET"):
        return GOALS_MS["read"]
    if "1 MB" in endpoint and endpoint.startswith("POST"):
        return GOALS_MS["save"]
    return None


def main(argv: list[str]) -> int:
    soak = "--soak" in argv
    users = int(os.environ.get("DHR_LOAD_USERS", "50"))
    minutes = float(os.environ.get("DHR_LOAD_MINUTES", "30" if soak else "5"))
    machine = describe()
    print(
        f"machine: {machine['cores']} cores, {machine['cpu']}, Python {machine['python']}, "
        f"commit {machine['commit']}",
        flush=True,
    )
    OUT.mkdir(parents=True, exist_ok=True)
    name = "soak" if soak else "load"
    prefix = OUT / name
    with tempfile.TemporaryDirectory() as tmp, serve(name) as service:
        print(f"{name}: {users} users for {minutes:g} min against {service.base_url} "
              f"(gunicorn + outbox worker, {service.database})", flush=True)  # fmt: skip
        setup = prepare(service, Path(tmp))
        sampler = MemorySampler(service, every=30 if soak else 10)
        sampler.start()
        code = run_locust(service.base_url, setup, users, minutes, prefix)
        sampler.stopped.set()
        sampler.join()
        database = service.database
    rows = endpoints(prefix)
    total = next(r for r in rows if r["endpoint"] in ("All", "Aggregated"))
    figures = {
        "machine": machine,
        "command": f"make {name}",
        "users": users,
        "minutes": minutes,
        "database": database,
        "server": "gunicorn gthread (gunicorn.conf.py) + outbox worker, 127.0.0.1, no TLS",
        "requests": total["requests"],
        "failures": total["failures"],
        "rps": total["rps"],
        "endpoints": [r for r in rows if r is not total],
        "memory_mb": sampler.samples,
    }
    verdict = code == 0 and total["failures"] == 0
    if soak:
        figures["memory_growth"] = growth(sampler.samples)
        verdict = verdict and figures["memory_growth"] <= SOAK_GROWTH_LIMIT
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(table(figures))
    return 0 if verdict else 1


def growth(samples: list[tuple[float, float]]) -> float:
    """Memory at the end against memory once warm (after the first fifth of the run)."""
    values = [mb for _, mb in samples]
    if len(values) < 5:
        return 0.0
    warm = values[len(values) // 5 : len(values) // 5 + 3]
    end = values[-3:]
    return round(sum(end) / len(end) / (sum(warm) / len(warm)) - 1, 4)


def table(figures: dict) -> str:
    lines = [
        f"{figures['requests']} requests, {figures['failures']} failures, "
        f"{figures['rps']} req/s, {figures['users']} users, {figures['minutes']:g} min",
        f"{'endpoint':58} {'requests':>8} {'fail':>5} {'p50':>6} {'p95':>6} {'p99':>6}  goal",
    ]
    for r in figures["endpoints"]:
        target = goal(r["endpoint"])
        mark = (
            ""
            if target is None
            else f"p95 < {target} ms " + ("met" if r["p95_ms"] < target else "NOT met")
        )
        lines.append(
            f"{r['endpoint']:58} {r['requests']:>8} {r['failures']:>5} {r['p50_ms']:>6.0f} "
            f"{r['p95_ms']:>6.0f} {r['p99_ms']:>6.0f}  {mark}"
        )
    if "memory_growth" in figures:
        samples = figures["memory_mb"]
        lines.append(
            f"memory: {samples[0][1]} MB at start, {samples[-1][1]} MB at the end, growth once "
            f"warm {figures['memory_growth']:.1%} (limit {SOAK_GROWTH_LIMIT:.0%})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
