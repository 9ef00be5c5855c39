"""The trainee list over `TraineeService.search`, read a page at a time as the user scrolls.

The model never calls the service itself: `fetchMore` asks the page (signal `fetch_requested`) to
load the next page in the background, and the page hands the result back with `add_page`. Each new
query (text, filters, sort) starts a new generation, so a page that arrives late for an old query
is dropped. With 100 000 trainees only the rows scrolled past are ever held."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from trainmgr.domain.delivery_records import TraineePage, TraineeRow
from trainmgr.domain.enums import Sex, VettingStatus
from trainmgr.ui.formatting import format_date
from trainmgr.ui.labels import enum_label

FAMILY, GIVEN, NATIVE, NUMBER, RANK, UNIT, SEX, VETTING = range(8)
SORT_KEYS = {FAMILY: "family_name", GIVEN: "given_names", NUMBER: "service_number", RANK: "rank", UNIT: "unit",
             SEX: "sex", VETTING: "vetting"}  # the service's sort keys; the native name has none
PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class TraineesTableModel(QAbstractTableModel):
    fetch_requested = Signal(int, int)  # generation, offset
    sort_requested = Signal(str)  # a service sort key, "-" prefixed for descending

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TraineeRow] = []
        self._total = 0
        self._generation = 0
        self._loading = False

    # --- data in ---------------------------------------------------------------------------------
    def restart(self) -> int:
        """Forget the rows (a new query): returns the generation the first page must carry."""
        self.beginResetModel()
        self._rows, self._total, self._loading = [], 0, True
        self._generation += 1
        self.endResetModel()
        return self._generation

    def add_page(self, generation: int, offset: int, page: TraineePage) -> None:
        if generation != self._generation or offset != len(self._rows):
            return  # an answer to an older query (or a page already received)
        self._loading = False
        self._total = page.total
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False

    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> TraineeRow:
        return self._rows[row]

    def row_of(self, person_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)

    def replace_row(self, trainee: TraineeRow) -> None:
        number = self.row_of(trainee.id)
        if number >= 0:
            self._rows[number] = trainee
            self.dataChanged.emit(self.index(number, 0), self.index(number, VETTING))

    # --- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.fetch_requested.emit(self._generation, len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(("-" if order == Qt.SortOrder.DescendingOrder else "") + key)

    # --- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Family name"), self.tr("Given names"), self.tr("Name in host script"),
                self.tr("Service no."), self.tr("Rank"), self.tr("Unit"), self.tr("Sex"), self.tr("Vetting"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: TraineeRow, column: int) -> str:
        if column == SEX:
            return enum_label(Sex, row.sex)
        if column == VETTING:
            text = enum_label(VettingStatus, row.vetting_status)
            return f"{text} ({format_date(row.vetting_date)})" if row.vetting_date else text
        return (row.family_name, row.given_names, row.name_native, row.service_number, row.rank_name,
                row.unit_name)[column]
