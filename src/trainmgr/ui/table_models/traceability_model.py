"""The traceability matrix as a table: one row per gap (unit × competency) with the modules that
address it, the sessions held and the evaluations; a gap no module addresses is highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from trainmgr.domain.assessment_records import TraceRow
from trainmgr.domain.enums import Priority
from trainmgr.ui.assessment_labels import NO_MODULE, TEXT_DARK
from trainmgr.ui.labels import enum_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT, CODE, COMPETENCY, GAP, PRIORITY, SCORE, MODULES, SESSIONS, INSTRUMENTS, RESULTS = range(10)
NUMERIC = (GAP, SCORE, SESSIONS, INSTRUMENTS, RESULTS)

Index = QModelIndex | QPersistentModelIndex


class TraceabilityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TraceRow] = []

    def set_rows(self, rows: list[TraceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TraceRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Unit"), self.tr("Code"), self.tr("Competency"), self.tr("Gap"), self.tr("Priority"),
                self.tr("Score"), self.tr("Modules"), self.tr("Sessions held"), self.tr("Instruments"),
                self.tr("Results"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            value = self._number(row, column)
            return value if value is not None else (self._display(row, column) or "").casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.no_module:
            return NO_MODULE
        if role == Qt.ItemDataRole.ForegroundRole and row.no_module:
            return TEXT_DARK
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.no_module:
                return self.tr("No module of a current curriculum addresses this gap.")
            return "\n".join(self.tr("{code} {title} — {curriculum} v{version}, {held} session(s) held").format(
                code=m.code, title=m.title, curriculum=m.curriculum_name, version=m.curriculum_version,
                held=m.sessions_held) for m in row.modules)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _number(row: TraceRow, column: int) -> int | None:
        return {GAP: row.gap.gap, SCORE: row.gap.score, SESSIONS: row.sessions_held,
                INSTRUMENTS: row.instruments, RESULTS: row.results}.get(column)

    def _display(self, row: TraceRow, column: int) -> str | None:
        number = self._number(row, column)
        if number is not None:
            return str(number)
        if column == UNIT:
            return row.gap.unit_name
        if column == CODE:
            return row.gap.code
        if column == COMPETENCY:
            return row.gap.title
        if column == PRIORITY:
            return enum_label(Priority, row.gap.priority)
        if column == MODULES:
            if row.no_module:
                return self.tr("— no module —")
            return "; ".join(f"{m.code} {m.title}".strip() for m in row.modules)
        return None


class TraceabilityProxy(QSortFilterProxyModel):
    """Sort by the sort role; the filter text searches every column, ignoring case; optionally only
    the gaps no module addresses. Give it the view's owner as parent, not the model (see
    programmes_model.make_proxy)."""

    def __init__(self, model: TraceabilityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_unaddressed = False
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_only_unaddressed(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_unaddressed = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if (self._only_unaddressed and isinstance(model, TraceabilityTableModel)
                and not model.row_at(source_row).no_module):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
