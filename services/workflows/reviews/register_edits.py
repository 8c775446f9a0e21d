"""Correcting the review's registers: a subject's entry or a sensitive term changed or removed.

The registers feed the anonymity scan (V16), so a wrong entry must be correctable; every change
is on the review's audit chain with ids, kinds and which fields changed, never the names.
"""

from __future__ import annotations

from sqlalchemy import select

from services.domain import lifecycle
from services.domain.errors import NotFound
from services.domain.subjects import check_subject
from services.storage.models import Review, SensitiveTerm, Subject
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.publication.requests import SensitiveTermChange
from services.workflows.reviews.requests import SubjectChange
from services.workflows.reviews.subjects import subject_view


def _open(ctx: Ctx, review_id: int) -> Review:
    review = records.open_review(ctx, review_id, "add_subject", lock=True)
    lifecycle.next_state(review.state, "add_subject")
    return review


def _subject(ctx: Ctx, review: Review, subject_id: int) -> Subject:
    subject = ctx.session.get(Subject, subject_id)
    if subject is None or subject.review_id != review.id:
        raise NotFound("subject")
    return subject


def change_subject(ctx: Ctx, review_id: int, subject_id: int, data: SubjectChange) -> dict:
    review = _open(ctx, review_id)
    subject = _subject(ctx, review, subject_id)
    changed = {k: v for k, v in data.items() if getattr(subject, k) != v}
    others = [subject_view(s) for s in records.subjects(ctx, review.id) if s.id != subject.id]
    check_subject({**subject_view(subject), **data}, others)
    for key, value in changed.items():
        setattr(subject, key, value)
    record(
        ctx,
        review,
        "review.subject_changed",
        {"subject_id": subject.id, "role": subject.role, "fields": sorted(changed)},
    )
    return subject_view(subject)


def remove_subject(ctx: Ctx, review_id: int, subject_id: int) -> None:
    review = _open(ctx, review_id)
    subject = _subject(ctx, review, subject_id)
    ctx.session.delete(subject)
    record(ctx, review, "review.subject_removed", {"subject_id": subject.id, "role": subject.role})


def _term(ctx: Ctx, review: Review, term_id: int) -> SensitiveTerm:
    term = ctx.session.scalar(select(SensitiveTerm).where(SensitiveTerm.id == term_id))
    if term is None or term.review_id != review.id:
        raise NotFound("sensitive term")
    return term


def change_term(ctx: Ctx, review_id: int, term_id: int, data: SensitiveTermChange) -> dict:
    review = _open(ctx, review_id)
    term = _term(ctx, review, term_id)
    fields = sorted(k for k in data if getattr(term, k) != data[k])
    term.kind = data.get("kind", term.kind)
    term.term = data.get("term", term.term).strip()
    record(
        ctx,
        review,
        "register.sensitive_term_changed",
        {"term_id": term.id, "kind": term.kind, "fields": fields},
    )
    return {"id": term.id, "kind": term.kind, "term": term.term}


def remove_term(ctx: Ctx, review_id: int, term_id: int) -> None:
    review = _open(ctx, review_id)
    term = _term(ctx, review, term_id)
    ctx.session.delete(term)
    record(ctx, review, "register.sensitive_term_removed", {"term_id": term.id, "kind": term.kind})
