"""The data a council's template is test-rendered with before it is stored: several variants.

A template that behaves only for the specimen is caught by the others: each version label a
real render uses (a tag guarded by `version == 'preview'` meets the rest), both markings, every
list empty and every list long, and every text long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from services.documents.specimen import specimen_extra, specimen_review_data
from services.domain.versions import PROTECTIVE_MARKINGS

VERSIONS = ("preview", "0.1", "1.0", "export")
LONG_ITEMS, LONG_TEXT = 40, 2_000


def variants(build: Callable[[dict, dict], dict], h: dict) -> list[tuple[str, dict]]:
    """(what the variant is, the template's context) for each variant."""
    data, extra = specimen_review_data(), specimen_extra(h)
    found = [(f"version '{v}'", build(data, {**extra, "version": v})) for v in VERSIONS]
    found += [(f"marking '{m}'", build(data, {**extra, "marking": m})) for m in PROTECTIVE_MARKINGS]
    found.append(("every list empty", build(_lists(data, 0), _lists(extra, 0))))
    found.append((f"every list {LONG_ITEMS} long", build(_lists(data, LONG_ITEMS), extra)))
    found.append(("long texts", build(_long(data), _long(extra))))
    return found


def _lists(value: Any, size: int) -> Any:
    if isinstance(value, dict):
        return {k: _lists(v, size) for k, v in value.items()}
    if isinstance(value, list):
        items = [_lists(v, size) for v in value]
        if not items or not size:
            return []
        return (items * (size // len(items) + 1))[:size]
    return value


def _long(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _long(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_long(v) for v in value]
    if isinstance(value, str) and value:
        return (value + " ") * (LONG_TEXT // (len(value) + 1)) + value
    return value
