"""V16: the forms a name takes in text, the canonical form, and the parts of a package it can hide
in (the full corpus is in test_anonymity_corpus)."""

from __future__ import annotations

import pytest

from services.domain.anonymity import Scanner, Term, name_terms, quasi_identifiers
from services.domain.canonical import canonical, displayed, forms
from services.workflows.publication.anonymity import scan_package
from tests.fakes.leaky_docx import PLACES, planted

SCANNER = Scanner(
    [
        *name_terms("Jordan Fernleigh", "Ruth"),
        *name_terms("Zoë Dunmore", "Mark's sister"),
        *name_terms("Søren Kjær", "Tom"),
        *name_terms("Anna Smith-Jones", "Ann"),
        *name_terms("Sam Chester", "Sam"),
        Term("14 Larch Close", "address"),
        Term("Cedars Academy", "school"),
        Term("1 October 2026", "date_of_death"),
    ]
)


def found(text: str) -> list[str]:
    return [text[m.start : m.end] for m in SCANNER.find(text)]


@pytest.mark.parametrize("where", PLACES)
def test_a_name_planted_in_each_part_is_found(where):
    result = scan_package(SCANNER, planted(where, "Jordan Fernleigh"), "report.docx")
    assert {f["term"] for f in result.findings} >= {"Jordan Fernleigh"}, where


@pytest.mark.parametrize(
    ("written", "as_written"),
    [
        ("FERNLEIGH", "FERNLEIGH"),
        ("Fernleigh's", "Fernleigh"),
        ("Fernleigh\u2019s", "Fernleigh"),
        ("the Fernleighs\u2019 home", "Fernleighs"),
        ("the Fernleighs' home", "Fernleighs"),
        ("the Joneses", "Joneses"),
        ("Smith-Jones", "Smith-Jones"),
        ("Smith Jones", "Smith Jones"),
        ("J. Fernleigh", "J. Fernleigh"),
        ("J Fernleigh", "J Fernleigh"),
        ("Zoe", "Zoe"),
        ("ZOË", "ZOË"),
        ("jordan", "jordan"),
        ("Soren Kjaer", "Soren Kjaer"),
        ("Soeren", "Soeren"),
        ("Fern\u200dleigh", "Fern\u200dleigh"),
        ("Fernl\u0435igh", "Fernl\u0435igh"),
        ("Dunm\u03bfre", "Dunm\u03bfre"),
        ("F e r n l e i g h", "F e r n l e i g h"),
        ("Fern-leigh", "Fern-leigh"),
        ("spoke toFernleigh", "Fernleigh"),
        ("spoke to\u200bFernleigh", "Fernleigh"),
        ("the Fernleigh\u2060Family", "Fernleigh"),
        ("FernIeigh", "FernIeigh"),
        ("Fernle1gh", "Fernle1gh"),
        ("J0rdan", "J0rdan"),
        ("Fern|eigh", "Fern|eigh"),
        ("5mith-Jones", "5mith-Jones"),
        ("Fernl eigh", "Fernl eigh"),
        ("Fernleig h", "Fernleig h"),
        ("FERNL EIGH", "FERNL EIGH"),
        ("F ernleigh", "F ernleigh"),
        ("Jor dan", "Jor dan"),
        ("Smi th-Jones", "Smi th"),
        ("Fe rnleigh", "Fe rnleigh"),
        ("Fern\u2800leigh", "Fern\u2800leigh"),
        ("DUNM ORE", "DUNM ORE"),
        ("Fern-\nleigh", "Fern-\nleigh"),
        ("Cedars Acad3my", "Cedars Acad3my"),
        ("\u202ehgielnreF\u202c", "hgielnreF"),
        # Letters whose TR39 prototype carries a mark: Greek eta is "n" with a line below.
        ("Fer\u03b7leigh", "Fer\u03b7leigh"),
        ("Fe\u0433\u03b7leigh", "Fe\u0433\u03b7leigh"),
        ("14 LARCH CLOSE", "14 LARCH CLOSE"),
        ("01/10/2026", "01/10/2026"),
        ("October 1st, 2026", "October 1st, 2026"),
        ("2026-10-01", "2026-10-01"),
    ],
)
def test_the_forms_a_name_or_term_takes(written, as_written):
    assert as_written in found(f"The review heard from {written} at length."), written


@pytest.mark.parametrize(
    "text",
    [
        "Fernleighton and Jordanian are other words.",
        "She grew up in Manchester.",  # Chester, a registered surname, inside a word
        "He was a man of few words; Fern, leigh.",
        "The review met on 2 October 2026.",
    ],
)
def test_what_is_not_a_name(text):
    assert found(text) == []


def test_look_alikes_count_only_where_the_text_shows_them():
    scanner = Scanner([*name_terms("Ali Goodman", "A"), *name_terms("Ivo Lunt", "B")])
    ordinary = "All of the panel agreed he was a good man. McIntyre and Ivor left in torn coats."
    assert scanner.find(ordinary) == []
    text = "Then lvo and A1i met G00dman."
    assert [text[m.start : m.end] for m in scanner.find(text)] == ["lvo", "A1i", "G00dman"]


def test_a_match_is_reported_once_with_the_text_as_written_and_what_disguised_it():
    [hit] = scan_package(
        SCANNER, planted("body", "Jordan Fern\u200dl\u0435igh"), "report.docx"
    ).findings
    assert hit["text"] == "Jordan Fern\u200dl\u0435igh" and hit["term"] == "Jordan Fernleigh"
    assert hit["paragraph"] == 2 and hit["node"] == "text"
    assert hit["context"] == "We spoke to Jordan Fern\u200dl\u0435igh about the night."
    assert hit["disguised"] == [
        "U+0435 CYRILLIC SMALL LETTER IE",
        "U+200D ZERO WIDTH JOINER",
    ]


def test_sensitive_terms_and_the_file_name():
    result = scan_package(SCANNER, planted("body", "Cedars Academy"), "Fernleigh review v1.0.docx")
    assert {(h["part"], h["term"]) for h in result.findings} == {
        ("word/document.xml", "Cedars Academy"),
        ("(file name)", "Fernleigh"),
    }


def test_a_clean_report_has_no_findings_and_every_part_is_read():
    result = scan_package(SCANNER, planted("clean", ""), "Overview report.docx")
    assert result.findings == []
    assert {"word/document.xml", "docProps/core.xml", "word/styles.xml"} <= set(result.parts)


def test_quasi_identifiers_are_warnings():
    kinds = {
        w["kind"]
        for w in quasi_identifiers(
            "On 3 April 2019 the victim, aged 34, was seen in Demchester. "
            "She worked at Greggs Bakery."
        )
    }
    assert kinds == {"exact_date", "age_and_place", "workplace"}
    assert quasi_identifiers("In spring the panel met.") == []


def test_the_longest_term_wins_and_the_register_size_does_not_matter():
    many = Scanner([Term(f"Person{n} Surname{n}", "name") for n in range(250)])
    # each name's first word, and its Welsh soft, nasal and aspirate mutations (Berson0, Mhperson0,
    # Pherson0): one entry per spelling, however many names share the text's words
    assert len(many.first_words) == 4 * 250 and many.find("Nobody here.") == []
    [hit] = SCANNER.find("A letter from Jordan Fernleigh's sister.")
    assert hit.term.text == "Jordan Fernleigh"


def test_the_canonical_form():
    assert (
        canonical("\uff26\uff45\uff52\uff4e \U0001d41f\u00e9\u0301 \u00df \u00f8\u00e6")
        == "fern fe ss oae"
    )
    assert canonical("Dun\u200b\u00admore\u2060") == "dunmore"
    # Cyrillic read by its looks and by its sound
    assert [form for form, _ in forms("\u0421\u0435\u0440\u0433\u0435\u0439")] == [
        "ceprei",
        "sergei",
    ]
    # a right-to-left override shows "fed" as "def"
    assert displayed("ab \u202efed\u202c g") == ("ab def g", [0, 1, 2, 6, 5, 4, 8, 9])
    assert displayed("no override") is None
