"""`make serve`'s shape, started for real: scripts.serve migrates and seeds a fresh database, runs
gunicorn and the outbox worker as their own processes, answers over a socket, and stops both
cleanly on SIGTERM."""

from __future__ import annotations

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
