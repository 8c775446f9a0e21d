"""Refused requests: every 403 and 404 a signed-in person gets is kept (who, what, when), in its
own short transaction, because the request's own work was rolled back."""

from __future__ import annotations

import logging

from sqlalchemy import select

from services.domain.errors import Forbidden
from services.storage.models import Refusal
from services.workflows.kernel.context import Ctx

log = logging.getLogger(__name__)


def note(sessions, person_id: int, method: str, path: str, status: int, reason: str, now) -> None:
    """Best effort: failing to log a refusal must not turn it into a 500."""
    try:
        with sessions() as session:
            session.add(
                Refusal(
                    at=now,
                    person_id=person_id,
                    method=method[:8],
                    path=path[:400],
                    status=status,
                    reason=reason[:300],
                )
            )
            session.commit()
    except Exception:
        log.exception("could not record a refused request")


def list_refusals(ctx: Ctx, person_id: int | None) -> list[dict]:
    """For the deployment's administrator: the latest refusals, newest first."""
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator reads the refusals")
    query = select(Refusal).order_by(Refusal.id.desc()).limit(1000)
    if person_id is not None:
        query = query.where(Refusal.person_id == person_id)
    return [
        {
            "at": r.at.isoformat(),
            "person_id": r.person_id,
            "method": r.method,
            "path": r.path,
            "status": r.status,
            "reason": r.reason,
        }
        for r in ctx.session.scalars(query)
    ]
