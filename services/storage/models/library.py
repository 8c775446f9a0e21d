"""The audit chain, the document library, uploads and council templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.storage.models.base import Base
from services.storage.models.directory import Person


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
    # Where the library opens the file in Word or Excel for the web (SharePoint); Teams cards
    # link to it.
    web_url: Mapped[str | None] = mapped_column(String(1000), nullable=True)
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
    # The label the library gives this version now, when publishing renumbered it (SharePoint's
    # content approval publishes 0.3 as 1.0); `label` stays the service's identity for it.
    library_label: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The Purview sensitivity label the file carried ({id, name, site_id}), if any.
    sensitivity_label: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # A version the service filled from a publishable template: the windows of the dates it
    # wrote itself (services.domain.service_dates), so they are not taken for typed leaks.
    service_dates: Mapped[list | None] = mapped_column(JSON)
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
    # Abandoned sessions expire; the worker's sweep removes them and their slices.
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


class UploadUsage(Base):
    """Bytes a person sent as files on one (UTC) day: the daily upload quota counts them."""

    __tablename__ = "upload_usage"
    __table_args__ = (UniqueConstraint("person_id", "day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    day: Mapped[date] = mapped_column(Date)
    bytes: Mapped[int] = mapped_column(BigInteger)


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
    # The variables the template uses, read once (in the sandbox) when it was stored.
    variables: Mapped[list | None] = mapped_column(JSON)


class LibraryBinding(Base):
    """The embedded library this database's documents live in: the id written in the library
    directory when it was first used (services/storage/library_nodes.py). One row."""

    __tablename__ = "library_binding"
    key: Mapped[str] = mapped_column(String(20), primary_key=True)
    library_id: Mapped[str] = mapped_column(String(64))
    bound_by: Mapped[str] = mapped_column(String(300))
    bound_at: Mapped[float] = mapped_column(Float)


class LibraryNode(Base):
    """A node serving the embedded library: it writes its heartbeat to a file in the library
    directory, then here, so a starting node can tell whether it sees the same directory."""

    __tablename__ = "library_nodes"
    node_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    directory: Mapped[str] = mapped_column(Text)
    library_id: Mapped[str] = mapped_column(String(64))
    beat_seconds: Mapped[float] = mapped_column(Float)
    started_at: Mapped[float] = mapped_column(Float)
    seen_at: Mapped[float] = mapped_column(Float)
