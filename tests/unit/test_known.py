"""`known`: a value an earlier check guarantees, checked at run time (not stripped like assert)."""

from __future__ import annotations

import pytest

from services.domain.errors import BrokenInvariant, known


def test_a_value_that_is_there_is_given_back_as_it_is():
    assert known(0, "zero is a value") == 0
    assert known("", "so is an empty string") == ""


def test_a_missing_value_names_the_broken_invariant():
    with pytest.raises(BrokenInvariant, match="start\\(\\) made the executor"):
        known(None, "start() made the executor")
