"""The combined chronology (docs/rules.md, V9, V11): every accepted IMR's rows merged in date order.

Sorted by date (a month-precision date before the days of its month), then time (untimed rows
first), then agency; Python's sort is stable, so rows an agency gave in a given order keep it.
Two agencies recording the same event is normal and useful, so possible duplicates (same date,
different agencies, near-identical event text) are flagged for the author, never dropped.
Near-identical is judged on words, not characters: "bruising to her arm" and "bruising on her
arm" match; the set test first keeps a busy day's pairs cheap.
"""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from typing import Any

SHARED = 0.6  # at least this share of the two events' distinct words in common, and then
SIMILAR = 0.8  # a SequenceMatcher ratio over the words of at least this


def sort_key(row: dict[str, Any]) -> tuple[int, int, int, int, str, str]:
    year, month, day = (int(part) for part in row["date"].split("-"))
    month_first = 0 if row["date_precision"] == "month" else 1
    return (year, month, month_first, day, row.get("time") or "", row["agency"].lower())


def _words(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    words = tuple(re.findall(r"[a-z0-9]+", text.lower()))
    return words, frozenset(words)


def merge(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows sorted, each with `possible_duplicates`: the ids of near-identical rows elsewhere."""
    merged = sorted(rows, key=sort_key)
    by_day: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in merged:
        row["possible_duplicates"] = []
        row["_words"] = _words(row["event"])
        by_day[(row["date"], row["date_precision"])].append(row)
    for same_day in by_day.values():
        for i, first in enumerate(same_day):
            for second in same_day[i + 1 :]:
                if first["agency"] == second["agency"]:
                    continue
                if _alike(first["_words"], second["_words"]):
                    first["possible_duplicates"].append(second["id"])
                    second["possible_duplicates"].append(first["id"])
    for row in merged:
        del row["_words"]
    return merged


def _alike(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Near-identical: most words shared (a cheap set test), then nearly the same word order."""
    (words_a, set_a), (words_b, set_b) = a, b
    if words_a == words_b:
        return True
    if not set_a or not set_b or len(set_a & set_b) / len(set_a | set_b) < SHARED:
        return False
    return SequenceMatcher(None, words_a, words_b, autojunk=False).ratio() >= SIMILAR
