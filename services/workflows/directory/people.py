"""Person ids named in requests, resolved through the access policy (services.domain.grants).

An id the caller may not see is "not found" (404 naming the field), exactly as an id that does
not exist; a person the caller may see but who may not hold the role is a 422 naming the field.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.domain.errors import FieldErrors, NotFound
from services.domain.grants import REASONS, PersonFacts, Place, grant_refusal, person_visible
from services.storage.models import CspRole, Person
from services.workflows.kernel.context import Ctx


def facts_of(session: Session, person: Person) -> PersonFacts:
    csps = session.scalars(select(CspRole.csp_id).where(CspRole.person_id == person.id))
    return PersonFacts(
        person_id=person.id,
        agency_id=person.agency_id,
        agency_csp_id=person.agency.csp_id if person.agency else None,
        csp_ids=frozenset(csps),
        pool_chair=bool(person.pool_chair),
        pool_overview_author=bool(person.pool_overview_author),
        removed=person.removed_at is not None,
        is_admin=bool(person.is_admin),
        home_office=bool(person.home_office_reviewer),
    )


def visible(ctx: Ctx, person_id: int | None, field: str, csp_id: int | None) -> Person:
    """The person, if the caller may see them in the context of `csp_id`; NotFound otherwise."""
    person = ctx.session.get(Person, person_id) if person_id is not None else None
    if person is None or not person_visible(ctx.principal, facts_of(ctx.session, person), csp_id):
        raise NotFound("person", field=field)
    return person


def candidate(
    ctx: Ctx,
    role: str,
    person_id: int,
    field: str,
    csp_id: int,
    agency_id: int | None = None,
    errors: FieldErrors | None = None,
) -> Person:
    """The person to be given `role`: visible to the caller (404 at once), then allowed by
    GRANTS (422; added to `errors` when given, so every broken rule is named together)."""
    person = visible(ctx, person_id, field, csp_id)
    reason = grant_refusal(role, facts_of(ctx.session, person), Place(csp_id, agency_id))
    found = FieldErrors() if errors is None else errors
    if reason is not None:
        found.add(field, REASONS[reason])
    if errors is None:
        found.raise_if_any()
    return person
