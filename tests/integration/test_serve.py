"""`make serve`'s shape, started for real: scripts.serve migrates and seeds a fresh database, runs
gunicorn and the outbox worker as their own processes, answers over a socket, and stops both
cleanly on SIGTERM."""

from __future__ import annotations

import time
from pathlib import Path

import requests

from bench.served import serve


def test_the_production_shape_serves_and_stops_cleanly():
    with serve("serve_test", DHR_WORKERS="2") as service:
        token = service.token("coordinator@demo.local")
        reviews = requests.get(
            f"{service.base_url}/api/v1/reviews",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert reviews.status_code == 200
        assert [r["reference"] for r in reviews.json()] == ["DEMO-2026-001"]
        assert reviews.headers["Cache-Control"] == "no-store"
        process = service.process
    assert process.returncode == 0  # SIGTERM: gunicorn and the worker stopped, nothing killed
    try:
        requests.get(f"{service.base_url}/health", timeout=2)
        answered = True
    except requests.ConnectionError:
        answered = False
    assert not answered


def test_make_run_serves_https_with_gunicorn_and_the_worker_beside_it():
    """`make run` on a fresh data folder: migrates, seeds the demo, makes the dev certificate,
    and answers over HTTPS from gunicorn (not Werkzeug's development server), with the outbox
    worker running as its own process; all of it stops on SIGTERM (as on Ctrl-C)."""
    command = ["make", "--no-print-directory", "run"]
    with serve("run_test", command, DHR_TLS="1", DHR_WORKERS="2") as service:
        assert service.base_url.startswith("https://")
        token = service.token("coordinator@demo.local")
        review = requests.get(
            f"{service.base_url}/api/v1/reviews/1",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
            verify=service.verify,
        )
        assert review.status_code == 200
        assert review.json()["reference"] == "DEMO-2026-001"
        assert review.headers["Server"].startswith("gunicorn")
        running = descendants(service.process.pid)
        commands = list(running.values())
        assert any("gunicorn" in c and "wsgi:app" in c for c in commands), commands
        assert any(c.endswith("dhr worker") for c in commands), commands
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline and any(alive(pid) for pid in running):
        time.sleep(0.2)
    assert not [running[pid] for pid in running if alive(pid)]


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def descendants(pid: int) -> dict[int, str]:
    """The command lines of every process under `pid` (Linux /proc)."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = {}, list(parents.get(pid, []))
    while todo:
        child = todo.pop()
        todo.extend(parents.get(child, []))
        try:
            line = (Path("/proc") / str(child) / "cmdline").read_bytes()
        except OSError:
            continue
        found[child] = line.replace(b"\0", b" ").decode().strip()
    return found
