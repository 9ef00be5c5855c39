"""Curricula (versioned), their modules, objectives, targeted competencies and prerequisites."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check, range_check
from trainmgr.domain.enums import CurriculumStatus, DeliveryMode


class Curriculum(Synced, Base):
    """One version of a curriculum. Approved versions are immutable; cohorts run a specific one."""

    __tablename__ = "curriculum"
    __table_args__ = (enum_check("status", CurriculumStatus), Index("ix_curriculum_programme", "programme_id"))

    programme_id: Mapped[str] = mapped_column(ID, ForeignKey("programme.id"))
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(10), default=CurriculumStatus.DRAFT.value)
    supersedes_id: Mapped[str | None] = mapped_column(ID, ForeignKey("curriculum.id"), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class CurriculumAssessment(Synced, Base):
    """The assessments a curriculum was designed from (traceability: gap -> module)."""

    __tablename__ = "curriculum_assessment"
    __natural_key__ = ("curriculum_id", "assessment_id")
    __table_args__ = (UniqueConstraint("curriculum_id", "assessment_id"),)

    curriculum_id: Mapped[str] = mapped_column(ID, ForeignKey("curriculum.id"))
    assessment_id: Mapped[str] = mapped_column(ID, ForeignKey("assessment.id"), index=True)


class Module(Synced, Base):
    __tablename__ = "module"
    __table_args__ = (
        enum_check("delivery_mode", DeliveryMode),
        range_check("hours", 0, 1000),
        Index("ix_module_curriculum", "curriculum_id"),
    )

    curriculum_id: Mapped[str] = mapped_column(ID, ForeignKey("curriculum.id"))
    code: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float | None] = mapped_column(Float, default=None)
    delivery_mode: Mapped[str] = mapped_column(String(20), default=DeliveryMode.CLASSROOM.value)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class LearningObjective(Synced, Base):
    __tablename__ = "learning_objective"

    module_id: Mapped[str] = mapped_column(ID, ForeignKey("module.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ModuleCompetency(Synced, Base):
    """A competency a module targets, and the level it aims to bring trainees to."""

    __tablename__ = "module_competency"
    __natural_key__ = ("module_id", "competency_id")
    __table_args__ = (
        UniqueConstraint("module_id", "competency_id"),
        range_check("target_level", 1, 5),
        Index("ix_module_competency_competency", "competency_id"),
    )

    module_id: Mapped[str] = mapped_column(ID, ForeignKey("module.id"))
    competency_id: Mapped[str] = mapped_column(ID, ForeignKey("competency.id"))
    target_level: Mapped[int | None] = mapped_column(Integer, default=None)


class ModulePrerequisite(Synced, Base):
    __tablename__ = "module_prerequisite"
    __natural_key__ = ("module_id", "prerequisite_id")
    __table_args__ = (UniqueConstraint("module_id", "prerequisite_id"),)

    module_id: Mapped[str] = mapped_column(ID, ForeignKey("module.id"))
    prerequisite_id: Mapped[str] = mapped_column(ID, ForeignKey("module.id"), index=True)


class ModuleStandard(Synced, Base):
    __tablename__ = "module_standard"
    __natural_key__ = ("module_id", "standard_id")
    __table_args__ = (UniqueConstraint("module_id", "standard_id"),)

    module_id: Mapped[str] = mapped_column(ID, ForeignKey("module.id"))
    standard_id: Mapped[str] = mapped_column(ID, ForeignKey("standard.id"), index=True)
    detail: Mapped[str] = mapped_column(String(300), default="")
