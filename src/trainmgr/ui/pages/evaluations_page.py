"""Evaluations of a cohort: its instruments (pre-test, post-test, checklist...), the keyboard score
grid of the selected instrument (each score saved in the background; a score the service refuses is
reverted with its message), and completion: the rules' decision per trainee, applying it, the
certificate list and the follow-up observations due."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import CurriculumDetail
from trainmgr.domain.changes import DELIVERY, PEOPLE, PROGRAMMES, Changes
from trainmgr.domain.delivery_records import CohortRow
from trainmgr.domain.enums import EvaluationLevel, InstrumentKind
from trainmgr.domain.evaluation_records import InstrumentRow, MeasuredCompetency, ScoreCell, ScoreGrid
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.cohorts import CohortService
from trainmgr.services.completion import CompletionService
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.evaluations import EvaluationService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.ui.dialogs.instrument_dialog import InstrumentDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_date, format_number
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.cohorts_page import ATTENDANCE
from trainmgr.ui.pages.completion_flow import CompletionFlow
from trainmgr.ui.printing.paper_sheets import PaperSheets
from trainmgr.ui.table_models.score_model import ScoreTableModel
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.combos import combo_id, compact, refill, refill_programmes
from trainmgr.ui.widgets.completion_panel import CompletionPanel, fill, read_only_table
from trainmgr.ui.widgets.score_grid import ScoreGrid as ScoreGridView

SCORES = "scores"  # a score changed: announced apart, so the grid being typed is not reloaded


class EvaluationsPage(Page):
    topics = (PROGRAMMES, PEOPLE, DELIVERY)

    def __init__(self, programmes: ProgrammeService, cohorts: CohortService, evaluations: EvaluationService,
                 completion: CompletionService, runner: TaskRunner, curricula: CurriculumService | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes, self._cohorts, self._evaluations = programmes, cohorts, evaluations
        self._curricula, self._runner = curricula, runner
        self._cohort_rows: list[CohortRow] = []
        self._instruments: list[InstrumentRow] = []
        self._competencies: list[MeasuredCompetency] = []
        self._grid_of: str | None = None  # the instrument whose grid is shown
        self._select_next: str | None = None  # an instrument just created
        self._saving = 0
        self._build()
        self.completion = CompletionFlow(completion, runner, self.completion_panel, self)
        self._connect()

    def on_changed(self, changes: Changes) -> None:
        """Marks and scores are announced apart (the grid being typed is not reloaded), but the
        completion decisions depend on them."""
        if changes.touches(ATTENDANCE, SCORES):
            self.completion.mark_stale()
            self.completion.set_shown(self.isVisible() and self.tabs.currentWidget() is self.completion_panel)
        super().on_changed(changes)

    def title(self) -> str:
        return self.tr("Evaluations")

    def _build(self) -> None:
        self.setObjectName("evaluationsPage")
        self.programme, self.cohort = compact(QComboBox()), compact(QComboBox(), 14)
        self.new_button = QPushButton(self.tr("&New instrument…"))
        self.print_button = QPushButton(self.tr("&Print score sheet…"))
        self.print_button.setToolTip(self.tr("A PDF of the selected instrument's grid to fill by hand, in its order"))
        self.print_button.setEnabled(False)
        self.paper = PaperSheets(self._runner, self)
        self.instruments = read_only_table("instrumentList", [
            self.tr("Kind"), self.tr("Level"), self.tr("Title"), self.tr("Date"), self.tr("Max"),
            self.tr("Pass mark"), self.tr("Scores")])
        header = self.instruments.horizontalHeader()  # the title takes the room, not the last column
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.score_model = ScoreTableModel(self)
        self.grid = ScoreGridView(self.score_model)
        self.grid_label = QLabel(self.tr("Select an instrument to enter its scores."))
        self.grid_label.setWordWrap(True)
        self.completion_panel = CompletionPanel()
        top = QHBoxLayout()
        for label, combo in ((self.tr("Programme:"), self.programme), (self.tr("Cohort:"), self.cohort)):
            top.addWidget(QLabel(label))
            top.addWidget(combo, 1)
        upper, lower = QWidget(), QWidget()
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        for box in (upper_layout, lower_layout):
            box.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.instruments, 1)
        lower_layout.addWidget(self.grid_label)
        lower_layout.addWidget(self.grid, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([150, 470])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("&Instruments and scores"))
        self.tabs.addTab(self.completion_panel, self.tr("C&ompletion"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.programme.currentIndexChanged.connect(lambda _i: self._load_cohorts())
        self.cohort.currentIndexChanged.connect(lambda _i: self._load_cohort())
        self.instruments.itemSelectionChanged.connect(self._load_grid)
        self.new_button.clicked.connect(self.open_new_instrument)
        self.print_button.clicked.connect(self.print_score_sheet)
        self.paper.message.connect(self.status_message)
        self.score_model.score_requested.connect(self._save_score)
        self.grid.hint.connect(self.status_message)
        self.completion.message.connect(self.status_message)
        self.tabs.currentChanged.connect(lambda _i: self.completion.set_shown(self.tabs.currentWidget()
                                                                              is self.completion_panel))

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_cohorts()

    def _load_cohorts(self) -> None:
        pid = combo_id(self.programme)
        self._runner.run(lambda: self._cohorts.list(pid) if pid else [], on_done=self._show_cohorts)

    def _show_cohorts(self, rows: list[CohortRow]) -> None:
        self._cohort_rows = rows
        refill(self.cohort, [(r.name, r.id) for r in rows])
        self._load_cohort()

    def cohort_id(self) -> str | None:
        return combo_id(self.cohort)

    def _load_cohort(self) -> None:
        cohort = next((c for c in self._cohort_rows if c.id == self.cohort_id()), None)
        self.new_button.setEnabled(cohort is not None)
        self.completion.show_cohort(cohort, combo_id(self.programme))
        if cohort is None:
            self._show_instruments([])
            return
        cid, cur = cohort.id, cohort.curriculum_id
        self._runner.run(lambda: self._evaluations.list_instruments(cid), on_done=self._show_instruments)
        if self._curricula is not None:
            curricula = self._curricula
            self._runner.run(lambda: curricula.get(cur) if cur else None, on_done=self._show_curriculum)

    def _show_curriculum(self, detail: CurriculumDetail | None) -> None:
        seen: dict[str, MeasuredCompetency] = {}
        for module in detail.modules if detail else ():
            for t in module.targets:
                seen.setdefault(t.competency_id, MeasuredCompetency(t.competency_id, t.code, t.title, 0.0))
        self._competencies = sorted(seen.values(), key=lambda c: c.code)

    def _show_instruments(self, rows: list[InstrumentRow]) -> None:
        keep, self._select_next = self._select_next or self.instrument_id() or self._grid_of, None
        self._instruments = rows
        self.instruments.blockSignals(True)
        fill(self.instruments, [[enum_label(InstrumentKind, r.kind), enum_label(EvaluationLevel, r.level), r.title,
                                 format_date(r.given_on), format_number(r.max_score),
                                 "" if r.pass_mark is None else format_number(r.pass_mark), str(r.results)]
                                for r in rows])
        self.instruments.blockSignals(False)
        ids = [r.id for r in rows]
        if keep in ids:
            self.instruments.selectRow(ids.index(keep))
        self._load_grid()

    def instrument_id(self) -> str | None:
        selected = self.instruments.selectionModel().selectedRows()
        row = selected[0].row() if selected else -1
        return self._instruments[row].id if 0 <= row < len(self._instruments) else None

    def _load_grid(self) -> None:
        iid = self.instrument_id()
        self.print_button.setEnabled(iid is not None)
        if iid is None:
            self._grid_of = None
            self.score_model.set_grid(None)
            self.grid_label.setText(self.tr("Select an instrument to enter its scores."))
            return
        self._runner.run(lambda: self._evaluations.score_grid(iid), on_done=self._show_grid)

    def _show_grid(self, grid: ScoreGrid) -> None:
        inst = grid.instrument
        if inst.id != self.instrument_id():
            return  # another instrument was selected meanwhile
        current = self.grid.currentIndex() if inst.id == self._grid_of else None
        self._grid_of = inst.id
        self.score_model.set_grid(grid)
        if grid.rows:
            row, column = (current.row(), current.column()) if current and current.isValid() else (0, 2)
            self.grid.setCurrentIndex(self.score_model.index(min(row, len(grid.rows) - 1), column))
        hint = (self.tr("type G (GO) or N (NO-GO), optionally a score; Enter moves down")
                if self.score_model.is_checklist() else self.tr("type a score and Enter; the cursor moves down"))
        self.grid_label.setText(f"<b>{inst.title}</b> — {enum_label(InstrumentKind, inst.kind)}: {hint}")

    def can_close(self) -> bool:
        """Every score is saved in the background: let the saves still queued finish first."""
        if self._saving:
            self._runner.wait_idle(10_000)
        return True

    # --- editing -------------------------------------------------------------------------------
    def print_score_sheet(self) -> None:
        iid = self.instrument_id()
        inst = next((r for r in self._instruments if r.id == iid), None)
        if inst is not None:
            self.paper.print_scores(self._evaluations, inst.id, inst.title, self.programme.currentText(),
                                    self.cohort.currentText())

    def open_new_instrument(self) -> InstrumentDialog | None:
        cid = self.cohort_id()
        if cid is None:
            return None
        dialog = InstrumentDialog(self._evaluations, self._runner, cid, list(self._competencies), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, row: InstrumentRow) -> None:
        self._select_next = row.id  # the reload that follows (DELIVERY changed) selects it
        self.status_message.emit(self.tr("Instrument “{title}” created.").format(title=row.title))

    def _save_score(self, person_id: str, competency_id: str | None, new: ScoreCell, old: ScoreCell) -> None:
        instrument_id, model = self._grid_of, self.score_model
        if instrument_id is None:
            return

        def saved(cell: ScoreCell) -> None:
            self._saving -= 1
            if self._grid_of == instrument_id:
                model.apply_saved(person_id, cell)

        def failed(exc: BaseException) -> None:
            self._saving -= 1
            if self._grid_of == instrument_id:
                model.revert(person_id, old)
            show_error(self, exc)

        def work() -> ScoreCell:
            return self._evaluations.set_score(instrument_id, person_id, competency_id, new.score, new.passed,
                                               comment=old.comment)

        self._saving += 1
        self._runner.run(work, on_done=saved, on_error=failed, changes=Changes.of(SCORES))
        self.completion.mark_stale()
