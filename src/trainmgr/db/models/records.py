"""Records about the records: the audit log, import batches and sync conflicts (all synced)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from trainmgr.db.base import ID, Base, Synced, enum_check
from trainmgr.domain.enums import ConflictStatus


class AuditEvent(Synced, Base):
    """Append-only: who did what to which record, when, and why. Never updated."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"), Index("ix_audit_event_at", "at"))

    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(80), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str | None] = mapped_column(ID, default=None)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class ImportBatch(Synced, Base):
    """One file imported (roster, framework...): what it was and what it changed."""

    __tablename__ = "import_batch"

    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    rows_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class SyncConflict(Synced, Base):
    """The same field edited on two laptops concurrently: both values, clocks and replicas, the
    provisional winner applied meanwhile, and the person's resolution (which syncs too)."""

    __tablename__ = "sync_conflict"
    __table_args__ = (enum_check("status", ConflictStatus), Index("ix_sync_conflict_row", "table_name", "row_id"))

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(ID)
    field: Mapped[str] = mapped_column(String(60))
    value_a: Mapped[Any] = mapped_column(JSON, default=None)
    stamp_a: Mapped[str] = mapped_column(String(40))
    user_a: Mapped[str] = mapped_column(String(80), default="")
    value_b: Mapped[Any] = mapped_column(JSON, default=None)
    stamp_b: Mapped[str] = mapped_column(String(40))
    user_b: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(10), default=ConflictStatus.OPEN.value, index=True)
    resolved_value: Mapped[Any] = mapped_column(JSON, default=None)
    resolved_by: Mapped[str] = mapped_column(String(80), default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
