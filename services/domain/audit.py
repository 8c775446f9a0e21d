"""The audit trail's hash chain: each entry hashes its content and its predecessor's hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical(payload: dict[str, Any]) -> str:
    """One text per payload, whatever the key order; non-ASCII kept as \\u escapes."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


@dataclass(frozen=True)
class Entry:
    chain: str
    seq: int
    at: str
    actor_id: int | None
    action: str
    payload: str  # canonical JSON, stored exactly as hashed
    prev_hash: str
    hash: str = ""


def entry_hash(e: Entry) -> str:
    body = canonical(
        {
            "chain": e.chain,
            "seq": e.seq,
            "at": e.at,
            "actor_id": e.actor_id,
            "action": e.action,
            "payload": e.payload,
        }
    )
    return hashlib.sha256(f"{body}|{e.prev_hash}".encode()).hexdigest()


def first_break(entries: list[Entry]) -> int | None:
    """The seq of the first entry that does not verify (edited, deleted, reordered), else None."""
    expected_prev = GENESIS
    for position, e in enumerate(entries, start=1):
        if e.seq != position or e.prev_hash != expected_prev or entry_hash(e) != e.hash:
            return position
        expected_prev = e.hash
    return None
