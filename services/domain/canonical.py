"""The one canonical form that document text and register names are compared in.

Every code point is mapped on its own, so the whole mapping is a lazily filled `str.translate`
table and each canonical character can be traced back to the original offset:

1. default-ignorable code points (general category Cf: ZWSP, ZWJ, ZWNJ, word joiner, soft
   hyphen, bidi controls, tag characters; and variation selectors, CGJ, Hangul fillers) vanish,
   and so do spaces too thin to read as a gap (hair, thin, narrow no-break spaces);
2. compatibility decomposition (NFKD, so NFKC's letters: fullwidth, mathematical, ligatures,
   circled) without combining marks, so stacked accents vanish too;
3. a letter that looks like a Latin letter (Unicode TR39 confusables, from confusable-homoglyphs)
   becomes that letter: Cyrillic Es (U+0421) and Greek omicron are C and o;
4. anything still not ASCII is transliterated with anyascii (ø → o, æ → ae, ł → l, ß → ss,
   Cyrillic Sergey → sergey);
5. lower case. Punctuation and whitespace are then word separators (see `tokens`).

Step 3 reads a word by its looks, step 4 by its sound, and the two disagree for a word written
wholly in another script: text that holds such letters is canonicalised both ways
(`LOOKS` and `SOUNDS`) and matched in each.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeAlias

from anyascii import anyascii
from confusable_homoglyphs.confusables import confusables_data

TOKEN = re.compile(r"[a-z0-9]+")
# Default_Ignorable_Code_Point beyond category Cf (DerivedCoreProperties.txt).
_IGNORABLE_RANGES = (
    (0x034F, 0x034F),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFFA0, 0xFFA0),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_BIDI_MARKS = "\u200e\u200f\u061c"
# Joins a table row's cells into one text (services.documents.xml_text), so a name split across
# cells that touch is read whole; ignorable, so the cells' letters meet in the canonical form.
CELL_BREAK = "\u2063"
# The records whose text is pieces run together at CELL_BREAK: a row's cells, and paragraphs
# Word runs on because their marks are hidden. Only a match across a break is theirs.
ROW, JOINED = "table row", "paragraphs run on at a hidden mark"
# Spaces too thin to read as a gap between words: inside a name they hide nothing from a reader.
THIN_SPACES = "\u2005\u2006\u2009\u200a\u202f\u205f"


def ignorable(char: str) -> bool:
    code = ord(char)
    if unicodedata.category(char) == "Cf":
        return True
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)


def _latin_lookalike(char: str) -> str:
    """The ASCII letter or digit TR39 says `char` is confusable with, or ''. A prototype with a
    mark below or through it counts as its letter: Greek eta's is "n" with a vertical line
    below (U+006E U+0329), and a reader sees an n."""
    for glyph in confusables_data.get(char, ()):
        candidate = "".join(
            part for part in glyph["c"].strip(_BIDI_MARKS) if not unicodedata.combining(part)
        )
        if candidate.isascii() and candidate.isalnum():
            return candidate
    return ""


def canonical_char(char: str, looks: bool) -> str:
    if char.isascii():
        return char.lower()
    if ignorable(char) or char in THIN_SPACES:
        return ""
    if looks and (latin := _latin_lookalike(char)):
        return latin.lower()  # TR39 maps the character itself, before any decomposition
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part) or unicodedata.category(part) in ("Mn", "Me"):
            continue
        if part.isascii():
            out.append(part)
        else:
            out.append((looks and _latin_lookalike(part)) or anyascii(part))
    return "".join(out).lower()


class _Table(dict[int, str]):
    """ordinal -> canonical text, filled on first use (str.translate calls __missing__)."""

    def __init__(self, looks: bool):
        super().__init__()
        self.looks = looks

    def __missing__(self, code: int) -> str:
        value = canonical_char(chr(code), self.looks)
        self[code] = value
        return value


LOOKS = _Table(looks=True)
SOUNDS = _Table(looks=False)
Table = _Table  # the type of LOOKS and SOUNDS, for callers' annotations


class _Visible(dict[int, str | None]):
    def __missing__(self, code: int) -> str | None:
        value = None if ignorable(chr(code)) else chr(code)
        self[code] = value
        return value


_VISIBLE = _Visible()


def visible(text: str) -> str:
    """The text without its default-ignorable code points (format characters and the like)."""
    return text if text.isascii() else text.translate(_VISIBLE)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def canonical(text: str, table: _Table = LOOKS) -> str:
    if text.isascii():
        return text.lower()
    return _NOT_ASCII.sub(lambda m: table[ord(m.group())], text).lower()


def forms(text: str) -> list[tuple[str, _Table]]:
    """The canonical text by looks and, when it reads differently, by sound."""
    if text.isascii():
        return [(text.lower(), LOOKS)]
    looks = canonical(text, LOOKS)
    if all(LOOKS[ord(c)] == SOUNDS[ord(c)] for c in set(_NOT_ASCII.findall(text))):
        return [(looks, LOOKS)]
    return [(looks, LOOKS), (canonical(text, SOUNDS), SOUNDS)]


def origin(text: str, table: _Table = LOOKS) -> list[int]:
    """For each character of canonical(text), the offset in `text` it came from; one more entry
    at the end for the end of the text."""
    if text.isascii():
        return list(range(len(text) + 1))
    found: list[int] = []
    for offset, char in enumerate(text):
        found.extend([offset] * len(table[ord(char)]))
    found.append(len(text))
    return found


def tokens(text: str) -> list[str]:
    """The words of the canonical text: what names and terms are made of."""
    return TOKEN.findall(canonical(text))


_OVERRIDES = {"\u202d": "ltr", "\u202e": "rtl"}
_EMBEDDINGS = {"\u202a", "\u202b"}
_POP = "\u202c"


# Offsets in display order, nested by override: a nested run starts with its direction.
_Runs: TypeAlias = list["int | str | _Runs"]


def displayed(text: str) -> tuple[str, list[int]] | None:
    """The text in the order a reader sees it when bidi overrides (RLO/LRO … PDF) reorder it,
    with each character's offset in `text`; None when nothing is overridden.

    Only overrides reverse Latin letters (embeddings and isolates reorder runs, not the letters
    within them), so this resolves overrides and nothing else of the bidi algorithm."""
    if "\u202e" not in text:
        return None
    root: _Runs = []
    stack: list[tuple[_Runs, str]] = [(root, "ltr")]
    for offset, char in enumerate(text):
        if char in _OVERRIDES or char in _EMBEDDINGS:
            child: _Runs = []
            stack[-1][0].append(child)
            stack.append((child, _OVERRIDES.get(char, stack[-1][1])))
            child.append(stack[-1][1])
        elif char == _POP and len(stack) > 1:
            stack.pop()
        elif char in "\n\u2029":
            del stack[1:]
            root.append(offset)
        else:
            stack[-1][0].append(offset)

    def flatten(items: _Runs) -> list[int]:
        direction = items[0] if items and isinstance(items[0], str) else "ltr"
        pieces = [
            flatten(i) if isinstance(i, list) else [i] for i in items if not isinstance(i, str)
        ]
        if direction == "rtl":
            pieces.reverse()  # a nested left-to-right override keeps its own order
        return [offset for piece in pieces for offset in piece]

    order = flatten(root)
    return "".join(text[i] for i in order), order
