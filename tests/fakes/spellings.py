"""How a body paragraph spells a register name, for plant_ways.text_in: every disguise a
reader would still read as the name."""

from __future__ import annotations

# Latin letters and the Cyrillic ones that look the same.
CYRILLIC = str.maketrans(
    "aceopxyCEOPHKMT",
    "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0421\u0415\u041e\u0420\u041d\u041a\u041c\u0422",
)
MATH_BOLD = {c: chr(0x1D400 + i) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
MATH_BOLD |= {c: chr(0x1D41A + i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}


def surname(name: str) -> str:
    return name.split()[-1]


def between(word: str, mark: str) -> str:
    return mark.join(word)


def homoglyphs(n):
    return n.translate(CYRILLIC)


def omicron(n):
    return n.replace("o", "\u03bf")


def joined_by(mark: str):
    return lambda n: between(surname(n), mark)


def bidi_marks(n):
    return "\u202a" + between(surname(n), "\u200e") + "\u202c"


def family_possessive(n):
    return f"the {surname(n)}s\u2019 home"


def plural(n):
    return f"the {surname(n)}s"


def possessive(n):
    return f"{surname(n)}\u2019s sister"


def fullwidth(n):
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in surname(n))


def math_bold(n):
    return "".join(MATH_BOLD.get(c, c) for c in surname(n))


def stacked(n):
    return "".join(c + "\u0301\u0308\u0323" for c in surname(n))


def letter_spaced(n):
    return " ".join(surname(n))


def dotted(n):
    return surname(n)[:4] + "." + surname(n)[4:]


def glued(n):
    return "to" + surname(n)


def reversed_override(n):
    return "\u202e" + surname(n)[::-1] + "\u202c"


def as_written(text: str):
    return lambda _n: text


def hair_spaced(n):
    return "\u200a".join(surname(n))


def run_together(n):
    return n.replace(" ", "")
