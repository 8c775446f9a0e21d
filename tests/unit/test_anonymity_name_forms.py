"""V16: a registered name in the other forms its family's languages give it (services.domain
.name_forms): Mac and Mc, the surname's other gender, the Irish daughter's particle, Welsh
mutations, and a name's parts each capitalised. Ordinary English built from the same letters is
not a name."""

from __future__ import annotations

import pytest

from services.domain.anonymity import Scanner, Term, name_terms

SCANNER = Scanner(
    [
        *name_terms("Agnieszka Wojciechowska", "A"),
        *name_terms("Tadeusz Zawadzki", "B"),
        *name_terms("Irina Smirnova", "C"),
        *name_terms("Katerina Dostoevskaya", "D"),
        *name_terms("Petra Nováková", "E"),
        *name_terms("Tomas Kazlauskas", "F"),
        *name_terms("Eleni Papadopoulos", "G"),
        *name_terms("Callum MacDonald", "H"),
        *name_terms("Aoife McAllister", "I"),
        *name_terms("Niamh Ó Súilleabháin", "J"),
        *name_terms("Carys Pritchard", "K"),
        *name_terms("Morwen Fernleigh", "L"),
        *name_terms("Hal Parker", "M"),
        *name_terms("Priya D'Souza", "N"),
        *name_terms("Lotte de Vries", "O"),
        Term("Caerdydd", "town"),
        Term("Bangor", "town"),
        Term("Pontypridd", "town"),
        Term("Ysgol Glan Taf", "school"),
    ]
)


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.term.who or m.term.text) for m in SCANNER.find(text)]


@pytest.mark.parametrize(
    ("written", "as_written", "whose"),
    [
        # the surname's other gender or number names the same family
        ("her father, Mr Wojciechowski,", "Wojciechowski", "A"),
        ("the Wojciechowscy moved", "Wojciechowscy", "A"),
        ("Mrs Zawadzka said", "Zawadzka", "B"),
        ("her brother Smirnov", "Smirnov", "C"),
        ("Mr Dostoevsky", "Dostoevsky", "D"),
        ("her husband Novák", "Novák", "E"),
        ("his wife Kazlauskienė", "Kazlauskienė", "F"),
        ("his daughter Kazlauskaitė", "Kazlauskaitė", "F"),
        ("Ms Papadopoulou", "Papadopoulou", "G"),
        # Mac, Mc and M'; a name's parts each capitalised
        ("Mr McDonald", "McDonald", "H"),
        ("Mr M'Donald", "M'Donald", "H"),
        ("Mr Mac Donald", "Mac Donald", "H"),
        ("Ms MacAllister", "MacAllister", "I"),
        ("Mrs De Souza", "De Souza", "N"),
        ("Mrs DeSouza", "DeSouza", "N"),
        ("Mrs Da Souza", "Da Souza", "N"),
        ("Ms D'Vries", "D'Vries", "O"),
        ("Mr Fern Leigh", "Fern Leigh", "L"),
        # the Irish daughter's particle, the surname lenited; and the man's
        ("her sister Ní Shúilleabháin", "Ní Shúilleabháin", "J"),
        ("Aoife Ni Shuilleabhain", "Ni Shuilleabhain", "J"),
        ("her father Ó Súilleabháin", "Ó Súilleabháin", "J"),
        # Welsh mutations after the words that cause them
        ("roedd hi'n byw yng Nghaerdydd", "Nghaerdydd", "Caerdydd"),
        ("symudodd i Gaerdydd", "Gaerdydd", "Caerdydd"),
        ("ym Mangor", "Mangor", "Bangor"),
        ("ym Mhontypridd", "Mhontypridd", "Pontypridd"),
        ("aeth gyda Charys", "Charys", "K"),
        ("i Britchard", "Britchard", "K"),
        ("i Barker", "Barker", "M"),
    ],
)
def test_the_forms_a_name_takes_in_its_family_s_languages(written, as_written, whose):
    assert (as_written, whose) in found(f"The review heard that {written} at length."), written


@pytest.mark.parametrize(
    "text",
    [
        "The barker at the fair and Mr Barker spoke at Barker's stall.",  # Parker: no trigger
        "She sailed to Mangor and to Gaerdydd Street.",  # a mutation alone is no finding
        "Mackerel and machines; the Macintosh.",  # Mac, not a registered MacDonald
        "Ni hao; the Shuttle; O Henry; de facto, da capo.",
        "a good man from a good family",
        "Smirnoff vodka, a macaroni cheese and the Kazlauski archive",
    ],
)
def test_ordinary_words_are_not_those_forms(text):
    assert found(text) == []
