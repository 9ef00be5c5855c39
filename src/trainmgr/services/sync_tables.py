"""Which tables travel, in which order, with which columns: the sync service's view of the schema."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Text, Time

from trainmgr.db import models  # noqa: F401  (registers every table)
from trainmgr.db.base import Base
from trainmgr.domain.merge import META
from trainmgr.exchange.sync import ColumnKind, ColumnSpec

# Columns about this database only; never exported. person.search_key is derived from the synced
# names by a trigger on every replica (migration f724b6b74f98), so it never needs to travel.
LOCAL_COLUMNS = frozenset({"change_seq", "arrived_from", "search_key"})


@dataclass(frozen=True)
class SyncedTable:
    table: Table
    columns: tuple[ColumnSpec, ...]  # exported columns, in package order
    fields: tuple[str, ...]  # data fields merged as registers (everything but metadata and `deleted`)

    @property
    def name(self) -> str:
        return self.table.name


def _kind(column_type: object) -> ColumnKind:
    # Order matters: Text is a String, DateTime is not a Date.
    for sa_type, kind in ((Boolean, ColumnKind.BOOL), (Integer, ColumnKind.INT), (Float, ColumnKind.FLOAT),
                          (DateTime, ColumnKind.DATETIME), (Date, ColumnKind.DATE), (Time, ColumnKind.TIME),
                          (JSON, ColumnKind.JSON), (Text, ColumnKind.TEXT), (String, ColumnKind.TEXT)):
        if isinstance(column_type, sa_type):
            return kind
    raise TypeError(f"no package kind for column type {column_type!r}")


def synced_tables() -> list[SyncedTable]:
    """Every synced table, parents before children (foreign-key order)."""
    result = []
    for table in Base.metadata.sorted_tables:
        if "born" not in table.c or "vv" not in table.c:
            continue
        exported = [c for c in table.c if c.name not in LOCAL_COLUMNS]
        columns = tuple(ColumnSpec(c.name, _kind(c.type)) for c in exported)
        fields = tuple(c.name for c in exported if c.name not in META and c.name != "deleted")
        result.append(SyncedTable(table, columns, fields))
    return result


def synced_table_map() -> dict[str, SyncedTable]:
    return {t.name: t for t in synced_tables()}
