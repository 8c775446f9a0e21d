"""The subject register: the people in the case, their aliases and agreed pseudonyms."""

from __future__ import annotations

from services.domain import lifecycle
from services.domain.subjects import check_subject
from services.storage.models import Subject
from services.workflows.kernel import records
from services.workflows.kernel.audit import record
from services.workflows.kernel.context import Ctx
from services.workflows.reviews.requests import SubjectRequest


def subject_view(s: Subject) -> dict:
    return {
        "id": s.id,
        "role": s.role,
        "real_name": s.real_name,
        "aliases": s.aliases,
        "pseudonym": s.pseudonym,
        "pseudonym_chosen_by": s.pseudonym_chosen_by,
        "relationship_to_victim": s.relationship_to_victim,
        "age_at_death": s.age_at_death,
        "ethnicity": s.ethnicity,
    }


def list_subjects(ctx: Ctx, review_id: int) -> list[dict]:
    records.open_review(ctx, review_id, "view_subjects")
    return [subject_view(s) for s in records.subjects(ctx, review_id)]


def add_subject(ctx: Ctx, review_id: int, data: SubjectRequest) -> dict:
    review = records.open_review(ctx, review_id, "add_subject", lock=True)
    lifecycle.next_state(review.state, "add_subject")
    existing = [subject_view(s) for s in records.subjects(ctx, review.id)]
    check_subject(data, existing)
    subject = Subject(review_id=review.id, **data)
    ctx.session.add(subject)
    ctx.session.flush()
    # Ids and roles only: real names stay out of the audit trail.
    record(ctx, review, "review.subject_added", {"subject_id": subject.id, "role": subject.role})
    return subject_view(subject)
