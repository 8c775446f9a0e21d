"""Comparing report text: whether a name is mentioned, text flattened, and a word-level diff."""

from __future__ import annotations

import difflib
import re


def mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.I) is not None


def flat(text: str) -> str:
    return " ".join(text.split()).strip().lower()


def word_diff(ours: str, theirs: str) -> str:
    a, b = ours.split(), theirs.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if op == "equal":
            continue
        was, now = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace":
            parts.append(f"'{was}' became '{now}'")
        elif op == "delete":
            parts.append(f"'{was}' is missing")
        else:
            parts.append(f"'{now}' was added")
    return "; ".join(parts)
