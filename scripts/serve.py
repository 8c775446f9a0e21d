"""`make run` and `make serve`: the production shape on one machine.

Migrates and seeds once (and makes the dev certificate when DHR_TLS is on), then runs gunicorn
(the API and panes, over HTTPS with that certificate by default) and the outbox worker as two
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


def prepare() -> str:
    """Schema to head, this node checked against the others on the embedded library (refused
    if it cannot share it) and its heartbeat started, unless DHR_SEED_DEMO=0 the demo data, and
    the dev certificate when TLS is on; before any worker starts. Returns the address the
    service answers on."""
    from app import create_app
    from services.bootstrap import start_node
    from services.seed.demo import seed_once
    from services.storage.db import migrate
    from services.tls import dev_certificate

    services = create_app().extensions["dhr"]
    settings = services.settings
    migrate(services.engine)
    start_node(services)  # this process beats for the node while gunicorn and the worker run
    if settings.seed_demo:
        seed_once(services)
    services.documents.sandbox.close()
    if settings.tls:
        dev_certificate(settings.data_dir)  # gunicorn.conf.py serves with it
    return f"{'https' if settings.tls else 'http'}://{settings.host}:{settings.port}"


def commands() -> dict[str, list[str]]:
    return {
        "api": [str(BIN / "gunicorn"), "--config", str(ROOT / "gunicorn.conf.py"), "wsgi:app"],
        "worker": [str(BIN / "flask"), "--app", "app", "dhr", "worker"],
    }


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s serve %(message)s")
    address = prepare()
    children = {name: subprocess.Popen(argv, cwd=ROOT) for name, argv in commands().items()}
    for name, child in children.items():
        logging.info("%s running as pid %s", name, child.pid)
    logging.info("DHR service on %s (gunicorn, outbox worker beside it)", address)

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
