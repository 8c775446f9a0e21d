"""The anonymity scan: a 300-page overview (every part) against 50 names and 200 sensitive terms,
and how the cost grows with the document and with the number of terms.

    python -m bench.anonymity      (also run by `make bench`)
"""

from __future__ import annotations

from bench.machine import p50
from bench.overview import big_overview
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
    overview, _summary = big_overview(300)
    few = register(5, 20)
    results["300 pages, 5 names + 20 terms"] = p50(lambda: scan_bytes(few, overview, "o.docx"), 5)
    return results


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:40} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
