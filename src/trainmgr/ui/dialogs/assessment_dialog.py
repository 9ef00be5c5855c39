"""New needs assessment of a host unit: unit, framework, kind, date, who assessed, with whom, how."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import AssessmentRow
from trainmgr.domain.changes import Changes
from trainmgr.domain.enums import AssessmentKind, EvidenceKind
from trainmgr.domain.records import FrameworkRow, UnitRow
from trainmgr.services.assessments import AssessmentInput, AssessmentService
from trainmgr.ui.assessment_labels import ASSESSMENTS
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.labels import choices
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.error_label import ErrorLabel


class AssessmentDialog(QDialog):
    saved = Signal(object)  # AssessmentRow

    def __init__(self, assessments: AssessmentService, runner: TaskRunner, programme_id: str, units: list[UnitRow],
                 frameworks: list[FrameworkRow], unit_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._runner = runner
        self._programme_id = programme_id
        self._busy = False
        self._build(units, frameworks, unit_id)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _build(self, units: list[UnitRow], frameworks: list[FrameworkRow], unit_id: str | None) -> None:
        self.setObjectName("assessmentDialog")
        self.setWindowTitle(self.tr("New needs assessment"))
        self.setMinimumWidth(520)
        self.unit = QComboBox()
        for row_id, label in paths(units).items():
            self.unit.addItem(label, row_id)
        self.unit.setCurrentIndex(max(self.unit.findData(unit_id), 0))
        self.framework = QComboBox()
        for row in frameworks:
            self.framework.addItem(self.tr("{name} (v{version})").format(name=row.name, version=row.version), row.id)
        self.kind = QComboBox()
        for value, label in choices(AssessmentKind):
            self.kind.addItem(label, value)
        self.assessed_on = QDateEdit(QDate.currentDate())
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat("yyyy-MM-dd")
        self.assessors = QLineEdit()
        self.assessors.setPlaceholderText(self.tr("Trainers and mentors who assessed"))
        self.counterparts = QLineEdit()
        self.counterparts.setPlaceholderText(self.tr("Host-unit officers who took part"))
        self.methods: dict[str, QCheckBox] = {}
        methods = QHBoxLayout()
        for value, label in choices(EvidenceKind):
            self.methods[value] = QCheckBox(label)
            methods.addWidget(self.methods[value])
        methods.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&Framework:"), self.framework)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Date:"), self.assessed_on)
        form.addRow(self.tr("&Assessors:"), self.assessors)
        form.addRow(self.tr("&Host counterparts:"), self.counterparts)
        form.addRow(self.tr("Methods:"), methods)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def value(self) -> AssessmentInput:
        picked: date = self.assessed_on.date().toPython()  # type: ignore[assignment]
        return AssessmentInput(
            programme_id=self._programme_id, unit_id=str(self.unit.currentData() or ""),
            framework_id=str(self.framework.currentData() or ""), assessed_on=picked,
            kind=str(self.kind.currentData()), assessors=self.assessors.text(),
            host_counterparts=self.counterparts.text(),
            methods=tuple(value for value, box in self.methods.items() if box.isChecked()))

    def _save(self) -> None:
        if self.unit.currentData() is None or self.framework.currentData() is None:
            self.error.show_message(self.tr("Choose a unit and a competency framework."))
            return
        data = self.value()
        self.error.clear_message()
        self._set_busy(True)
        self._runner.run(lambda: self._assessments.create(data), on_done=self._saved, on_error=self._failed,
                         changes=Changes.of(ASSESSMENTS))

    def _saved(self, row: AssessmentRow) -> None:
        self._set_busy(False)
        self.saved.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_exception(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
