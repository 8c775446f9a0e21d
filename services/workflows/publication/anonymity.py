"""The anonymity scan (V16): one register, one scanner and one function for every gate.

`scanner_for` builds the review's scanner from its subject register and sensitive terms;
`scan_package` reads a stored package and returns its findings. The scan endpoint, the
pre-submission check (`check_findings`) and publication all call these, so no path has a weaker
copy. Someone who may not read the subject register gets findings without the register's words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select

from services.documents.package_text import PackageText, TextRecord, extract
from services.domain import leaks
from services.domain.access import can
from services.domain.anonymity import Scanner, Term, name_terms
from services.domain.errors import NotFound
from services.storage.models import Document, DocumentVersion, Review, SensitiveTerm
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.library.document_views import read_version
from services.workflows.library.documents import open_limited
from services.workflows.publication.requests import SensitiveTermRequest


def scanner_for(ctx: Ctx, review: Review) -> Scanner:
    terms: list[Term] = []
    for subject in records.subjects(ctx, review.id):
        who = subject.pseudonym or subject.role
        for name in (subject.real_name, *(subject.aliases or [])):
            if name and name.strip():
                terms += name_terms(name, who)
    if review.victim_name and review.victim_name.strip():
        terms += name_terms(review.victim_name, "the victim")
    for term in ctx.session.scalars(
        select(SensitiveTerm).where(SensitiveTerm.review_id == review.id)
    ):
        terms.append(Term(term.term, term.kind))
    return Scanner(terms)


@dataclass
class Scanned:
    findings: list[dict]
    warnings: list[dict] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    own_dates: Counter = field(default_factory=Counter)  # registered dates in the service's text


def scan_package(
    scanner: Scanner,
    data: bytes,
    filename: str,
    windows: frozenset[str] = frozenset(),
    text: PackageText | None = None,
) -> Scanned:
    """Every part of a Word or Excel package, and its file name. `text`: the package's text
    when already extracted (in the sandbox, as the use cases do on stored uploads); extracted
    here otherwise (our own rebuilt documents, tests and benchmarks of the scan itself)."""
    text = extract(data) if text is None else text
    found_records = [TextRecord("(file name)", "file name", filename), *text.records]
    found, own = leaks.findings(scanner, found_records, windows)
    found += [leaks.unreadable_finding(u.part, u.reason) for u in text.unreadable]
    return Scanned(found, leaks.warnings(found_records, windows), sorted(text.parts), own)


def service_windows(ctx: Ctx, doc: Document, label: str) -> frozenset[str]:
    """The windows of the dates the service wrote into this document, up to this version."""
    versions = ctx.session.scalars(
        select(DocumentVersion)
        .where(DocumentVersion.document_id == doc.id)
        .order_by(DocumentVersion.id)
    ).all()
    found: set[str] = set()
    for version in versions:
        found.update(version.service_dates or ())
        if version.label == label:
            break
    return frozenset(found)


def may_read_register(ctx: Ctx, review: Review) -> bool:
    return can(ctx.principal, "view_subjects", review.csp_id, review.id)


def sandboxed_text(ctx: Ctx, data: bytes, idle: bool = True) -> PackageText:
    """The extraction (package_text.extract) run in a sandbox worker, within its memory and time
    limits: a package of many large XML parts costs the web process nothing. `idle`: nothing
    was written yet, so no lock need be held while the worker parses."""
    if idle:
        ctx.idle()
    return ctx.docs.sandbox.texts(data, str(ctx.actor_id))


def scan(ctx: Ctx, doc_id: int, label: str) -> dict:
    doc, only = open_limited(ctx, doc_id, "view_documents")
    if only is not None and label != only:
        raise NotFound("version")
    review = records.load(ctx, Review, doc.review_id)
    data = read_version(ctx, doc, label)
    stem = doc.filename.rsplit(".", 1)[0]
    scanned = scan_package(
        scanner_for(ctx, review),
        data,
        f"{stem} v{label}.{doc.file_type}",
        service_windows(ctx, doc, label),
        sandboxed_text(ctx, data),
    )
    record(
        ctx,
        review,
        "document.anonymity_scanned",
        {"document_id": doc.id, "label": label, "hits": len(scanned.findings)},
    )
    reader = may_read_register(ctx, review)
    return {
        "document_id": doc.id,
        "version": label,
        "clean": not scanned.findings,
        "hits": [leaks.for_reader(f, reader) for f in scanned.findings],
        "warnings": scanned.warnings,
        "parts_scanned": scanned.parts,
    }


def check_findings(
    ctx: Ctx, scanner: Scanner, document: str, doc: Document, label: str, data: bytes
) -> list[dict]:
    """The scan's findings for one version, as the pre-submission check's V16 findings (never
    with the register's words: the check's findings are kept and shown to more people)."""
    stem = doc.filename.rsplit(".", 1)[0]
    scanned = scan_package(
        scanner,
        data,
        f"{stem} v{label}.{doc.file_type}",
        service_windows(ctx, doc, label),
        sandboxed_text(ctx, data, idle=False),  # the check holds its record: no rollback here
    )
    return [as_check_finding(f, document, label) for f in scanned.findings]


def as_check_finding(finding: dict, document: str, label: str) -> dict:
    where = {k: v for k, v in finding.items() if k not in ("message", "kind", *leaks.REGISTER_ONLY)}
    return {
        "severity": "block",
        "rule": "V16",
        "message": finding["message"],
        "location": {"document": document, "version": label, **where},
    }


def list_terms(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_subjects")
    query = select(SensitiveTerm).where(SensitiveTerm.review_id == review.id)
    return [
        {"id": t.id, "kind": t.kind, "term": t.term}
        for t in ctx.session.scalars(query.order_by(SensitiveTerm.id))
    ]


def add_term(ctx: Ctx, review_id: int, data: SensitiveTermRequest) -> dict:
    review = records.open_review(ctx, review_id, "add_subject", lock=True)
    term = SensitiveTerm(review_id=review.id, kind=data["kind"], term=data["term"].strip())
    ctx.session.add(term)
    ctx.session.flush()
    record(ctx, review, "register.sensitive_term_added", {"term_id": term.id, "kind": term.kind})
    return {"id": term.id, "kind": term.kind, "term": term.term}
