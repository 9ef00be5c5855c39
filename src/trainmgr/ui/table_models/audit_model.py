"""Audit events as a table: when, who, which laptop, what, which record, the changes and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainmgr.domain.account_records import AuditRow
from trainmgr.ui.table_models.rows_model import RowsTableModel

WHEN, WHO, LAPTOP, ACTION, TABLE, RECORD, CHANGES, WHY = range(8)


def changes_text(row: AuditRow, limit: int = 100_000) -> str:
    """One line per changed field: 'field: before → after' (a created field shows its value only)."""
    lines = []
    for c in row.changes:
        after = "" if c.after is None else str(c.after)
        lines.append(f"{c.field}: {after}" if c.before is None else f"{c.field}: {c.before} → {after}")
    text = "\n".join(lines)
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AuditTableModel(RowsTableModel):
    def headers(self) -> Sequence[str]:
        return (self.tr("When (UTC)"), self.tr("Who"), self.tr("Laptop"), self.tr("Action"), self.tr("Table"),
                self.tr("Record"), self.tr("Before → after"), self.tr("Why"))

    def display(self, row: AuditRow, column: int) -> str:
        if column == WHEN:
            return row.at.isoformat(sep=" ", timespec="seconds") if row.at else ""
        if column == CHANGES:
            return changes_text(row, 200).replace("\n", "; ")
        values: dict[int, Any] = {WHO: row.actor, LAPTOP: row.replica, ACTION: row.action, TABLE: row.entity,
                                  RECORD: row.entity_id, WHY: row.reason}
        return str(values.get(column, ""))

    def sort_key(self, row: AuditRow, column: int) -> Any:
        if column == WHEN:
            return (row.at.isoformat() if row.at else "", row.id)
        return super().sort_key(row, column)

    def tooltip(self, row: AuditRow, column: int) -> str | None:
        if column == CHANGES:
            return changes_text(row, 4000)
        return row.entity_id if column == RECORD else None
