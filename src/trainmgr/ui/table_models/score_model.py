"""An instrument's score grid: one row per trainee, one column per measured competency (or one
overall column).

Edits are optimistic, like the attendance register: the cell shows the new value at once and
`score_requested` asks the page to save it; the page then calls `apply_saved` with the service's
cell, or `revert` when the service refused (a score out of range keeps its old value)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from trainmgr.domain.enums import InstrumentKind
from trainmgr.domain.evaluation_records import GridColumn, InstrumentRow, ScoreCell, ScoreGrid, ScoreGridRow

NAME, NUMBER = range(2)
FIRST_SCORE = 2  # the score columns follow the name and the service number
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PASS_COLOUR, FAIL_COLOUR = "#c8e6c9", "#ffcdd2"

Index = QModelIndex | QPersistentModelIndex


def format_cell(cell: ScoreCell) -> str:
    score = "" if cell.score is None else f"{cell.score:g}"
    if cell.passed is None:
        return score
    verdict = "GO" if cell.passed else "NO-GO"
    return f"{verdict} · {score}" if score else verdict


class ScoreTableModel(QAbstractTableModel):
    # person id, competency id (None: overall), new ScoreCell, old ScoreCell
    score_requested = Signal(str, object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._instrument: InstrumentRow | None = None
        self._columns: tuple[GridColumn, ...] = ()
        self._rows: list[ScoreGridRow] = []
        self._codes: dict[str | None, str] = {}

    def set_grid(self, grid: ScoreGrid | None) -> None:
        self.beginResetModel()
        self._instrument = grid.instrument if grid else None
        self._columns = grid.columns if grid else ()
        self._rows = list(grid.rows) if grid else []
        self._codes = {c.competency_id: c.code for c in grid.instrument.competencies} if grid else {}
        self.endResetModel()

    def instrument(self) -> InstrumentRow | None:
        return self._instrument

    def is_checklist(self) -> bool:
        return self._instrument is not None and self._instrument.kind == InstrumentKind.PRACTICAL_CHECKLIST.value

    def records_pass(self) -> bool:
        """GO / NO-GO can be recorded (checklists, observations, follow-ups)."""
        kinds = (InstrumentKind.PRACTICAL_CHECKLIST.value, InstrumentKind.OBSERVATION.value,
                 InstrumentKind.FOLLOW_UP.value)
        return self._instrument is not None and self._instrument.kind in kinds

    def is_score_column(self, column: int) -> bool:
        return FIRST_SCORE <= column < FIRST_SCORE + len(self._columns)

    def cell(self, row: int, column: int) -> ScoreCell:
        return self._rows[row].cells[column - FIRST_SCORE]

    def row_at(self, row: int) -> ScoreGridRow:
        return self._rows[row]

    def edit(self, row: int, column: int, score: float | None, passed: bool | None) -> bool:
        """The user entered a cell: shown at once, saved by the page. False when nothing to do."""
        if not (0 <= row < len(self._rows) and self.is_score_column(column)):
            return False
        old = self.cell(row, column)
        new = replace(old, score=score, passed=passed)
        if (new.score, new.passed) != (old.score, old.passed):
            self._put(row, column, new)
            self.score_requested.emit(self._rows[row].person_id, old.competency_id, new, old)
        return True

    def apply_saved(self, person_id: str, saved: ScoreCell) -> None:
        self._set_by_id(person_id, saved)

    def revert(self, person_id: str, old: ScoreCell) -> None:
        self._set_by_id(person_id, old)

    def _set_by_id(self, person_id: str, value: ScoreCell) -> None:
        number = next((i for i, r in enumerate(self._rows) if r.person_id == person_id), -1)
        ids = [c.competency_id for c in self._columns]
        if number >= 0 and value.competency_id in ids:
            self._put(number, FIRST_SCORE + ids.index(value.competency_id), value)

    def _put(self, number: int, column: int, value: ScoreCell) -> None:
        cells = list(self._rows[number].cells)
        cells[column - FIRST_SCORE] = value
        self._rows[number] = replace(self._rows[number], cells=tuple(cells))
        index = self.index(number, column)
        self.dataChanged.emit(index, index)

    def _passes(self, column: int, cell: ScoreCell) -> bool | None:
        """GO / NO-GO when recorded, else the score against the (proportional) pass mark."""
        inst = self._instrument
        if cell.passed is not None:
            return cell.passed
        if inst is None or inst.pass_mark is None or cell.score is None:
            return None
        top = self._columns[column - FIRST_SCORE].max_score
        return cell.score >= inst.pass_mark * top / inst.max_score

    # --- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_SCORE + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None  # the paper sheet's line
        if section < FIRST_SCORE:
            return (self.tr("Name"), self.tr("Service no."))[section] if role == Qt.ItemDataRole.DisplayRole else None
        column = self._columns[section - FIRST_SCORE]
        label = self.tr("Score") if column.competency_id is None else column.label
        if role == Qt.ItemDataRole.DisplayRole:  # a code is short enough for a column; the title is in the tooltip
            return f"{self._codes.get(column.competency_id) or label} (/{column.max_score:g})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{label}: from 0 to {top}").format(label=label, top=f"{column.max_score:g}")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_score_column(index.column()) else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if column < FIRST_SCORE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row.family_name} {row.given_names}".strip() if column == NAME else row.service_number
            return None
        cell = self.cell(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(cell)
        if role == Qt.ItemDataRole.EditRole:
            return "" if cell.score is None else f"{cell.score:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        passes = self._passes(column, cell)
        if role == Qt.ItemDataRole.BackgroundRole and passes is not None:
            return QColor(PASS_COLOUR if passes else FAIL_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and passes is not None:
            return QColor("#202020")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Text typed in the cell editor: a number (a comma reads as a decimal point); empty clears."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.is_score_column(index.column()):
            return False
        text = str(value or "").strip().replace(",", ".")
        old = self.cell(index.row(), index.column())
        if not text:
            return self.edit(index.row(), index.column(), None, old.passed)
        try:
            score = float(text)
        except ValueError:
            return False
        return self.edit(index.row(), index.column(), score, old.passed)
