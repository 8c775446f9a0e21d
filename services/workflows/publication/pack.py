"""The publication pack's stages for the cleared reports (docs/publication.md):

1. word: the cleared version scanned whole, exactly as the check and the scan read it (a part
   that cannot be read is a finding here);
2. reconstructed: the public report rebuilt from the allow-list, scanned;
3. pdf: converted to tagged PDF (twice: the first conversion numbers the contents), its fixed
   metadata set, then its text, metadata (Info and XMP), outline, links and /Alt text scanned,
   and whether it is tagged checked.
Every finding of every stage is returned; the caller refuses the pack if there is any.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from services.documents.package_text import PackageText
from services.documents.pdf import finish, to_pdfs
from services.documents.pdf_text import READING_ORDER, pdf_records, tagged
from services.documents.rebuild import Rebuilt, rebuild, with_pages
from services.domain import leaks
from services.domain.anonymity import Scanner
from services.workflows.publication.anonymity import scan_package


@dataclass
class Source:
    kind: str  # overview_report | executive_summary
    data: bytes
    filename: str
    title: str  # the public document's fixed title
    windows: frozenset[str] = frozenset()
    text: PackageText | None = None  # the cleared version's text, extracted in the sandbox
    note: str = ""  # the version label and the day the CSP agreed it, under the title


@dataclass
class Pack:
    findings: list[dict] = field(default_factory=list)
    pdfs: dict[str, bytes] = field(default_factory=dict)
    dropped: list[dict] = field(default_factory=list)


def make_pack(scanner: Scanner, sources: list[Source], author: str, profile: Path) -> Pack:
    pack = Pack()
    rebuilt: dict[str, Rebuilt] = {}
    allowance = {}
    for source in sources:
        cleared = scan_package(scanner, source.data, source.filename, source.windows, source.text)
        pack.findings += _staged(source.kind, "word", cleared.findings)
        rebuilt[source.kind] = made = rebuild(source.data, source.title, author, source.note)
        pack.dropped += [{"document": source.kind, **d} for d in made.dropped]
        public = scan_package(scanner, made.docx, f"{source.title}.docx", source.windows)
        pack.findings += _staged(source.kind, "reconstructed", public.findings)
        allowance[source.kind] = public.own_dates
    first = to_pdfs({k: r.docx for k, r in rebuilt.items()}, profile)
    numbered = {k: with_pages(r, first[k]) for k, r in rebuilt.items()}
    second = to_pdfs({k: r.docx for k, r in numbered.items()}, profile)
    for source in sources:
        pdf = finish(second[source.kind], source.title, author)
        pack.findings += _staged(
            source.kind, "pdf", _pdf_findings(scanner, pdf, allowance[source.kind])
        )
        if not tagged(pdf):
            pack.findings.append(
                {
                    "document": source.kind,
                    "stage": "pdf",
                    "part": "(PDF structure)",
                    "kind": "untagged",
                    "message": "The PDF is not tagged, so it is not accessible",
                }
            )
        pack.pdfs[source.kind] = pdf
    return pack


def _pdf_findings(scanner: Scanner, pdf: bytes, allowance) -> list[dict]:
    """The PDF's text is read twice (as laid out and in reading order), and each reading may
    hold the service's own dates the Word stage allowed; each name once a page."""
    records = pdf_records(pdf)
    ordered = [r for r in records if r.node.endswith(READING_ORDER)]
    laid_out = [r for r in records if not r.node.endswith(READING_ORDER)]
    found = []
    for group in (laid_out, ordered):
        found += leaks.findings(scanner, group, allowance=allowance)[0]
    return _once_a_page(found)


def _once_a_page(found: list[dict]) -> list[dict]:
    seen, kept = set(), []
    for finding in found:
        key = (finding["part"], finding["paragraph"], finding["text"])
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _staged(kind: str, stage: str, found: list[dict]) -> list[dict]:
    return [{"document": kind, "stage": stage, **f} for f in found]
