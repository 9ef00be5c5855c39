"""The audit trail: reading it (audit page, a record's history), verifying its hash chains, exporting
it to Excel, and recording what the hook cannot see by itself (exports and their personal data).

Writing events is automatic (trainmgr.db.audit_hook); this service only reads, verifies and records
exports. Reading the whole trail is for programme managers and administrators; the history of one
record is for anyone who can see the record.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from trainmgr.db.audit_chain import CHAIN_HEAD_KEY, ChainResult, ChainVerifier, parse_head, replica_of
from trainmgr.db.audit_hook import summarised
from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import AppMeta, AuditEvent
from trainmgr.domain.account_records import AuditChoices, AuditFilter, AuditPage, AuditRow, FieldChange
from trainmgr.domain.roles import Permission, PersonalData
from trainmgr.exchange.excel.audit_workbook import write_audit_workbook
from trainmgr.services.permissions import require, require_export
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["AuditService", "summarised"]

_CHUNK = 2000
EVERYTHING = AuditFilter()


def _changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[FieldChange, ...]:
    before, after = before or {}, after or {}
    keys = list(after) + [k for k in before if k not in after]
    return tuple(FieldChange(k, before.get(k), after.get(k)) for k in keys)


def _row(e: AuditEvent) -> AuditRow:
    return AuditRow(e.id, e.at, e.actor, replica_of(e.born), e.action, e.entity, e.entity_id or "", e.reason,
                    _changes(e.before, e.after))


def _filtered(query: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.actor:
        query = query.where(AuditEvent.actor == f.actor)
    if f.action:
        query = query.where(AuditEvent.action == f.action)
    if f.entity:
        query = query.where(AuditEvent.entity == f.entity)
    if f.entity_id:
        query = query.where(AuditEvent.entity_id == f.entity_id.strip())
    if f.since is not None:
        query = query.where(AuditEvent.at >= f.since)
    if f.until is not None:
        query = query.where(AuditEvent.at < f.until)
    return query


class AuditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- reading -----------------------------------------------------------------------------
    def search(self, f: AuditFilter = EVERYTHING, limit: int = 500, offset: int = 0) -> AuditPage:
        """Matching events, newest first, one page of them and how many match in all."""
        require(self._db, Permission.VIEW_AUDIT)
        with self._db.read() as s:
            total = s.scalar(_filtered(select(func.count()).select_from(AuditEvent), f)) or 0
            query = _filtered(select(AuditEvent), f).order_by(AuditEvent.at.desc(), AuditEvent.born.desc())
            rows = tuple(_row(e) for e in s.scalars(query.limit(limit).offset(offset)))
        return AuditPage(rows, total)

    def choices(self) -> AuditChoices:
        require(self._db, Permission.VIEW_AUDIT)
        with self._db.read() as s:
            def distinct(column: Any) -> tuple[str, ...]:
                return tuple(v for v in s.scalars(select(column).distinct().order_by(column)) if v)
            return AuditChoices(distinct(AuditEvent.actor), distinct(AuditEvent.action), distinct(AuditEvent.entity))

    def history(self, entity: str, entity_id: str) -> list[AuditRow]:
        """Everything recorded about one record, oldest first (the History dialog)."""
        require(self._db, Permission.VIEW)
        with self._db.read() as s:
            query = select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
            return [_row(e) for e in s.scalars(query.order_by(AuditEvent.at, AuditEvent.born))]

    # --- verifying ---------------------------------------------------------------------------
    def verify(self, progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> ChainResult:
        """Check every laptop's hash chain; names the first broken event of each (see audit_chain)."""
        with self._db.read() as s:
            meta = s.get(AppMeta, CHAIN_HEAD_KEY)
            total = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
        verifier = ChainVerifier(parse_head(meta.value if meta else None))
        table = AuditEvent.__table__
        with self._db.engine.connect() as conn:
            result = conn.execution_options(yield_per=_CHUNK).execute(select(table).order_by(table.c.born))
            for done, row in enumerate(result, start=1):
                verifier.feed(row._mapping)
                if done % _CHUNK == 0:
                    cancel.check()
                    progress(done, total, "Verifying the audit trail")
        progress(total, total, "")
        return verifier.result()

    # --- exports -----------------------------------------------------------------------------
    def record_export(self, kind: str, path: str | os.PathLike[str], personal_data: PersonalData | str,
                      rows: int = 0, details: dict[str, Any] | None = None) -> None:
        """Write into the trail that an export was made: what, where, how many rows and how much
        personal data it carries. Call it after the file is written (`require_export` before)."""
        level = str(personal_data)  # ours (none/aggregate/personal) or the reports' (none/pseudonymised/full)
        with self._db.write() as s:
            s.add(AuditEvent(at=utcnow(), actor=self._db.context.user, action=f"export.{kind}", entity="export",
                             after={"file": Path(path).name, "personal_data": level, "rows": rows,
                                    **(details or {})}))

    def export(self, path: str | os.PathLike[str], f: AuditFilter = EVERYTHING,
               progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> int:
        """Write the matching events to an Excel workbook (atomically); returns the number of rows.
        The trail holds personal data (before and after values), so the export is recorded too."""
        require(self._db, Permission.VIEW_AUDIT)
        require_export(self._db, PersonalData.PERSONAL)
        with self._db.read() as s:
            total = s.scalar(_filtered(select(func.count()).select_from(AuditEvent), f)) or 0
        count = write_audit_workbook(Path(path), self._iter_rows(f), total, progress, cancel)
        self.record_export("audit", path, PersonalData.PERSONAL, count, {"filter": _filter_text(f)})
        return count

    def _iter_rows(self, f: AuditFilter) -> Iterator[AuditRow]:
        with self._db.read() as s:
            query = _filtered(select(AuditEvent), f).order_by(AuditEvent.at, AuditEvent.born)
            for e in s.scalars(query.execution_options(yield_per=_CHUNK)):
                yield _row(e)


def _filter_text(f: AuditFilter) -> str:
    parts = [f"{k}={v}" for k, v in (("actor", f.actor), ("action", f.action), ("entity", f.entity),
                                      ("record", f.entity_id), ("since", f.since), ("until", f.until)) if v]
    return ", ".join(parts) or "all"
