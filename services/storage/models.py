"""SQLAlchemy models: the database holds review state; Alembic migrations create the schema."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    # Named constraints, so SQLite batch migrations and PostgreSQL agree on every name.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Csp(Base):
    __tablename__ = "csps"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    guidance_version: Mapped[str] = mapped_column(String(32))
    decision_anchor: Mapped[str] = mapped_column(String(32), default="date_of_death")


class Agency(Base):
    __tablename__ = "agencies"
    __table_args__ = (UniqueConstraint("csp_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    statutory: Mapped[bool] = mapped_column(Boolean)
    csp: Mapped[Csp] = relationship()


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    pool_chair: Mapped[bool] = mapped_column(Boolean, default=False)
    pool_overview_author: Mapped[bool] = mapped_column(Boolean, default=False)
    trained_on: Mapped[date | None] = mapped_column(Date)
    # Microsoft Entra ID: who signs in as this person, fixed at their first sign-in (tid + oid).
    entra_tenant_id: Mapped[str | None] = mapped_column(String(36))
    entra_object_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    home_office_reviewer: Mapped[bool] = mapped_column(Boolean, default=False)
    agency: Mapped[Agency | None] = relationship()


class CspRole(Base):
    __tablename__ = "csp_roles"
    __table_args__ = (UniqueConstraint("csp_id", "person_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(32))


class Review(Base):
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    guidance_version: Mapped[str] = mapped_column(String(32))
    decision_anchor: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    victim_name: Mapped[str] = mapped_column(String(200))
    victim_sex: Mapped[str] = mapped_column(String(32))
    victim_date_of_birth: Mapped[date | None] = mapped_column(Date)
    victim_age_at_death: Mapped[int] = mapped_column(Integer)
    date_of_death: Mapped[date] = mapped_column(Date)
    relationship_to_suspect: Mapped[str] = mapped_column(String(64))
    notified_on: Mapped[date] = mapped_column(Date)
    notifying_officer_name: Mapped[str] = mapped_column(String(200))
    notifying_force: Mapped[str] = mapped_column(String(200))
    scoping_started_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    csp: Mapped[Csp] = relationship()


class ReviewAgency(Base):
    """An agency asked to secure its records and take part in the review."""

    __tablename__ = "review_agencies"
    __table_args__ = (UniqueConstraint("review_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    asked_on: Mapped[date] = mapped_column(Date)
    agency: Mapped[Agency] = relationship()


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    kind: Mapped[str] = mapped_column(String(32))  # local | secretary_of_state_direction
    proceed: Mapped[bool] = mapped_column(Boolean)
    decided_on: Mapped[date] = mapped_column(Date)
    rationale: Mapped[str] = mapped_column(Text)
    factors: Mapped[list] = mapped_column(JSON, default=list)
    child_review_arrangement: Mapped[str | None] = mapped_column(String(64))
    direction_reference: Mapped[str | None] = mapped_column(String(200))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class HomeOfficeNotification(Base):
    __tablename__ = "home_office_notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decisions.id"), unique=True)
    sent_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(320))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class ReviewMember(Base):
    """A person's role on one review: its chair, a panel member or the overview author."""

    __tablename__ = "review_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(32))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    joined_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    independence_statement: Mapped[str | None] = mapped_column(Text)
    declaration_signed_on: Mapped[date | None] = mapped_column(Date)
    agencies_declared: Mapped[list | None] = mapped_column(JSON)
    person: Mapped[Person] = relationship()


class TermsOfReference(Base):
    """Each agreement or amendment is a new row; the latest is in force."""

    __tablename__ = "terms_of_reference"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    lines_of_enquiry: Mapped[list] = mapped_column(JSON)
    agreed_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class ParallelProceeding(Base):
    __tablename__ = "parallel_proceedings"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    kind: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    pauses_clock: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class Extension(Base):
    __tablename__ = "extensions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    deadline: Mapped[str] = mapped_column(String(32), default="overview_report")
    previous_due: Mapped[date] = mapped_column(Date)
    new_due: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    agreed_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    agreed_on: Mapped[date] = mapped_column(Date)
    parallel_proceeding_id: Mapped[int | None] = mapped_column(
        ForeignKey("parallel_proceedings.id")
    )


class Subject(Base):
    __tablename__ = "subjects"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"))
    role: Mapped[str] = mapped_column(String(32))
    real_name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    pseudonym: Mapped[str | None] = mapped_column(String(200))
    pseudonym_chosen_by: Mapped[str | None] = mapped_column(String(200))
    relationship_to_victim: Mapped[str | None] = mapped_column(String(200))


class AuditEntry(Base):
    """Append-only; (chain, seq) is unique so concurrent appends cannot fork a chain."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("chain", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[str] = mapped_column(String(64), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class LibraryItem(Base):
    """An item of the embedded document library (what a SharePoint library file would be)."""

    __tablename__ = "library_items"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    folder: Mapped[str] = mapped_column(String(400))
    name: Mapped[str] = mapped_column(String(400))
    moderation_status: Mapped[str] = mapped_column(String(16), default="draft")
    moderation_comment: Mapped[str] = mapped_column(Text, default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LibraryVersionRow(Base):
    """One immutable version of a library item; its bytes are the blob named by sha256."""

    __tablename__ = "library_versions"
    __table_args__ = (UniqueConstraint("item_id", "major", "minor"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("library_items.id"))
    major: Mapped[int] = mapped_column(Integer)
    minor: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Document(Base):
    """A review's document: what it is, who may see it, and which library item holds it."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agencies.id"))
    title: Mapped[str] = mapped_column(String(300))
    filename: Mapped[str] = mapped_column(String(300))
    file_type: Mapped[str] = mapped_column(String(8))
    protective_marking: Mapped[str] = mapped_column(String(32))
    imr_id: Mapped[int | None] = mapped_column(ForeignKey("imrs.id", use_alter=True), index=True)
    library_ref: Mapped[str] = mapped_column(String(200))
    current_label: Mapped[str] = mapped_column(String(16))
    current_sha256: Mapped[str] = mapped_column(String(64))
    approval_status: Mapped[str] = mapped_column(String(16), default="draft")
    checked_out_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    checked_out_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DocumentVersion(Base):
    """The service's index of a document's versions: who saved what, with its SHA-256."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    label: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author: Mapped[Person] = relationship()


class UploadSession(Base):
    """A file arriving in slices from the Word task pane, reassembled when complete."""

    __tablename__ = "upload_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    filename: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    chunk_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CouncilTemplate(Base):
    """A CSP's own copy of a statutory template; every upload is a new version."""

    __tablename__ = "council_templates"
    __table_args__ = (UniqueConstraint("csp_id", "name", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    name: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Imr(Base):
    """An Individual Management Review commissioned from one agency for one review."""

    __tablename__ = "imrs"
    __table_args__ = (UniqueConstraint("review_id", "agency_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agencies.id"))
    senior_manager_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    state: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[date] = mapped_column(Date)
    commissioned_on: Mapped[date] = mapped_column(Date)
    commissioned_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    letter_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # V7: signed by the author named at the time; cleared when another author is named.
    attested_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    attested_on: Mapped[date | None] = mapped_column(Date)
    submitted_label: Mapped[str | None] = mapped_column(String(16))
    submitted_sha256: Mapped[str | None] = mapped_column(String(64))
    approved_label: Mapped[str | None] = mapped_column(String(16))
    approved_sha256: Mapped[str | None] = mapped_column(String(64))
    accepted_label: Mapped[str | None] = mapped_column(String(16))
    accepted_sha256: Mapped[str | None] = mapped_column(String(64))
    chronology_saved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    agency: Mapped[Agency] = relationship()
    senior_manager: Mapped[Person] = relationship(foreign_keys=[senior_manager_id])
    author: Mapped[Person | None] = relationship(foreign_keys=[author_id])


class ImrEvent(Base):
    """One step in an IMR's history: commissioned, author named, submitted, QA, accepted."""

    __tablename__ = "imr_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    imr_id: Mapped[int] = mapped_column(ForeignKey("imrs.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    label: Mapped[str | None] = mapped_column(String(16))
    sha256: Mapped[str | None] = mapped_column(String(64))
    comments: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    actor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[Person] = relationship()


class ChronologyEntry(Base):
    """One row of an IMR's chronology (domain.md §1.3), linked to the version it was read from."""

    __tablename__ = "chronology_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    imr_id: Mapped[int] = mapped_column(ForeignKey("imrs.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    event_date: Mapped[date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8))
    event_time: Mapped[str | None] = mapped_column(String(5))
    agency: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text, default="")
    practitioner_role: Mapped[str] = mapped_column(Text, default="")
    event: Mapped[str] = mapped_column(Text)
    action_outcome: Mapped[str] = mapped_column(Text, default="")
    author_comment: Mapped[str] = mapped_column(Text, default="")
    outside_period_reason: Mapped[str | None] = mapped_column(Text)
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    source_label: Mapped[str | None] = mapped_column(String(16))
    source_where: Mapped[str] = mapped_column(String(100), default="")


class ImrRecommendation(Base):
    """A single-agency recommendation, numbered within its IMR."""

    __tablename__ = "imr_recommendations"
    __table_args__ = (UniqueConstraint("imr_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    imr_id: Mapped[int] = mapped_column(ForeignKey("imrs.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    source_label: Mapped[str | None] = mapped_column(String(16))


class IdempotentResult(Base):
    """The first answer to a request sent with an Idempotency-Key, replayed to any repeat."""

    __tablename__ = "idempotent_results"
    __table_args__ = (UniqueConstraint("scope", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(120))
    key: Mapped[str] = mapped_column(String(200))
    actor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    request_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    body: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


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
    """One action of the SMART action plan (domain.md §4), for one recommendation."""

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
    __tablename__ = "conclusions"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), unique=True)
    concluded_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int] = mapped_column(ForeignKey("people.id"))


class OutboxEvent(Base):
    """An event for SharePoint, Power Automate or Teams, written with the change it reports."""

    __tablename__ = "outbox_events"
    __table_args__ = (UniqueConstraint("key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120))  # sent as Idempotency-Key: receivers dedupe
    target: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(64))
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"))
    payload: Mapped[dict] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Subscription(Base):
    """A Power Automate webhook trigger: events of a kind are POSTed to its callback URL."""

    __tablename__ = "subscriptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(64))
    callback_url: Mapped[str] = mapped_column(Text)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Notification(Base):
    """On the embedded default, where outbox deliveries land for the task pane to show."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("outbox_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_key: Mapped[str] = mapped_column(String(120))
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"))
    event: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SensitiveTerm(Base):
    """Something that must never appear in a published report: an address, a school, a number."""

    __tablename__ = "sensitive_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    term: Mapped[str] = mapped_column(String(400))


class Publication(Base):
    """A pack built from the cleared versions; published once a second person confirms it."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    clearance_id: Mapped[int] = mapped_column(ForeignKey("clearances.id"))
    state: Mapped[str] = mapped_column(String(16))  # built | published
    files: Mapped[list] = mapped_column(JSON)
    built_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    built_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AccessRecord(Base):
    """One read of an IMR, a chronology or a draft report: who (and their Entra object id), what,
    which version, when. Kept apart from the hash-chained trail so reads never contend with it."""

    __tablename__ = "access_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    entra_object_id: Mapped[str | None] = mapped_column(String(36))
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id"), index=True)
    object_kind: Mapped[str] = mapped_column(String(32))  # imr | chronology | draft_report
    object_id: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))


class Refusal(Base):
    """A signed-in person's request refused with 403 or 404: who asked for what, and when."""

    __tablename__ = "refusals"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(400))
    status: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(300))
