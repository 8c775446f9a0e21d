"""`make scale`: two app nodes and two outbox workers against one PostgreSQL and the SharePoint
fake, under a load mix with concurrent saves to the same documents from both nodes and a
reminder sweep at the same instant on both workers.

    python -m bench.scale      (DHR_TEST_POSTGRES_URL names the server; a database of its own,
                                dhr_scale, is created and dropped)

Each node is gunicorn on its own port with its own data directory (they share only the
database, the SharePoint library, and the dev sign-in key, as a deployment shares its secrets);
the workers are `flask dhr worker` (bench/scale_worker.py). Checks: every accepted save is
exactly one version (labels unique, no gaps; the SharePoint file has as many versions), no
event is delivered twice (the Teams fake's posts by Idempotency-Key against the outbox), no
reminder is queued twice (the workers' sweeps against the outbox), every audit chain verifies.
Throughput of the same mix against one node, then both, is reported beside the machine's
load. Writes bench/results/scale.json; exits 1 on any lost or duplicated item.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import requests

from bench.machine import describe
from bench.scale_checks import check
from bench.served import ROOT, _on_test_server, free_port, fresh_postgres, wait_for
from tests.fakes.entra import CLIENT_ID, TENANT
from tests.fakes.hostile import valid_docx
from tests.fakes.microsoft365 import microsoft365
from tests.fakes.teams import FakeTeams

RESULTS = Path(__file__).with_name("results")
SECONDS = float(os.environ.get("DHR_SCALE_SECONDS", "20"))  # per phase
CLIENTS = int(os.environ.get("DHR_SCALE_CLIENTS", "8"))  # threads: 2 save, the rest read
DOCUMENTS = 3


def node_env(m365, teams: FakeTeams, database: str, data_dir: Path, port: int) -> dict:
    return {
        **os.environ,
        "DHR_DATABASE_URL": database,
        "DHR_DATA_DIR": str(data_dir),
        "DHR_HOST": "127.0.0.1",
        "DHR_PORT": str(port),
        "DHR_TLS": "0",
        "DHR_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "DHR_SEED_DEMO": "0",
        "DHR_WORKERS": "2",
        "DHR_THREADS": "4",
        "DHR_LIBRARY": "sharepoint",
        "DHR_SHAREPOINT_SITE_URL": m365.sharepoint.site_url,
        "DHR_ENTRA_TENANT_ID": TENANT,
        "DHR_ENTRA_CLIENT_ID": CLIENT_ID,
        "DHR_ENTRA_CERTIFICATE": str(m365.credential_pem),
        "DHR_ENTRA_AUTHORITY": m365.entra.authority_host,
        "DHR_ENTRA_INSTANCE_DISCOVERY": "0",
        "DHR_ENTRA_CA_BUNDLE": str(m365.ca_bundle),
        "DHR_OUTBOX_BACKOFF_SECONDS": "0.5",
        "DHR_LOG_LEVEL": "warning",
    }


def prepare(env: dict) -> None:
    """Schema and demo data once, as `make serve` does before its processes start."""
    code = (
        "from app import create_app; from services.storage.db import migrate; "
        "from services.seed.demo import seed_once; s = create_app().extensions['dhr']; "
        "migrate(s.engine); seed_once(s)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


@contextlib.contextmanager
def processes(tmp: Path, m365, teams: FakeTeams, database: str):
    """Two gunicorn nodes and two workers; yields (node URLs, worker logs)."""
    ports = [free_port(), free_port()]
    envs = [node_env(m365, teams, database, tmp / f"node{i}", p) for i, p in enumerate(ports)]
    prepare(envs[0])
    (tmp / "node1").mkdir(exist_ok=True)
    shutil.copy(tmp / "node0" / "dev-signing.key", tmp / "node1" / "dev-signing.key")
    sweep_file = tmp / "sweep-at"  # the driver writes the instant once the data is there
    started = []
    try:
        for i, env in enumerate(envs):
            log = tmp / f"node{i}.log"
            argv = [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"]
            started.append((_spawn([*argv, "wsgi:app"], env, log), log))
            worker_env = {
                **env,
                "DHR_TEAMS_WEBHOOKS": f"DEMO={teams.url}",
                "DHR_SCALE_SWEEP_FILE": str(sweep_file),
            }
            wlog = tmp / f"worker{i}.log"
            worker = [sys.executable, "-m", "bench.scale_worker"]
            started.append((_spawn(worker, worker_env, wlog), wlog))
        urls = [f"http://127.0.0.1:{p}" for p in ports]
        for (process, log), url in zip(started[::2], urls, strict=True):
            wait_for(url, process, log)
        yield urls, [log for _p, log in started[1::2]], sweep_file
    finally:
        for process, _log in started:
            process.terminate()
        for process, _log in started:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


def _spawn(argv: list[str], env: dict, log: Path) -> subprocess.Popen:
    handle = log.open("wb")
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)


class Load:
    """A plain threaded client: readers and savers spread over the nodes given."""

    def __init__(self, token: str, documents: list[int]):
        self.auth = {"Authorization": f"Bearer {token}"}
        self.documents = documents
        self.accepted: list[tuple[int, str]] = []  # (document, ETag of the version saved)
        self.counts: Counter = Counter()
        self.lock = threading.Lock()

    def run(self, urls: list[str], seconds: float) -> dict:
        stop = time.monotonic() + seconds
        before = sum(self.counts.values())
        threads = [
            threading.Thread(target=self._client, args=(i, urls, stop)) for i in range(CLIENTS)
        ]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        done = sum(self.counts.values()) - before
        return {
            "nodes": len(urls),
            "load_average_1min_at_end": round(os.getloadavg()[0], 2),
            "seconds": round(elapsed, 1),
            "requests": done,
            "rps": round(done / elapsed, 1),
        }

    def _client(self, index: int, urls: list[str], stop: float) -> None:
        http, rng = requests.Session(), random.Random(index)
        while time.monotonic() < stop:
            url = urls[rng.randrange(len(urls))]
            if index < 2:
                self._save(http, (rng.choice(urls), url), rng.choice(self.documents), rng)
            else:
                path = rng.choice(
                    (
                        "reviews/1",
                        "reviews/1/actions",
                        "reviews",
                        f"documents/{rng.choice(self.documents)}",
                    )
                )
                r = http.get(f"{url}/api/v1/{path}", headers=self.auth, timeout=60)
                self._count("read", r.status_code)

    def _save(self, http, nodes: tuple[str, str], doc: int, rng: random.Random) -> None:
        """Reads the current ETag on one node and saves on another (with two): races the other
        saver, who works on the same few documents."""
        reader, url = nodes
        current = http.get(f"{reader}/api/v1/documents/{doc}", headers=self.auth, timeout=60)
        self._count("read", current.status_code)
        body = valid_docx(f"draft {rng.random()}")
        r = http.post(
            f"{url}/api/v1/documents/{doc}/versions",
            headers={**self.auth, "If-Match": current.headers.get("ETag", "")},
            files={"file": ("draft.docx", body)},
            data={"comment": "scale"},
            timeout=60,
        )
        if r.status_code == 201:
            with self.lock:
                self.accepted.append((doc, r.headers["ETag"]))
        self._count("save", r.status_code)

    def _count(self, kind: str, status: int) -> None:
        outcome = "ok" if status < 300 else "conflict" if status in (409, 412) else "failed"
        with self.lock:
            self.counts[f"{kind} {outcome}"] += 1


def overdue_reviews(url: str, n: int = 12) -> None:
    """Reviews notified 3 to 8 weeks ago, their decision overdue: reminders for the sweep."""
    token = _token(url, "coordinator@demo.local")
    today = date.today()
    for i in range(n):
        notified = (today - timedelta(days=21 + 3 * i)).isoformat()
        r = requests.post(
            f"{url}/api/v1/reviews",
            headers={"Authorization": f"Bearer {token}"},
            json={
                "csp": "DEMO",
                "victim": {"name": f"Scale Victim {i}", "sex": "female", "age": 30 + i},
                "date_of_death": notified,
                "relationship": "intimate_partner",
                "notified_on": notified,
                "notifying_officer": {"name": "DS Scale", "force": "Demoshire Police"},
            },
            timeout=60,
        )
        r.raise_for_status()


def _token(url: str, email: str) -> str:
    r = requests.post(f"{url}/api/v1/dev/sign-in", json={"email": email}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def drive(urls: list[str], sweep_file: Path) -> tuple[Load, list[dict]]:
    overdue_reviews(urls[1])
    sweep_file.write_text(repr(time.time() + 2))  # both workers sweep at this instant
    token = _token(urls[0], "chair.penhallow@pool.demo.local")
    documents = []
    for i in range(DOCUMENTS):
        r = requests.post(
            f"{urls[i % 2]}/api/v1/reviews/1/documents",
            headers={"Authorization": f"Bearer {token}"},
            data={"kind": "overview_report", "title": f"Scale draft {i}"},
            files={"file": ("draft.docx", valid_docx(f"first {i}"))},
            timeout=60,
        )
        r.raise_for_status()
        documents.append(r.json()["id"])
    load = Load(token, documents)
    # One node, two, one again: the machine is shared, so the drift between the two one-node
    # phases shows how much of a difference is the neighbours'.
    phases = [load.run(urls[:1], SECONDS), load.run(urls, SECONDS), load.run(urls[:1], SECONDS)]
    return load, phases


def main() -> int:
    base = os.environ.get("DHR_TEST_POSTGRES_URL")
    if not base:
        print("make scale needs PostgreSQL (DHR_TEST_POSTGRES_URL)")
        return 1
    machine = describe()
    database = fresh_postgres("dhr_scale")
    assert database is not None
    try:
        with (
            tempfile.TemporaryDirectory(prefix="dhr-scale-") as folder,
            microsoft365(Path(folder) / "m365") as m365,
            FakeTeams() as teams,
        ):
            tmp = Path(folder)
            with processes(tmp, m365, teams, database) as (urls, worker_logs, sweep_file):
                load, phases = drive(urls, sweep_file)
                swept = [_swept(log) for log in worker_logs]
                found = check(database, m365.sharepoint, teams, load.accepted, swept)
    finally:
        _on_test_server('DROP DATABASE IF EXISTS "dhr_scale" WITH (FORCE)')
    result = {
        "machine": machine,
        "load_average": os.getloadavg(),
        "clients": CLIENTS,
        "phases": phases,
        "requests": dict(load.counts),
        **found,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0 if not found["problems"] else 1


def _swept(log: Path) -> list[int]:
    lines = log.read_text().splitlines()
    return [int(line.split()[1]) for line in lines if line.startswith("swept")]


if __name__ == "__main__":
    sys.exit(main())
