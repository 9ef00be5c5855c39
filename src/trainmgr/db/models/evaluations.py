"""Evaluation instruments, results per person and competency, and follow-up observations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check
from trainmgr.domain.enums import EvaluationLevel, FollowUpStatus, InstrumentKind


class Instrument(Synced, Base):
    """A test, checklist, observation or survey given to a cohort."""

    __tablename__ = "instrument"
    __table_args__ = (
        enum_check("kind", InstrumentKind),
        enum_check("level", EvaluationLevel),
        CheckConstraint("max_score > 0", name="max_score_positive"),
        CheckConstraint("pass_mark IS NULL OR (pass_mark >= 0 AND pass_mark <= max_score)", name="pass_mark_range"),
        Index("ix_instrument_cohort", "cohort_id"),
    )

    programme_id: Mapped[str] = mapped_column(ID, ForeignKey("programme.id"), index=True)
    cohort_id: Mapped[str | None] = mapped_column(ID, ForeignKey("cohort.id"), default=None)
    module_id: Mapped[str | None] = mapped_column(ID, ForeignKey("module.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(300))
    given_on: Mapped[date | None] = mapped_column(Date, default=None)
    max_score: Mapped[float] = mapped_column(Float, default=100.0)
    pass_mark: Mapped[float | None] = mapped_column(Float, default=None)


class InstrumentCompetency(Synced, Base):
    """A competency an instrument measures (its items or sections)."""

    __tablename__ = "instrument_competency"
    __table_args__ = (CheckConstraint("max_score > 0", name="max_score_positive"),)

    instrument_id: Mapped[str] = mapped_column(ID, ForeignKey("instrument.id"), index=True)
    competency_id: Mapped[str] = mapped_column(ID, ForeignKey("competency.id"), index=True)
    max_score: Mapped[float] = mapped_column(Float, default=100.0)


class Result(Synced, Base):
    """A person's score on an instrument, overall (competency empty) or for one competency
    (id: uuid5 of instrument, person and competency)."""

    __tablename__ = "result"
    __natural_key__ = ("instrument_id", "person_id", "competency_id")
    __table_args__ = (
        CheckConstraint("score >= 0", name="score_not_negative"),
        Index("ix_result_instrument_person", "instrument_id", "person_id"),
        Index("ix_result_person_competency", "person_id", "competency_id"),
    )

    instrument_id: Mapped[str] = mapped_column(ID, ForeignKey("instrument.id"))
    person_id: Mapped[str] = mapped_column(ID, ForeignKey("person.id"))
    competency_id: Mapped[str | None] = mapped_column(ID, ForeignKey("competency.id"), default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    # GO/NO-GO checklists and observations may record a pass directly.
    passed: Mapped[bool | None] = mapped_column(default=None)
    observed_on: Mapped[date | None] = mapped_column(Date, default=None)
    recorded_by: Mapped[str] = mapped_column(String(80), default="")
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    comment: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Synced, Base):
    """An observation back at the unit some months after completion."""

    __tablename__ = "follow_up"
    __table_args__ = (enum_check("status", FollowUpStatus), Index("ix_follow_up_due", "due_on"))

    person_id: Mapped[str] = mapped_column(ID, ForeignKey("person.id"), index=True)
    cohort_id: Mapped[str | None] = mapped_column(ID, ForeignKey("cohort.id"), default=None)
    offset_days: Mapped[int] = mapped_column(default=90)
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(10), default=FollowUpStatus.SCHEDULED.value)
    observer: Mapped[str] = mapped_column(String(200), default="")
    applies_training: Mapped[bool | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
