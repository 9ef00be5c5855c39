"""New needs assessment of a host unit: unit, framework, kind, date, who assessed, with whom, how."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from trainmgr.domain.changes import Changes
from trainmgr.domain.enums import AssessmentKind, EvidenceKind
from trainmgr.domain.records import FrameworkRow, UnitRow
from trainmgr.services.assessments import AssessmentInput, AssessmentService
from trainmgr.ui.assessment_labels import ASSESSMENTS
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.formatting import date_edit_format, date_editor
from trainmgr.ui.labels import choices
from trainmgr.ui.tasks import TaskRunner


class AssessmentDialog(FormDialog):
    # `saved` carries the AssessmentRow

    def __init__(self, assessments: AssessmentService, runner: TaskRunner, programme_id: str, units: list[UnitRow],
                 frameworks: list[FrameworkRow], unit_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._assessments = assessments
        self._programme_id = programme_id
        self._build(units, frameworks, unit_id)

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
        self.assessed_on = date_editor(QDateEdit(QDate.currentDate()))
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat(date_edit_format())
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
        self._finish_layout(form)

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
        self._store(lambda: self._assessments.create(data), Changes.of(ASSESSMENTS))
