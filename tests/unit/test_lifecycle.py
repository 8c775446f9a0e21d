"""The review's state machine."""

from __future__ import annotations

import pytest

from services.domain.errors import InvalidTransition
from services.domain.lifecycle import State, allowed_actions, is_open, next_state


def test_the_happy_path_from_notification_to_imrs():
    state = State.NOTIFIED
    state = next_state(state, "start_scoping")
    assert state == State.DECISION_PENDING
    state = next_state(state, "decide", proceed=True)
    assert state == State.PROCEEDING
    state = next_state(state, "establish_panel")
    assert state == State.PANEL_ESTABLISHED
    state = next_state(state, "agree_terms")
    assert state == State.TERMS_AGREED
    assert next_state(state, "agree_terms") == State.TERMS_AGREED  # an amendment stays
    assert next_state(state, "start_imrs") == State.IMRS_IN_PROGRESS


def test_decision_may_come_straight_after_notification():
    assert next_state(State.NOTIFIED, "decide", proceed=False) == State.NOT_PROCEEDING


def test_only_a_direction_reopens_a_no_review_decision():
    assert allowed_actions(State.NOT_PROCEEDING) == [
        "record_home_office_notification",
        "direct_review",
    ]
    assert next_state(State.NOT_PROCEEDING, "direct_review") == State.PROCEEDING


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (State.NOTIFIED, "establish_panel"),
        (State.PROCEEDING, "decide"),
        (State.PROCEEDING, "start_imrs"),  # V5: terms first
        (State.PANEL_ESTABLISHED, "start_imrs"),
        (State.NOT_PROCEEDING, "appoint_chair"),
        (State.IMRS_IN_PROGRESS, "start_scoping"),
    ],
)
def test_illegal_moves_name_the_allowed_actions(state, action):
    with pytest.raises(InvalidTransition) as caught:
        next_state(state, action)
    assert caught.value.allowed == allowed_actions(state)
    assert action not in caught.value.allowed


def test_open_states():
    assert is_open(State.IMRS_IN_PROGRESS) and not is_open(State.NOT_PROCEEDING)
