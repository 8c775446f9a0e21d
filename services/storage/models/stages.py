"""The later stages: panel meetings, family, overview, action plan, checks, routing, publication."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models.base import Base


class PanelMeeting(Base):
    __tablename__ = "panel_meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class ChronologyNote(Base):
    """The overview author's annotation of one row of the combined chronology."""

    __tablename__ = "chronology_notes"
    __table_args__ = (UniqueConstraint("entry_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("chronology_entries.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    key_episode: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")  # for the summary chronology
    updated_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FamilyContact(Base):
    """Someone from the victim's family or wider network approached by the review (§7)."""

    __tablename__ = "family_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(200))
    approached_on: Mapped[date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(64))
    advocacy_offered: Mapped[bool] = mapped_column(Boolean, default=False)
    advocacy_provider: Mapped[str] = mapped_column(String(200), default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    pseudonym_wishes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(64))
    contribution: Mapped[str] = mapped_column(Text, default="")
    risk_flag: Mapped[str | None] = mapped_column(String(64))
    saw_draft: Mapped[bool | None] = mapped_column(Boolean)  # None: not yet asked
    draft_comments: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class OverviewRecommendation(Base):
    """A numbered multi-agency recommendation of the overview report."""

    __tablename__ = "overview_recommendations"
    __table_args__ = (UniqueConstraint("review_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(16), default="local")


class ActionRow(Base):
    """One action of the SMART action plan (docs/rules.md, V14), for one recommendation."""

    __tablename__ = "action_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    # "overview:3" or "imr:<imr id>:2": the recommendation this action delivers.
    recommendation: Mapped[str] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(Text)
    success_measure: Mapped[str] = mapped_column(Text, default="")
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    lead_officer: Mapped[str] = mapped_column(String(200), default="")
    target_date: Mapped[date | None] = mapped_column(Date)
    milestones: Mapped[list] = mapped_column(JSON, default=list)
    theme: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(24), default="not_started")
    completion_date: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closure_reason: Mapped[str] = mapped_column(Text, default="")
    # A document of the same review that shows the action was done (V15's "linked evidence").
    evidence_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    # The target date the last reminder was sent for: one reminder per target date.
    reminded_for: Mapped[date | None] = mapped_column(Date)


class PresubmissionCheck(Base):
    """The pre-submission check of one overview version and one executive summary version."""

    __tablename__ = "presubmission_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    overview_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    overview_label: Mapped[str] = mapped_column(String(16))
    overview_sha256: Mapped[str] = mapped_column(String(64))
    summary_document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    summary_label: Mapped[str] = mapped_column(String(16))
    summary_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="done")  # running | done | failed
    findings: Mapped[list | None] = mapped_column(JSON)
    blocking: Mapped[int | None] = mapped_column(Integer)
    run_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    run_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SignOff(Base):
    """A sign-off of one exact version of a document: requested, then decided once."""

    __tablename__ = "signoffs"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    stage: Mapped[str] = mapped_column(String(16))  # panel | csp
    label: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))  # pending | approved | rejected
    due_on: Mapped[date | None] = mapped_column(Date)
    requested_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    comments: Mapped[str] = mapped_column(Text, default="")
    library_status: Mapped[str | None] = mapped_column(String(16))


class HomeOfficeSubmission(Base):
    """One submission to the Home Office QA panel: the three exact versions sent."""

    __tablename__ = "home_office_submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    pins: Mapped[dict] = mapped_column(JSON)  # kind -> {document_id, label, sha256}
    check_id: Mapped[int] = mapped_column(ForeignKey("presubmission_checks.id"))
    submitted_on: Mapped[date] = mapped_column(Date)
    submitted_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    outcome: Mapped[str | None] = mapped_column(String(32))
    outcome_received_on: Mapped[date | None] = mapped_column(Date)
    letter_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))


class FeedbackItem(Base):
    """One point of the QA panel's letter, and how the review answered it (V20)."""

    __tablename__ = "feedback_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("home_office_submissions.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    response: Mapped[str | None] = mapped_column(Text)
    answered_in: Mapped[dict | None] = mapped_column(JSON)  # {document_id, label}
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Clearance(Base):
    """Home Office clearance of exact versions: what may be published (V18)."""

    __tablename__ = "clearances"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("home_office_submissions.id"))
    pins: Mapped[dict] = mapped_column(JSON)
    cleared_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class Distribution(Base):
    """A copy of the cleared report sent to an agency's senior manager or a national body (V21)."""

    __tablename__ = "distributions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    recipient: Mapped[str] = mapped_column(String(40))  # agency | domestic_abuse_commissioner | …
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    sent_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(32))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class Conclusion(Base):
    """A formal conclusion; a review reopened by the CSP chair may be concluded again later."""

    __tablename__ = "conclusions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    concluded_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class Reopening(Base):
    """The CSP chair reopening a concluded review (its documents writable again), with why."""

    __tablename__ = "reopenings"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    conclusion_id: Mapped[int] = mapped_column(ForeignKey("conclusions.id"))
    reason: Mapped[str] = mapped_column(Text)
    reopened_to: Mapped[str] = mapped_column(String(32))  # the state the review went back to
    reopened_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    reopened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
