"""The publication store: the only place published files live, apart from everything else.

It holds PDFs of cleared overview reports and executive summaries and nothing else: `put` refuses
any other kind and anything that is not a PDF, so an IMR or a chronology cannot be stored here by
any code path (V17). Files are named by their SHA-256 and written durably.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

PUBLISHABLE = ("overview_report", "executive_summary")


class NotPublishable(Exception):
    pass


class PublicationStore:
    def __init__(self, root: Path):
        self.root = root

    def put(self, kind: str, data: bytes) -> str:
        if kind not in PUBLISHABLE:
            raise NotPublishable(f"A {kind} is never published")
        if not data.startswith(b"%PDF-"):
            raise NotPublishable("Only PDFs are published")
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(data).hexdigest()
        target = self.root / f"{digest}.pdf"
        if not target.exists():
            temporary = target.with_suffix(".tmp")
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        return digest

    def read(self, digest: str) -> bytes:
        if not all(c in "0123456789abcdef" for c in digest) or len(digest) != 64:
            raise FileNotFoundError(digest)
        return (self.root / f"{digest}.pdf").read_bytes()
