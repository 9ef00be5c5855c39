"""Needs assessments of a programme's host units: list a unit's assessments, create one, record its
findings in the keyboard grid (each edit saved in the background), validate, sign, amend, compare
repeated assessments, and read the ranked gaps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import AssessmentRow, Comparison, FindingRow, GapRow
from trainmgr.domain.changes import FRAMEWORK, PROGRAMMES, UNITS, Changes
from trainmgr.domain.enums import AssessmentStatus
from trainmgr.domain.records import FrameworkRow, ProgrammeRow, UnitRow
from trainmgr.services.assessments import AssessmentService
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.gaps import GapService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.units import UnitService
from trainmgr.ui.assessment_labels import ASSESSMENTS, FINDINGS
from trainmgr.ui.dialogs.assessment_dialog import AssessmentDialog
from trainmgr.ui.dialogs.compare_dialog import CompareDialog
from trainmgr.ui.dialogs.sign_dialog import sign_dialog
from trainmgr.ui.dialogs.unit_dialog import paths
from trainmgr.ui.errors import show_error
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages.base import Page
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.assessment_list import AssessmentList
from trainmgr.ui.widgets.assessment_panel import AssessmentPanel
from trainmgr.ui.widgets.combos import combo_id, compact, refill, refill_programmes


class AssessmentsPage(Page):
    topics = (PROGRAMMES, UNITS, FRAMEWORK, ASSESSMENTS)

    def __init__(self, programmes: ProgrammeService, units: UnitService, frameworks: FrameworkService,
                 assessments: AssessmentService, gaps: GapService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes, self._units, self._frameworks = programmes, units, frameworks
        self._assessments, self._gaps, self._runner = assessments, gaps, runner
        self._units_rows: list[UnitRow] = []
        self._framework_rows: list[FrameworkRow] = []
        self._open_id: str | None = None  # the assessment in the grid
        self._saving = 0  # finding saves not yet done
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Assessments")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("assessmentsPage")
        self.programme, self.unit = QComboBox(), QComboBox()
        compact(self.programme)
        compact(self.unit)
        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.list = AssessmentList()
        self.panel = AssessmentPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 870])
        top = QHBoxLayout()
        for label, combo in ((self.tr("Programme:"), self.programme), (self.tr("Unit:"), self.unit)):
            top.addWidget(QLabel(label))
            top.addWidget(combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_units())
        self.unit.currentIndexChanged.connect(lambda _i: self._load_assessments())
        self.list.currentItemChanged.connect(lambda _c, _p: self._open(self.selected_id()))
        self.new_button.clicked.connect(self.new_assessment)
        self.compare_button.clicked.connect(self.compare)
        panel = self.panel
        panel.area.currentIndexChanged.connect(lambda _i: panel.model.set_area(panel.area.currentData()))
        panel.model.edit_requested.connect(self._save_finding)
        panel.grid.hint.connect(self.status_message)
        panel.validate_button.clicked.connect(lambda: self._set_status(AssessmentStatus.VALIDATED.value))
        panel.sign_button.clicked.connect(self.ask_signer)
        panel.amend_button.clicked.connect(self._amend)
        panel.currentChanged.connect(lambda _i: self._load_gaps())
        panel.gaps.whole_programme.toggled.connect(lambda _on: self._load_gaps())

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(lambda: (self._programmes.list(), self._frameworks.list()), on_done=self._show_programmes)

    def _show_programmes(self, result: tuple[list[ProgrammeRow], list[FrameworkRow]]) -> None:
        rows, self._framework_rows = result
        refill_programmes(self.programme, rows)
        self._load_units()

    def programme_id(self) -> str | None:
        return combo_id(self.programme)

    def unit_id(self) -> str | None:
        return combo_id(self.unit)

    def _load_units(self) -> None:
        pid = self.programme_id()
        self._runner.run(lambda: self._units.list(pid) if pid else [], on_done=self._show_units)

    def _show_units(self, rows: list[UnitRow]) -> None:
        self._units_rows = rows
        refill(self.unit, [(label, uid) for uid, label in paths(rows).items()])
        self._load_assessments()

    def _load_assessments(self) -> None:
        uid = self.unit_id()
        self._runner.run(lambda: self._assessments.list_for_unit(uid) if uid else [], on_done=self._show_assessments)

    def _show_assessments(self, rows: list[AssessmentRow]) -> None:
        self.list.show_rows(rows, self._open_id)  # the one open before, else the latest
        self._open_id = None
        self._open(self.selected_id())
        self._load_gaps()

    def selected_id(self) -> str | None:
        return self.list.selected_id()

    def selected(self) -> AssessmentRow | None:
        return self.list.selected()

    def _open(self, assessment_id: str | None) -> None:
        self._update_buttons()
        row = self.selected()
        if assessment_id is None or row is None:
            self._open_id = None
            self.panel.show_assessment(None)
            self.panel.model.set_rows([], read_only=True)
            return
        self._open_id = assessment_id
        self._runner.run(lambda: self._assessments.findings(assessment_id),
                         on_done=lambda findings: self._show_findings(row, findings))

    def _show_findings(self, row: AssessmentRow, findings: list[FindingRow]) -> None:
        if row.id != self._open_id:
            return  # another assessment was opened meanwhile
        model, grid = self.panel.model, self.panel.grid
        same = model.rowCount() > 0 and model.row_at(0).assessment_id == row.id  # a reload: keep the cursor
        cursor = (grid.currentIndex().row(), grid.currentIndex().column()) if same else (0, 2)
        self.panel.show_assessment(row)
        model.set_rows(findings, read_only=row.read_only)
        self.panel.show_areas(model.areas(), self.panel.area.currentData())
        grid.setCurrentIndex(model.index(max(cursor[0], 0), max(cursor[1], 0)))

    def _load_gaps(self) -> None:
        pid, uid = self.programme_id(), self.unit_id()
        if self.panel.currentWidget() is not self.panel.gaps or pid is None:
            return
        if self.panel.gaps.whole_programme.isChecked():
            uid = None
        self._runner.run(lambda: (self._gaps.ranked(pid, uid), self._gaps.non_trainable(pid, uid)),
                         on_done=self._show_gaps)

    def _show_gaps(self, result: tuple[list[GapRow], list[GapRow]]) -> None:
        self.panel.gaps.show_gaps(*result)

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self.unit_id() is not None)
        self.compare_button.setEnabled(len(self.list.rows()) >= 2)

    def can_close(self) -> bool:
        """Every typed level is saved in the background: let the saves still queued finish first."""
        if self._saving:
            self._runner.wait_idle(10_000)
        return True

    # --- editing -------------------------------------------------------------------------------
    def new_assessment(self) -> AssessmentDialog | None:
        pid = self.programme_id()
        if pid is None:
            return None
        dialog = AssessmentDialog(self._assessments, self._runner, pid, self._units_rows, self._framework_rows,
                                  self.unit_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, row: AssessmentRow) -> None:
        self._open_id = row.id  # the reload that follows selects it
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit_id), 0))
        self.status_message.emit(self.tr("Assessment created: type the levels in the grid."))

    def _save_finding(self, competency_id: str, field: str, value: Any, old: Any) -> None:
        assessment_id, model = self._open_id, self.panel.model
        if assessment_id is None:
            return

        def saved(row: FindingRow) -> None:
            self._saving -= 1
            if self._open_id == assessment_id:
                model.apply_saved(row, field)

        def failed(exc: BaseException) -> None:
            self._saving -= 1
            model.revert(competency_id, field, old)
            show_error(self, exc)

        self._saving += 1
        self._runner.run(lambda: self._assessments.set_finding(assessment_id, competency_id, **{field: value}),
                         on_done=saved, on_error=failed, changes=Changes.of(FINDINGS))

    def ask_signer(self) -> QInputDialog:
        row = self.selected()
        dialog = sign_dialog(self, row.host_counterparts.split(",")[0].strip() if row else "")
        dialog.textValueSelected.connect(lambda name: self._set_status(AssessmentStatus.SIGNED.value, name))
        dialog.open()
        return dialog

    def _set_status(self, status: str, signed_by: str = "") -> None:
        row = self.selected()
        if row is None:
            return
        self._runner.run(lambda: self._assessments.set_status(row.id, status, signed_by),
                         on_done=lambda r: self.status_message.emit(self.tr("The assessment is now {status}.").format(
                             status=enum_label(AssessmentStatus, r.status).lower())),
                         on_error=lambda exc: show_error(self, exc), changes=Changes.of(ASSESSMENTS))

    def _amend(self) -> None:
        row = self.selected()
        if row is None:
            return

        def amended(new: AssessmentRow) -> None:
            self._open_id = new.id
            self.status_message.emit(self.tr("Version {n} created: edit it in the grid.").format(n=new.version))

        self._runner.run(lambda: self._assessments.amend(row.id), on_done=amended,
                         on_error=lambda exc: show_error(self, exc), changes=Changes.of(ASSESSMENTS))

    def compare(self) -> None:
        ids = [r.id for r in self.list.rows()]
        unit = self.unit.currentText()

        def show(comparison: Comparison) -> None:
            dialog = CompareDialog(comparison, unit, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self._runner.run(lambda: self._assessments.compare(ids), on_done=show,
                         on_error=lambda exc: show_error(self, exc))

