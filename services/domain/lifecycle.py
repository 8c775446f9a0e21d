"""The review's lifecycle as an explicit state machine (docs/rules.md): states, actions, moves."""

from __future__ import annotations

from enum import StrEnum

from services.domain.errors import InvalidTransition


class State(StrEnum):
    NOTIFIED = "notified"
    DECISION_PENDING = "decision_pending"
    NOT_PROCEEDING = "not_proceeding"
    PROCEEDING = "proceeding"
    PANEL_ESTABLISHED = "panel_established"
    TERMS_AGREED = "terms_agreed"
    IMRS_IN_PROGRESS = "imrs_in_progress"
    PANEL_SIGNED_OFF = "panel_signed_off"
    CSP_AGREED = "csp_agreed"
    WITH_HOME_OFFICE = "with_home_office"
    REVISING = "revising"
    HOME_OFFICE_APPROVED = "home_office_approved"
    CLEARED = "cleared"
    DISTRIBUTED = "distributed"
    PUBLISHED = "published"
    CONCLUDED = "concluded"


S = State
_UNDECIDED = (S.NOTIFIED, S.DECISION_PENDING)
_DRAFTING = (S.IMRS_IN_PROGRESS, S.PANEL_SIGNED_OFF, S.CSP_AGREED)
_SIGNING_OFF = (*_DRAFTING, S.REVISING)
_AFTER_HOME_OFFICE = (
    S.WITH_HOME_OFFICE,
    S.REVISING,
    S.HOME_OFFICE_APPROVED,
    S.CLEARED,
    S.DISTRIBUTED,
    S.PUBLISHED,
)
_RUNNING = (
    S.PROCEEDING,
    S.PANEL_ESTABLISHED,
    S.TERMS_AGREED,
    *_DRAFTING,
    *_AFTER_HOME_OFFICE,
)
_OPEN = (*_UNDECIDED, *_RUNNING)
# The panel and its chair change until the Home Office has approved the report; after that
# nothing is left for a new member to do.
_PANEL_CHANGES = (
    S.PROCEEDING,
    S.PANEL_ESTABLISHED,
    S.TERMS_AGREED,
    *_DRAFTING,
    S.WITH_HOME_OFFICE,
    S.REVISING,
)
# The overview deadline is met when the CSP agrees the report: extensions only before that.
_BEFORE_CSP_AGREED = (
    S.PROCEEDING,
    S.PANEL_ESTABLISHED,
    S.TERMS_AGREED,
    S.IMRS_IN_PROGRESS,
    S.PANEL_SIGNED_OFF,
)
# States in which commissioned IMRs are written, quality-assured and accepted.
IMR_STAGES = (S.IMRS_IN_PROGRESS,)
# States in which the overview, executive summary and action plan are drafted and signed off.
SIGN_OFF_STAGES = _SIGNING_OFF
# States after the CSP agreed the report and its action plan: new actions must then be SMART.
PLAN_AGREED_STAGES = (S.CSP_AGREED, *_AFTER_HOME_OFFICE, S.CONCLUDED)

# action -> (states it may start from, state it leads to; None = stays, "outcome" = decided by data)
TRANSITIONS: dict[str, tuple[tuple[State, ...], State | str | None]] = {
    "start_scoping": ((S.NOTIFIED,), S.DECISION_PENDING),
    "decide": (_UNDECIDED, "outcome"),
    "record_home_office_notification": ((S.PROCEEDING, S.NOT_PROCEEDING), None),
    "direct_review": ((S.NOT_PROCEEDING,), S.PROCEEDING),
    "appoint_chair": (_PANEL_CHANGES, None),
    "add_panel_member": (_PANEL_CHANGES, None),
    "establish_panel": ((S.PROCEEDING,), S.PANEL_ESTABLISHED),
    "agree_terms": ((S.PANEL_ESTABLISHED, S.TERMS_AGREED, S.IMRS_IN_PROGRESS), None),
    "start_imrs": ((S.TERMS_AGREED,), S.IMRS_IN_PROGRESS),
    # V5: IMRs are commissioned only once the decision is made and the terms agreed.
    "commission_imr": ((S.TERMS_AGREED, S.IMRS_IN_PROGRESS), S.IMRS_IN_PROGRESS),
    "record_extension": (_BEFORE_CSP_AGREED, None),
    "log_parallel_proceeding": (_OPEN, None),
    "add_subject": (_OPEN, None),
    # docs/rules.md, sign-off routing: sign-offs, Home Office, clearance, distribution, conclusion.
    "request_signoff": (_SIGNING_OFF, None),
    "panel_sign_off": ((S.IMRS_IN_PROGRESS, S.REVISING), S.PANEL_SIGNED_OFF),
    "csp_agree": ((S.PANEL_SIGNED_OFF, S.REVISING), S.CSP_AGREED),
    "submit_to_home_office": ((S.CSP_AGREED,), S.WITH_HOME_OFFICE),
    "record_home_office_outcome": ((S.WITH_HOME_OFFICE,), "outcome"),
    "answer_feedback": ((S.REVISING,), None),
    "record_clearance": ((S.HOME_OFFICE_APPROVED, S.REVISING), S.CLEARED),
    "record_distribution": ((S.CLEARED, S.DISTRIBUTED, S.PUBLISHED), None),
    "publish": ((S.CLEARED, S.DISTRIBUTED), S.PUBLISHED),
    "conclude": ((S.DISTRIBUTED, S.PUBLISHED), S.CONCLUDED),
    # The CSP chair reopens a concluded review (with a reason): back to where it was concluded.
    "reopen": ((S.CONCLUDED,), "outcome"),
}


def allowed_actions(state: str) -> list[str]:
    return [action for action, (sources, _) in TRANSITIONS.items() if state in sources]


HOME_OFFICE_OUTCOMES = {
    "approved": S.HOME_OFFICE_APPROVED,
    "approved_subject_to_changes": S.REVISING,
    "resubmission_required": S.REVISING,
}


def next_state(
    state: str, action: str, *, proceed: bool | None = None, outcome: str | None = None
) -> str:
    """The state after `action`, or InvalidTransition naming what is allowed now."""
    sources, target = TRANSITIONS[action]
    if state not in sources:
        raise InvalidTransition(state, action, allowed_actions(state))
    if target == "outcome" and action == "record_home_office_outcome":
        if outcome is None:
            raise ValueError("record_home_office_outcome needs the panel's outcome")
        return HOME_OFFICE_OUTCOMES[outcome]
    if target == "outcome" and action == "reopen":
        return S.PUBLISHED if outcome == S.PUBLISHED else S.DISTRIBUTED
    if target == "outcome":
        return S.PROCEEDING if proceed else S.NOT_PROCEEDING
    if action == "agree_terms" and state == S.PANEL_ESTABLISHED:
        return S.TERMS_AGREED
    return state if target is None else str(target)


def is_open(state: str) -> bool:
    return state in _OPEN
