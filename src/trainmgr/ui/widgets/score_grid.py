"""The keyboard score grid: typing a number opens the cell with that digit, Enter commits it and moves
down (a trainer types a paper sheet's column in one go); G / N record GO / NO-GO on a practical
checklist (or an observation) and move down; Delete clears a cell; the arrow keys move. The page
saves every edit in the background and reverts a cell the service refused."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from trainmgr.ui.table_models.score_model import FIRST_SCORE, NAME, NUMBER, ScoreTableModel

Index = QModelIndex | QPersistentModelIndex
VERDICT_KEYS = {Qt.Key.Key_G: True, Qt.Key.Key_N: False}


class ScoreDelegate(QStyledItemDelegate):
    """A plain line edit that takes digits and one decimal separator: the range is the service's to
    check (its message names the trainee and the maximum)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("scoreEditor")
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}([.,]\d{0,3})?"), editor))
        return editor


class ScoreGrid(QTableView):
    hint = Signal(str)  # a short message for the status bar

    def __init__(self, model: ScoreTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreGrid")
        self.setModel(model)
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        model.modelReset.connect(self._fit_columns)
        self.setToolTip(self.tr("Type a score and Enter (moves down) · G GO · N NO-GO (checklists) · "
                                "Delete clears; arrows move"))

    def scores(self) -> ScoreTableModel:
        model = self.model()
        assert isinstance(model, ScoreTableModel)
        return model

    def _fit_columns(self) -> None:
        self.setColumnWidth(NAME, 200)
        self.setColumnWidth(NUMBER, 90)
        for column in range(FIRST_SCORE, self.scores().columnCount()):
            self.setColumnWidth(column, 130)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and self.state() != QAbstractItemView.State.EditingState and self._typed(index, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _typed(self, index: QModelIndex, event: QKeyEvent) -> bool:
        """Keys that act without opening the editor. True when handled."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key, model = Qt.Key(event.key()), self.scores()
        if not model.is_score_column(index.column()):
            if event.text().strip():
                self.hint.emit(self.tr("Move to a score column to enter a score."))
                return True
            return False
        cell = model.cell(index.row(), index.column())
        if key in VERDICT_KEYS:
            if not model.records_pass():
                self.hint.emit(self.tr("GO / NO-GO is recorded on checklists, observations and follow-ups only."))
            elif model.edit(index.row(), index.column(), cell.score, VERDICT_KEYS[key]):
                self._move_down(index)
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.edit(index.row(), index.column(), None, None)
            return True
        text = event.text()
        if model.is_checklist() and text[:1].isdigit() and cell.passed is None:
            self.hint.emit(self.tr("Record GO (G) or NO-GO (N) first; the score is optional."))
            return True
        if text.strip() and not (text[:1].isdigit() or text in ".,"):
            self.hint.emit(self.tr("Type a number: the score."))
            return True
        return False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves down, like the attendance register."""
        index = self.currentIndex()
        down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if down else hint)
        if down and index.isValid():
            self._move_down(index)

    def _move_down(self, index: QModelIndex) -> None:
        below = index.siblingAtRow(index.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)
