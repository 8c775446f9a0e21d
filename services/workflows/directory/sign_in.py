"""Who an Entra ID token speaks for: the person linked to its tenant and object id.

A person's first sign-in links them, once, by the token's username to the directory entry an
administrator or coordinator made for them (the invitation): a member of the home tenant or of a
partner tenant (DHR_ENTRA_ALLOWED_TENANTS), or a B2B guest of the home tenant. From
then on only `tid` + `oid` count: a changed email or a guest with the same address from another
tenant cannot take the record over. A removed person's tokens are refused.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.auth.entra import AppIdentity, EntraIdentity
from services.domain.access import APP_ROLES, Principal
from services.domain.errors import FieldError, Invalid, Unauthenticated
from services.storage.models import Csp, Person
from services.workflows.kernel import audit_trail


def person_for(
    session: Session, identity: EntraIdentity, home_tenant: str, now, partners: tuple = ()
) -> int:
    try:
        person = person_for_linked(session, identity)
    except Unauthenticated:
        person = _link(session, identity, (home_tenant, *partners), now)
    if person.removed_at is not None:
        raise Unauthenticated("This person has been removed from the directory")
    return person.id


def _link(session: Session, identity: EntraIdentity, tenants: tuple, now) -> Person:
    person = _invited(session, identity, tenants)
    person.entra_tenant_id, person.entra_object_id = identity.tenant_id, identity.object_id
    payload = {"person_id": person.id, "tid": identity.tenant_id, "oid": identity.object_id}
    if identity.guest:
        payload |= {"guest": True, "home_tid": identity.home_tenant_id}
    return _commit_link(session, identity, person, "person.linked", payload, now)


def _commit_link(session: Session, identity, person: Person, action: str, payload, now) -> Person:
    """Audits the link and commits it at once: it stands whatever the request then does. When
    the same account's first two requests raced, the other one's link wins."""
    audit_trail.append(session, audit_trail.DIRECTORY_CHAIN, person.id, action, payload, now)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return person_for_linked(session, identity)
    return person


def person_for_linked(session: Session, identity: EntraIdentity | AppIdentity) -> Person:
    person = session.scalar(
        select(Person).where(
            Person.entra_object_id == identity.object_id,
            Person.entra_tenant_id == identity.tenant_id,
        )
    )
    if person is None:
        raise Unauthenticated("No one in the directory is linked to this account")
    return person


def _invited(session: Session, identity: EntraIdentity, tenants: tuple) -> Person:
    if identity.tenant_id not in tenants or not identity.username:
        raise Unauthenticated("No one in the directory is linked to this account")
    person = session.scalar(
        select(Person).where(
            func.lower(Person.email) == identity.username,
            Person.entra_object_id.is_(None),
            Person.removed_at.is_(None),
        )
    )
    if person is None:
        raise Unauthenticated(
            "No invitation for this account: ask your coordinator to add you to the directory"
        )
    return person


def application_for(session: Session, identity: AppIdentity, home_tenant: str, now) -> int:
    """The directory entry standing for an application (made at its first call, audited), so
    what it does is attributed like a person's; it holds no role but what its token grants."""
    if identity.tenant_id != home_tenant:
        raise Unauthenticated("Applications from other tenants are not accepted")
    try:
        return person_for_linked(session, identity).id
    except Unauthenticated:
        pass
    app = Person(
        name=f"Application {identity.app_id or identity.object_id}",
        email=f"{identity.object_id}@applications.invalid",
        entra_tenant_id=identity.tenant_id,
        entra_object_id=identity.object_id,
    )
    session.add(app)
    session.flush()
    payload = {"person_id": app.id, "app_id": identity.app_id, "oid": identity.object_id}
    return _commit_link(session, identity, app, "application.registered", payload, now).id


def with_app_roles(session: Session, principal: Principal, roles: tuple[str, ...]) -> Principal:
    """The principal with the CSP roles its app roles grant (Dhr.Subscriptions.DEMO → flows)."""
    granted: dict[int, set[str]] = {k: set(v) for k, v in principal.csp_roles.items()}
    for role in roles:
        for prefix, csp_role in APP_ROLES.items():
            if role.startswith(prefix):
                csp = session.scalar(select(Csp).where(Csp.code == role[len(prefix) :].upper()))
                if csp is not None:
                    granted.setdefault(csp.id, set()).add(csp_role)
    return dataclasses.replace(principal, csp_roles={k: frozenset(v) for k, v in granted.items()})


def dev_person(session: Session, email: str) -> int:
    """Embedded mode's sign-in by email: anyone in the directory who has not been removed."""
    person = session.scalar(select(Person).where(Person.email == email.lower()))
    if person is None or person.removed_at is not None:  # the same answer for both
        raise Invalid([FieldError("email", "No person with this email")])
    return person.id
