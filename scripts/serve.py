"""`make serve`: the production shape on one machine.

Migrates and seeds once, then runs gunicorn (the API and panes) and the outbox worker as two
processes, and stops both when either stops or on SIGTERM/SIGINT. A process manager (systemd,
a container orchestrator) does the same in a real deployment: see docs/deployment.md.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def prepare() -> None:
    """Schema to head and, unless DHR_SEED_DEMO=0, the demo data; before any worker forks."""
    from app import create_app
    from services.storage.db import migrate
    from services.workflows.demo import seed_once

    services = create_app().extensions["dhr"]
    migrate(services.engine)
    if services.settings.seed_demo:
        seed_once(services)
    services.engine.dispose()


def commands() -> dict[str, list[str]]:
    return {
        "api": [str(BIN / "gunicorn"), "--config", str(ROOT / "gunicorn.conf.py"), "wsgi:app"],
        "worker": [str(BIN / "flask"), "--app", "app", "dhr", "worker"],
    }


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s serve %(message)s")
    prepare()
    children = {name: subprocess.Popen(argv, cwd=ROOT) for name, argv in commands().items()}
    for name, child in children.items():
        logging.info("%s running as pid %s", name, child.pid)

    stopping = False

    def stop(signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    while not stopping:
        ended = {n: c.returncode for n, c in children.items() if c.poll() is not None}
        if ended:
            logging.error("stopped unexpectedly: %s; stopping the rest", ended)
            status = 1
            break
        time.sleep(0.5)
    for child in children.values():
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 35
    for child in children.values():
        try:
            child.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
    return status


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
