"""The anonymity scan of one stored version (V16): every part, every register name and term."""

from __future__ import annotations

from sqlalchemy import select

from services.documents.package_text import package_texts
from services.domain.anonymity import Scanner, Term, name_terms, quasi_identifiers
from services.domain.errors import NotFound
from services.storage.models import Review, SensitiveTerm
from services.workflows import records
from services.workflows.context import Ctx
from services.workflows.documents import open_limited, read_version
from services.workflows.notify import record


def scanner_for(ctx: Ctx, review: Review) -> Scanner:
    terms: list[Term] = []
    for subject in records.subjects(ctx, review.id):
        who = subject.pseudonym or subject.role
        for name in (subject.real_name, *(subject.aliases or [])):
            terms += name_terms(name, who)
    terms += name_terms(review.victim_name, "the victim")
    for term in ctx.session.scalars(
        select(SensitiveTerm).where(SensitiveTerm.review_id == review.id)
    ):
        terms.append(Term(term.term, term.kind))
    return Scanner(terms)


def scan_bytes(scanner: Scanner, data: bytes, filename: str) -> dict:
    hits, warnings, parts = [], [], set()
    for part, text in [("(file name)", filename), *package_texts(data)]:
        parts.add(part)
        hits += [{"part": part, **hit} for hit in scanner.hits(text)]
        warnings += [{"part": part, **w} for w in quasi_identifiers(text)]
    return {
        "clean": not hits,
        "hits": hits,
        "warnings": warnings,
        "parts_scanned": sorted(parts),
    }


def scan(ctx: Ctx, doc_id: int, label: str) -> dict:
    doc, only = open_limited(ctx, doc_id, "view_documents")
    if only is not None and label != only:
        raise NotFound("version")
    review = ctx.session.get(Review, doc.review_id)
    data = read_version(ctx, doc, label)
    stem = doc.filename.rsplit(".", 1)[0]
    result = scan_bytes(scanner_for(ctx, review), data, f"{stem} v{label}.{doc.file_type}")
    record(
        ctx,
        review,
        "document.anonymity_scanned",
        {"document_id": doc.id, "label": label, "hits": len(result["hits"])},
    )
    return {"document_id": doc.id, "version": label, **result}


def list_terms(ctx: Ctx, review_id: int) -> list[dict]:
    review = records.open_review(ctx, review_id, "view_subjects")
    query = select(SensitiveTerm).where(SensitiveTerm.review_id == review.id)
    return [
        {"id": t.id, "kind": t.kind, "term": t.term}
        for t in ctx.session.scalars(query.order_by(SensitiveTerm.id))
    ]


def add_term(ctx: Ctx, review_id: int, data: dict) -> dict:
    review = records.open_review(ctx, review_id, "add_subject", lock=True)
    term = SensitiveTerm(review_id=review.id, kind=data["kind"], term=data["term"].strip())
    ctx.session.add(term)
    ctx.session.flush()
    record(ctx, review, "register.sensitive_term_added", {"term_id": term.id, "kind": term.kind})
    return {"id": term.id, "kind": term.kind, "term": term.term}
