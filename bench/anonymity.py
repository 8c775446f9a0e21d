"""The anonymity scan: a 300-page overview (every part) against 50 names and 200 sensitive terms,
and how the cost grows with the document and with the number of terms.

    python -m bench.anonymity      (also run by `make bench`)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.machine import p50
from bench.overview import big_overview
from services.documents.pdf import available, pdf_text, to_pdf
from services.documents.publishable import clean_for_publication
from services.domain.anonymity import Scanner, Term, name_terms
from services.workflows.anonymity import scan_bytes


def register(names: int, terms: int) -> Scanner:
    found = []
    for n in range(names):
        found += name_terms(f"Firstname{n} Surname{n}", f"P{n}")
    found += [Term(f"{n} Sensitive Street", "address") for n in range(terms)]
    return Scanner(found)


def run() -> dict:
    results = {}
    for pages in (75, 150, 300):
        overview, _summary = big_overview(pages)
        scanner = register(50, 200)
        results[f"{pages} pages, 50 names + 200 terms"] = p50(
            lambda o=overview, s=scanner: scan_bytes(s, o, "overview.docx"), 5
        )
    overview, summary = big_overview(300)
    few = register(5, 20)
    results["300 pages, 5 names + 20 terms"] = p50(lambda: scan_bytes(few, overview, "o.docx"), 5)
    if not available():
        print(
            "!!! LibreOffice/poppler not installed: the publication pack is not measured "
            "(CI=true make office-tools) !!!"
        )
    else:
        results["publication pack, 300-page overview + summary (goal < 30 s)"] = p50(
            lambda: pack(register(50, 200), overview, summary), 1
        )
    return results


def pack(scanner, *reports: bytes) -> None:
    """What POST /publication does per report: clean, scan, convert to PDF, scan the PDF."""
    with tempfile.TemporaryDirectory() as profile:
        for report in reports:
            cleaned = clean_for_publication(report)
            scan_bytes(scanner, cleaned, "report.docx")
            scanner.hits(pdf_text(to_pdf(cleaned, Path(profile))))


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:62} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
