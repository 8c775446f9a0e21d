"""IMRs, their events, chronology rows and recommendations; idempotent results."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.storage.models.base import Base
from services.storage.models.directory import Agency, Person


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
    """One row of an IMR's chronology (docs/rules.md, V9), linked to the version read from."""

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
    # The number as the author wrote it ("R1", "1."), kept for display; `number` orders them.
    written_number: Mapped[str | None] = mapped_column(String(16))
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
