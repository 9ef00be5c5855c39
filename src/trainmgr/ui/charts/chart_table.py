"""The numbers behind a chart as a sortable table: the same figure, cell by cell."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from trainmgr.ui.charts.series import Table
from trainmgr.ui.table_models.rows_model import RowsTableModel


class ChartTableModel(RowsTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: Sequence[str] = ()

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._headers = list(table.headers)
        self.numeric = tuple(table.numeric)
        self._rows = [tuple(row) for row in table.rows]
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self._headers

    def display(self, row: Any, column: int) -> str:
        return str(row[column][0])

    def tooltip(self, row: Any, column: int) -> str | None:
        return str(row[column][0]) or None  # a long name cut short in its column is read whole

    def sort_key(self, row: Any, column: int) -> Any:
        key = row[column][1]
        return key if key is not None else ""
