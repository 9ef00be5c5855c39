"""Review: lessons learned and the actions taken on them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check
from trainmgr.domain.enums import ActionStatus, LessonStatus


class Lesson(Synced, Base):
    __tablename__ = "lesson"
    __table_args__ = (enum_check("status", LessonStatus),)

    programme_id: Mapped[str] = mapped_column(ID, ForeignKey("programme.id"), index=True)
    cohort_id: Mapped[str | None] = mapped_column(ID, ForeignKey("cohort.id"), default=None)
    observed_on: Mapped[date | None] = mapped_column(Date, default=None)
    observation: Mapped[str] = mapped_column(Text)
    recommendation: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default=LessonStatus.OPEN.value)


class LessonAction(Synced, Base):
    __tablename__ = "lesson_action"
    __table_args__ = (enum_check("status", ActionStatus),)

    lesson_id: Mapped[str] = mapped_column(ID, ForeignKey("lesson.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(12), default=ActionStatus.OPEN.value)
    # The curriculum version the action changed, for traceability.
    curriculum_id: Mapped[str | None] = mapped_column(ID, ForeignKey("curriculum.id"), default=None)
