"""Rules for the review's subject register: the people in the case and their pseudonyms."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from services.domain.errors import FieldErrors

SUBJECT_ROLES = ("victim", "perpetrator", "child", "family", "friend", "colleague", "other")


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def check_subject(data: Mapping[str, Any], existing: list[dict[str, Any]]) -> None:
    """A pseudonym must not be anyone's real name or alias, nor repeat another subject's."""
    errors = FieldErrors()
    errors.check(data["role"] in SUBJECT_ROLES, "role", f"One of {', '.join(SUBJECT_ROLES)}")
    errors.check(bool(data["real_name"].strip()), "real_name", "Must not be blank")
    pseudonym = fold(data.get("pseudonym") or "")
    names = {fold(n) for s in [*existing, data] for n in [s["real_name"], *s.get("aliases", [])]}
    if pseudonym:
        errors.check(
            pseudonym not in names,
            "pseudonym",
            "The pseudonym is a real name or alias of someone in this review",
        )
        taken = {fold(s["pseudonym"]) for s in existing if s.get("pseudonym")}
        errors.check(pseudonym not in taken, "pseudonym", "Another subject has this pseudonym")
    for i, alias in enumerate(data.get("aliases", [])):
        errors.check(bool(alias.strip()), f"aliases[{i}]", "Must not be blank")
    errors.raise_if_any()
