"""Who may see and do what: decided here, from the person's CSP and review memberships.

A review is visible to people holding a role in its CSP and to its own members; to anyone
else it does not exist (404, not 403), so its existence is not revealed. A CSP's auditor reads
its reviews' audit trails and access logs only; a Home Office reviewer reads only the versions
submitted to the Home Office.

An IMR is narrower (V17): the review's chair and coordinator, and the agency's own senior manager
and author, see it in every state and version; the CSP chair, panel members and the overview
author see it only once accepted, and only the accepted version. Everyone else, including other
agencies' IMR authors, gets 404.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from services.domain.errors import Forbidden, NotFound

CSP_ROLES = ("coordinator", "chair", "auditor")
REVIEW_ROLES = ("chair", "panel_member", "overview_author")

COORD, CSP_CHAIR, AUDITOR = "csp:coordinator", "csp:chair", "csp:auditor"
# An application (a Power Automate flow) granted the app role Dhr.Subscriptions.<CSP code>.
FLOWS = "csp:flows"
CHAIR, MEMBER, AUTHOR = "review:chair", "review:panel_member", "review:overview_author"
SENIOR_MANAGER, IMR_AUTHOR = "imr:senior_manager", "imr:author"

# action -> roles that may take it. Review actions share names with the lifecycle.
PERMISSIONS: dict[str, frozenset[str]] = {
    "view_review": frozenset({COORD, CSP_CHAIR, CHAIR, MEMBER, AUTHOR}),
    "create_review": frozenset({COORD}),
    "start_scoping": frozenset({COORD}),
    "decide": frozenset({CSP_CHAIR}),
    "record_home_office_notification": frozenset({COORD, CSP_CHAIR}),
    "direct_review": frozenset({COORD, CSP_CHAIR}),
    "appoint_chair": frozenset({COORD, CSP_CHAIR}),
    "add_panel_member": frozenset({COORD, CSP_CHAIR, CHAIR}),
    "establish_panel": frozenset({COORD, CHAIR}),
    "agree_terms": frozenset({COORD, CHAIR}),
    "start_imrs": frozenset({CHAIR}),
    "record_extension": frozenset({COORD, CSP_CHAIR}),
    "log_parallel_proceeding": frozenset({COORD, CHAIR}),
    "add_subject": frozenset({COORD, CHAIR}),
    "view_subjects": frozenset({COORD, CSP_CHAIR, CHAIR, MEMBER, AUTHOR}),
    "view_audit": frozenset({COORD, CSP_CHAIR, CHAIR, AUDITOR}),
    # Who read which IMR, chronology or draft, and when (the CSP's access log).
    "export_access_log": frozenset({COORD, CSP_CHAIR, AUDITOR}),
    "view_documents": frozenset({COORD, CSP_CHAIR, CHAIR, MEMBER, AUTHOR}),
    "create_document": frozenset({COORD, CHAIR, AUTHOR}),
    "save_document": frozenset({COORD, CHAIR, AUTHOR}),
    "commission_imr": frozenset({CHAIR}),
    "record_panel_meeting": frozenset({COORD, CHAIR}),
    # The combined chronology holds only accepted IMRs' rows: those who may read them.
    "view_chronology": frozenset({COORD, CSP_CHAIR, CHAIR, MEMBER, AUTHOR}),
    "annotate_chronology": frozenset({CHAIR, AUTHOR}),
    "view_family": frozenset({COORD, CHAIR, AUTHOR}),
    "record_family_contact": frozenset({COORD, CHAIR, AUTHOR}),
    "view_restricted_family": frozenset({CHAIR}),
    "edit_recommendations": frozenset({CHAIR, AUTHOR}),
    "edit_actions": frozenset({COORD, CHAIR, AUTHOR}),
    # A panel member records progress (status, milestones, outcome, evidence) only on the
    # actions their own agency leads: see action_edit_scope.
    "report_action_progress": frozenset({COORD, CHAIR, AUTHOR, MEMBER}),
    "run_check": frozenset({COORD, CHAIR, AUTHOR}),
    "view_checks": frozenset({COORD, CSP_CHAIR, CHAIR, AUTHOR}),
    # Sign-off routing (docs/rules.md, sign-off routing).
    "request_signoff": frozenset({COORD, CHAIR, AUTHOR}),
    "panel_sign_off": frozenset({CHAIR}),
    "csp_agree": frozenset({CSP_CHAIR}),
    "submit_to_home_office": frozenset({COORD}),
    "record_home_office_outcome": frozenset({COORD}),
    "answer_feedback": frozenset({CHAIR, AUTHOR}),
    "record_clearance": frozenset({COORD}),
    "record_distribution": frozenset({COORD}),
    "conclude": frozenset({COORD, CSP_CHAIR}),
    "reopen": frozenset({CSP_CHAIR}),
    # The case file: every record of the review, as far as the caller may see each one; an
    # auditor reads it as they read the trail (ids, dates and states; no case content).
    "view_case_file": frozenset({COORD, CSP_CHAIR, CHAIR, MEMBER, AUTHOR, AUDITOR}),
    "publish": frozenset({COORD}),
    "confirm_publication": frozenset({COORD, CSP_CHAIR}),
    "view_dashboard": frozenset({COORD, CSP_CHAIR}),
    "manage_directory": frozenset({COORD}),
    "view_directory": frozenset({COORD, CSP_CHAIR}),
    # A CSP's own templates: the people who restyle and choose them.
    "view_templates": frozenset({COORD, CSP_CHAIR}),
    "manage_subscriptions": frozenset({COORD, FLOWS}),
}

# App role -> the CSP role it gives an application in the CSP named after the prefix.
APP_ROLES = {"Dhr.Subscriptions.": "flows"}

# IMR action -> roles that may take it, on top of seeing the IMR.
IMR_PERMISSIONS: dict[str, frozenset[str]] = {
    "view_imr": frozenset({COORD, CHAIR, SENIOR_MANAGER, IMR_AUTHOR}),
    "view_accepted_imr": frozenset({CSP_CHAIR, MEMBER, AUTHOR}),
    "name_imr_author": frozenset({SENIOR_MANAGER}),
    "attest_imr": frozenset({IMR_AUTHOR}),
    "edit_imr": frozenset({IMR_AUTHOR}),
    "submit_imr": frozenset({IMR_AUTHOR}),
    "qa_imr": frozenset({SENIOR_MANAGER}),
    "accept_imr": frozenset({CHAIR}),
    "manage_imr_letters": frozenset({COORD, CHAIR}),
}
FULL, ACCEPTED_ONLY = "full", "accepted"
# An auditor reads a review's trails without seeing the review itself.
AUDIT_ONLY = frozenset({"view_audit", "export_access_log", "view_case_file"})


@dataclass(frozen=True)
class ImrFacts:
    """What an IMR access decision needs to know about the IMR."""

    imr_id: int
    csp_id: int
    review_id: int
    accepted: bool


@dataclass(frozen=True)
class Principal:
    """A signed-in person and every role they hold."""

    person_id: int
    name: str
    is_admin: bool = False
    csp_roles: dict[int, frozenset[str]] = field(default_factory=dict)
    review_roles: dict[int, frozenset[str]] = field(default_factory=dict)
    imr_roles: dict[int, frozenset[str]] = field(default_factory=dict)
    imr_reviews: frozenset[int] = frozenset()  # reviews in which the person holds an IMR role
    # A Home Office QA panel reviewer: reads the versions submitted to the Home Office, nothing
    # else, in every CSP.
    home_office: bool = False

    def roles_for(self, csp_id: int, review_id: int | None = None) -> set[str]:
        roles = {f"csp:{r}" for r in self.csp_roles.get(csp_id, ())}
        if review_id is not None:
            roles |= {f"review:{r}" for r in self.review_roles.get(review_id, ())}
        return roles

    @property
    def csp_ids(self) -> set[int]:
        return set(self.csp_roles)


def can(principal: Principal, action: str, csp_id: int, review_id: int | None = None) -> bool:
    if principal.is_admin and action in {"manage_directory", "view_directory"}:
        return True
    return bool(principal.roles_for(csp_id, review_id) & PERMISSIONS[action])


def require_review(principal: Principal, action: str, csp_id: int, review_id: int) -> None:
    """NotFound when the caller cannot see the review; Forbidden when only the act is barred."""
    audits = action in AUDIT_ONLY and can(principal, action, csp_id, review_id)
    if not (can(principal, "view_review", csp_id, review_id) or audits):
        raise NotFound("review")
    if not can(principal, action, csp_id, review_id):
        raise Forbidden(f"Your roles on this review do not allow '{action}'")


def require_csp(principal: Principal, action: str, csp_id: int) -> None:
    if not can(principal, action, csp_id):
        raise Forbidden(f"Your roles in this CSP do not allow '{action}'")


def permitted(principal: Principal, actions: list[str], csp_id: int, review_id: int) -> list[str]:
    return [a for a in actions if can(principal, a, csp_id, review_id)]


ALL_FIELDS, PROGRESS_ONLY = "all", "progress"


def action_edit_scope(
    principal: Principal, csp_id: int, review_id: int, *, own_agency_leads: bool
) -> str | None:
    """ALL_FIELDS, PROGRESS_ONLY (the lead agency's panel member), or None (may not edit)."""
    if can(principal, "edit_actions", csp_id, review_id):
        return ALL_FIELDS
    if own_agency_leads and can(principal, "report_action_progress", csp_id, review_id):
        return PROGRESS_ONLY
    return None


# Actions that take a file from the caller: only someone who may take one of them somewhere
# may start a sliced upload (an upload session is disk space held for them).
UPLOAD_ACTIONS = (
    "create_document",
    "save_document",
    "report_action_progress",
    "record_home_office_outcome",
    "manage_directory",
)


def may_upload(principal: Principal) -> bool:
    roles = {f"csp:{r}" for held in principal.csp_roles.values() for r in held}
    roles |= {f"review:{r}" for held in principal.review_roles.values() for r in held}
    roles |= {f"imr:{r}" for held in principal.imr_roles.values() for r in held}
    return (
        principal.is_admin
        or any(roles & PERMISSIONS[a] for a in UPLOAD_ACTIONS)
        or bool(roles & IMR_PERMISSIONS["edit_imr"])
    )


def reads_submitted_versions(principal: Principal, action: str) -> bool:
    """A Home Office reviewer may read a document's version that was submitted to them."""
    return principal.home_office and action == "view_documents"


def imr_roles(principal: Principal, facts: ImrFacts) -> set[str]:
    own = {f"imr:{r}" for r in principal.imr_roles.get(facts.imr_id, ())}
    return principal.roles_for(facts.csp_id, facts.review_id) | own


def imr_visibility(principal: Principal, facts: ImrFacts) -> str | None:
    """FULL (every state and version), ACCEPTED_ONLY, or None (the IMR does not exist to them)."""
    roles = imr_roles(principal, facts)
    if roles & IMR_PERMISSIONS["view_imr"]:
        return FULL
    if facts.accepted and roles & IMR_PERMISSIONS["view_accepted_imr"]:
        return ACCEPTED_ONLY
    return None


def require_imr(principal: Principal, action: str, facts: ImrFacts) -> str:
    """The caller's visibility of the IMR; NotFound when they cannot see it, Forbidden if barred."""
    visibility = imr_visibility(principal, facts)
    if visibility is None:
        raise NotFound("IMR")
    if action not in ("view_imr", "view_accepted_imr") and not (
        imr_roles(principal, facts) & IMR_PERMISSIONS[action]
    ):
        raise Forbidden(f"Your roles on this IMR do not allow '{action}'")
    return visibility
