"""Property: whatever mix of case, look-alike letters, invisible characters between letters and
English inflection a register name is written with, the scan finds it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.domain.anonymity import Scanner, name_terms
from services.domain.canonical import _latin_lookalike

INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202c",
    "\ufeff",
    "\u034f",
    "\ufe0f",
    "\U000e0020",
]
SUFFIXES = ["", "'s", "\u2019s", "s", "s'", "s\u2019", "es"]
# Every non-Latin letter confusables.txt says looks like each Latin letter.
LOOK_ALIKES: dict[str, list[str]] = {}
for code in range(0x370, 0x530):  # Greek and Cyrillic
    char = chr(code)
    latin = _latin_lookalike(char)
    if char.isalpha() and len(latin) == 1 and latin.isalpha():
        LOOK_ALIKES.setdefault(latin.lower(), []).append(char)

name_part = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10).map(
    str.capitalize
)


@st.composite
def disguised(draw, word: str) -> str:
    out = []
    for char in word:
        choice = draw(st.sampled_from(["same", "case", "look-alike"]))
        if choice == "case":
            char = char.swapcase()
        elif choice == "look-alike" and LOOK_ALIKES.get(char.lower()):
            char = draw(st.sampled_from(LOOK_ALIKES[char.lower()]))
        out.append(char)
        if draw(st.booleans()):
            out.append("".join(draw(st.lists(st.sampled_from(INVISIBLE), max_size=3))))
    return "".join(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=name_part, last=name_part, data=st.data())
def test_any_disguise_of_a_register_name_is_found(first, last, data):
    scanner = Scanner(name_terms(f"{first} {last}", "Ruth"))
    written = data.draw(disguised(last)) + data.draw(st.sampled_from(SUFFIXES))
    text = f"The panel heard that {written} had called the police."
    matches = scanner.find(text)
    assert matches, written
    assert any(m.term.text in (last, f"{first} {last}") for m in matches)
