"""The outbox, subscriptions, notifications, sensitive terms, publications, access and refusals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models.base import Base


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
    # What the reconstruction left out of each public document, for the coordinator to see.
    dropped: Mapped[list | None] = mapped_column(JSON)


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
