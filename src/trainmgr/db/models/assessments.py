"""Needs assessments of host units and their findings, one per competency."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check, range_check
from trainmgr.domain.enums import AssessmentKind, AssessmentStatus, Confidence, EvidenceKind, Priority


class Assessment(Synced, Base):
    """A needs assessment of one unit against one framework. Signed ones are read-only; an
    amendment is a new version that `supersedes` the signed one."""

    __tablename__ = "assessment"
    __table_args__ = (
        enum_check("kind", AssessmentKind),
        enum_check("status", AssessmentStatus),
        Index("ix_assessment_unit_date", "unit_id", "assessed_on"),
    )

    programme_id: Mapped[str] = mapped_column(ID, ForeignKey("programme.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ID, ForeignKey("unit.id"))
    framework_id: Mapped[str] = mapped_column(ID, ForeignKey("framework.id"))
    kind: Mapped[str] = mapped_column(String(12), default=AssessmentKind.BASELINE.value)
    title: Mapped[str] = mapped_column(String(200), default="")
    assessed_on: Mapped[date] = mapped_column(Date)
    assessors: Mapped[str] = mapped_column(Text, default="")
    host_counterparts: Mapped[str] = mapped_column(Text, default="")
    methods: Mapped[str] = mapped_column(Text, default="")  # comma-separated EvidenceKind values
    status: Mapped[str] = mapped_column(String(12), default=AssessmentStatus.DRAFT.value)
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(ID, ForeignKey("assessment.id"), default=None)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Finding(Synced, Base):
    """One competency's levels in one assessment (id: uuid5 of assessment and competency)."""

    __tablename__ = "finding"
    __natural_key__ = ("assessment_id", "competency_id")
    __table_args__ = (
        UniqueConstraint("assessment_id", "competency_id"),
        range_check("current_level", 0, 5),
        range_check("required_level", 1, 5),
        enum_check("priority", Priority),
        enum_check("confidence", Confidence),
        enum_check("evidence_kind", EvidenceKind, nullable=True),
        Index("ix_finding_competency", "competency_id"),
    )

    assessment_id: Mapped[str] = mapped_column(ID, ForeignKey("assessment.id"))
    competency_id: Mapped[str] = mapped_column(ID, ForeignKey("competency.id"))
    current_level: Mapped[int | None] = mapped_column(Integer, default=None)
    required_level: Mapped[int | None] = mapped_column(Integer, default=None)
    priority: Mapped[str] = mapped_column(String(8), default=Priority.MEDIUM.value)
    confidence: Mapped[str] = mapped_column(String(8), default=Confidence.MEDIUM.value)
    evidence_kind: Mapped[str | None] = mapped_column(String(16), default=None)
    evidence: Mapped[str] = mapped_column(Text, default="")
    trainable: Mapped[bool] = mapped_column(Boolean, default=True)
    non_training_response: Mapped[str] = mapped_column(Text, default="")
