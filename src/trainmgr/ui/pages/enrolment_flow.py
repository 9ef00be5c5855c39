"""Enrolling picked trainees one by one through the vetting rule: a refused or expired vetting is
refused with the service's reason; a pending (or not started) one asks for an override
justification and is retried with it; Cancel skips that person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.delivery_records import EnrolmentRow, TraineeRow
from trainmgr.domain.enums import VettingStatus
from trainmgr.errors import ValidationError
from trainmgr.services.cohorts import CohortService
from trainmgr.ui.errors import show_error
from trainmgr.ui.tasks import TaskRunner

OVERRIDABLE = (VettingStatus.PENDING.value, VettingStatus.NOT_STARTED.value)


class EnrolmentFlow(QObject):
    def __init__(self, cohorts: CohortService, runner: TaskRunner, parent: QWidget,
                 report: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._cohorts, self._runner, self._widget, self._report = cohorts, runner, parent, report
        self._queue: list[TraineeRow] = []
        self._cohort_id = ""
        self._enrolled: list[str] = []
        self._refused: list[str] = []

    def start(self, cohort_id: str, rows: list[TraineeRow]) -> None:
        self._cohort_id, self._queue = cohort_id, list(rows)
        self._enrolled, self._refused = [], []
        self._next()

    def _next(self) -> None:
        if self._queue:
            self._enrol(self._queue.pop(0), "")
            return
        if self._enrolled:
            self._report(self.tr("Enrolled: {names}.").format(names=", ".join(self._enrolled)))
        if self._refused:
            show_error(self._widget, ValidationError("\n".join(self._refused)))

    def _enrol(self, row: TraineeRow, reason: str) -> None:
        cohort_id = self._cohort_id

        def done(enrolment: EnrolmentRow) -> None:
            self._enrolled.append(f"{enrolment.family_name} {enrolment.given_names}".strip())
            self._next()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and not reason and row.vetting_status in OVERRIDABLE:
                self._ask_override(row, str(exc))
                return
            if isinstance(exc, ValidationError):
                self._refused.append(str(exc))
                self._next()
                return
            self._queue.clear()
            show_error(self._widget, exc)

        self._runner.run(lambda: self._cohorts.enrol(cohort_id, row.id, reason), on_done=done, on_error=failed,
                         changes=Changes.of(DELIVERY))

    def _ask_override(self, row: TraineeRow, message: str) -> QInputDialog:
        dialog = QInputDialog(self._widget)
        dialog.setObjectName("overrideDialog")
        dialog.setWindowTitle(self.tr("Vetting override"))
        dialog.setLabelText(self.tr("{message}\n\nJustification (recorded in the audit log):").format(message=message))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Enrol with override"))
        answered = [False]

        def accepted(text: str) -> None:
            answered[0] = True
            if text.strip():
                self._enrol(row, text.strip())
            else:
                self._refused.append(self.tr("{name}: no justification given; not enrolled.").format(
                    name=row.display_name))
                self._next()

        def finished(_result: int) -> None:
            if not answered[0]:
                self._next()  # cancelled: skip this person
            dialog.deleteLater()

        dialog.textValueSelected.connect(accepted)
        dialog.finished.connect(finished)
        dialog.open()
        return dialog
