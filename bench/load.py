"""`make load` and `make soak`: locust, headless, against the service as `make serve` runs it.

    python -m bench.load            50 users for 5 minutes (DHR_LOAD_USERS, DHR_LOAD_MINUTES)
    python -m bench.load --soak     50 users for 30 minutes, the service's memory sampled

Prints requests, failures and p50/p95/p99 per endpoint with the machine, its load average and
the commit, and each endpoint's p95 as a multiple of the bare-Flask baseline's p95 (that app,
bench/baseline_app.py, runs under the same gunicorn settings on the same database during the same
locust run); writes bench/results/load.json (or soak.json), and fails on any failed request (or,
for the soak, on memory growth beyond 10 %). The goals are stated beside the figures; they are
not asserted.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from bench.documents import big_docx
from bench.machine import describe
from bench.served import ROOT, Served, free_port, serve

RESULTS = Path(__file__).with_name("results")
OUT = ROOT / "out" / "load"
ONE_MB = 1024 * 1024
GOALS_MS = {"read": 100, "save": 300}  # p95 on the 2-core reference machine
GOALS_RATIO = {"read": 3.0, "save": 5.0}  # p95 as a multiple of the bare-Flask baseline's p95
BASELINE = "GET /baseline (bare Flask)"  # as bench/locustfile.py names it
SOAK_GROWTH_LIMIT = 0.10


def one_mb_docx() -> bytes:
    """A draft with a 1 MB picture part, declared as a PNG (the upload checks refuse a part
    of no declared content type)."""
    import zipfile

    from tests.fakes.hostile import rebuild, valid_docx

    filler = big_docx(0)[:ONE_MB]  # incompressible bytes, as a real document's images are
    draft = valid_docx("a one-megabyte draft")
    with zipfile.ZipFile(io.BytesIO(draft)) as package:
        types = package.read("[Content_Types].xml")
    if b'Extension="png"' not in types:
        types = types.replace(
            b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>'
        )
    picture = b"\x89PNG\r\n\x1a\n" + filler
    return rebuild(
        draft, replace={"[Content_Types].xml": types}, add={"word/media/image1.png": picture}
    )


@contextlib.contextmanager
def bare_flask(service: Served, folder: Path) -> Iterator[str]:
    """bench/baseline_app.py under gunicorn.conf.py, on the service's database; its address."""
    port = free_port()
    environ = {
        **os.environ,
        "DHR_DATABASE_URL": service.database_url,
        "DHR_DATA_DIR": str(folder / "baseline"),
        "DHR_HOST": "127.0.0.1",
        "DHR_PORT": str(port),
        "DHR_TLS": "0",
    }
    argv = [
        str(Path(sys.executable).parent / "gunicorn"),
        "--config", str(ROOT / "gunicorn.conf.py"),
        "bench.baseline_app:app",
    ]  # fmt: skip
    log = open(folder / "baseline.log", "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(argv, cwd=ROOT, env=environ, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"the baseline did not start:\n{(folder / 'baseline.log').read_text()[-2000:]}"
                )
            with contextlib.suppress(OSError):
                if requests.get(f"{url}/baseline", timeout=5).status_code == 200:
                    break
            time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(35)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def prepare(
    service: Served, folder: Path, baseline: str, documents: int = 10, actions: int = 10
) -> Path:
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
        "baseline": baseline,
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


def kind(endpoint: str) -> str | None:
    if endpoint.startswith("GET"):
        return "read"
    if "1 MB" in endpoint and endpoint.startswith("POST"):
        return "save"
    return None


def goal(endpoint: str) -> int | None:
    found = kind(endpoint)
    return GOALS_MS[found] if found else None


def uptime() -> str:
    """The machine's load average (1, 5, 15 min) as `uptime` prints it: the machine is shared."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


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
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve(name) as service,
        bare_flask(service, Path(tmp)) as baseline,
    ):
        print(f"{name}: {users} users for {minutes:g} min against {service.base_url} "
              f"(gunicorn + outbox worker, {service.database}), and {users // 5} users of the "
              f"bare-Flask baseline at {baseline}", flush=True)  # fmt: skip
        setup = prepare(service, Path(tmp), baseline)
        sampler = MemorySampler(service, every=30 if soak else 10)
        sampler.start()
        load_before = uptime()
        # The baseline's users on top of the service's: weight 10 of 60 (bench/locustfile.py).
        code = run_locust(service.base_url, setup, users + users // 5, minutes, prefix)
        load_after = uptime()
        sampler.stopped.set()
        sampler.join()
        database = service.database
    rows = endpoints(prefix)
    total = next(r for r in rows if r["endpoint"] in ("All", "Aggregated"))
    base = next((r for r in rows if r["endpoint"] == BASELINE), None)
    service_rows = [r for r in rows if r is not total and r is not base]
    for r in service_rows:
        r["ratio_p95"] = round(r["p95_ms"] / base["p95_ms"], 2) if base and base["p95_ms"] else None
    figures = {
        "machine": machine,
        "command": f"make {name}",
        "users": users,
        "minutes": minutes,
        "database": database,
        "server": "gunicorn gthread (gunicorn.conf.py) + outbox worker, 127.0.0.1, no TLS",
        "load_average": {"before": load_before, "after": load_after},
        "requests": total["requests"] - (base["requests"] if base else 0),
        "failures": total["failures"],
        "rps": round(total["rps"] - (base["rps"] if base else 0), 2),
        "baseline": base,
        "endpoints": service_rows,
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


def mark(r: dict) -> str:
    found = kind(r["endpoint"])
    if found is None:
        return ""
    target, ratio = GOALS_RATIO[found], r.get("ratio_p95")
    by_ratio = (
        "" if ratio is None else f"<= {target:g}x " + ("met" if ratio <= target else "NOT met")
    )
    limit = GOALS_MS[found]
    return f"{by_ratio}; p95 < {limit} ms " + ("met" if r["p95_ms"] < limit else "NOT met")


def table(figures: dict) -> str:
    base = figures.get("baseline")
    lines = [
        f"{figures['requests']} requests, {figures['failures']} failures, "
        f"{figures['rps']} req/s, {figures['users']} users, {figures['minutes']:g} min; "
        f"load average {figures['load_average']['before']} before, "
        f"{figures['load_average']['after']} after",
        f"{'endpoint':58} {'requests':>8} {'fail':>5} {'p50':>6} {'p95':>6} {'p99':>6} "
        f"{'x base':>6}  goal (p95)",
    ]
    if base:
        lines.append(
            f"{base['endpoint']:58} {base['requests']:>8} {base['failures']:>5} "
            f"{base['p50_ms']:>6.0f} {base['p95_ms']:>6.0f} {base['p99_ms']:>6.0f} {1:>6.2f}"
        )
    for r in figures["endpoints"]:
        ratio = r.get("ratio_p95")
        lines.append(
            f"{r['endpoint']:58} {r['requests']:>8} {r['failures']:>5} {r['p50_ms']:>6.0f} "
            f"{r['p95_ms']:>6.0f} {r['p99_ms']:>6.0f} "
            f"{'' if ratio is None else f'{ratio:.2f}':>6}  {mark(r)}"
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
