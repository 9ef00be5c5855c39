"""A new cohort: name, code, the approved curriculum version it runs, place, dates, completion rules
and the units whose trainees it is for. The service checks the rest (an approved version of this
programme, the end not before the start) and its message shows in the dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from trainmgr.domain.assessment_records import CurriculumRow
from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.enums import CurriculumStatus
from trainmgr.domain.records import UnitRow
from trainmgr.services.cohorts import CohortInput, CohortService
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.optional_date import OptionalDateEdit

UNIT_ROLE = Qt.ItemDataRole.UserRole


class CohortDialog(FormDialog):
    # `saved` carries the CohortRow

    def __init__(self, cohorts: CohortService, runner: TaskRunner, programme_id: str,
                 curricula: Sequence[CurriculumRow], units: Sequence[UnitRow], parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._cohorts = cohorts
        self._programme_id = programme_id
        self._build(curricula, units)

    def _build(self, curricula: Sequence[CurriculumRow], units: Sequence[UnitRow]) -> None:
        self.setObjectName("cohortDialog")
        self.setWindowTitle(self.tr("New cohort"))
        self.setMinimumWidth(520)
        self.name, self.code, self.location = QLineEdit(), QLineEdit(), QLineEdit()
        self.curriculum = QComboBox()
        approved = [c for c in curricula if c.status == CurriculumStatus.APPROVED.value]
        for c in sorted(approved, key=lambda c: (c.name.casefold(), -c.version)):
            self.curriculum.addItem(self.tr("{name} — version {version}").format(name=c.name, version=c.version), c.id)
        self.curriculum.addItem(self.tr("— none yet —"), None)
        self.curriculum.setToolTip(self.tr("Only approved curriculum versions can be run by a cohort."))
        self.start_date, self.end_date = OptionalDateEdit(), OptionalDateEdit()
        self.min_attendance = QDoubleSpinBox()
        self.min_attendance.setRange(0, 100)
        self.min_attendance.setDecimals(0)
        self.min_attendance.setSuffix(" %")
        self.min_attendance.setValue(80)
        self.post_test = QCheckBox(self.tr("A passed post-test is required to complete"))
        self.post_test.setChecked(True)
        self.units = QListWidget()
        self.units.setObjectName("cohortUnits")
        self.units.setMaximumHeight(140)
        for uid, label in paths(list(units)).items():
            item = QListWidgetItem(label)
            item.setData(UNIT_ROLE, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Co&de:"), self.code)
        form.addRow(self.tr("C&urriculum version:"), self.curriculum)
        form.addRow(self.tr("&Location:"), self.location)
        form.addRow(self.tr("&Start:"), self.start_date)
        form.addRow(self.tr("&End:"), self.end_date)
        form.addRow(self.tr("Minimum &attendance:"), self.min_attendance)
        form.addRow("", self.post_test)
        form.addRow(self.tr("Uni&ts (space to tick):"), self.units)
        self._finish_layout(form)
        self.name.setFocus()

    def checked_units(self) -> tuple[str, ...]:
        return tuple(str(self.units.item(i).data(UNIT_ROLE)) for i in range(self.units.count())
                     if self.units.item(i).checkState() == Qt.CheckState.Checked)

    def value(self) -> CohortInput:
        return CohortInput(programme_id=self._programme_id, name=self.name.text(), code=self.code.text(),
                           curriculum_id=self.curriculum.currentData(), location=self.location.text(),
                           start_date=self.start_date.date(), end_date=self.end_date.date(),
                           min_attendance_pct=self.min_attendance.value(),
                           requires_post_test=self.post_test.isChecked(), unit_ids=self.checked_units())

    def _save(self) -> None:
        data = self.value()
        self._store(lambda: self._cohorts.create(data), Changes.of(DELIVERY))
