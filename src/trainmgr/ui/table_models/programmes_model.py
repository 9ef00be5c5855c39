"""The programmes table: a thin model over a list of ProgrammeRow."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from trainmgr.domain.records import ProgrammeRow
from trainmgr.ui import formatting
from trainmgr.ui.labels import language_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

CODE, NAME, HOST_COUNTRY, LANGUAGE, START, END, UNITS, TRAINEES = range(8)
NUMERIC = (UNITS, TRAINEES)

Index = QModelIndex | QPersistentModelIndex


def format_date(value: date | None) -> str:
    """The interface language's date (ISO in English): see ui/formatting.py."""
    return formatting.format_date(value)


class ProgrammesTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgrammeRow] = []

    # --- data in ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[ProgrammeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProgrammeRow:
        return self._rows[row]

    def row_of(self, programme_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == programme_id:
                return number
        return -1

    # --- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Code"), self.tr("Name"), self.tr("Host country"), self.tr("Language"),
                   self.tr("Start"), self.tr("End"), self.tr("Units"), self.tr("Trainees"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and row.description:
            return row.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: ProgrammeRow, column: int) -> str | None:
        values = {
            CODE: row.code, NAME: row.name, HOST_COUNTRY: row.host_country,
            LANGUAGE: language_label(row.language), START: format_date(row.start_date),
            END: format_date(row.end_date), UNITS: str(row.units), TRAINEES: str(row.trainees),
        }
        return values.get(column)

    @staticmethod
    def _sort_key(row: ProgrammeRow, column: int) -> Any:
        if column in (START, END):
            value = row.start_date if column == START else row.end_date
            return value.isoformat() if value else ""  # no date sorts first
        if column == UNITS:
            return row.units
        if column == TRAINEES:
            return row.trainees
        return (ProgrammesTableModel._display(row, column) or "").casefold()


def make_proxy(model: ProgrammesTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """Sort by the sort role; search every column, ignoring case. Give the proxy the view's owner as
    parent, not the source model: PySide6 6.12 crashes when a proxy that is its Python-owned source
    model's child is collected with it."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
