"""Sync conflicts side by side: the value every laptop shows for now, and the other one, each with
the laptop that wrote it and when."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from trainmgr.domain.enums import ConflictStatus
from trainmgr.domain.records import ConflictRow
from trainmgr.ui.labels import enum_label
from trainmgr.ui.sync_labels import format_stamp, format_value, laptop_label, table_label
from trainmgr.ui.table_models.rows_model import RowsTableModel

RECORD, TABLE, FIELD, KEPT, KEPT_BY, KEPT_AT, OTHER, OTHER_BY, OTHER_AT, STATUS = range(10)
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 3  # on KEPT and OTHER: "laptop · when" of that value


class ConflictsTableModel(RowsTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_laptop_names(self, names: dict[str, str]) -> None:
        """Replica id -> laptop name, so people read "Field team 2" rather than a hex id."""
        self._names = dict(names)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def row_of(self, conflict_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == conflict_id), -1)

    def headers(self) -> Sequence[str]:
        return (self.tr("Record"), self.tr("Table"), self.tr("Field"),
                self.tr("Value kept for now"), self.tr("From laptop"), self.tr("Written"),
                self.tr("Other value"), self.tr("From laptop"), self.tr("Written"), self.tr("Status"))

    def display(self, row: ConflictRow, column: int) -> str:
        if column == RECORD:
            return row.label or row.row_id[:8]
        if column == TABLE:
            return table_label(row.table)
        if column == FIELD:
            return row.field
        if column in (KEPT, OTHER):
            return format_value(row.value_b if column == KEPT else row.value_a)
        if column in (KEPT_BY, OTHER_BY):
            return laptop_label(row.laptop_b if column == KEPT_BY else row.laptop_a, self._names)
        if column in (KEPT_AT, OTHER_AT):
            return format_stamp(row.stamp_b if column == KEPT_AT else row.stamp_a)
        if column == STATUS:
            return self._status(row)
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ORIGIN_ROLE and index.isValid() and index.column() in (KEPT, OTHER):
            row: ConflictRow = self._rows[index.row()]
            by, at = (KEPT_BY, KEPT_AT) if index.column() == KEPT else (OTHER_BY, OTHER_AT)
            return self.tr("{laptop} · {when}").format(laptop=self.display(row, by), when=self.display(row, at))
        return super().data(index, role)

    def _status(self, row: ConflictRow) -> str:
        status = enum_label(ConflictStatus, row.status)
        if row.status != ConflictStatus.RESOLVED.value:
            return status
        return self.tr("{status}: kept {value}").format(status=status, value=format_value(row.resolved_value, 30))

    def sort_key(self, row: ConflictRow, column: int) -> Any:
        if column in (KEPT_AT, OTHER_AT):
            return row.stamp_b if column == KEPT_AT else row.stamp_a  # stamps sort as the clock does
        return super().sort_key(row, column)

    def tooltip(self, row: ConflictRow, column: int) -> str | None:
        if column in (KEPT, OTHER):
            value = row.value_b if column == KEPT else row.value_a
            return format_value(value, limit=2000)
        if column == RECORD:
            return self.tr("{table} {id}").format(table=table_label(row.table), id=row.row_id)
        if column in (KEPT_BY, OTHER_BY):
            return self.tr("Replica {id}").format(id=row.laptop_b if column == KEPT_BY else row.laptop_a)
        return None
