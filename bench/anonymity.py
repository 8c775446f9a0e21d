"""The anonymity scan: a 300-page overview (every part) against 50 names and 200 sensitive terms,
how the cost grows with the document and the register, what the canonical form costs on its own
(text that is all ASCII, and text where every paragraph has curly quotes and accents), the
reconstruction of the public report, and the whole publication pack.

    python -m bench.anonymity      (also run by `make bench`)
"""

from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

import docx

from bench.machine import p50
from bench.overview import big_overview
from services.documents import package_text
from services.documents.package_text import extract
from services.documents.pdf import available
from services.documents.rebuild import rebuild
from services.domain.anonymity import Scanner, Term, name_terms
from services.domain.canonical import forms
from services.workflows.publication.anonymity import scan_package
from services.workflows.publication.pack import Source, make_pack
from tests.fakes.docx_package import Package
from tests.fakes.imr_docx import WORDS


def register(names: int, terms: int) -> Scanner:
    found = []
    for n in range(names):
        found += name_terms(f"Firstname{n} Surname{n}", f"P{n}")
    found += [Term(f"{n} Sensitive Street", "address") for n in range(terms)]
    return Scanner(found)


def accented(data: bytes) -> bytes:
    """The same report with a curly apostrophe and an accent in every paragraph, as Word's
    autocorrect leaves real reports: every paragraph takes the canonical form's slower path."""
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        if paragraph.runs:
            paragraph.runs[-1].text += " the panel\u2019s r\u00e9sum\u00e9"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def word_saved(pages: int = 300) -> bytes:
    """A report as Word saves one: each paragraph with its properties, a bookmark, three runs
    each with its own fonts, size, language and revision ids (about 3.5 MB of XML)."""
    chooser = random.Random(5)
    package = Package()
    paragraphs = []
    for n in range(pages * 10):
        runs = "".join(
            f'<w:r w:rsidR="00A{n:05X}" w:rsidRPr="00B1C2D3"><w:rPr><w:rFonts w:ascii="Arial" '
            'w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">'
            f"{' '.join(chooser.choices(WORDS, k=14))} </w:t></w:r>"
            for _ in range(3)
        )
        paragraphs.append(
            f'<w:p w:rsidR="00C{n:05X}" w:rsidRDefault="00D1E2F3"><w:pPr><w:spacing '
            'w:after="120"/><w:jc w:val="both"/></w:pPr>'
            f'<w:bookmarkStart w:id="{n}" w:name="_Toc{100000 + n}"/><w:bookmarkEnd w:id="{n}"/>'
            f"{runs}</w:p>"
        )
    package.add_body("".join(paragraphs))
    return package.build()


def cold(scanner, data: bytes):
    """A scan with nothing read before (the cache of unchanged parts emptied)."""
    package_text.forget()
    return scan_package(scanner, data, "overview.docx")


def canonicalise(records) -> None:
    for record in records:
        forms(record.text)


def run() -> dict:
    results = {}
    for pages in (75, 150, 300):
        overview, _summary = big_overview(pages)
        scanner = register(50, 200)
        results[f"{pages} pages, 50 names + 200 terms"] = p50(
            lambda o=overview, s=scanner: cold(s, o), 5
        )
    overview, summary = big_overview(300)
    few = register(5, 20)
    results["300 pages, 5 names + 20 terms"] = p50(lambda: cold(few, overview), 5)
    records = extract(overview).records
    results["300 pages: reading every part's text (no matching)"] = p50(
        lambda: (package_text.forget(), extract(overview)), 5
    )
    results["300 pages: canonical form of all text, ASCII"] = p50(lambda: canonicalise(records), 5)
    curly = accented(overview)
    curly_records = extract(curly).records
    results["300 pages: canonical form of all text, every paragraph accented"] = p50(
        lambda: canonicalise(curly_records), 5
    )
    many = register(50, 200)
    saved = word_saved()
    results["300 pages as Word saves them (runs with properties), 50 names + 200 terms"] = p50(
        lambda: cold(many, saved), 5
    )
    results["300 pages accented, 50 names + 200 terms (whole scan)"] = p50(
        lambda: cold(many, curly), 5
    )
    results["reconstruction of the 300-page overview (goal < 5 s)"] = p50(
        lambda: rebuild(overview, "Domestic Homicide Review: Overview Report \u2014 Ruth", "CSP"), 5
    )
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


def pack(scanner, overview: bytes, summary: bytes) -> None:
    """What POST /publication does: scan, rebuild, scan, convert twice, scan the PDFs."""
    sources = [
        Source("overview_report", overview, "o.docx", "Domestic Homicide Review: Overview"),
        Source("executive_summary", summary, "s.docx", "Domestic Homicide Review: Summary"),
    ]
    with tempfile.TemporaryDirectory() as profile:
        made = make_pack(scanner, sources, "Demo CSP", Path(profile))
    assert not made.findings, made.findings


if __name__ == "__main__":
    from bench.machine import describe

    print(describe())
    for name, figures in run().items():
        print(f"{name:66} p50 {figures['p50_ms']:8.1f} ms  p95 {figures['p95_ms']:8.1f} ms")
