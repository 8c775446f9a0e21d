"""Access decisions from CSP and review roles."""

from __future__ import annotations

import pytest

from services.domain.access import Principal, can, require_review
from services.domain.errors import Forbidden, NotFound

COORD = Principal(1, "C", csp_roles={10: frozenset({"coordinator"})})
MEMBER = Principal(2, "M", review_roles={100: frozenset({"panel_member"})})
OUTSIDER = Principal(3, "O", csp_roles={20: frozenset({"coordinator"})})
ADMIN = Principal(4, "A", is_admin=True)


def test_csp_roles_reach_every_review_of_the_csp_only():
    assert can(COORD, "view_review", 10, 100) and can(COORD, "view_review", 10, 101)
    assert not can(COORD, "view_review", 20, 200)


def test_review_roles_reach_only_that_review():
    assert can(MEMBER, "view_review", 10, 100)
    assert not can(MEMBER, "view_review", 10, 101)
    assert not can(MEMBER, "decide", 10, 100)


def test_invisible_is_not_found_and_visible_but_barred_is_forbidden():
    with pytest.raises(NotFound):
        require_review(OUTSIDER, "decide", 10, 100)
    with pytest.raises(Forbidden):
        require_review(MEMBER, "decide", 10, 100)
    require_review(COORD, "start_scoping", 10, 100)


def test_administrators_manage_the_directory_but_see_no_review():
    assert can(ADMIN, "manage_directory", 10)
    assert not can(ADMIN, "view_review", 10, 100)
