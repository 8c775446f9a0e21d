"""A review from notification to terms of reference: decision, members, extensions, subjects."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from services.storage.models.base import Base
from services.storage.models.directory import Agency, Csp, Person


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
    background: Mapped[str | None] = mapped_column(Text)  # the chair's or author's background
    training: Mapped[str | None] = mapped_column(Text)  # their training in reviews
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
    age_at_death: Mapped[int | None] = mapped_column(Integer)  # optional; "not known" if None
    ethnicity: Mapped[str | None] = mapped_column(String(200))
