"""Family, friends and wider networks approached by the review (the briefing's §7).

A contact with a risk flag (e.g. honour-based abuse) is seen in full only by the review's chair;
everyone else sees that such a contact exists and nothing that could identify or locate them.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain.access import can
from services.domain.errors import FieldErrors
from services.storage.models import FamilyContact, Review
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import FamilyContactRequest

METHODS = ("letter", "email", "telephone", "meeting", "through_advocate", "through_police_flo")
OUTCOMES = ("took_part", "declined", "no_response", "not_approached_risk", "pending")


def contact_view(contact: FamilyContact, full: bool) -> dict:
    if contact.risk_flag and not full:
        return {"id": contact.id, "restricted": True, "risk_flag": contact.risk_flag}
    return {
        "id": contact.id,
        "restricted": bool(contact.risk_flag),
        "name": contact.name,
        "relationship": contact.relationship,
        "approached_on": contact.approached_on and contact.approached_on.isoformat(),
        "method": contact.method,
        "advocacy_offered": contact.advocacy_offered,
        "advocacy_provider": contact.advocacy_provider,
        "wishes": contact.wishes,
        "pseudonym_wishes": contact.pseudonym_wishes,
        "outcome": contact.outcome,
        "contribution": contact.contribution,
        "risk_flag": contact.risk_flag,
        "saw_draft": contact.saw_draft,
        "draft_comments": contact.draft_comments,
    }


def _contacts(ctx: Ctx, review: Review) -> list[FamilyContact]:
    query = select(FamilyContact).where(FamilyContact.review_id == review.id)
    return list(ctx.session.scalars(query.order_by(FamilyContact.id)))


def list_contacts(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_family")
    full = can(ctx.principal, "view_restricted_family", review.csp_id, review.id)
    return [contact_view(c, full) for c in _contacts(ctx, review)]


def add_contact(ctx: Ctx, review_id: int, data: FamilyContactRequest) -> dict:
    review = records.open_review(ctx, review_id, "record_family_contact", lock=True)
    errors = FieldErrors()
    errors.check(data["method"] in METHODS, "method", f"One of {', '.join(METHODS)}")
    errors.check(data["outcome"] in OUTCOMES, "outcome", f"One of {', '.join(OUTCOMES)}")
    errors.not_future(data, "approached_on", ctx.today)
    errors.check(
        not data["advocacy_provider"] or data["advocacy_offered"],
        "advocacy_provider",
        "Name a provider only when advocacy was offered",
    )
    errors.raise_if_any()
    contact = FamilyContact(
        review_id=review.id, recorded_by=ctx.actor_id, recorded_at=ctx.clock.now(), **data
    )
    ctx.session.add(contact)
    ctx.session.flush()
    record(
        ctx,
        review,
        "family.contact_recorded",
        {
            "contact_id": contact.id,
            "outcome": contact.outcome,
            "restricted": bool(contact.risk_flag),
        },
    )
    full = can(ctx.principal, "view_restricted_family", review.csp_id, review.id)
    return contact_view(contact, full)


def for_report(ctx: Ctx, review: Review) -> dict:
    """What the overview's family section may say: relationships and outcomes, never names."""
    contacts = _contacts(ctx, review)
    shown = [c for c in contacts if not c.risk_flag]
    return {
        "contacts": [
            {
                "relationship": c.relationship,
                "approached_on": c.approached_on,
                "method": c.method.replace("_", " "),
                "advocacy": (
                    f"Offered: {c.advocacy_provider}" if c.advocacy_provider else "Offered"
                )
                if c.advocacy_offered
                else "Not offered",
                "outcome": c.outcome.replace("_", " ").capitalize(),
            }
            for c in shown
        ],
        "restricted": len(contacts) - len(shown),
        "count": len(contacts),
    }
