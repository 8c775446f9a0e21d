"""After "approved subject to changes": clearance pins the revised versions, so someone must
have signed off exactly those. The CSP always; the panel too when the guidance version asks
(`panel_signs_revisions`). A kind left as submitted is covered by the sign-offs behind the
submission (V19)."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.errors import FieldErrors
from services.storage.models import HomeOfficeSubmission, Review, SignOff
from services.workflows.kernel.context import Ctx

STAGE_NAMES = {"csp": "the CSP", "panel": "the panel"}


def require_signed(
    ctx: Ctx, review: Review, submission: HomeOfficeSubmission, pins: dict[str, dict]
) -> None:
    """422 naming each revised version and the sign-off it lacks."""
    stages = ["csp"]
    if ctx.rules(review.guidance_version).panel_signs_revisions:
        stages.insert(0, "panel")
    errors = FieldErrors()
    for kind, pin in pins.items():
        sent = submission.pins.get(kind, {})
        if (sent.get("document_id"), sent.get("sha256")) == (pin["document_id"], pin["sha256"]):
            continue
        missing = [STAGE_NAMES[s] for s in stages if not _approved(ctx, review, pin, s)]
        errors.check(
            not missing,
            f"versions.{kind}",
            f"Version {pin['label']} of the {kind.replace('_', ' ')} was revised after the "
            f"Home Office letter and has no sign-off by {' and '.join(missing)}: request one "
            "before clearance",
        )
    errors.raise_if_any()


def _approved(ctx: Ctx, review: Review, pin: dict, stage: str) -> bool:
    query = select(SignOff.id).where(
        SignOff.review_id == review.id,
        SignOff.document_id == pin["document_id"],
        SignOff.stage == stage,
        SignOff.state == "approved",
        SignOff.label == pin["label"],
        SignOff.sha256 == pin["sha256"],
    )
    return ctx.session.scalar(query.limit(1)) is not None
