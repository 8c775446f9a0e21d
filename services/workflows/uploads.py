"""Files that arrive in slices (the Word task pane sends up to 4 MB at a time), then reassembled."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from services.domain.errors import Conflict, FieldErrors, NotFound
from services.storage.models import UploadSession
from services.workflows.context import Ctx

CHUNK_LIMIT = 4 * 1024 * 1024


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


def start_upload(ctx: Ctx, data: dict) -> dict:
    errors = FieldErrors()
    errors.check(
        0 < data["size"] <= ctx.documents.limits.max_bytes,
        "size",
        f"Between 1 and {ctx.documents.limits.max_bytes} bytes",
    )
    errors.check(
        data["chunks"] * CHUNK_LIMIT >= data["size"],
        "chunks",
        f"Slices are at most {CHUNK_LIMIT} bytes",
    )
    errors.raise_if_any()
    session = UploadSession(
        id=str(uuid.uuid4()),
        person_id=ctx.actor_id,
        filename=data["filename"],
        size=data["size"],
        sha256=data["sha256"].lower(),
        chunk_count=data["chunks"],
        created_at=ctx.clock.now(),
    )
    ctx.session.add(session)
    return {"upload_id": session.id, "chunk_limit": CHUNK_LIMIT, "chunks": session.chunk_count}


def _own(ctx: Ctx, upload_id: str) -> UploadSession:
    found = ctx.session.get(UploadSession, upload_id)
    if found is None or found.person_id != ctx.actor_id:
        raise NotFound("upload")
    return found


def put_chunk(ctx: Ctx, upload_id: str, index: int, data: bytes) -> dict:
    session = _own(ctx, upload_id)
    errors = FieldErrors()
    errors.check(
        0 <= index < session.chunk_count, "index", f"Between 0 and {session.chunk_count - 1}"
    )
    errors.check(0 < len(data) <= CHUNK_LIMIT, "body", f"1 to {CHUNK_LIMIT} bytes per slice")
    errors.raise_if_any()
    folder = ctx.documents.uploads_dir / session.id
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{index:05d}").write_bytes(data)
    received = len(list(folder.iterdir()))
    return {"upload_id": session.id, "received": received, "chunks": session.chunk_count}


def assemble(ctx: Ctx, upload_id: str) -> Upload:
    """The whole file, checked against the size and SHA-256 announced at the start."""
    session = _own(ctx, upload_id)
    folder = ctx.documents.uploads_dir / session.id
    parts = [folder / f"{i:05d}" for i in range(session.chunk_count)]
    missing = [i for i, p in enumerate(parts) if not p.exists()]
    if missing:
        raise Conflict(f"Slices {missing[:10]} have not arrived", field="upload_id")
    data = b"".join(p.read_bytes() for p in parts)
    if len(data) != session.size or hashlib.sha256(data).hexdigest() != session.sha256:
        raise Conflict(
            "The reassembled file does not match the announced size and SHA-256", field="upload_id"
        )
    return Upload(session.filename, data)


def consume(ctx: Ctx, upload_id: str) -> None:
    """The upload became a version: its record goes in the same transaction."""
    ctx.session.delete(_own(ctx, upload_id))


def discard_slices(uploads_dir: Path, upload_id: str) -> None:
    """Called after the commit: the slices are no longer needed."""
    shutil.rmtree(uploads_dir / upload_id, ignore_errors=True)
