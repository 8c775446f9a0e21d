"""Reading the directory's audit trail (CSPs, agencies, people): administrators only."""

from __future__ import annotations

from services.domain.errors import Forbidden
from services.workflows.kernel import audit_trail
from services.workflows.kernel.context import Ctx


def directory_audit(ctx: Ctx) -> dict:
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator reads the directory's audit trail")
    return audit_trail.trail(ctx.session, audit_trail.DIRECTORY_CHAIN)
