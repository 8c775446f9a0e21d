"""Builds the signed-in Principal from the person's CSP roles, review memberships and IMRs, and
keeps the ones built while nothing they are built from has changed (Principals)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from services.domain.access import Principal
from services.domain.errors import NotFound
from services.storage.models import AccessGeneration, CspRole, Imr, Person, ReviewMember


def load_principal(session: Session, person_id: int) -> Principal:
    person = session.get(Person, person_id)
    if person is None or person.removed_at is not None:
        raise NotFound("person")
    csp_roles: dict[int, set[str]] = defaultdict(set)
    for role in session.scalars(select(CspRole).where(CspRole.person_id == person_id)):
        csp_roles[role.csp_id].add(role.role)
    review_roles: dict[int, set[str]] = defaultdict(set)
    members = select(ReviewMember).where(
        ReviewMember.person_id == person_id, ReviewMember.left_on.is_(None)
    )
    for member in session.scalars(members):
        review_roles[member.review_id].add(member.role)
    imr_roles: dict[int, set[str]] = defaultdict(set)
    imr_reviews: set[int] = set()
    held = select(Imr).where(or_(Imr.senior_manager_id == person_id, Imr.author_id == person_id))
    for imr in session.scalars(held):
        imr_reviews.add(imr.review_id)
        if imr.senior_manager_id == person_id:
            imr_roles[imr.id].add("senior_manager")
        if imr.author_id == person_id:
            imr_roles[imr.id].add("author")
    return Principal(
        person_id=person.id,
        name=person.name,
        is_admin=person.is_admin,
        csp_roles={k: frozenset(v) for k, v in csp_roles.items()},
        review_roles={k: frozenset(v) for k, v in review_roles.items()},
        imr_roles={k: frozenset(v) for k, v in imr_roles.items()},
        imr_reviews=frozenset(imr_reviews),
        home_office=bool(person.home_office_reviewer),
    )


class Principals:
    """The principals this process has built, each with the access generation it was built
    under. A request reads the generation (one indexed row) and reuses the principal only when
    it is unchanged; database triggers change it on any write to people, CSP roles, review
    memberships or IMRs (migration 0019), from any process. The generation is read before the
    rows, so a principal is never older than the generation it is kept under."""

    def __init__(self, limit: int = 10_000):
        self._kept: dict[int, tuple[str, Principal]] = {}
        self._limit = limit

    def load(self, session: Session, person_id: int) -> Principal:
        token = session.scalar(select(AccessGeneration.token).where(AccessGeneration.id == 1))
        kept = self._kept.get(person_id)
        if token is not None and kept is not None and kept[0] == token:
            return kept[1]
        principal = load_principal(session, person_id)
        if token is not None:
            if len(self._kept) >= self._limit:
                self._kept.clear()
            self._kept[person_id] = (token, principal)
        return principal
