"""A date that may be left empty: a check box turns the date edit on; unchecked means "no date".

QDateEdit alone always holds a date, so an unknown end date would silently become today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Set"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._toggled(False)

    def date(self) -> date | None:
        if not self.check.isChecked():
            return None
        value = self.edit.date()
        return date(value.year(), value.month(), value.day())

    def set_date(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.check.setToolTip(self.tr("Untick for no date") if on else self.tr("Tick to enter a date"))
        self.changed.emit()
