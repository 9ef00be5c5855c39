"""Host-nation personnel: trainees and instructors, with vetting."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db import search_fold  # noqa: F401  (tm_fold on every connection: the search-key triggers use it)
from trainmgr.db.base import ID, Base, Synced, enum_check
from trainmgr.domain.enums import PersonRole, Sex, VettingStatus


class Person(Synced, Base):
    """A trainee or instructor. The service number is text (leading zeros matter) and not unique:
    two teams may register the same person offline; duplicates are flagged and merged, and a merged
    record points at the one it was merged into."""

    __tablename__ = "person"
    __table_args__ = (
        enum_check("role", PersonRole),
        enum_check("sex", Sex),
        enum_check("vetting_status", VettingStatus),
        Index("ix_person_service_number", "service_number"),
        Index("ix_person_family_name", "family_name"),
        Index("ix_person_unit", "unit_id"),
        Index("ix_person_programme", "programme_id"),
    )

    programme_id: Mapped[str | None] = mapped_column(ID, ForeignKey("programme.id"), default=None)
    role: Mapped[str] = mapped_column(String(12), default=PersonRole.TRAINEE.value)
    family_name: Mapped[str] = mapped_column(String(120))
    given_names: Mapped[str] = mapped_column(String(200), default="")
    name_native: Mapped[str] = mapped_column(String(300), default="")
    service_number: Mapped[str] = mapped_column(String(40), default="")
    sex: Mapped[str] = mapped_column(String(14), default=Sex.NOT_RECORDED.value)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    rank_id: Mapped[str | None] = mapped_column(ID, ForeignKey("rank.id"), default=None)
    unit_id: Mapped[str | None] = mapped_column(ID, ForeignKey("unit.id"), default=None)
    position: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    vetting_status: Mapped[str] = mapped_column(String(12), default=VettingStatus.NOT_STARTED.value)
    vetting_date: Mapped[date | None] = mapped_column(Date, default=None)
    vetting_reference: Mapped[str] = mapped_column(String(120), default="")
    merged_into_id: Mapped[str | None] = mapped_column(ID, ForeignKey("person.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Local and derived, never synced (services/sync_tables.py LOCAL_COLUMNS): the names and service
    # number folded for search (domain/search_text.py), written by the SQLite triggers of migration
    # f724b6b74f98 on every insert or name change, whichever path wrote the row (ORM, sync, bulk demo).
    # No index: LIKE '%word%' cannot seek, and a covering index (programme, role, deleted, merged,
    # search_key) made the count 3x faster but the list's page query 2-4x slower at 100 000 people.
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")
