"""Dates the service writes into its own template text are not leaks; the same date typed by a
person, anywhere else (a field the person filled in included), still is."""

from __future__ import annotations

from services.documents.package_text import TextRecord
from services.domain import leaks
from services.domain.anonymity import Scanner, Term
from services.domain.canonical import tokens
from services.domain.service_dates import service_windows

RENDERED = [
    "Terms of reference",
    "The review covers the period from 1 January 2024 to 1 October 2026.",
    "Extension agreed: the family asked for more time as she died on 1 October 2026 at home.",
    "1 October 2026",  # a table cell the service filled with the date alone
    "Police",
]
TYPED = ["the family asked for more time as she died on 1 October 2026 at home", "Police"]
SCANNER = Scanner([Term("1 October 2026", "date_of_death"), Term("Jordan Fernleigh", "name")])


def windows() -> frozenset[str]:
    return frozenset(service_windows([tokens(t) for t in RENDERED], TYPED))


def records(*paragraphs: str) -> list[TextRecord]:
    return [TextRecord("word/document.xml", "text", p, n) for n, p in enumerate(paragraphs, 1)]


def test_only_the_dates_the_service_wrote_itself_have_windows():
    found = windows()
    # the period's two dates and the table cell; not the date inside the typed reason
    assert sorted(w.split("|")[1] for w in found) == [
        "1 january 2024",
        "1 october 2026",
        "1 october 2026",
    ]
    assert not any("died on|" in w for w in found)


def test_the_service_s_own_dates_are_not_findings_but_typed_ones_are():
    version = records(
        *RENDERED[:2],
        RENDERED[2],  # typed into the service's form by a person: still a finding
        *RENDERED[3:],
        "The author added: she was found on 01/10/2026 by a neighbour.",
        "Jordan Fernleigh wrote on 1 October 2026.",  # names are never excused
    )
    found, own = leaks.findings(SCANNER, version, windows())
    assert own == {"1 October 2026": 2}
    assert [(f["paragraph"], f["text"]) for f in found] == [
        (3, "1 October 2026"),
        (6, "01/10/2026"),
        (7, "Jordan Fernleigh"),
        (7, "1 October 2026"),
    ]


def test_without_the_service_s_windows_every_date_is_a_finding():
    found, own = leaks.findings(SCANNER, records(*RENDERED))
    assert len(found) == 3 and not own


def test_an_allowance_excuses_as_many_dates_as_the_word_stage_found_in_service_text():
    pdf = [TextRecord("(PDF text)", "page 1", " ".join(RENDERED) + " died 1 October 2026", 1)]
    found, _ = leaks.findings(SCANNER, pdf, allowance={"1 October 2026": 2})
    assert len(found) == 2  # four in the PDF's text, two of them the service's own
