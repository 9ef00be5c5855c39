"""The findings grid: one row per competency of an assessment, editable in place.

Edits are optimistic: the cell shows the new value at once and `edit_requested` asks the page to
save it; the page then calls `apply_saved` (the service's row) or `revert` (the save failed). The
last edits are kept so Ctrl+Z can put a value back (through the same save path)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from trainmgr.domain.assessment_records import FindingRow
from trainmgr.domain.enums import Confidence, EvidenceKind, Priority
from trainmgr.ui.assessment_labels import DEFAULT_GREY, TEXT_DARK, gap_colour, gap_text, level_text
from trainmgr.ui.labels import enum_label

CODE, TITLE, CURRENT, REQUIRED, GAP, PRIORITY, CONFIDENCE, EVIDENCE_KIND, EVIDENCE, TRAINABLE, RESPONSE = range(11)
FIELDS = {CURRENT: "current_level", REQUIRED: "required_level", PRIORITY: "priority", CONFIDENCE: "confidence",
          EVIDENCE_KIND: "evidence_kind", EVIDENCE: "evidence", TRAINABLE: "trainable",
          RESPONSE: "non_training_response"}
LEVEL_COLUMNS = {CURRENT: 0, REQUIRED: 1}  # column -> lowest level allowed
CHOICE_ENUMS: dict[int, type] = {PRIORITY: Priority, CONFIDENCE: Confidence, EVIDENCE_KIND: EvidenceKind}
UNDO_DEPTH = 50
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class FindingsTableModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object, object)  # competency id, field, new value, old value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: dict[str, FindingRow] = {}
        self._order: list[str] = []  # competency ids shown (after the area filter)
        self._area_id: str | None = None
        self._read_only = False
        self._undo: list[tuple[str, str, Any]] = []

    # --- data in ---------------------------------------------------------------------------------
    def set_rows(self, rows: list[FindingRow], read_only: bool) -> None:
        self.beginResetModel()
        self._all = {r.competency_id: r for r in rows}
        self._read_only = read_only
        self._undo.clear()
        self._order = self._visible()
        self.endResetModel()

    def set_area(self, area_id: str | None) -> None:
        self.beginResetModel()
        self._area_id = area_id
        self._order = self._visible()
        self.endResetModel()

    def _visible(self) -> list[str]:
        return [cid for cid, r in self._all.items() if self._area_id in (None, r.area_id)]

    def areas(self) -> list[tuple[str, str]]:
        """(area id, title) in framework order, for the area filter."""
        return list(dict.fromkeys((r.area_id, r.area_title) for r in self._all.values()))

    def is_read_only(self) -> bool:
        return self._read_only

    def row_at(self, row: int) -> FindingRow:
        return self._all[self._order[row]]

    def row_of(self, competency_id: str) -> int:
        return self._order.index(competency_id) if competency_id in self._order else -1

    def apply_saved(self, row: FindingRow, field: str) -> None:
        """The service saved `field`: take its (normalised) value. Only that field: a later edit of
        the same row may still be on its way, and its value must not blink back meanwhile."""
        if row.competency_id in self._all:
            self._replace(row.competency_id, replace(self._all[row.competency_id], recorded=True,
                                                     **{field: getattr(row, field)}))

    def revert(self, competency_id: str, field: str, old: Any) -> None:
        """Put back the value a failed save had shown (and forget the edit)."""
        if competency_id in self._all:
            self._replace(competency_id, replace(self._all[competency_id], **{field: old}))
        if self._undo and self._undo[-1][:2] == (competency_id, field):
            self._undo.pop()

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._read_only

    def undo(self) -> QModelIndex:
        """Restore the value before the last edit; returns the cell it changed (invalid if none)."""
        if not self.can_undo():
            return QModelIndex()
        competency_id, field, old = self._undo.pop()
        self._change(competency_id, field, old, remember=False)
        column = next(c for c, f in FIELDS.items() if f == field)
        return self.index(self.row_of(competency_id), column)

    def _replace(self, competency_id: str, row: FindingRow) -> None:
        self._all[competency_id] = row
        number = self.row_of(competency_id)
        if number >= 0:
            self.dataChanged.emit(self.index(number, 0), self.index(number, RESPONSE))

    def _change(self, competency_id: str, field: str, value: Any, remember: bool) -> None:
        old = getattr(self._all[competency_id], field)
        if remember:
            self._undo = [*self._undo[-UNDO_DEPTH + 1:], (competency_id, field, old)]
        self._replace(competency_id, replace(self._all[competency_id], **{field: value}))
        self.edit_requested.emit(competency_id, field, value, old)

    # --- Qt's model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 11

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Competency"), self.tr("Current"), self.tr("Required"), self.tr("Gap"),
                self.tr("Priority"), self.tr("Confidence"), self.tr("Evidence from"), self.tr("Evidence"),
                self.tr("Trainable"), self.tr("Non-training response"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only or index.column() not in FIELDS:
            return base
        if index.column() == TRAINABLE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        row, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, FIELDS[column]) if column in FIELDS else self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == TRAINABLE:
            return Qt.CheckState.Checked if row.trainable else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == GAP:
            return gap_colour(row.gap)
        if role == Qt.ItemDataRole.ForegroundRole and column == GAP and row.gap is not None:
            return TEXT_DARK
        if role == Qt.ItemDataRole.ForegroundRole and not row.recorded and column in (PRIORITY, CONFIDENCE):
            return DEFAULT_GREY  # a default, not yet a finding
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CURRENT, REQUIRED, GAP):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (CODE, TITLE):
            return f"{row.area_title} › {row.code} {row.title}"
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: FindingRow, column: int) -> str | None:
        if column == CODE:
            return row.code
        if column == TITLE:
            return "    " * row.depth + row.title
        if column in LEVEL_COLUMNS:
            return level_text(getattr(row, FIELDS[column]))
        if column == GAP:
            return gap_text(row.gap)
        if column in CHOICE_ENUMS:
            value = getattr(row, FIELDS[column])
            return enum_label(CHOICE_ENUMS[column], value) if value else ""
        if column in (EVIDENCE, RESPONSE):
            return str(getattr(row, FIELDS[column])).replace("\n", " ")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._read_only or index.column() not in FIELDS:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TRAINABLE:
            parsed: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or column == TRAINABLE:
            return False
        else:
            parsed = parse_value(column, value)
            if parsed is INVALID:
                return False
        row = self.row_at(index.row())
        if getattr(row, FIELDS[column]) == parsed:
            return True
        self._change(row.competency_id, FIELDS[column], parsed, remember=True)
        return True


INVALID = object()


def parse_value(column: int, value: Any) -> Any:
    """The stored value typed into `column`, or INVALID (the cell then keeps its value)."""
    if column in LEVEL_COLUMNS:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        if not text.isdigit() or not LEVEL_COLUMNS[column] <= int(text) <= 5:
            return INVALID
        return int(text)
    if column in CHOICE_ENUMS:
        allowed = {m.value for m in CHOICE_ENUMS[column]}
        if column == EVIDENCE_KIND and value in (None, ""):
            return None
        return value if value in allowed else INVALID
    return "" if value is None else str(value)
