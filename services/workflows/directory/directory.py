"""CSPs, agencies and people: the directory every review draws its panel and authors from."""

from __future__ import annotations

from sqlalchemy import select

from services.domain.access import CSP_ROLES, can, require_csp
from services.domain.errors import Conflict, FieldErrors, Forbidden, NotFound
from services.domain.grants import person_visible
from services.storage.models import Agency, Csp, CspRole, Person, Review
from services.workflows.directory.people import facts_of
from services.workflows.directory.requests import (
    AgencyRequest,
    CspRequest,
    CspRoleGrant,
    PersonRequest,
)
from services.workflows.kernel import audit_trail
from services.workflows.kernel.context import Ctx


def csp_by_code(ctx: Ctx, code: str) -> Csp:
    csp = ctx.session.scalar(select(Csp).where(Csp.code == code.upper()))
    if csp is None:
        raise NotFound("CSP")
    return csp


def visible_csp(ctx: Ctx, code: str) -> Csp:
    """The CSP, if the caller holds a role in it or on one of its reviews (or administers the
    service); a CSP they have no part in is "not found", exactly like one that does not exist."""
    csp = csp_by_code(ctx, code)
    me = ctx.principal
    if me.is_admin or csp.id in me.csp_ids:
        return csp
    mine = set(me.review_roles) | set(me.imr_reviews)  # a review they work on is in the CSP
    if mine and ctx.session.scalar(
        select(Review.id).where(Review.csp_id == csp.id, Review.id.in_(mine)).limit(1)
    ):
        return csp
    raise NotFound("CSP")


def create_csp(ctx: Ctx, data: CspRequest) -> dict:
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator creates a CSP")
    errors = FieldErrors()
    errors.check(
        data["guidance_version"] in ctx.guidance.versions,
        "guidance_version",
        f"One of {', '.join(ctx.guidance.versions)}",
    )
    errors.raise_if_any()
    if ctx.session.scalar(select(Csp).where(Csp.code == data["code"].upper())):
        raise Conflict("A CSP with this code exists", field="code")
    csp = Csp(**{**data, "code": data["code"].upper()})
    ctx.session.add(csp)
    ctx.session.flush()
    _audit(ctx, "csp.created", {"csp_id": csp.id, "code": csp.code})
    return csp_view(csp)


def list_csps(ctx: Ctx) -> list[dict]:
    csps = ctx.session.scalars(select(Csp).order_by(Csp.code)).all()
    return [csp_view(c) for c in csps if ctx.principal.is_admin or c.id in ctx.principal.csp_ids]


def create_agency(ctx: Ctx, data: AgencyRequest) -> dict:
    csp = visible_csp(ctx, data["csp"])
    require_csp(ctx.principal, "manage_directory", csp.id)
    rules = ctx.rules(csp.guidance_version)
    statutory = data.get("statutory")
    if statutory is None:
        statutory = data["kind"] in rules.statutory_agency_kinds
    exists = select(Agency).where(Agency.csp_id == csp.id, Agency.name == data["name"])
    if ctx.session.scalar(exists):
        raise Conflict("This CSP already has an agency with this name", field="name")
    agency = Agency(csp_id=csp.id, name=data["name"], kind=data["kind"], statutory=statutory)
    ctx.session.add(agency)
    ctx.session.flush()
    _audit(ctx, "agency.created", {"agency_id": agency.id, "csp": csp.code})
    return agency_view(agency)


def list_agencies(ctx: Ctx, csp_code: str | None) -> list[dict]:
    query = select(Agency).join(Csp).order_by(Csp.code, Agency.name)
    if csp_code:
        query = query.where(Csp.code == csp_code.upper())
    return [
        agency_view(a)
        for a in ctx.session.scalars(query)
        if can(ctx.principal, "view_directory", a.csp_id)
    ]


def create_person(ctx: Ctx, data: PersonRequest) -> dict:
    if data.get("home_office_reviewer") and not ctx.principal.is_admin:
        raise Forbidden("Only an administrator adds a Home Office reviewer")
    errors = FieldErrors()
    agency = _agency_for(ctx, data.get("agency_id"), errors)
    grants = _role_grants(ctx, data.get("csp_roles", []), errors)
    errors.raise_if_any()
    email = data["email"].strip().lower()
    if ctx.session.scalar(select(Person).where(Person.email == email)):
        raise Conflict("A person with this email exists", field="email")
    pool = data.get("pool") or {}
    person = Person(
        name=data["name"],
        email=email,
        agency_id=agency.id if agency else None,
        job_title=data.get("job_title", ""),
        pool_chair=pool.get("chair", False),
        pool_overview_author=pool.get("overview_author", False),
        trained_on=pool.get("trained_on"),
        home_office_reviewer=bool(data.get("home_office_reviewer")),
    )
    ctx.session.add(person)
    ctx.session.flush()
    for csp, role in grants:
        ctx.session.add(CspRole(csp_id=csp.id, person_id=person.id, role=role))
    _audit(
        ctx,
        "person.created",
        {
            "person_id": person.id,
            "agency_id": person.agency_id,
            "csp_roles": [f"{c.code}:{r}" for c, r in grants],
            "home_office_reviewer": person.home_office_reviewer,
        },
    )
    return person_view(person)


def _agency_for(ctx: Ctx, agency_id: int | None, errors: FieldErrors) -> Agency | None:
    if agency_id is None:
        # Independent people (the shared pool of chairs and authors) may be added by any
        # CSP's coordinator: the pool is shared across CSPs (seed §12.2).
        errors.check(
            any(can(ctx.principal, "manage_directory", c) for c in ctx.principal.csp_ids)
            or ctx.principal.is_admin,
            "agency_id",
            "You may not add people",
        )
        return None
    agency = ctx.session.get(Agency, agency_id)
    if agency is None or not can(ctx.principal, "manage_directory", agency.csp_id):
        errors.add("agency_id", "No agency with this id in a CSP you coordinate")
        return None
    return agency


def _role_grants(
    ctx: Ctx, grants: list[CspRoleGrant], errors: FieldErrors
) -> list[tuple[Csp, str]]:
    found = []
    for i, grant in enumerate(grants):
        csp = ctx.session.scalar(select(Csp).where(Csp.code == grant["csp"].upper()))
        if csp is None or not can(ctx.principal, "manage_directory", csp.id):
            errors.add(f"csp_roles[{i}].csp", "No CSP with this code that you coordinate")
        elif errors.check(
            grant["role"] in CSP_ROLES, f"csp_roles[{i}].role", f"One of {', '.join(CSP_ROLES)}"
        ):
            found.append((csp, grant["role"]))
    return found


def list_people(ctx: Ctx, csp_code: str | None) -> list[dict]:
    """The people the caller may see (services.domain.grants.person_visible): their CSPs' own
    and the shared pool; an administrator sees everyone."""
    visible = {c for c in ctx.principal.csp_ids if can(ctx.principal, "view_directory", c)}
    if not visible and not ctx.principal.is_admin:
        raise Forbidden("Only CSP coordinators and chairs see the directory")
    wanted = visible_csp(ctx, csp_code).id if csp_code else None
    shown = []
    for person in ctx.session.scalars(select(Person).order_by(Person.name)):
        facts = facts_of(ctx.session, person)
        if wanted is not None and not (facts.belongs_to(wanted) or facts.in_pool):
            continue
        if ctx.principal.is_admin or any(person_visible(ctx.principal, facts, c) for c in visible):
            shown.append(person_view(person))
    return shown


def csp_view(csp: Csp) -> dict:
    return {
        "id": csp.id,
        "code": csp.code,
        "name": csp.name,
        "guidance_version": csp.guidance_version,
        "decision_anchor": csp.decision_anchor,
    }


def agency_view(a: Agency) -> dict:
    return {"id": a.id, "name": a.name, "kind": a.kind, "statutory": a.statutory, "csp": a.csp.code}


def person_view(p: Person) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "email": p.email,
        "agency_id": p.agency_id,
        "agency": p.agency.name if p.agency else None,
        "job_title": p.job_title,
        "signed_in_with_entra": p.entra_object_id is not None,
        "home_office_reviewer": bool(p.home_office_reviewer),
        "removed_at": p.removed_at and p.removed_at.isoformat(),
        "pool": {
            "chair": p.pool_chair,
            "overview_author": p.pool_overview_author,
            "trained_on": p.trained_on.isoformat() if p.trained_on else None,
        },
    }


def remove_person(ctx: Ctx, person_id: int) -> dict:
    """An administrator removes someone who has left: their tokens are refused from now on;
    the record stays, because the audit trail and the documents name them."""
    if not ctx.principal.is_admin:
        raise Forbidden("Only an administrator removes people")
    person = ctx.session.get(Person, person_id)
    if person is None:
        raise NotFound("person")
    if person.removed_at is None:
        person.removed_at = ctx.clock.now()
        _audit(ctx, "person.removed", {"person_id": person.id})
    return person_view(person)


def _audit(ctx: Ctx, action: str, payload: dict) -> None:
    audit_trail.append(
        ctx.session, audit_trail.DIRECTORY_CHAIN, ctx.actor_id, action, payload, ctx.clock.now()
    )
