"""Letters that can be sent (docs/templates.md): each is signed by the holder of its sender role
on the review, addressed to a real recipient chosen by id (a family contact, a person in an
agency, or the Home Office and Domestic Abuse Commissioner), and stored as a document version
(`POST /reviews/{id}/letters`), never a preview uploaded back."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.access import can
from services.domain.errors import FieldErrors, NotFound
from services.storage.models import Agency, CspRole, FamilyContact, Person, Review
from services.workflows.directory import people
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx

# The role whose holder signs each letter.
SENDER_ROLES = {
    "police_notification": "police_sio",
    "scoping_request": "coordinator",
    "home_office_decision": "csp_chair",
    "imr_commission": "chair",
    "family_first_letter": "chair",
    "chair_expression_of_interest": "coordinator",
    "home_office_qa_submission": "csp_chair",
    "domestic_abuse_commissioner": "csp_chair",
}
ROLE_TITLES = {
    "chair": "Independent chair",
    "coordinator": "Review coordinator",
    "police_sio": "Senior investigating officer",
    "csp_chair": "Chair of the Community Safety Partnership",
}
FAMILY_LETTERS = ("family_first_letter",)  # to a family contact; never protectively marked
FIXED_RECIPIENTS = {
    "home_office_decision": "home_office",
    "home_office_qa_submission": "home_office",
    "domestic_abuse_commissioner": "commissioner",
    "police_notification": "csp_chair",
}
COMMISSIONER = ["Domestic Abuse Commissioner", "PO Box 78713", "London", "SE16 9ET"]


def _contact(person: Person | None, role: str, organisation: str) -> dict:
    if person is None:
        return {
            "name": "",
            "job_title": "",
            "role_title": ROLE_TITLES[role],
            "organisation": organisation,
            "email": "",
            "phone": "",
        }
    return {
        "name": person.name,
        "job_title": person.job_title,
        "role_title": ROLE_TITLES[role],
        "organisation": organisation,
        "email": person.email,
        "phone": person.phone or "",
    }


def _csp_person(ctx: Ctx, review: Review, role: str) -> Person | None:
    return ctx.session.scalar(
        select(Person)
        .join(CspRole, CspRole.person_id == Person.id)
        .where(CspRole.csp_id == review.csp_id, CspRole.role == role, Person.removed_at.is_(None))
        .order_by(CspRole.id)
    )


def holder(ctx: Ctx, review: Review, role: str) -> dict:
    """Who signs for `role` on this review, with the organisation the letter comes from."""
    csp = review.csp.name
    if role == "chair":
        chair = records.current_chair(ctx, review.id)
        return _contact(chair.person if chair else None, role, csp)
    if role == "police_sio":
        found = _contact(None, role, review.notifying_force)
        return {**found, "name": review.notifying_officer_name}
    return _contact(_csp_person(ctx, review, "chair" if role == "csp_chair" else role), role, csp)


def sender(ctx: Ctx, review: Review, letter: str) -> dict:
    return holder(ctx, review, SENDER_ROLES[letter])


def contacts(ctx: Ctx, review: Review) -> dict:
    return {
        "chair": holder(ctx, review, "chair"),
        "coordinator": holder(ctx, review, "coordinator"),
    }


def recipient(
    ctx: Ctx, review: Review, letter: str, recipient_id: int | None, required: bool = True
) -> dict:
    """The addressee: lines of the address block and the salutation (a preview may leave it
    blank; a letter that is stored names its recipient)."""
    fixed = FIXED_RECIPIENTS.get(letter)
    if recipient_id is None and not fixed and not required:
        return _addressed([], "")
    if fixed == "home_office":
        address = ctx.rules(review.guidance_version).home_office_address
        return _addressed(["Home Office", "Domestic Homicide Review team", address], "Sir or Madam")
    if fixed == "commissioner":
        return _addressed(COMMISSIONER, "Commissioner")
    if fixed == "csp_chair" and recipient_id is None:
        chair = holder(ctx, review, "csp_chair")
        lines = [chair["name"], chair["role_title"], review.csp.name]
        return _addressed(lines, chair["name"] or "Chair")
    if letter in FAMILY_LETTERS:
        return _family(ctx, review, recipient_id)
    errors = FieldErrors()
    errors.check(recipient_id is not None, "recipient_id", "Name the person this letter is to")
    errors.raise_if_any()
    person = people.visible(ctx, recipient_id, "recipient_id", review.csp_id)
    agency = ctx.session.get(Agency, person.agency_id) if person.agency_id else None
    lines = [person.name, person.job_title, agency.name if agency else ""]
    lines += (agency.address or "").splitlines() if agency else []
    return _addressed(lines, person.name)


def _family(ctx: Ctx, review: Review, contact_id: int | None) -> dict:
    """A family contact of this review the caller may see (a restricted one only by those who
    may see restricted contacts)."""
    contact = ctx.session.get(FamilyContact, contact_id) if contact_id is not None else None
    if contact is None or contact.review_id != review.id:
        raise NotFound("family contact", field="recipient_id")
    visible = can(ctx.principal, "view_family", review.csp_id, review.id)
    if contact.risk_flag:
        visible = visible and can(ctx.principal, "view_restricted_family", review.csp_id, review.id)
    if not visible:
        raise NotFound("family contact", field="recipient_id")
    return {**_addressed([contact.name], contact.name), "relationship": contact.relationship}


def _addressed(lines: list[str], salutation: str) -> dict:
    shown = [line.strip() for line in lines if line and line.strip()]
    return {
        "name": shown[0] if shown else "",
        "lines": shown,
        "salutation": salutation,
        "job_title": shown[1] if len(shown) > 1 else "",
        "organisation": shown[2] if len(shown) > 2 else "",
    }
