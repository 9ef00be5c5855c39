"""A session's attendance register: one row per person expected (or already marked), one mark each.

Marks are optimistic, like the findings grid: the cell shows the new mark at once and
`mark_requested` asks the page to save it; the page then calls `apply_saved` with the service's row,
or `revert` when the save failed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from trainmgr.domain.delivery_records import RegisterRow
from trainmgr.domain.enums import AttendanceStatus
from trainmgr.ui.formatting import format_datetime
from trainmgr.ui.labels import enum_label

NAME, NUMBER, RANK, UNIT, MARK, RECORDED = range(6)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_COLOURS = {"present": "#c8e6c9", "late": "#fff3c4", "absent": "#ffcdd2", "excused": "#dde3f0",
                "not_expected": "#eeeeee"}

Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    mark_requested = Signal(str, object, object)  # person id, new status (None: cleared), old status

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []
        self._read_only = True

    def set_rows(self, rows: list[RegisterRow], read_only: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._read_only = read_only
        self.endResetModel()

    def is_read_only(self) -> bool:
        return self._read_only

    def session_id(self) -> str | None:
        return self._rows[0].session_id if self._rows else None

    def row_at(self, row: int) -> RegisterRow:
        return self._rows[row]

    def row_of(self, person_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.person_id == person_id), -1)

    def set_mark(self, row: int, status: str | None) -> bool:
        """The user typed a mark on `row`: shown at once, saved by the page."""
        if self._read_only or not 0 <= row < len(self._rows):
            return False
        old = self._rows[row]
        if old.status != status:
            self._replace(row, replace(old, status=status, recorded_by="", recorded_at=None) if status is None
                          else replace(old, status=status))
            self.mark_requested.emit(old.person_id, status, old.status)
        return True

    def apply_saved(self, saved: RegisterRow) -> None:
        number = self.row_of(saved.person_id)
        if number >= 0 and saved.session_id == self.session_id():
            self._replace(number, saved)

    def revert(self, person_id: str, old: str | None) -> None:
        number = self.row_of(person_id)
        if number >= 0:
            self._replace(number, replace(self._rows[number], status=old))

    def marked(self) -> int:
        return sum(1 for r in self._rows if r.status)

    def _replace(self, number: int, row: RegisterRow) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, RECORDED))

    # --- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)  # the line number of the paper sheet
        return (self.tr("Name"), self.tr("Service no."), self.tr("Rank"), self.tr("Unit"), self.tr("Mark"),
                self.tr("Recorded"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == MARK and row.status in MARK_COLOURS:
            return QColor(MARK_COLOURS[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and column == MARK and row.status:
            return QColor("#202020")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MARK:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: RegisterRow, column: int) -> str:
        if column == NAME:
            return f"{row.family_name} {row.given_names}".strip()
        if column == MARK:
            return enum_label(AttendanceStatus, row.status) if row.status else "—"
        if column == RECORDED:
            if row.recorded_at is None:
                return ""
            return self.tr("{who}, {when}").format(who=row.recorded_by, when=format_datetime(row.recorded_at))
        return (row.service_number, row.rank_name, row.unit_name)[column - 1]
