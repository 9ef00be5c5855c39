"""A new evaluation instrument of a cohort: kind, level, title, date, maximum, pass mark and, when the
cohort's curriculum targets competencies, the competencies it measures (each scored out of its own
maximum; none ticked: one overall score)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.enums import EvaluationLevel, InstrumentKind
from trainmgr.domain.evaluation_records import InstrumentRow, MeasuredCompetency
from trainmgr.services.evaluations import EvaluationService, InstrumentInput
from trainmgr.ui.dialogs.form_dialog import FormDialog
from trainmgr.ui.labels import choices
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.optional_date import OptionalDateEdit

ID_ROLE = Qt.ItemDataRole.UserRole


def _spin(value: float, top: float = 100_000.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(1)
    spin.setRange(0.0, top)
    spin.setValue(value)
    return spin


class InstrumentDialog(FormDialog):
    # `saved` carries the InstrumentRow

    def __init__(self, evaluations: EvaluationService, runner: TaskRunner, cohort_id: str,
                 competencies: list[MeasuredCompetency] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self._evaluations = evaluations
        self._cohort_id = cohort_id
        self.setObjectName("instrumentDialog")
        self.setWindowTitle(self.tr("New evaluation instrument"))
        self.setMinimumWidth(480)
        self.kind = QComboBox()
        for value, text in choices(InstrumentKind):
            self.kind.addItem(text, value)
        self.level = QComboBox()
        self.level.addItem(self.tr("— the kind's usual level —"), "")
        for value, text in choices(EvaluationLevel):
            self.level.addItem(text, value)
        self.title_edit = QLineEdit()
        self.given_on = OptionalDateEdit()
        self.max_score = _spin(100.0)
        self.has_pass = QCheckBox(self.tr("Pass mark"))
        self.has_pass.setChecked(True)
        self.pass_mark = _spin(60.0)
        self.has_pass.toggled.connect(self.pass_mark.setEnabled)
        passing = QHBoxLayout()
        passing.addWidget(self.has_pass)
        passing.addWidget(self.pass_mark, 1)
        self.competencies = QListWidget()
        self.competencies.setObjectName("instrumentCompetencies")
        self.competencies.setMaximumHeight(140)
        for comp in competencies or []:
            item = QListWidgetItem(f"{comp.code} {comp.title}".strip())
            item.setData(ID_ROLE, comp.competency_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.competencies.addItem(item)
        self.competency_max = _spin(10.0, 1000.0)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Level:"), self.level)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.given_on)
        form.addRow(self.tr("&Maximum score:"), self.max_score)
        form.addRow("", passing)
        if competencies:
            form.addRow(self.tr("Competencies\n(optional):"), self.competencies)
            form.addRow(self.tr("Each out of:"), self.competency_max)
        self._finish_layout(form)

    def checked_competencies(self) -> list[str]:
        items = [self.competencies.item(i) for i in range(self.competencies.count())]
        return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def value(self) -> InstrumentInput:
        top = self.competency_max.value()
        return InstrumentInput(cohort_id=self._cohort_id, kind=str(self.kind.currentData()),
                               title=self.title_edit.text(), level=str(self.level.currentData() or ""),
                               given_on=self.given_on.date(), max_score=self.max_score.value(),
                               pass_mark=self.pass_mark.value() if self.has_pass.isChecked() else None,
                               competencies=tuple((cid, top) for cid in self.checked_competencies()))

    def _save(self) -> None:
        data = self.value()

        def work() -> InstrumentRow:
            return self._evaluations.create_instrument(data)

        self._store(work, Changes.of(DELIVERY))
