"""The other ways people write a sensitive term (an address, street, school, workplace …):
each a whole spelling the scanner indexes like any other, never a looser match.

- a street type and its Royal Mail abbreviation ("Larch Close", "Larch Cl"; "Thornbury Rd");
- Saint and St ("St Mary's", "Saint Mary's");
- a company with or without its legal ending, and the ending spelt either way ("Acme Logistics
  Ltd", "Acme Logistics", "Acme Logistics Limited").
"""

from __future__ import annotations

Spelling = tuple[str, ...]

_STREET = {
    "avenue": "ave",
    "boulevard": "blvd",
    "close": "cl",
    "court": "ct",
    "crescent": "cres",
    "drive": "dr",
    "gardens": "gdns",
    "grove": "gr",
    "lane": "ln",
    "mews": "mws",
    "parade": "pde",
    "place": "pl",
    "road": "rd",
    "square": "sq",
    "street": "st",
    "terrace": "terr",
}
_SAINT = {"saint": ("st",), "st": ("saint",)}
_SAME: dict[str, tuple[str, ...]] = {
    **{long: (short,) for long, short in _STREET.items()},
    **{short: (long,) for long, short in _STREET.items()},
    "st": ("street", "saint"),
    "saint": ("st",),
}
_LEGAL = {"ltd": "limited", "limited": "ltd", "plc": "", "llp": "", "inc": ""}
_UNFORMED_KINDS = {"name", "date_of_birth", "date_of_death", "case_number", "crime_number"}


def forms(words: Spelling, kind: str) -> set[Spelling]:
    if kind in _UNFORMED_KINDS or len(words) < 2:
        return set()
    found: set[Spelling] = set()
    for at, word in enumerate(words):
        # a street type never first ("Close" alone is no street); Saint anywhere
        for other in (_SAME if at else _SAINT).get(word, ()):
            found.add((*words[:at], other, *words[at + 1 :]))
    if words[-1] in _LEGAL:
        other = _LEGAL[words[-1]]
        found.add(words[:-1])
        if other:
            found.add((*words[:-1], other))
    found.discard(())
    return {f for f in found if len(f) >= 2 or words[-1] in _LEGAL}
