"""Appends to and verifies the hash-chained audit trail, in the caller's transaction."""

from __future__ import annotations

import hashlib
import json
from enum import Enum

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from services.domain.audit import GENESIS, Entry, canonical, entry_hash, first_break
from services.storage.models import AuditEntry

DIRECTORY_CHAIN = "directory"


def review_chain(review_id: int) -> str:
    return f"review:{review_id}"


# (seq, hash, payload) of a chain's last entry.
LastEntry = Row[int, str, str]


def last_entry(session: Session, chain: str) -> LastEntry | None:
    """The chain's last entry (seq, hash, payload), or None for a new chain.

    Read to append after it, so on PostgreSQL it first takes the chain's transaction lock:
    two people saving different documents of one review queue for a moment instead of one of
    them getting a 409. (SQLite's BEGIN IMMEDIATE already makes writers queue.)"""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_lock_key(chain))))
    return session.execute(
        select(AuditEntry.seq, AuditEntry.hash, AuditEntry.payload)
        .where(AuditEntry.chain == chain)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()


def _lock_key(chain: str) -> int:
    """A stable signed 64-bit key per chain, as PostgreSQL's advisory locks take."""
    return int.from_bytes(hashlib.sha256(chain.encode()).digest()[:8], "big", signed=True)


class _Unread(Enum):
    UNREAD = "unread"


_UNREAD = _Unread.UNREAD


def append(
    session: Session,
    chain: str,
    actor_id: int | None,
    action: str,
    payload: dict,
    at,
    last: LastEntry | _Unread | None = _UNREAD,
):
    """Adds one entry after the chain's last (pass `last` if already read); a concurrent append
    fails on (chain, seq)."""
    if last is _UNREAD:
        last = last_entry(session, chain)
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    entry = Entry(chain, seq, at.isoformat(), actor_id, action, canonical(payload), prev)
    row = AuditEntry(**{**entry.__dict__, "hash": entry_hash(entry)})
    session.add(row)
    session.flush()
    return row


def trail(session: Session, chain: str) -> dict:
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.chain == chain).order_by(AuditEntry.seq)
    ).all()
    entries = [
        Entry(r.chain, r.seq, r.at, r.actor_id, r.action, r.payload, r.prev_hash, r.hash)
        for r in rows
    ]
    broken = first_break(entries)
    return {
        "chain": chain,
        "verified": broken is None,
        "broken_at": broken,
        "entries": [
            {
                "seq": e.seq,
                "at": e.at,
                "actor_id": e.actor_id,
                "action": e.action,
                "payload": json.loads(e.payload),
                "hash": e.hash,
            }
            for e in entries
        ],
    }


def count(session: Session, chain: str) -> int:
    return session.scalar(select(func.count()).where(AuditEntry.chain == chain)) or 0
