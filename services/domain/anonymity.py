"""What must never appear in a published report (V16, docs/publication.md), and finding it.

Text and register alike are compared in one canonical form (services.domain.canonical), word by
word. Every variant of every term is indexed by its first word, so a scan costs one dictionary
lookup per word of text whatever the size of the register. A name is found:
- whole, as its surname, its first name, initial and surname, and each part of a hyphenated or
  double-barrelled surname;
- inflected: plural and family plural ("the Fernleighs", "Joneses"), possessive with either
  apostrophe ("Fernleigh's", "the Fernleighs\u2019 home");
- with the German and Nordic digraphs for ä, ö, ü, æ, ø, œ, å ("Mueller" for "Müller");
- split into letters or by punctuation ("F e r n l e i g h", "Fern-leigh", "Fern.leigh");
- glued to a neighbouring word when seven letters or longer ("toFernleigh"), or split in two
  by a space where the break shows ("Fernl eigh", "Fernleig h");
- typed with ASCII look-alikes: digits and symbols for letters ("J0rdan", "Fernle1gh"), a capital
  I for a small l ("FernIeigh"), see services.domain.lookalikes.
A registered date is found in every common way of writing it. Quasi-identifiers are warnings:
an exact date, an age near a place, a named workplace.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from services.domain import canonical as canon
from services.domain import lookalikes, name_forms, term_forms
from services.domain.dates import date_variants

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
EXACT_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\s+\d{{4}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}\b"
)
AGE = re.compile(r"\b(?:aged|age)\s+\d{1,3}\b|\b\d{1,3}[- ]year[- ]old\b")
PLACE = re.compile(r"\b(?:in|at|from|near)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
WORKPLACE = re.compile(
    r"\b(?:worked|employed|working)\s+(?:at|for|by)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
)
_DIGIT = re.compile(r"\d")
GLUED_MIN = 7  # a name this long is found inside a longer word too
PAIR_MIN = 5  # a name this long is found split in two by a space where the break shows
# Words split by punctuation ("fern-leigh"), or single letters spelt out ("f e r n").
SPLIT = re.compile(r"\b[a-z0-9]++(?:[^a-z0-9\s]++[a-z0-9]++)+|\b[a-z0-9](?:\s+[a-z0-9]\b){2,}")
JOINED_MIN = 3  # a name this long is found spelt out in letters or split by punctuation
# Terms that are numbers or codes: no Welsh mutation of them is read.
_UNMUTATED_KINDS = {"date_of_birth", "date_of_death", "case_number", "crime_number"}
WHOLE, INSIDE, PAIR = "whole", "inside", "pair"  # how a span was found in the canonical text
# Two parts either side of a gap; a Braille blank (U+2800) is drawn as a gap but is no \s.
_TWO_PARTS = re.compile(r"([^\s\u2800]+)[\s\u2800]+([^\s\u2800]+)")
_BREAK = re.compile(r"[-\u2010\u2011]?\s+")
_DIGRAPHS = str.maketrans(
    {"ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue", "æ": "ae", "Æ": "Ae"}
    | {"ø": "oe", "Ø": "Oe", "œ": "oe", "Œ": "Oe", "å": "aa", "Å": "Aa"}
)


@dataclass(frozen=True)
class Term:
    text: str  # as the register holds it
    kind: str  # "name" | a sensitive-term kind (address, school, case_number, …)
    who: str = ""  # whose name, for those who may read the register

    @property
    def is_date(self) -> bool:
        return bool(date_variants(self.text))


def name_terms(name: str, who: str) -> list[Term]:
    """A real name as it may appear: whole, surname (alone and with the words before it, as in
    "Ó Súilleabháin"), first name, initial and surname, and each part of a double-barrelled
    surname."""
    parts = [p for p in name.replace(".", " ").split() if p]
    found = [Term(name, "name", who)]
    if len(parts) >= 2:
        first, last = parts[0], parts[-1]
        found += [
            Term(last, "name", who),
            Term(first, "name", who),
            Term(f"{first[0]}. {last}", "name", who),
            Term(f"{first[0]} {last}", "name", who),
        ]
    if len(parts) >= 3:
        found.append(Term(" ".join(parts[1:]), "name", who))  # "Ó Súilleabháin", "ap Rhys"
    for part in parts:
        barrels = [b for b in re.split(r"[-\u2010\u2011\u2012\u2013\u2014]", part) if b]
        if len(barrels) > 1:
            found += [Term(b, "name", who) for b in barrels]
    return [t for t in found if len("".join(canon.tokens(t.text))) >= 2]


@dataclass(frozen=True)
class Match:
    term: Term
    start: int  # offsets in the original text
    end: int


def _spellings(term: Term) -> set[tuple[str, ...]]:
    written = {term.text}
    if term.kind == "name":
        written.add(term.text.translate(_DIGRAPHS))
    found = {tuple(canon.TOKEN.findall(form)) for w in written for form, _ in canon.forms(w)}
    found |= {tuple(v.split()) for v in date_variants(term.text)}
    found.discard(())
    found |= {g for f in found for g in term_forms.forms(f, term.kind)}
    if term.kind == "name":
        found |= {g for f in found for g in name_forms.forms(f)}
        found |= {(*f[:-1], f[-1] + suffix) for f in found for suffix in ("s", "es")}
    return found


def _mutated(term: Term) -> dict[tuple[str, ...], frozenset[str]]:
    """A name's or place's Welsh mutations, each with the words it follows."""
    found: dict[tuple[str, ...], frozenset[str]] = {}
    if term.kind in _UNMUTATED_KINDS:
        return found
    for spelling in _spellings(term):
        for words, after in name_forms.mutated(spelling).items():
            found[words] = found.get(words, frozenset()) | after
    return found


class Scanner:
    """Every spelling of every term indexed by its first word (longest first), by its letters
    run together (for names split into letters) and, for long names, by its first three letters
    (for names glued to another word). A second index holds the spellings' look-alike skeletons
    (`alike`)."""

    def __init__(self, terms: list[Term], shape: Callable[[str], str] | None = None):
        # first word -> (the spelling, its term, the words it must follow or None)
        self.index: dict[str, list[tuple[tuple[str, ...], Term, frozenset[str] | None]]] = {}
        self.joined: dict[str, Term] = {}
        self.glued: dict[str, list[tuple[str, Term]]] = {}
        seen: set[tuple[str, ...]] = set()
        for term in sorted(terms, key=lambda t: (t.kind != "name", -len(t.text))):
            for words in sorted(_spellings(term), key=len, reverse=True):
                if shape is not None:
                    words = tuple(shape(w) for w in words)
                if words in seen:
                    continue
                seen.add(words)
                self.index.setdefault(words[0], []).append((words, term, None))
                squeezed = "".join(words)
                if len(squeezed) >= JOINED_MIN and (term.kind == "name" or not term.is_date):
                    self.joined.setdefault(squeezed, term)  # "SW1A1AA", "CR1234/23" too
                if term.kind == "name" and len(squeezed) >= GLUED_MIN:
                    self.glued.setdefault(squeezed[:3], []).append((squeezed, term))
            for words, after in _mutated(term).items():
                if shape is not None:
                    words = tuple(shape(w) for w in words)
                    after = frozenset(shape(w) for w in after)
                self.index.setdefault(words[0], []).append((words, term, after))
        for candidates in self.index.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)
        self.prefixes = {s[:n] for s in self.joined for n in range(1, len(s))}
        # a long name split in two by a space: its first part is at least three letters
        long = [s for s in self.joined if len(s) >= PAIR_MIN]
        self.pair_prefixes = frozenset(s[:n] for s in long for n in range(3, len(s)))
        # ... or after a first part of one or two letters ("D unmore"), found by what follows
        self.pair_tails = frozenset(s[n:] for s in long if len(s) >= GLUED_MIN for n in (1, 2))
        self.first_words = frozenset(self.index)
        self._inside: dict[str, tuple[Term, int, int] | None] = {}
        self.alike: Scanner | None = None
        self.l_words: frozenset[str] = frozenset()
        if shape is None:
            self.alike = Scanner(terms, lookalikes.skeleton)
            self.l_words = frozenset(
                lookalikes.skeleton(w)
                for t in terms
                for spelling in _spellings(t)
                for w in spelling
                if w[:1] == "i" and len(w) > 1
            )

    def find(self, text: str) -> list[Match]:
        """Every term in `text`, with offsets in `text` as written."""
        if not self.index or not text:
            return []
        found: dict[tuple[int, int], Match] = {}
        views: list[tuple[str, list[int] | None]] = [(text, None)]
        shown = canon.displayed(text)
        if shown is not None:
            views.append(shown)
        for view, order in views:
            for form, table in canon.forms(view):
                for span in self._matches(view, form, table):
                    first, last = span.start, span.end
                    if order is not None:
                        first, last = min(order[first:last]), max(order[first:last]) + 1
                    found.setdefault((first, last), Match(span.term, first, last))
        kept = sorted(found.values(), key=lambda m: (m.start, -m.end))
        return [m for i, m in enumerate(kept) if not any(_within(m, o) for o in kept[:i])]

    def _matches(self, view: str, form: str, table: canon.Table) -> list[Match]:
        """The terms in one canonical form of `view`, with offsets in `view`: as spelt, and by
        look-alike skeleton where the text shows a look-alike."""
        passes: list[tuple[Scanner, str]] = [(self, form)]
        if self.alike is not None and lookalikes.shows_trick(view, form, self.l_words):
            passes.append((self.alike, lookalikes.skeleton(form)))
        back: list[int] = []
        found: list[Match] = []
        for index, searched in passes:
            for term, start, end, how in index._spans(searched):
                back = back or canon.origin(view, table)
                first, last = back[start], back[end - 1] + 1
                if how == INSIDE and not _seam(view, first, last):
                    continue
                if how == PAIR and not _break_shows(view[first:last]):
                    continue
                if index is not self and not lookalikes.shows_trick(
                    view[first:last], form[start:end], self.l_words
                ):
                    continue  # "all" is the skeleton of "Ali": only a visible trick counts
                found.append(Match(term, first, last))
        return found

    def _spans(self, form: str) -> list[tuple[Term, int, int, str]]:
        """(term, start, end, how it was found) in the canonical text."""
        words = set(canon.TOKEN.findall(form))
        if (
            self.first_words.isdisjoint(words)
            and self.joined.keys().isdisjoint(words)
            and self.pair_prefixes.isdisjoint(words)
            and self.pair_tails.isdisjoint(words)
            and not (self.joined and self._splits(form))
            and not (self.glued and any(len(w) > GLUED_MIN and self._glued(w) for w in words))
        ):
            return []  # most paragraphs: nothing to look at word by word
        tokens = list(canon.TOKEN.finditer(form))
        words = [t.group(0) for t in tokens]
        found: list[tuple[Term, int, int, str]] = []
        i, count = 0, len(words)
        while i < count:
            word = words[i]
            hit = None
            for candidate, term, after in self.index.get(word, ()):
                size = len(candidate)
                if tuple(words[i : i + size]) == candidate and (
                    after is None or (i > 0 and words[i - 1] in after)
                ):
                    hit = (term, i, i + size - 1)
                    break
            if hit is None and word in self.joined:
                hit = (self.joined[word], i, i)  # a name's words run together: "JordanFernleigh"
            if hit is None and word in self.prefixes:
                hit = self._joined(form, tokens, words, i)
            if hit is not None:
                term, first, last = hit
                found.append((term, tokens[first].start(), tokens[last].end(), WHOLE))
                i = last + 1
                continue
            if i + 1 < count and (
                word in self.pair_prefixes or (len(word) <= 2 and words[i + 1] in self.pair_tails)
            ):
                pair = self._pair(form, tokens, words, i)
                if pair is not None:
                    found.append((pair, tokens[i].start(), tokens[i + 1].end(), PAIR))
                    i += 2
                    continue
            if len(word) > GLUED_MIN:
                inside = self._glued(word)
                if inside is not None:
                    term, start, end = inside
                    at = tokens[i].start()
                    found.append((term, at + start, at + end, INSIDE))
            i += 1
        return found

    def _pair(
        self, form: str, tokens: list[re.Match[str]], words: list[str], i: int
    ) -> Term | None:
        """A long name split in two by whitespace, or hyphenated at a line's end: "Fernl eigh",
        "Fern-<line break>leigh"."""
        if not _BREAK.fullmatch(form[tokens[i].end() : tokens[i + 1].start()]):
            return None
        joined = words[i] + words[i + 1]
        term = self.joined.get(joined)
        return term if term is not None and len(joined) >= PAIR_MIN else None

    def _splits(self, form: str) -> bool:
        """Whether some word split by punctuation or into letters could be a name."""
        return any(
            (word := canon.TOKEN.match(m.group())) is not None and word.group() in self.prefixes
            for m in SPLIT.finditer(form)
        )

    def _joined(self, form: Any, tokens: Any, words: Any, i: Any):
        """Words run together across punctuation, or single letters spelt out with spaces."""
        run, letters = words[i], len(words[i]) == 1
        for j in range(i + 1, len(words)):
            gap = form[tokens[j - 1].end() : tokens[j].start()]
            letters = letters and len(words[j]) == 1
            if not letters and any(c.isspace() for c in gap):
                return None
            run += words[j]
            if run in self.joined:
                return self.joined[run], i, j
            if run not in self.prefixes:
                return None
        return None

    def _glued(self, word: str) -> tuple[Term, int, int] | None:
        """A long name inside a longer word: (term, start, end) within the word."""
        if word not in self._inside:
            found = None
            for at in range(len(word) - 2):
                for squeezed, term in self.glued.get(word[at : at + 3], ()):
                    if word.startswith(squeezed, at):
                        found = (term, at, at + len(squeezed))
                        break
                if found is not None:
                    break
            self._inside[word] = found
        return self._inside[word]


def _within(match: Match, other: Match) -> bool:
    return other.start <= match.start and match.end <= other.end


def _break_shows(written: str) -> bool:
    """Whether a name split in two by a space shows the break: a capital then a small letter
    ("Fernl eigh"), a part of one or two letters ("Fernleig h"), capitals on both sides
    ("FERNL EIGH": capitals hide the case that would show the seam, so a registered name
    written in capitals and split is taken as the name), or each part capitalised as a name's
    parts are ("Fern Leigh", "Mac Donald"), and not two ordinary words ("a good man" for
    Goodman)."""
    parts = _TWO_PARTS.fullmatch(written)
    if parts is None:
        return False
    head, tail = parts.group(1), parts.group(2)
    if head[-1:] in "-\u2010\u2011" and tail[:1].islower():
        return True  # hyphenated where a line ends
    if head.isupper() and tail.isupper():
        return True
    if head[:1].isupper() and tail[:1].isupper():
        return True  # "Fern Leigh", "Mac Donald": a name's parts each capitalised
    return (head[:1].isupper() and tail[:1].islower()) or min(len(head), len(tail)) <= 2


def _seam(text: str, start: int, end: int) -> bool:
    """Whether a name found inside a word is set off by a change of case, as in "toFernleigh"
    or "FernleighFamily" (and not "Manchester" for Chester), reading past invisible characters
    ("to\u200bFernleigh"); or by the edge of a table cell (canon.CELL_BREAK)."""
    before, after = start, end
    while before > 0 and canon.ignorable(text[before - 1]):
        before -= 1
    while after < len(text) and canon.ignorable(text[after]):
        after += 1
    if canon.CELL_BREAK in text[before:start] + text[end:after]:
        return True
    first, last = text[start : start + 1], text[end - 1 : end]
    return bool(
        (text[before - 1 : before].islower() and first.isupper())
        or (text[after : after + 1].isupper() and last.islower())
    )


def quasi_identifiers(text: str) -> list[dict[str, Any]]:
    """Warnings: exact dates, an age with a place nearby, a named workplace."""
    found: list[dict[str, Any]] = []
    lower = text.lower()
    if _DIGIT.search(text):  # dates and ages are written with digits
        for match in EXACT_DATE.finditer(lower):
            found.append(_warning("exact_date", "An exact date can identify people", text, match))
        age = AGE.search(lower)
        if age and PLACE.search(text):
            found.append(_warning("age_and_place", "An age together with a place", text, age))
    if "work" in lower or "employ" in lower:
        for match in WORKPLACE.finditer(text):
            found.append(_warning("workplace", "A named workplace", text, match))
    return found


def _warning(kind: str, message: str, text: str, match: re.Match[str]) -> dict[str, Any]:
    return {
        "kind": kind,
        "message": message,
        "text": match.group(0),
        "context": context(text, match.start(), match.end()),
    }


def context(text: str, start: int, end: int) -> str:
    """The text around a match as written, whitespace collapsed."""
    return " ".join(text[max(0, start - 40) : end + 40].split())
