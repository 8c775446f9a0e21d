"""Numbered lists of recommendations: numbers as given or in order, unique, text present."""

from __future__ import annotations

from typing import Any

from services.domain.errors import FieldErrors

SCOPES = ("local", "regional", "national")


def numbered(
    items: list[dict[str, Any]], field: str = "recommendations", scoped: bool = False
) -> list[int]:
    """The number of each item; Invalid naming every bad item."""
    numbers = [item.get("number") or n for n, item in enumerate(items, start=1)]
    errors = FieldErrors()
    for i, (number, item) in enumerate(zip(numbers, items, strict=True)):
        errors.check(bool(item["text"].strip()), f"{field}[{i}].text", "Write it")
        errors.check(numbers.count(number) == 1, f"{field}[{i}].number", "Numbers must be unique")
        if scoped:
            errors.check(
                item.get("scope") in SCOPES, f"{field}[{i}].scope", f"One of {', '.join(SCOPES)}"
            )
    errors.raise_if_any()
    return numbers
