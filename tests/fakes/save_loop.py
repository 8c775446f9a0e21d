"""Saves versions through the embedded library in a loop until it is killed (crash tests).

    python -m tests.fakes.save_loop DATABASE_URL BLOB_DIR ITEM_ID [kill-after-blob]

With `kill-after-blob` the process kills itself after the first blob is durable and before its
row is committed: the worst moment, reached on purpose.
"""

from __future__ import annotations

import os
import signal
import sys
from datetime import date
from pathlib import Path

from services.clock import FixedClock
from services.storage.blobs import BlobStore
from services.storage.db import make_engine, make_session_factory
from services.storage.local_library import LocalLibrary


class KillAfterBlob(BlobStore):
    def put(self, data: bytes) -> str:
        sha256 = super().put(data)
        os.kill(os.getpid(), signal.SIGKILL)
        return sha256


def main(url: str, blob_dir: str, item: str, mode: str = "") -> None:
    sessions = make_session_factory(make_engine(url))
    blobs = (KillAfterBlob if mode == "kill-after-blob" else BlobStore)(Path(blob_dir))
    n = 0
    while True:
        n += 1
        with sessions() as session:
            library = LocalLibrary(session, blobs, FixedClock(date(2026, 11, 26)))
            content = os.urandom(64 * 1024) + f"save {n} of pid {os.getpid()}".encode()
            library.add_version(item, content, comment=f"save {n}", major=False)
            session.commit()
        print(n, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
