"""V16: a sensitive term as people abbreviate or run it together (services.domain.term_forms):
street types and Saint, a company's legal ending, a postcode or crime number without its
spaces, a registered date with "of" or a two-digit year. Ordinary words are not terms."""

from __future__ import annotations

import pytest

from services.domain.anonymity import Scanner, Term

SCANNER = Scanner(
    [
        Term("14 Larch Close", "address"),
        Term("SW1A 1AA", "address"),
        Term("Thornbury Road", "street"),
        Term("Church Street", "street"),
        Term("St Mary's Primary School", "school"),
        Term("Acme Logistics Ltd", "workplace"),
        Term("CR/1234/23", "crime_number"),
        Term("1 October 2026", "date_of_death"),
    ]
)


def found(text: str) -> list[str]:
    return [text[m.start : m.end] for m in SCANNER.find(text)]


@pytest.mark.parametrize(
    ("written", "as_written"),
    [
        ("14 Larch Cl.", "14 Larch Cl"),
        ("Thornbury Rd", "Thornbury Rd"),
        ("Church St", "Church St"),
        ("Saint Mary's Primary School", "Saint Mary's Primary School"),
        ("Acme Logistics", "Acme Logistics"),
        ("ACME Logistics Limited", "ACME Logistics Limited"),
        ("SW1A1AA", "SW1A1AA"),
        ("CR1234/23", "CR1234/23"),
        ("the 1st of October 2026", "1st of October 2026"),
        ("1 Oct 26", "1 Oct 26"),
    ],
)
def test_the_ways_a_term_is_abbreviated_or_run_together(written, as_written):
    assert as_written in found(f"The report said {written} at the time."), written


@pytest.mark.parametrize(
    "text",
    [
        "She walked down the road to the close and the street beyond.",
        "Acme supplied logistics; the Larch tree; Thornbury is a town.",
        "Saint Mary and St Albans; a primary school.",
        "Reference 1102026 and 14 October 2026.",
    ],
)
def test_ordinary_words_are_not_terms(text):
    assert found(text) == []
