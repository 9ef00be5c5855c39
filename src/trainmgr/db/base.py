"""Declarative base, constraint naming convention and the columns every synced record carries.

Sync metadata (see docs in README "How sync works"):
- `id`: UUIDv7 text made on the laptop (or a deterministic UUIDv5 for natural-key facts);
- `born`: the clock stamp of the insert; every field written then carries it;
- `field_clocks`: the stamps of fields written since (a per-field register clock), JSON;
- `hlc`: the row's greatest stamp (indexed: what changed since X);
- `vv`: version vector, replica -> greatest stamp of that replica applied to the row; it tells a
  concurrent edit (a conflict) from a later one;
- `deleted`: the tombstone; a synced row is never hard-deleted;
- `change_seq`: this database's own sequence of arrival (local or imported), for incremental export;
- created/updated time and user; the laptop is the replica named in `born` / `hlc`.
The stamps are filled in by `trainmgr.db.stamping` on every flush, so no service can forget them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from trainmgr.domain.clock import Stamp
from trainmgr.domain.ids import new_id, stable_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Columns maintained by the sync machinery, never edited as data.
SYNC_COLUMNS = frozenset(
    {"id", "born", "hlc", "field_clocks", "vv", "change_seq", "arrived_from",
     "created_at", "created_by", "updated_at", "updated_by"}
)

ID = String(36)


def utcnow() -> datetime:
    """Naive UTC (SQLite stores no zone; every timestamp in the database is UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, dict[str, str]: JSON}


class Synced:
    """Mixin for every record that travels between laptops."""

    id: Mapped[str] = mapped_column(ID, primary_key=True, default=new_id)
    born: Mapped[str] = mapped_column(String(40), default="")
    hlc: Mapped[str] = mapped_column(String(40), default="", index=True)
    field_clocks: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True), default=None)
    vv: Mapped[dict[str, str] | None] = mapped_column(JSON(none_as_null=True), default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)
    # Local only (never exported): the peer whose package last set this row, so that an incremental
    # package for that peer does not echo its own data back to it. Empty after a local edit.
    arrived_from: Mapped[str] = mapped_column(String(16), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80), default="")

    @property
    def created_on(self) -> str:
        """The replica (laptop) that created the record."""
        return Stamp.parse(self.born).replica if self.born else ""

    @property
    def updated_on(self) -> str:
        """The replica (laptop) that made the latest change."""
        return Stamp.parse(self.hlc).replica if self.hlc else ""

    # Columns that identify a row by meaning (one attendance mark per session and person...).
    # Such rows get a deterministic id from these values, so two laptops recording the same fact
    # apart produce the same id and sync merges them instead of failing on a unique constraint.
    __natural_key__: tuple[str, ...] = ()
    # The kind hashed into those ids (default: the table name). Ids travel between laptops and live
    # forever, so a kind, once released, never changes: a model keeps the kind an older release used.
    __natural_kind__: str = ""

    def field_stamp(self, field: str) -> str:
        return (self.field_clocks or {}).get(field, self.born)


def natural_id(model: type[Synced], *values: object) -> str:
    """The deterministic id of a natural-key row of `model` (see `Synced.__natural_key__`)."""
    if len(values) != len(model.__natural_key__):
        raise TypeError(f"{model.__name__} is keyed by {model.__natural_key__}")
    kind = model.__natural_kind__ or model.__tablename__  # type: ignore[attr-defined]
    return stable_id(kind, *("" if v is None else str(v) for v in values))


def enum_check(column: str, enum: type[StrEnum], nullable: bool = False) -> CheckConstraint:
    """A CHECK that keeps a text column inside its enum's values."""
    allowed = ", ".join(f"'{member.value}'" for member in enum)
    expr = f"{column} IN ({allowed})"
    if nullable:
        expr = f"{column} IS NULL OR {expr}"
    return CheckConstraint(expr, name=f"{column}_valid")


def range_check(column: str, low: float, high: float, nullable: bool = True) -> CheckConstraint:
    expr = f"{column} BETWEEN {low} AND {high}"
    if nullable:
        expr = f"{column} IS NULL OR {expr}"
    return CheckConstraint(expr, name=f"{column}_range")
