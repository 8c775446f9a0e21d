"""Dates the service itself writes into a report, told apart from dates a person typed.

When the service fills a template it knows which text came from people (every string of the
data it filled the template with) and so which dates it wrote itself: the terms-of-reference
period, the date of death, meeting and notification dates, chronology dates. For each of those it
keeps a *window*: the date with the words around it (up to 24 characters of canonical words each
side, reaching into the neighbouring paragraph only when the date stands almost alone, as in a
table cell). Later a registered date found in a version is the service's own text only when the
same window is there; the same date typed by a person, anywhere else, is still a finding.
"""

from __future__ import annotations

import re

from services.domain.canonical import tokens

REACH = 24  # characters of canonical words kept on each side of a date
ALONE = 12  # fewer than this on a side: the neighbouring paragraph's words are added
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"\b(?:{_DAY} {_MONTH} \d{{4}}|{_MONTH} {_DAY} \d{{4}}|\d{{1,2}} \d{{1,2}} \d{{2,4}}"
    rf"|\d{{4}} \d{{2}} \d{{2}}|{_MONTH} \d{{4}})\b"
)


def window(before: list[str], words: list[str], start: int, end: int, after: list[str]) -> str:
    """The window of words[start:end] in a paragraph of `words`, between its neighbours."""
    left = " ".join(words[:start])
    if len(left) < ALONE:
        left = " ".join([*before, "~", *words[:start]])
    right = " ".join(words[end:])
    if len(right) < ALONE:
        right = " ".join([*words[end:], "~", *after])
    return f"{left[-REACH:]}|{' '.join(words[start:end])}|{right[:REACH]}"


def service_windows(paragraphs: list[list[str]], people_wrote: list[str]) -> list[str]:
    """Windows of every date in `paragraphs` (the filled template's paragraphs of one part, as
    canonical words) that is not inside a text from `people_wrote`."""
    typed = [t for t in (tokens(s) for s in people_wrote if any(c.isdigit() for c in s)) if t]
    found: list[str] = []
    for index, words in enumerate(paragraphs):
        line = " ".join(words)
        if not DATE.search(line):
            continue
        theirs = _spans_of(words, typed)
        offsets = _word_starts(words)
        for match in DATE.finditer(line):
            start, end = offsets.index(match.start()), _word_index(offsets, match.end())
            if any(a < end and start < b for a, b in theirs):
                continue
            before = paragraphs[index - 1] if index else []
            after = paragraphs[index + 1] if index + 1 < len(paragraphs) else []
            found.append(window(before, words, start, end, after))
    return sorted(set(found))


def _word_starts(words: list[str]) -> list[int]:
    starts: list[int] = []
    at = 0
    for word in words:
        starts.append(at)
        at += len(word) + 1
    return starts


def _word_index(starts: list[int], end: int) -> int:
    """How many words end at or before character `end` of the joined line."""
    return sum(1 for s in starts if s < end)


def _spans_of(words: list[str], typed: list[list[str]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for text in typed:
        size = len(text)
        for at in range(len(words) - size + 1):
            if words[at] == text[0] and words[at : at + size] == text:
                spans.append((at, at + size))
    return spans
