"""The directory: CSPs, agencies, people and their CSP roles."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.storage.models.base import Base


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
    address: Mapped[str | None] = mapped_column(Text)  # postal address, one line a line
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
    phone: Mapped[str | None] = mapped_column(String(40))
    agency: Mapped[Agency | None] = relationship()


class CspRole(Base):
    __tablename__ = "csp_roles"
    __table_args__ = (UniqueConstraint("csp_id", "person_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    csp_id: Mapped[int] = mapped_column(ForeignKey("csps.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(32))


class AccessGeneration(Base):
    """One row whose token database triggers change whenever people, CSP roles, review
    memberships or IMR roles change (migration 0019): a process may reuse the principals it
    built while the token it built them under is still the token."""

    __tablename__ = "access_generation"
    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
