"""What the statutory guidance asks the overview and executive summary to say about the people of
a review: the chair and the overview author (each with an independence statement, background and
training), the panel with both of them in it, the pseudonyms with age and ethnicity, what the
family chose and saw, and who the report is sent to (the family among them)."""

from __future__ import annotations

from sqlalchemy import select

from services.storage.models import FamilyContact, Review, ReviewMember
from services.workflows.kernel import records
from services.workflows.kernel.context import Ctx

NOT_KNOWN = "not known"
ROLE_NAMES = {
    "chair": "Independent chair",
    "overview_author": "Overview author",
}


def people(ctx: Ctx, review: Review) -> dict:
    members = records.current_members(ctx, review.id)
    chair = next((m for m in members if m.role == "chair"), None)
    author = next((m for m in members if m.role == "overview_author"), None) or chair
    ordered = sorted(members, key=lambda m: (m.role != "chair", m.role != "overview_author"))
    return {
        "chair": _person(chair, "independent chair"),
        "author": _person(author, "author of the overview report"),
        "panel": [_member(m) for m in ordered],
    }


def _person(member: ReviewMember | None, role: str) -> dict:
    if member is None:
        return {"name": "", "statement": "", "background": "", "training": "", "role": role}
    trained = member.person.trained_on
    training = member.training or (
        f"{member.person.name} completed training in chairing and writing reviews on "
        f"{trained.day} {trained:%B %Y}."
        if trained
        else ""
    )
    return {
        "name": member.person.name,
        "statement": member.independence_statement or "",
        "background": member.background or "",
        "training": training,
        "role": role,
    }


def _member(m: ReviewMember) -> dict:
    return {
        "name": m.person.name,
        "role": ROLE_NAMES.get(m.role, "Panel member"),
        "job_title": m.person.job_title,
        "agency": m.person.agency.name if m.person.agency else "Independent",
        "independent": "Yes" if m.person.agency_id is None else "No",
    }


def pseudonyms(subjects) -> list[dict]:
    return [
        {
            "pseudonym": s.pseudonym,
            "relationship": s.relationship_to_victim or s.role,
            "age": str(s.age_at_death) if s.age_at_death is not None else NOT_KNOWN,
            "ethnicity": s.ethnicity or NOT_KNOWN,
        }
        for s in subjects
        if s.pseudonym
    ]


def family_views(ctx: Ctx, review: Review, subjects) -> dict:
    """Who chose the pseudonyms, whether the family saw the draft, and what they said."""
    contacts = list(
        ctx.session.scalars(
            select(FamilyContact)
            .where(FamilyContact.review_id == review.id, FamilyContact.risk_flag.is_(None))
            .order_by(FamilyContact.id)
        )
    )
    chosen = sorted({s.pseudonym_chosen_by for s in subjects if s.pseudonym_chosen_by})
    chosen_by = " and ".join(chosen)
    saw = [c.relationship for c in contacts if c.saw_draft]
    asked = [c for c in contacts if c.saw_draft is not None]
    if saw:
        draft = f"The family ({', '.join(saw)}) saw the draft report before it was finalised."
    elif asked:
        draft = "The family did not see the draft report."
    else:
        draft = "The family has not yet seen the draft report."
    return {
        "pseudonyms_chosen_by": chosen_by,
        "pseudonym_choice": (
            f"The pseudonyms were chosen by {chosen_by}."
            if chosen_by
            else "Who chose the pseudonyms is not yet recorded."
        ),
        "draft": draft,
        "comments": [f"{c.relationship}: {c.draft_comments}" for c in contacts if c.draft_comments],
    }
