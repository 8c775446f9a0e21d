"""ASCII look-alikes: a name typed with characters a reader takes for its letters.

Unicode's confusables (services.domain.canonical) cover letters of other scripts. These are the
ASCII tricks: digits and symbols for letters ("J0rdan", "Fernle1gh", "Fern|eigh", "5mith"), a
capital I for a small l inside a word ("FernIeigh"), a small l for the capital I that begins a
name ("lvo" for Ivo) — in most fonts the reader sees the name.

`skeleton` maps each character to one character, so offsets in the canonical text still lead
back to the text as written. Matching by skeleton alone would read ordinary words as names
("all" is the skeleton of "Ali"), so a skeleton match counts only where the text shows the
trick: a digit or symbol against a letter, a capital I after a small letter, or a word that
begins with a small l where the name begins with I.
"""

from __future__ import annotations

import re

# Every character a reader may take for the letter, and the letter's own forms, to one letter.
_SKELETON = str.maketrans(
    {
        "0": "o",
        "1": "l",
        "i": "l",
        "|": "l",
        "!": "l",
        "3": "e",
        "4": "a",
        "@": "a",
        "5": "s",
        "$": "s",
        "7": "t",
        "8": "b",
        "9": "g",
    }
)
_SIGN = "0-9|!@$"
# In the canonical (lower-case) text: a digit or symbol touching a letter.
_MIXED = re.compile(rf"[a-z][{_SIGN}]|[{_SIGN}][a-z]")
# In the text as written: a capital I after a small letter ("FernIeigh").
_CAPITAL_I = re.compile(r"[a-z]I")
_SMALL_L_WORD = re.compile(r"(?<![a-z0-9])l[a-z]+")


def skeleton(text: str) -> str:
    """The canonical text with every look-alike replaced by the letter it passes for."""
    return text.translate(_SKELETON)


def shows_trick(written: str, canonical: str, l_words: frozenset[str]) -> bool:
    """Whether the text, as written and in canonical form, uses a look-alike: a digit or symbol
    against a letter, a capital I after a small letter, or a word beginning with a small l that
    is a name beginning with I (`l_words`, the skeletons of such names' words)."""
    return bool(
        _MIXED.search(canonical)
        or _CAPITAL_I.search(written)
        or (l_words and any(w in l_words for w in _SMALL_L_WORD.findall(canonical)))
    )
