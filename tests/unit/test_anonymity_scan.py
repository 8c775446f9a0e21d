"""V16: a real name planted anywhere a .docx can hide it is found; a clean report has no hits."""

from __future__ import annotations

import pytest

from services.domain.anonymity import Scanner, Term, name_terms, quasi_identifiers
from services.workflows.anonymity import scan_bytes
from tests.fakes.leaky_docx import PLACES, planted

SCANNER = Scanner(
    [
        *name_terms("Jordan Fernleigh", "Ruth"),
        *name_terms("Zoë Dunmore", "Mark's sister"),
        Term("14 Larch Close", "address"),
        Term("Cedars Academy", "school"),
    ]
)


@pytest.mark.parametrize("where", PLACES)
def test_a_name_planted_in_each_part_is_found(where):
    result = scan_bytes(SCANNER, planted(where, "Jordan Fernleigh"), "report.docx")
    assert not result["clean"], where
    assert {h["term"] for h in result["hits"]} >= {"Jordan Fernleigh"}


@pytest.mark.parametrize(
    "written",
    [
        "FERNLEIGH",
        "Fernleigh's",
        "Fernleigh\u2019s",
        "J. Fernleigh",
        "J Fernleigh",
        "Zoe",
        "ZOË",
        "jordan",
    ],
)
def test_the_forms_a_name_takes(written):
    hits = SCANNER.hits(f"The review heard from {written} at length.")
    assert hits, written


def test_whole_words_only_and_a_clean_report_has_no_hits():
    assert SCANNER.hits("Fernleighton and Jordanian are other words.") == []
    result = scan_bytes(SCANNER, planted("clean", ""), "Overview report.docx")
    assert result["clean"] and result["hits"] == []
    assert (
        "word/document.xml" in result["parts_scanned"]
        and "docProps/core.xml" in result["parts_scanned"]
    )


def test_sensitive_terms_and_the_file_name():
    result = scan_bytes(SCANNER, planted("body", "Cedars Academy"), "Fernleigh review v1.0.docx")
    assert {(h["part"], h["term"]) for h in result["hits"]} == {
        ("word/document.xml", "Cedars Academy"),
        ("(file name)", "Fernleigh"),
    }


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


def test_the_longest_term_wins_and_every_term_is_indexed_once_by_its_first_word():
    many = Scanner([Term(f"Person{n} Surname{n}", "name") for n in range(250)])
    assert len(many.index) == 250 and many.hits("Nobody here.") == []
    [hit] = SCANNER.hits("A letter from Jordan Fernleigh's sister.")
    assert hit["term"] == "Jordan Fernleigh"
