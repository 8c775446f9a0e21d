"""Files that arrive in slices (the Word task pane sends up to 4 MB at a time), then reassembled.

Bounded at every step (docs/security.md, "Uploads"): only someone who may upload somewhere may
start a session; the slices may not add up to more than the size announced, nor the size exceed
the upload limit; a person has a few sessions open at once; a session expires (the worker's
sweep removes it and its slices); and a person's bytes per day are counted against a quota,
answered 429 with Retry-After once it is used up.
"""

from __future__ import annotations

import hashlib
import math
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypedDict, cast

from sqlalchemy import CursorResult, and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.domain.access import may_upload
from services.domain.errors import Conflict, FieldErrors, Forbidden, NotFound, QuotaExceeded
from services.storage.models import UploadSession, UploadUsage
from services.workflows.kernel.context import Ctx

CHUNK_LIMIT = 4 * 1024 * 1024


class UploadStart(TypedDict):
    """The announced file, as the API's UploadStartSchema loads it."""

    filename: str
    size: int
    sha256: str
    chunks: int


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


def start_upload(ctx: Ctx, data: UploadStart) -> dict:
    if not may_upload(ctx.principal):
        raise Forbidden("Your roles do not let you upload documents")
    limit, now = ctx.docs.limits.max_bytes, ctx.clock.now()
    errors = FieldErrors()
    errors.check(0 < data["size"] <= limit, "size", f"Between 1 and {limit} bytes")
    fewest = max(1, math.ceil(data["size"] / CHUNK_LIMIT))
    errors.check(
        fewest <= data["chunks"] <= max(fewest, data["size"]),
        "chunks",
        f"Slices are at most {CHUNK_LIMIT} bytes and at least 1 byte: {fewest} to "
        f"{max(fewest, data['size'])} slices for {data['size']} bytes",
    )
    errors.raise_if_any()
    quota = ctx.docs.quota
    open_sessions = [
        expires
        for expires in ctx.session.scalars(
            select(UploadSession.expires_at)
            .where(UploadSession.person_id == ctx.actor_id, UploadSession.expires_at > now)
            .order_by(UploadSession.expires_at)
        )
        if expires is not None
    ]
    if len(open_sessions) >= quota.sessions_per_person:
        wait = (_aware(open_sessions[0]) - now).total_seconds()
        raise QuotaExceeded(
            f"You have {len(open_sessions)} unfinished uploads; finish one or wait for it to "
            "expire",
            math.ceil(wait),
        )
    _within_quota(ctx, data["size"], "size")
    expires_at = now + timedelta(hours=quota.session_hours)
    session = UploadSession(
        id=str(uuid.uuid4()),
        person_id=ctx.actor_id,
        filename=data["filename"],
        size=data["size"],
        sha256=data["sha256"].lower(),
        chunk_count=data["chunks"],
        created_at=now,
        expires_at=expires_at,
    )
    ctx.session.add(session)
    return {
        "upload_id": session.id,
        "chunk_limit": CHUNK_LIMIT,
        "chunks": session.chunk_count,
        "expires_at": expires_at.isoformat(),
    }


def _own(ctx: Ctx, upload_id: str) -> UploadSession:
    found = ctx.session.get(UploadSession, upload_id)
    if found is None or found.person_id != ctx.actor_id or _expired(found, ctx.clock.now()):
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
    folder = ctx.docs.uploads_dir / session.id
    slice_path = folder / f"{index:05d}"
    others = sum(p.stat().st_size for p in _slices(folder) if p != slice_path)
    errors.check(
        others + len(data) <= session.size,
        "body",
        f"The slices would add up to more than the {session.size} bytes announced",
    )
    errors.raise_if_any()
    charge(ctx, len(data), "body")
    folder.mkdir(parents=True, exist_ok=True)
    slice_path.write_bytes(data)
    received = len(_slices(folder))
    return {"upload_id": session.id, "received": received, "chunks": session.chunk_count}


def _slices(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.is_dir() else []


def assemble(ctx: Ctx, upload_id: str) -> Upload:
    """The whole file, checked against the size and SHA-256 announced at the start."""
    session = _own(ctx, upload_id)
    folder = ctx.docs.uploads_dir / session.id
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


def charge(ctx: Ctx, size: int, field: str = "file") -> None:
    """Counts `size` bytes against the caller's quota for today (UTC); 429 when it is used up."""
    _within_quota(ctx, size, field)
    today = ctx.clock.now().astimezone(UTC).date()
    where = (UploadUsage.person_id == ctx.actor_id, UploadUsage.day == today)
    # An UPDATE gives a CursorResult, which has the rowcount; SQLAlchemy's Session.execute is
    # annotated with the Result base class.
    added = cast(
        "CursorResult[Any]",
        ctx.session.execute(
            update(UploadUsage).where(*where).values(bytes=UploadUsage.bytes + size)
        ),
    )
    if added.rowcount:
        return
    try:
        with ctx.session.begin_nested():
            ctx.session.add(UploadUsage(person_id=ctx.actor_id, day=today, bytes=size))
    except IntegrityError:  # a concurrent first upload of the day made the row
        ctx.session.execute(
            update(UploadUsage).where(*where).values(bytes=UploadUsage.bytes + size)
        )


def _within_quota(ctx: Ctx, size: int, field: str) -> None:
    now = ctx.clock.now().astimezone(UTC)
    used = (
        ctx.session.scalar(
            select(func.coalesce(func.sum(UploadUsage.bytes), 0)).where(
                UploadUsage.person_id == ctx.actor_id, UploadUsage.day == now.date()
            )
        )
        or 0
    )
    allowed = ctx.docs.quota.daily_bytes
    if used + size > allowed:
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)
        raise QuotaExceeded(
            f"Today's upload allowance of {allowed} bytes would be exceeded ({used} used); "
            "it renews at midnight UTC",
            math.ceil((midnight - now).total_seconds()),
            field,
        )


def sweep_expired(session: Session, uploads_dir: Path, now: datetime, hours: float = 24) -> int:
    """Deletes expired sessions and their slices, and slice folders no session owns. A session
    from before sessions had an expiry expires `hours` after it started."""
    stale = now - timedelta(hours=hours)
    expired = session.scalars(
        select(UploadSession.id).where(
            or_(
                UploadSession.expires_at <= now,
                and_(UploadSession.expires_at.is_(None), UploadSession.created_at <= stale),
            )
        )
    ).all()
    if expired:
        session.execute(delete(UploadSession).where(UploadSession.id.in_(expired)))
    for upload_id in expired:
        discard_slices(uploads_dir, upload_id)
    known = set(session.scalars(select(UploadSession.id)))
    orphans = 0
    if uploads_dir.is_dir():
        for folder in uploads_dir.iterdir():
            if folder.name not in known and folder.name not in expired:
                shutil.rmtree(folder, ignore_errors=True)
                orphans += 1
    return len(expired) + orphans


def _expired(session: UploadSession, now: datetime) -> bool:
    ends = session.expires_at or session.created_at + timedelta(hours=24)
    return _aware(ends) <= now


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
