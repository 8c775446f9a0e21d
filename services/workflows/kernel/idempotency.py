"""Idempotency-Key: the first answer to a decision is kept and replayed to every repeat.

A Power Automate flow or a task pane retrying after a timeout sends the same key (its run id);
the repeat gets the first result, not a second decision or a 409. The same key with a different
request is refused. Callers look the key up after locking the record the decision is about, so
two concurrent repeats cannot both decide.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select

from services.domain.errors import FieldErrors
from services.storage.models import IdempotentResult
from services.workflows.kernel.context import Ctx

HEADER = "Idempotency-Key"


def _fingerprint(actor_id: int, body: Mapping[str, Any]) -> str:
    canonical = json.dumps({"actor": actor_id, "body": body}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def once(
    ctx: Ctx, scope: str, key: str | None, body: Mapping[str, Any], decide: Callable[[], dict]
) -> tuple[dict, bool]:
    """(the answer, whether it is a replay). Without a key the decision simply runs."""
    if not key:
        return decide(), False
    errors = FieldErrors()
    errors.check(len(key) <= 200, HEADER, "At most 200 characters")
    errors.raise_if_any()
    fingerprint = _fingerprint(ctx.actor_id, body)
    stored = ctx.session.scalar(
        select(IdempotentResult).where(IdempotentResult.scope == scope, IdempotentResult.key == key)
    )
    if stored is not None:
        errors.check(
            stored.request_sha256 == fingerprint,
            HEADER,
            "This key was already used for a different request; send a new key",
        )
        errors.raise_if_any()
        return stored.body, True
    answer = decide()
    ctx.session.add(
        IdempotentResult(
            scope=scope,
            key=key,
            actor_id=ctx.actor_id,
            request_sha256=fingerprint,
            status=200,
            body=json.loads(json.dumps(answer, default=str)),
            created_at=ctx.clock.now(),
        )
    )
    ctx.session.flush()
    return answer, False
