"""The audit trail as an Excel workbook: one row per field changed, so that a reader can filter by
person, record or field. Written with openpyxl's write-only mode through `sheets.write_sheet`:
every text is a text cell (a value like "=HYPERLINK(...)" typed into a name stays text, never a
formula) with control characters stripped; the file is written beside its target and renamed into
place, so a cancel or a crash leaves no half-written workbook."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from openpyxl.workbook.workbook import Workbook

from trainmgr.domain.account_records import AuditRow
from trainmgr.errors import TrainmgrError
from trainmgr.exchange.excel.columns import Column, Kind
from trainmgr.exchange.excel.sheets import EXCEL_MAX_ROWS, saving, write_sheet

SHEET = "Audit trail"
COLUMNS = (
    Column("at", "When (UTC)", width=20),
    Column("actor", "Who", width=16),
    Column("replica", "Laptop", Kind.CODE, width=18),
    Column("action", "Action", width=20),
    Column("entity", "Table", width=18),
    Column("entity_id", "Record", Kind.CODE, width=38),
    Column("field", "Field", width=18),
    Column("before", "Before", width=30),
    Column("after", "After", width=30),
    Column("reason", "Why", width=40),
    Column("event_id", "Event", Kind.CODE, width=38),
)
_WRAP = frozenset({"before", "after", "reason"})


class CancelCheck(Protocol):
    def check(self) -> None: ...


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def audit_lines(rows: Iterable[AuditRow]) -> Iterator[dict[str, Any]]:
    """One line per changed field (an event without field changes is one line)."""
    for row in rows:
        base = {"at": row.at.isoformat(sep=" ", timespec="seconds") if row.at else "", "actor": row.actor,
                "replica": row.replica, "action": row.action, "entity": row.entity, "entity_id": row.entity_id,
                "reason": row.reason, "event_id": row.id}
        if not row.changes:
            yield base
        for change in row.changes:
            yield {**base, "field": change.field, "before": _text(change.before), "after": _text(change.after)}


def write_audit_workbook(path: Path, rows: Iterable[AuditRow], total: int,
                         progress: Callable[[int, int, str], None] | None = None,
                         cancel: CancelCheck | None = None) -> int:
    """Write the events `rows` (about `total` of them) to `path`; returns the number of events."""
    wb = Workbook(write_only=True)
    events = 0

    def counted() -> Iterator[AuditRow]:
        nonlocal events
        for events, row in enumerate(rows, start=1):
            if progress is not None and events % 500 == 0:
                progress(events, total, "Writing the audit trail")
            yield row

    lines = 0

    def limited() -> Iterator[dict[str, Any]]:
        nonlocal lines
        for lines, line in enumerate(audit_lines(counted()), start=1):
            if lines >= EXCEL_MAX_ROWS:
                raise TrainmgrError(f"{path.name}: more than {EXCEL_MAX_ROWS - 1:,} lines; narrow the filter "
                                    "(a period, a person or a table) and export again.")
            yield line

    with saving(wb, path):
        write_sheet(wb, SHEET, COLUMNS, limited(), cancel.check if cancel is not None else None, _WRAP)
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(total, total, "Saving the workbook")
    return events
