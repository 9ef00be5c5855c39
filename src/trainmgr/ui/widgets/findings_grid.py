"""The keyboard-fast findings grid: a digit typed on a level commits at once and moves down (a team
types a column of levels in seconds); H/M/L set priority and confidence; Delete clears a level;
Space toggles "trainable"; Ctrl+Z undoes the last edit. Choices also open as a combo (F2, double-click)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from trainmgr.ui.labels import choices
from trainmgr.ui.table_models.findings_model import (
    CHOICE_ENUMS,
    CODE,
    CONFIDENCE,
    CURRENT,
    EVIDENCE,
    EVIDENCE_KIND,
    GAP,
    LEVEL_COLUMNS,
    PRIORITY,
    REQUIRED,
    RESPONSE,
    TITLE,
    TRAINABLE,
    FindingsTableModel,
)

Index = QModelIndex | QPersistentModelIndex
LETTERS = {Qt.Key.Key_H: "high", Qt.Key.Key_M: "medium", Qt.Key.Key_L: "low"}


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of translated labels for the enum columns (priority, confidence, evidence kind)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() not in CHOICE_ENUMS:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if index.column() == EVIDENCE_KIND:
            combo.addItem("", None)
        for value, label in choices(CHOICE_ENUMS[index.column()]):
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            editor.showPopup()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class FindingsGrid(QTableView):
    hint = Signal(str)  # a short message for the status bar (a level out of range)

    def __init__(self, model: FindingsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsGrid")
        self.setModel(model)
        self.setItemDelegate(ChoiceDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the titles matter most: wide enough to read; the evidence columns scroll into view as you type
        for column, width in ((CODE, 76), (TITLE, 250), (CURRENT, 62), (REQUIRED, 70), (GAP, 46), (PRIORITY, 72),
                              (CONFIDENCE, 84), (EVIDENCE_KIND, 104), (EVIDENCE, 160), (TRAINABLE, 70),
                              (RESPONSE, 160)):
            self.setColumnWidth(column, width)
        self.undo_action = QAction(self.tr("Undo last edit"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)
        self.undo_action.triggered.connect(self.undo)

    def findings(self) -> FindingsTableModel:
        model = self.model()
        assert isinstance(model, FindingsTableModel)
        return model

    def undo(self) -> None:
        index = self.findings().undo()
        if index.isValid():
            self.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and not self.findings().is_read_only() and self._typed(index, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _typed(self, index: QModelIndex, event: QKeyEvent) -> bool:
        """Keys that edit a cell without opening an editor. True when handled."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key, column, model = event.key(), index.column(), self.findings()
        if column in LEVEL_COLUMNS and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            if model.setData(index, key - Qt.Key.Key_0):
                self._move_down(index)
            else:
                self.hint.emit(self._range_hint(column))
            return True  # a digit out of range never opens a text editor
        if column in LEVEL_COLUMNS and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            model.setData(index, None)
            return True
        if column in LEVEL_COLUMNS and event.text().strip():
            self.hint.emit(self._range_hint(column))  # a letter is never a level
            return True
        if column in (PRIORITY, CONFIDENCE) and key in LETTERS:
            model.setData(index, LETTERS[key])
            self._move_down(index)
            return True
        # read-only columns: a stray key does nothing
        return column in (CODE, TITLE, GAP) and bool(event.text().strip())

    def _range_hint(self, column: int) -> str:
        if column == CURRENT:
            return self.tr("The current level is from 0 to 5.")
        return self.tr("The required level is from 1 to 5.")

    def _move_down(self, index: QModelIndex) -> None:
        below = index.siblingAtRow(index.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)
