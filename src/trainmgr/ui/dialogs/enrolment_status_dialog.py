"""Change an enrolment's status (nominated, enrolled, withdrawn, completed, failed, transferred): only
the moves the service allows from the current status are offered, and the reason field says when a
reason is required (withdrawn, failed, transferred, or correcting a final status). A nominee becoming
enrolled passes the vetting rule again; a pending vetting takes the reason as the override."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.delivery_records import EnrolmentRow
from trainmgr.domain.enums import EnrolmentStatus
from trainmgr.services.cohorts import FINAL, NEEDS_REASON, TRANSITIONS, CohortService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import enum_label
from trainmgr.ui.tasks import TaskRunner


class EnrolmentStatusDialog(FormDialog):
    # `saved` carries the EnrolmentRow

    def __init__(self, cohorts: CohortService, runner: TaskRunner, enrolment: EnrolmentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._cohorts = cohorts
        self._enrolment = enrolment
        self._build()
        self.status.currentIndexChanged.connect(lambda _i: self._update_hint())
        self._update_hint()

    def _build(self) -> None:
        e = self._enrolment
        self.setObjectName("enrolmentStatusDialog")
        self.setWindowTitle(self.tr("Change enrolment status"))
        self.setMinimumWidth(460)
        self.who = QLabel(self.tr("<b>{name}</b> — current status: {status}").format(
            name=f"{e.family_name} {e.given_names}".strip(), status=enum_label(EnrolmentStatus, e.status)))
        self.status = QComboBox()
        for value in TRANSITIONS.get(e.status, ()):
            self.status.addItem(enum_label(EnrolmentStatus, value), value)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.who)
        form.addRow(self.tr("&New status:"), self.status)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.hint)
        self._finish_layout(form)
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(self.status.count() > 0)

    def reason_required(self) -> bool:
        return self.status.currentData() in NEEDS_REASON or self._enrolment.status in FINAL

    def _update_hint(self) -> None:
        if self.status.count() == 0:
            self.hint.setText(self.tr("No other status can follow this one."))
        elif self.reason_required():
            self.hint.setText(self.tr("A reason is required for this change; it is kept with the enrolment."))
        elif self.status.currentData() == EnrolmentStatus.ENROLLED.value:
            self.hint.setText(self.tr("If the trainee's vetting is pending, the reason is recorded as the override "
                                      "justification."))
        else:
            self.hint.setText(self.tr("A reason is optional."))

    def _save(self) -> None:
        status = self.status.currentData()
        if status is None:
            return
        reason = self.reason.toPlainText()
        if self.reason_required() and not reason.strip():
            self.error.show_message(self.tr("Give the reason for this change."))
            self.reason.setFocus()
            return
        enrolment_id = self._enrolment.id
        self._store(lambda: self._cohorts.set_status(enrolment_id, str(status), reason), Changes.of(DELIVERY))
