"""The nine protected characteristics of the Equality Act 2010, as reports must address them."""

from __future__ import annotations

PROTECTED_CHARACTERISTICS = (
    "age",
    "disability",
    "gender reassignment",
    "marriage and civil partnership",
    "pregnancy and maternity",
    "race",
    "religion or belief",
    "sex",
    "sexual orientation",
)
