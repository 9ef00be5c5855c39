"""A date that may be left empty: a check box turns the date on; unchecked shows "no date".

QDateEdit alone always holds a date, so an unknown end date would silently become today.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from trainmgr.ui.formatting import date_edit_format, date_editor

NO_DATE = QDate(1900, 1, 1)  # the minimum: QDateEdit shows its special value text for it


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self.tr("Set"))
        self.edit = date_editor(QDateEdit())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_edit_format())
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("no date"))
        self._remembered = QDate.currentDate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._toggled(False)

    def date(self) -> date | None:
        value = self.edit.date()
        if not self.check.isChecked() or value == NO_DATE:
            return None
        return date(value.year(), value.month(), value.day())

    def set_date(self, value: date | None) -> None:
        if value is not None:
            self._remembered = QDate(value.year, value.month, value.day)
        self.check.setChecked(value is not None)
        self._toggled(value is not None)

    def _toggled(self, on: bool) -> None:
        if on:
            self.edit.setDate(self._remembered)
        else:
            if self.edit.date() != NO_DATE:
                self._remembered = self.edit.date()  # ticking again brings the date back
            self.edit.setDate(NO_DATE)
        self.edit.setEnabled(on)
        self.check.setToolTip(self.tr("Untick for no date") if on else self.tr("Tick to enter a date"))
        self.changed.emit()
