"""Sync conflicts: list them with both sides, resolve one or many (the resolution syncs too)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from trainmgr.db.base import Base, Synced, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import SyncConflict
from trainmgr.domain.clock import Stamp
from trainmgr.domain.enums import ConflictStatus
from trainmgr.domain.records import ConflictRow
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.permissions import Permission, require

KEEP_A, KEEP_B = "a", "b"


def _model_for(table: str) -> type[Synced]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table and issubclass(cls, Synced):
            return cls
    raise NotFoundError(f"Unknown table {table}.")


def _laptop(stamp: str) -> str:
    return Stamp.parse(stamp).replica if stamp else ""


class ConflictService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, open_only: bool = True) -> list[ConflictRow]:
        with self._db.read() as s:
            query = select(SyncConflict).where(SyncConflict.deleted.is_(False))
            if open_only:
                query = query.where(SyncConflict.status == ConflictStatus.OPEN.value)
            rows = s.scalars(query.order_by(SyncConflict.table_name, SyncConflict.row_id, SyncConflict.field)).all()
            return [self._row(s, c) for c in rows]

    def count_open(self) -> int:
        return len(self.list(open_only=True))

    def resolve(self, conflict_ids: Iterable[str], keep: str, note: str = "") -> int:
        """Resolve conflicts by keeping side `a` (the value that lost) or `b` (the provisional
        winner). Keeping `a` writes it again as a new edit, so it wins on every laptop."""
        require(self._db, Permission.RESOLVE_CONFLICTS)
        if keep not in (KEEP_A, KEEP_B):
            raise ValidationError("Choose which value to keep.")
        done = 0
        with self._db.write() as s:
            for conflict_id in conflict_ids:
                conflict = s.get(SyncConflict, conflict_id)
                if conflict is None or conflict.deleted:
                    raise NotFoundError("That conflict no longer exists.")
                if conflict.status != ConflictStatus.OPEN.value:
                    continue
                value = conflict.value_a if keep == KEEP_A else conflict.value_b
                if keep == KEEP_A:
                    target = s.get(_model_for(conflict.table_name), conflict.row_id)
                    if target is not None:
                        setattr(target, conflict.field, _to_column(target, conflict.field, value))
                conflict.status = ConflictStatus.RESOLVED.value
                conflict.resolved_value = value
                conflict.resolved_by = self._db.context.user
                conflict.resolved_at = utcnow()
                conflict.note = note
                done += 1
        return done

    @staticmethod
    def _row(s: Any, c: SyncConflict) -> ConflictRow:
        label = ""
        target = s.get(_model_for(c.table_name), c.row_id)
        if target is not None:
            label = " ".join(str(getattr(target, a)) for a in ("code", "family_name", "given_names", "name", "title")
                             if getattr(target, a, ""))[:80]
        return ConflictRow(c.id, c.table_name, c.row_id, c.field, c.value_a, c.stamp_a, _laptop(c.stamp_a),
                           c.value_b, c.stamp_b, _laptop(c.stamp_b), c.status, c.resolved_value, c.resolved_by,
                           label)


def _to_column(target: Synced, field: str, value: Any) -> Any:
    """Package values are already typed; JSON-stored conflict values may need dates parsed back."""
    from datetime import date, datetime, time

    column = target.__table__.c[field]  # type: ignore[attr-defined]
    python_type = getattr(column.type, "python_type", None)
    if isinstance(value, str) and python_type in (date, datetime, time):
        return python_type.fromisoformat(value)
    return value
