"""Programmes and the host-nation unit hierarchy."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check
from trainmgr.domain.enums import UnitKind


class Programme(Synced, Base):
    __tablename__ = "programme"

    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    host_country: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(8), default="fr")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Text, default="")


class Unit(Synced, Base):
    """A host-nation unit (ministry, service, brigade, battalion, company, cell...) in a tree."""

    __tablename__ = "unit"
    __table_args__ = (
        enum_check("kind", UnitKind),
        Index("ix_unit_parent", "parent_id"),
        Index("ix_unit_programme", "programme_id"),
    )

    programme_id: Mapped[str | None] = mapped_column(ID, ForeignKey("programme.id"), default=None)
    parent_id: Mapped[str | None] = mapped_column(ID, ForeignKey("unit.id"), default=None)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    name_native: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(16), default=UnitKind.OTHER.value)
    location: Mapped[str] = mapped_column(String(200), default="")


class Rank(Synced, Base):
    """A rank of the host force, ordered within its service (army, gendarmerie, police...; blank when the
    programme has one service) by seniority: order 1 = most junior."""

    __tablename__ = "rank"

    programme_id: Mapped[str | None] = mapped_column(ID, ForeignKey("programme.id"), default=None, index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(20), default="")  # officer / nco / enlisted
    sort_order: Mapped[int] = mapped_column(default=0)
    service: Mapped[str] = mapped_column(String(60), default="", server_default="")
