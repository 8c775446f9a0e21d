"""The other forms a registered name takes in the languages its family may write it in.

Each function takes one spelling (the canonical words of a name or term, services.domain.canonical)
and gives the other spellings a reader would still read as that person or place:

- `prefixed`: the Scottish and Irish patronymic prefix written either way, Mac, Mc or M'
  ("MacDonald", "McDonald", "M'Donald"); D' and De, Da, Di ("D'Souza", "De Souza", "DeSouza");
- `gendered`: the surname's other grammatical gender or number, which names the same family: Polish
  -ski/-ska/-scy ("Wojciechowska", "Wojciechowski", "the Wojciechowscy") and -cki/-dzki alike,
  Russian -ov/-ova, -ev/-eva, -in/-ina and -sky/-skaya, Czech and Slovak -ová (Nováková, Novák),
  Lithuanian -as/-is/-ys/-us and the wife's and daughter's -ienė/-aitė/-ytė/-utė, Greek -os/-ou,
  Irish Ó and Mac and the daughter's Ní and Nic, Mhic and Uí with the surname lenited
  ("Ní Shúilleabháin" beside "Ó Súilleabháin");
- `mutated`: Welsh initial consonant mutation after the words that cause it ("yng Nghaerdydd",
  "i Gaerdydd", "ym Mangor", "gyda Charys"). The mutated word alone is no finding: "Barker" is
  not Parker, but "i Barker" in Welsh text is.

Every form is a whole spelling in canonical (ASCII, lower-case) words, so the scanner indexes it
like any other (a mutated one with the words it must follow): these add spellings, never a
looser match.
"""

from __future__ import annotations

Spelling = tuple[str, ...]

_MAC = ("mac", "mc")
# Interchangeable endings of one surname: the first that ends a word gives all the others.
_ENDINGS = (
    ("skiego", "skiemu", "skich", "skiej", "skie", "scy", "ski", "ska"),
    ("ckiego", "ckiemu", "ckich", "ckiej", "ckie", "ccy", "cki", "cka"),
    ("dzkiego", "dzkich", "dzkiej", "dzkie", "dzcy", "dzki", "dzka"),
    ("skaya", "skaia", "skiy", "skii", "skij", "sky", "skaja"),
    ("ovna", "ova", "ov", "ovs", "ovy"),
    ("eva", "ev"),
    ("ina", "in"),
)
_STEM_MIN = 3  # letters before the ending, so "Lin" or "Kev" are not read as surnames
_BALTIC_MALE = ("as", "is", "ys", "us")
_BALTIC_FEMALE = ("iene", "aite", "yte", "ute", "ene")
_IRISH_MALE = ("o", "mac", "mc")
_IRISH_FEMALE = ("ni", "nic", "ui", "mhic", "bean")
_LENITED = "bcdfgmpst"
# Welsh mutations: the words that cause each, and each initial's mutated forms.
_SOFT_AFTER = ("i", "o", "gan", "ar", "dros", "drwy", "heb", "wrth", "hyd", "ei", "dy", "neu")
_NASAL_AFTER = ("yn", "yng", "ym", "fy")
_ASPIRATE_AFTER = ("a", "gyda", "efo", "tua", "ei", "na")
_SOFT = {"ll": "l", "rh": "r", "c": "g", "p": "b", "t": "d", "g": "", "b": "f", "d": "dd", "m": "f"}
_NASAL = {"c": "ngh", "p": "mh", "t": "nh", "g": "ng", "b": "m", "d": "n"}
_ASPIRATE = {"c": "ch", "p": "ph", "t": "th"}
_MUTATIONS = ((_SOFT_AFTER, _SOFT), (_NASAL_AFTER, _NASAL), (_ASPIRATE_AFTER, _ASPIRATE))
_UNMUTATED = ("ch", "ph", "th", "dd")  # Welsh letters of their own, never mutated


def forms(words: Spelling) -> set[Spelling]:
    """Every other spelling of a person's name `words`: prefixes and gender."""
    found = prefixed(words)
    found |= {g for s in (words, *found) for g in gendered(s)}
    found.discard(words)
    return found


def prefixed(words: Spelling) -> set[Spelling]:
    found: set[Spelling] = set()
    for at, word in enumerate(words[:-1]):
        # D'Souza is De Souza, DeSouza, Da Souza; De Vries may be written D'Vries
        others = ("de", "da", "di") if word == "d" else ("d",) if word in ("de", "da", "di") else ()
        found |= {(*words[:at], other, *words[at + 1 :]) for other in others}
    for at, word in enumerate(words):
        for prefix in _MAC:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= _STEM_MIN:
                for other in ("mac", "mc", "m"):
                    found.add((*words[:at], other + rest, *words[at + 1 :]))
                break
    return found


def gendered(words: Spelling) -> set[Spelling]:
    """The surname (last word) in its other genders and numbers, and the Irish daughter's or
    wife's particle with the surname lenited."""
    *before, last = words
    found = {(*before, other) for other in _surname_forms(last)}
    if len(words) >= 2 and words[-2] in _IRISH_MALE + _IRISH_FEMALE:
        head, plain = words[:-2], _unlenited(last)
        found |= {(*head, p, plain) for p in _IRISH_MALE}
        found |= {(*head, p, _lenited(plain)) for p in _IRISH_FEMALE}
    return found


def _surname_forms(word: str) -> set[str]:
    found: set[str] = set()
    for family in _ENDINGS:
        ending = next((e for e in family if word.endswith(e)), None)
        if ending is not None and len(word) - len(ending) >= _STEM_MIN:
            stem = word[: -len(ending)]
            found |= {stem + other for other in family}
            break
    if word.endswith("ova") and len(word) > 3 + _STEM_MIN:
        found.add(word[:-3])  # Czech Nováková -> Novák
    elif len(word) >= 4 and not word.endswith(("ova", "a")):
        found.add(word + "ova")  # Novák -> Nováková
    if word.endswith(_BALTIC_MALE) and len(word) - 2 >= _STEM_MIN:
        found |= {word[:-2] + e for e in _BALTIC_FEMALE}
    for female in _BALTIC_FEMALE:
        if word.endswith(female) and len(word) - len(female) >= _STEM_MIN:
            found |= {word[: -len(female)] + e for e in _BALTIC_MALE}
            break
    if len(word) - 2 >= _STEM_MIN and word.endswith(("os", "ou")):
        found.add(word[:-2] + ("ou" if word.endswith("os") else "os"))  # Papadopoulos/-ou
    found.discard(word)
    return found


def _lenited(word: str) -> str:
    if word[:1] in _LENITED and word[1:2] != "h":
        return word[0] + "h" + word[1:]
    return word


def _unlenited(word: str) -> str:
    if word[:1] in _LENITED and word[1:2] == "h" and len(word) > 3:
        return word[0] + word[2:]
    return word


def mutated(words: Spelling) -> dict[Spelling, frozenset[str]]:
    """The spelling with its first word mutated, and the words after which that form is found."""
    first = words[0]
    found: dict[Spelling, frozenset[str]] = {}
    if len(first) < 3 or first[:2] in _UNMUTATED:
        return found
    for after, table in _MUTATIONS:
        initial = next((i for i in sorted(table, key=len, reverse=True) if first.startswith(i)), "")
        if initial:
            changed = (table[initial] + first[len(initial) :], *words[1:])
            found[changed] = found.get(changed, frozenset()) | frozenset(after)
    return found
