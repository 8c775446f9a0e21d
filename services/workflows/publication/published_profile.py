"""What the published profile of a report says about itself, in place of the working copy's
marking and version furniture: the cleared version's own label and the day the Community Safety
Partnership agreed the report."""

from __future__ import annotations

from sqlalchemy import select

from services.documents.jinja_env import uk_date
from services.storage.models import Document, SignOff
from services.workflows.kernel.context import Ctx


def cover_note(ctx: Ctx, doc: Document, label: str) -> str:
    agreed = ctx.session.scalar(
        select(SignOff)
        .where(
            SignOff.document_id == doc.id,
            SignOff.stage == "csp",
            SignOff.state == "approved",
            SignOff.decided_at.is_not(None),
        )
        .order_by(SignOff.decided_at.desc())
    )
    if agreed is None:
        return f"Version {label}"
    day = uk_date(agreed.decided_at)
    return f"Version {label}, agreed by the Community Safety Partnership on {day}"
