"""Content-addressed blobs on disk, written so that a crash never leaves a partial blob.

temp file in the target directory → write → flush → fsync → rename → fsync the directory.
A blob is named by its SHA-256, so an existing blob is never rewritten.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from services.domain.errors import LibraryFull

NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


class BlobStore:
    def __init__(self, root: Path):
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if target.exists() and target.stat().st_size == len(data):
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, target)
        except BaseException as exc:
            Path(temp).unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.errno in NO_ROOM:
                raise LibraryFull(f"No room for {len(data):,} bytes: {exc.strerror}") from exc
            raise
        _fsync_dir(target.parent)
        return sha256

    def get(self, sha256: str) -> bytes:
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise OSError(f"blob {sha256} is corrupt")
        return data

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def hashes(self) -> Iterator[str]:
        """Every complete blob (temporary files of interrupted writes are not blobs)."""
        if self.root.exists():
            for path in self.root.glob("??/??/*"):
                if not path.name.startswith(".incoming-"):
                    yield path.name


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
