"""An outbox worker for `make scale`: `flask dhr worker` built from the same DHR_* variables,
with loopback allowed (the Teams fake listens on 127.0.0.1; no DHR_* variable allows that, see
tests/fakes/loopback_worker.py), which runs its reminder sweep at the instant (a Unix time) the
driver writes into DHR_SCALE_SWEEP_FILE for every worker, so the sweeps race, and prints how
many it queued."""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

from app import create_app
from services.bootstrap import build_worker
from services.config import Settings


def main() -> None:
    settings = dataclasses.replace(Settings.from_env(), outbound_allow_loopback=True)
    services = create_app(settings).extensions["dhr"]
    worker = build_worker(services)
    print("ready", flush=True)
    signal = Path(os.environ["DHR_SCALE_SWEEP_FILE"])
    while not signal.exists() or not signal.read_text().strip():
        time.sleep(0.05)
    time.sleep(max(0.0, float(signal.read_text()) - time.time()))
    print(f"swept {worker.sweep()} at {time.time():.3f}", flush=True)
    worker.run_forever(idle_seconds=0.2)  # sweeps once more at once: a second race


if __name__ == "__main__":
    sys.exit(main())
