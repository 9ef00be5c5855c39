"""The keyboard attendance register: P, L, A, E, N mark the current person (present, late, absent,
excused, not expected) and move down, so a trainer types a paper sheet's column in seconds; Delete
clears a mark; the arrow keys move. A mark is saved in the background by the page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from trainmgr.domain.enums import AttendanceStatus
from trainmgr.ui.table_models.register_model import MARK, NAME, NUMBER, RANK, UNIT, RegisterTableModel

KEYS = {Qt.Key.Key_P: AttendanceStatus.PRESENT.value, Qt.Key.Key_L: AttendanceStatus.LATE.value,
        Qt.Key.Key_A: AttendanceStatus.ABSENT.value, Qt.Key.Key_E: AttendanceStatus.EXCUSED.value,
        Qt.Key.Key_N: AttendanceStatus.NOT_EXPECTED.value}


class AttendanceGrid(QTableView):
    hint = Signal(str)  # a short message for the status bar

    def __init__(self, model: RegisterTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceGrid")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((NAME, 200), (NUMBER, 90), (RANK, 130), (UNIT, 210), (MARK, 100)):
            self.setColumnWidth(column, width)
        self.setToolTip(self.tr("P present · L late · A absent · E excused · N not expected · "
                                "Delete clears; arrows move"))

    def register(self) -> RegisterTableModel:
        model = self.model()
        assert isinstance(model, RegisterTableModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        clear = key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        status = KEYS.get(key)
        if (status is None and not clear) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        event.accept()
        index = self.currentIndex()
        model = self.register()
        if not index.isValid():
            return
        if model.is_read_only():
            self.hint.emit(self.tr("This session cannot be marked (cancelled, or not yet taken place)."))
            return
        if model.set_mark(index.row(), status) and not clear:
            below = index.siblingAtRow(index.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)
