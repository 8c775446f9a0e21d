"""`flask dhr worker` for tests whose webhooks are fakes on 127.0.0.1: the same worker, built
from the same DHR_* variables, with loopback allowed. No DHR_* variable allows loopback, so the
shipped entry point cannot do this (docs/security.md, "Outbound calls")."""

from __future__ import annotations

import dataclasses
import sys

from app import create_app
from services.bootstrap import build_worker
from services.config import Settings
from services.storage.db import migrate


def main(once: bool) -> None:
    settings = dataclasses.replace(Settings.from_env(), outbound_allow_loopback=True)
    services = create_app(settings).extensions["dhr"]
    migrate(services.engine)
    worker = build_worker(services)
    if once:
        worker.run_once()
        return
    worker.run_forever()


if __name__ == "__main__":
    main("--once" in sys.argv[1:])
