"""Competency frameworks: versions, proficiency scales, capability areas, competencies, standards."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check, range_check
from trainmgr.domain.enums import FrameworkStatus, StandardBody


class Framework(Synced, Base):
    """One version of a competency framework. A scale in use never changes meaning: edit a new version."""

    __tablename__ = "framework"
    __table_args__ = (enum_check("status", FrameworkStatus),)

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(20), default="1.0")
    status: Mapped[str] = mapped_column(String(12), default=FrameworkStatus.ACTIVE.value)
    source: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[str | None] = mapped_column(ID, ForeignKey("framework.id"), default=None)
    translations: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)


class ProficiencyScale(Synced, Base):
    __tablename__ = "proficiency_scale"

    framework_id: Mapped[str] = mapped_column(ID, ForeignKey("framework.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))


class ProficiencyLevel(Synced, Base):
    __tablename__ = "proficiency_level"
    __natural_key__ = ("scale_id", "level")
    __natural_kind__ = "level"  # release 0.1.0 seeded the starter scale with this kind: keep its ids
    __table_args__ = (
        range_check("level", 1, 5, nullable=False),
        UniqueConstraint("scale_id", "level"),
    )

    scale_id: Mapped[str] = mapped_column(ID, ForeignKey("proficiency_scale.id"))
    level: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text, default="")
    proficient: Mapped[bool] = mapped_column(Boolean, default=False)
    translations: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)


class CapabilityArea(Synced, Base):
    __tablename__ = "capability_area"

    framework_id: Mapped[str] = mapped_column(ID, ForeignKey("framework.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    translations: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)


class Competency(Synced, Base):
    """A competency in a tree; codes are unique within a framework by convention, not by constraint,
    since two laptops may create the same code offline (sync flags it instead)."""

    __tablename__ = "competency"
    __table_args__ = (
        Index("ix_competency_framework_code", "framework_id", "code"),
        Index("ix_competency_area", "area_id"),
        Index("ix_competency_parent", "parent_id"),
    )

    framework_id: Mapped[str] = mapped_column(ID, ForeignKey("framework.id"))
    area_id: Mapped[str] = mapped_column(ID, ForeignKey("capability_area.id"))
    parent_id: Mapped[str | None] = mapped_column(ID, ForeignKey("competency.id"), default=None)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    translations: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)


class LevelDescriptor(Synced, Base):
    """What a competency looks like at one level of the scale (id: uuid5 of competency and level)."""

    __tablename__ = "level_descriptor"
    __natural_key__ = ("competency_id", "level")
    __natural_kind__ = "descriptor"  # release 0.1.0 seeded the starter descriptors with this kind: keep their ids
    __table_args__ = (
        range_check("level", 1, 5, nullable=False),
        UniqueConstraint("competency_id", "level"),
    )

    competency_id: Mapped[str] = mapped_column(ID, ForeignKey("competency.id"))
    level: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


class Standard(Synced, Base):
    """An international or national standard a competency or module refers to."""

    __tablename__ = "standard"
    __table_args__ = (enum_check("body", StandardBody), Index("ix_standard_code", "code"))

    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(String(12), default=StandardBody.OTHER.value)
    detail: Mapped[str] = mapped_column(Text, default="")


class CompetencyStandard(Synced, Base):
    __tablename__ = "competency_standard"
    __natural_key__ = ("competency_id", "standard_id")
    __table_args__ = (UniqueConstraint("competency_id", "standard_id"),)

    competency_id: Mapped[str] = mapped_column(ID, ForeignKey("competency.id"))
    standard_id: Mapped[str] = mapped_column(ID, ForeignKey("standard.id"), index=True)
    detail: Mapped[str] = mapped_column(String(300), default="")
