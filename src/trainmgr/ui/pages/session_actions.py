"""The cohorts page's session workflows: schedule (then warn of double bookings), hold, cancel with
a reason. Each reports one sentence on `message`, for the page's status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from trainmgr.domain.assessment_records import ModuleRow
from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.delivery_records import DoubleBooking, SessionRow
from trainmgr.services.sessions import SessionService
from trainmgr.ui.dialogs.session_dialog import SessionDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_date
from trainmgr.ui.tasks import TaskRunner


class SessionActions(QObject):
    message = Signal(str)
    scheduled = Signal(str)  # the new session's id
    cancelled = Signal()

    def __init__(self, sessions: SessionService, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._sessions, self._runner, self._widget = sessions, runner, parent

    def schedule(self, cohort_id: str, modules: list[ModuleRow]) -> SessionDialog:
        dialog = SessionDialog(self._sessions, self._runner, cohort_id, modules, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._scheduled)
        dialog.open()
        return dialog

    def _scheduled(self, row: SessionRow) -> None:
        self.scheduled.emit(row.id)
        self.message.emit(self.tr("Session of {day} scheduled.").format(day=format_date(row.session_date)))

        def warn(found: list[DoubleBooking]) -> None:
            if found:
                self.message.emit(self.tr("Double booking: {details}").format(
                    details=" ".join(b.message for b in found)))

        self._runner.run(lambda: self._sessions.double_bookings(row.id), on_done=warn)

    def hold(self, session: SessionRow) -> None:
        self._runner.run(lambda: self._sessions.hold(session.id), changes=Changes.of(DELIVERY),
                         on_done=lambda r: self.message.emit(
                             self.tr("Session of {day} held.").format(day=format_date(r.session_date))),
                         on_error=lambda exc: show_error(self._widget, exc))

    def cancel(self, session: SessionRow, reason: str, note: str) -> None:
        def done(r: SessionRow) -> None:
            self.cancelled.emit()
            self.message.emit(self.tr("Session of {day} cancelled.").format(day=format_date(r.session_date)))

        self._runner.run(lambda: self._sessions.cancel(session.id, reason, note), changes=Changes.of(DELIVERY),
                         on_done=done, on_error=lambda exc: show_error(self._widget, exc))
