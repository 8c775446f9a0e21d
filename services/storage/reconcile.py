"""`python -m services.storage.reconcile`: compares the embedded library's blobs with its rows.

Lists blobs that no version row names (left by a crash between the durable write and the
commit) and rows whose blob is missing or corrupt. It reports; it never deletes anything.
"""

from __future__ import annotations

import hashlib
import json
import sys

from sqlalchemy import select

from services.config import Settings
from services.storage.blobs import BlobStore
from services.storage.db import make_engine, make_session_factory
from services.storage.models import LibraryVersionRow


def reconcile(sessions, blobs: BlobStore) -> dict:
    with sessions() as session:
        rows = session.execute(
            select(LibraryVersionRow.item_id, LibraryVersionRow.label, LibraryVersionRow.sha256)
        ).all()
    named = {r.sha256 for r in rows}
    on_disk = set(blobs.hashes())
    broken = []
    for row in rows:
        path = blobs.path(row.sha256)
        if not path.exists():
            broken.append({"item": row.item_id, "label": row.label, "problem": "missing"})
        elif hashlib.sha256(path.read_bytes()).hexdigest() != row.sha256:
            broken.append({"item": row.item_id, "label": row.label, "problem": "corrupt"})
    return {
        "versions": len(rows),
        "blobs": len(on_disk),
        "orphaned_blobs": sorted(on_disk - named),
        "broken_versions": broken,
    }


def main() -> int:
    settings = Settings.from_env()
    engine = make_engine(settings.effective_database_url)
    report = reconcile(make_session_factory(engine), BlobStore(settings.data_dir / "blobs"))
    print(json.dumps(report, indent=2))
    return 1 if report["broken_versions"] else 0


if __name__ == "__main__":
    sys.exit(main())
