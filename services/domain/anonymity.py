"""What must never appear in a published report (V16, domain.md §2.4), and finding it in text.

Every real name, alias and sensitive term of the review goes into one index keyed by its first
word, so the cost of a scan grows with the text, not with the number of terms. Text and terms
are compared after NFKD, dropping diacritics and case-folding ("ZOË" finds "Zoe"), as whole
words, with a possessive allowed ("Smith's"); a person's name also matches as its surname alone,
its first name alone and as an initial with the surname ("J. Smith"). Quasi-identifiers are
warnings: an exact date, an age near a place, a named workplace.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
EXACT_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\s+\d{{4}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}\b"
)
AGE = re.compile(r"\b(?:aged|age)\s+\d{1,3}\b|\b\d{1,3}[- ]year[- ]old\b")
PLACE = re.compile(r"\b(?:in|at|from|near)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
WORKPLACE = re.compile(
    r"\b(?:worked|employed|working)\s+(?:at|for|by)\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*"
)


def fold(text: str) -> str:
    """NFKD without combining marks, case-folded: how both text and terms are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class Term:
    text: str  # as the register holds it
    kind: str  # "name" | a sensitive-term kind (address, school, case_number, …)
    who: str = ""  # whose name, for the message


def name_terms(name: str, who: str) -> list[Term]:
    """A real name as it may appear: whole, surname, first name, initial and surname."""
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
    return [t for t in found if len(fold(t.text)) >= 2]


_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(text)))


class Scanner:
    """Every term indexed by its first word: one dictionary lookup per word of the text, so a
    scan costs the same for 20 terms or 2,000. Word boundaries come from the tokens themselves,
    and "Smith's" is the token "smith" followed by "s"."""

    def __init__(self, terms: list[Term]):
        self.terms: dict[tuple[str, ...], Term] = {}
        for term in sorted(terms, key=lambda t: (t.kind != "name", -len(t.text))):
            words = _tokens(term.text)
            if words:
                self.terms.setdefault(words, term)
        self.index: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self.terms, key=len, reverse=True):  # the longest match first
            self.index.setdefault(words[0], []).append(words)

    def hits(self, text: str) -> list[dict]:
        if not self.index or not text:
            return []
        folded = fold(text)
        tokens = list(_TOKEN.finditer(folded))
        words = [t.group(0) for t in tokens]
        found, i = [], 0
        while i < len(words):
            for candidate in self.index.get(words[i], ()):
                if tuple(words[i : i + len(candidate)]) == candidate:
                    term = self.terms[candidate]
                    end = tokens[i + len(candidate) - 1].end()
                    found.append(
                        {
                            "term": term.text,
                            "kind": term.kind,
                            "who": term.who,
                            "context": _context(folded, tokens[i].start(), end),
                        }
                    )
                    i += len(candidate) - 1
                    break
            i += 1
        return found


def quasi_identifiers(text: str) -> list[dict]:
    """Warnings: exact dates, an age with a place nearby, a named workplace."""
    found = []
    for match in EXACT_DATE.finditer(text.lower()):
        found.append(_warning("exact_date", "An exact date can identify people", text, match))
    age = AGE.search(text.lower())
    place = PLACE.search(text)
    if age and place:
        found.append(_warning("age_and_place", "An age together with a place", text, age))
    for match in WORKPLACE.finditer(text):
        found.append(_warning("workplace", "A named workplace", text, match))
    return found


def _warning(kind: str, message: str, text: str, match: re.Match) -> dict:
    return {
        "kind": kind,
        "message": message,
        "text": match.group(0),
        "context": _context(text, match.start(), match.end()),
    }


def _context(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40) : end + 40].split())
