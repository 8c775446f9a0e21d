"""Who may be named, and who may be given a role on a review: decided here, from the directory.

Two questions, asked of every person id a request names (docs/security.md, "Grants"):

1. May the caller *see* this person here? An administrator sees everyone; anyone else sees the
   people who belong to the CSP in question (an agency of that CSP, or a role in it), the shared
   pool of independent chairs and overview authors, and themselves. Anyone else is "not found",
   whether or not they exist, so a probe learns nothing about other CSPs' directories.
2. May this person be *given* this role here? `GRANTS` says, per role, where the person must
   come from; removed people, administrators and Home Office reviewers never hold a review role.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.domain.access import Principal


@dataclass(frozen=True)
class PersonFacts:
    """What a visibility or grant decision needs to know about a person in the directory."""

    person_id: int
    agency_id: int | None = None
    agency_csp_id: int | None = None  # the CSP of the person's agency
    csp_ids: frozenset[int] = frozenset()  # CSPs where the person holds a CSP role
    pool_chair: bool = False
    pool_overview_author: bool = False
    removed: bool = False
    is_admin: bool = False
    home_office: bool = False

    def belongs_to(self, csp_id: int) -> bool:
        return self.agency_csp_id == csp_id or csp_id in self.csp_ids

    @property
    def in_pool(self) -> bool:
        return self.pool_chair or self.pool_overview_author


@dataclass(frozen=True)
class Place:
    """Where the role would be held: the review's CSP and, for IMR roles, the agency."""

    csp_id: int
    agency_id: int | None = None


@dataclass(frozen=True)
class Grant:
    """Where a holder of the role must come from: the review's CSP or the IMR's agency, and
    which pool flags (if any) admit someone from outside."""

    home: str  # "csp" | "agency"
    pool: tuple[str, ...] = ()


GRANTS: dict[str, Grant] = {
    "chair": Grant("csp", ("pool_chair",)),
    "overview_author": Grant("csp", ("pool_overview_author",)),
    "panel_member": Grant("csp", ("pool_chair", "pool_overview_author")),
    "imr_author": Grant("agency"),
    "senior_manager": Grant("agency"),
}
# A reason code -> the message a person sees (422, naming the field).
REASONS = {
    "removed": "This person has been removed from the directory",
    "administrator": "An administrator of the service cannot hold a role on a review",
    "home_office": "A Home Office reviewer cannot hold a role on a review",
    "outside_csp": "This person belongs neither to the review's CSP nor to the pool of "
    "independent chairs and overview authors",
    "outside_agency": "This person does not work for the agency giving the IMR",
}


def person_visible(principal: Principal, person: PersonFacts, csp_id: int | None) -> bool:
    """Whether the caller may learn that this person exists, in the context of `csp_id`
    (None: any CSP the caller holds a role in)."""
    if principal.is_admin or person.person_id == principal.person_id:
        return True
    if person.in_pool:
        return True
    places = principal.csp_ids if csp_id is None else {csp_id}
    return any(person.belongs_to(c) for c in places)


def grant_refusal(role: str, person: PersonFacts, place: Place) -> str | None:
    """The reason code the person may not hold `role` at `place`, or None when they may."""
    if person.removed:
        return "removed"
    if person.is_admin:
        return "administrator"
    if person.home_office:
        return "home_office"
    rule = GRANTS[role]
    if rule.home == "agency":
        return None if person.agency_id == place.agency_id else "outside_agency"
    if person.belongs_to(place.csp_id) or any(getattr(person, f) for f in rule.pool):
        return None
    return "outside_csp"
