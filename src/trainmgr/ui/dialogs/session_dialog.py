"""Schedule a session of a cohort: date, module of the cohort's curriculum, times, place."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from trainmgr.domain.assessment_records import ModuleRow
from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.delivery_records import SessionRow
from trainmgr.services.sessions import SessionInput, SessionService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.formatting import date_edit_format, date_editor
from trainmgr.ui.tasks import TaskRunner


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class SessionDialog(FormDialog):
    # `saved` carries the SessionRow

    def __init__(self, sessions: SessionService, runner: TaskRunner, cohort_id: str, modules: list[ModuleRow],
                 day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._sessions = sessions
        self._cohort_id = cohort_id
        self.setObjectName("sessionDialog")
        self.setWindowTitle(self.tr("Schedule a session"))
        self.setMinimumWidth(460)
        self.day = date_editor(QDateEdit())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())
        when = day or date.today()
        self.day.setDate(QDate(when.year, when.month, when.day))
        self.module = QComboBox()
        self.module.addItem(self.tr("— no module —"), None)
        for module in modules:
            self.module.addItem(f"{module.code} {module.title}".strip(), module.id)
        self.module.setCurrentIndex(1 if modules else 0)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("The module's title when left empty"))
        self.timed = QCheckBox(self.tr("From"))
        self.timed.setChecked(True)
        self.start, self.end = QTimeEdit(QTime(8, 0)), QTimeEdit(QTime(10, 0))
        for edit in (self.start, self.end):
            date_editor(edit).setDisplayFormat("HH:mm")
        self.timed.toggled.connect(self.start.setEnabled)
        self.timed.toggled.connect(self.end.setEnabled)
        times = QHBoxLayout()
        times.addWidget(self.timed)
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.place = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Module:"), self.module)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Times:"), times)
        form.addRow(self.tr("&Place:"), self.place)
        self._finish_layout(form)

    def value(self) -> SessionInput:
        day = self.day.date()
        timed = self.timed.isChecked()
        return SessionInput(cohort_id=self._cohort_id, session_date=date(day.year(), day.month(), day.day()),
                            module_id=self.module.currentData(), title=self.title_edit.text(),
                            start_time=_time(self.start) if timed else None,
                            end_time=_time(self.end) if timed else None, place=self.place.text())

    def _save(self) -> None:
        data = self.value()

        def work() -> SessionRow:
            return self._sessions.schedule(data)

        self._store(work, Changes.of(DELIVERY))
