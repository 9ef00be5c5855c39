"""Delivery: cohorts, enrolments, sessions, instructors and attendance."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check, range_check
from trainmgr.domain.enums import AttendanceStatus, CancelReason, EnrolmentStatus, SessionStatus


class Cohort(Synced, Base):
    """A group of trainees running one curriculum version, with its completion rules."""

    __tablename__ = "cohort"
    __table_args__ = (
        range_check("min_attendance_pct", 0, 100),
        Index("ix_cohort_programme", "programme_id"),
    )

    programme_id: Mapped[str] = mapped_column(ID, ForeignKey("programme.id"))
    curriculum_id: Mapped[str | None] = mapped_column(ID, ForeignKey("curriculum.id"), default=None)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    # No column default: "no minimum" (None) must stay None; the 80 % default lives in the service input.
    min_attendance_pct: Mapped[float | None] = mapped_column(Float, default=None)
    requires_post_test: Mapped[bool] = mapped_column(default=True)


class CohortUnit(Synced, Base):
    """A unit whose trainees a cohort is for (id: uuid5 of cohort and unit, so two laptops adding the
    same unit agree; removing it is a tombstone)."""

    __tablename__ = "cohort_unit"
    __natural_key__ = ("cohort_id", "unit_id")
    __table_args__ = (UniqueConstraint("cohort_id", "unit_id"),)

    cohort_id: Mapped[str] = mapped_column(ID, ForeignKey("cohort.id"))
    unit_id: Mapped[str] = mapped_column(ID, ForeignKey("unit.id"), index=True)


class Enrolment(Synced, Base):
    """A person in a cohort (id: uuid5 of cohort and person)."""

    __tablename__ = "enrolment"
    __natural_key__ = ("cohort_id", "person_id")
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id"),
        enum_check("status", EnrolmentStatus),
        Index("ix_enrolment_person", "person_id"),
    )

    cohort_id: Mapped[str] = mapped_column(ID, ForeignKey("cohort.id"))
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(12), default=EnrolmentStatus.NOMINATED.value)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    enrolled_on: Mapped[date | None] = mapped_column(Date, default=None)
    status_date: Mapped[date | None] = mapped_column(Date, default=None)
    # A pending-vetting enrolment needs a recorded justification (also written to the audit log).
    vetting_override: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(Synced, Base):
    __tablename__ = "training_session"
    __table_args__ = (
        enum_check("status", SessionStatus),
        enum_check("cancel_reason", CancelReason, nullable=True),
        Index("ix_training_session_cohort_date", "cohort_id", "session_date"),
        Index("ix_training_session_module", "module_id"),
    )

    cohort_id: Mapped[str] = mapped_column(ID, ForeignKey("cohort.id"))
    module_id: Mapped[str | None] = mapped_column(ID, ForeignKey("module.id"), default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    session_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time, default=None)
    end_time: Mapped[time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(10), default=SessionStatus.PLANNED.value)
    cancel_reason: Mapped[str | None] = mapped_column(String(14), default=None)
    cancel_note: Mapped[str] = mapped_column(Text, default="")


class SessionInstructor(Synced, Base):
    __tablename__ = "session_instructor"
    __natural_key__ = ("session_id", "person_id")
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    session_id: Mapped[str] = mapped_column(ID, ForeignKey("training_session.id"))
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("person.id"), index=True)


class Attendance(Synced, Base):
    """One mark per session and person (id: uuid5 of both, so two laptops marking the same
    person merge into one record), with who recorded it and when."""

    __tablename__ = "attendance"
    __natural_key__ = ("session_id", "person_id")
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        enum_check("status", AttendanceStatus),
        Index("ix_attendance_person", "person_id"),
    )

    session_id: Mapped[str] = mapped_column(ID, ForeignKey("training_session.id"))
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("person.id"))
    status: Mapped[str] = mapped_column(String(14))
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
