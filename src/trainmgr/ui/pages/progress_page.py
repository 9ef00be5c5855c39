"""Progress: is the host force getting more capable, who is progressing, where is training not working?

One chart per figure of the analytics service (unit capability, pre/post scores and gains,
attendance, trainees trained, completion funnel), each with the same numbers in a table beside it.
Every filter change recomputes the whole dashboard off the GUI thread; a newer filter supersedes a
computation still running (it is cancelled and its result ignored). The charts keep their plot items:
a refresh updates them in place."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from trainmgr.domain.analytics_records import BY_RANK, BY_SEX, BY_UNIT, Dashboard, FilterOptions
from trainmgr.domain.changes import ASSESSMENTS, DELIVERY, FINDINGS, FRAMEWORK, PEOPLE, PROGRAMMES, SYNC, UNITS
from trainmgr.domain.records import ProgrammeRow
from trainmgr.errors import Cancelled
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.analytics.facts import PREPARING
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.charts.chart_panel import ChartPanel
from trainmgr.ui.charts.series import Figure
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_number
from trainmgr.ui.pages import progress_figures, progress_people
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.cohorts_page import ATTENDANCE
from trainmgr.ui.pages.evaluations_page import SCORES
from trainmgr.ui.pages.progress_filters import ProgressFilterBar
from trainmgr.ui.tasks import TaskHandle, TaskRunner
from trainmgr.ui.widgets.combos import compact, refill

FILTER_DELAY_MS = 200  # typing a date or stepping through a combo computes once, at the end
OVERALL = "__overall__"


class ProgressPage(Page):
    topics = (PROGRAMMES, UNITS, FRAMEWORK, PEOPLE, DELIVERY, ASSESSMENTS, FINDINGS, SYNC, ATTENDANCE, SCORES)

    def __init__(self, programmes: ProgrammeService, analytics: AnalyticsService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._programmes, self._analytics, self._runner = programmes, analytics, runner
        self._pending: TaskHandle | None = None
        self._generation = 0
        self.dashboard: Dashboard | None = None
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Progress")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("progressPage")
        self.filters = ProgressFilterBar()
        self.status = QLabel()
        self.status.setObjectName("progressStatus")
        self.status.setStyleSheet("QLabel { color: #505050; }")
        self.capability = ChartPanel(self.tr("Unit capability per competency: baseline, latest, required"),
                                     "category")
        self.gains = ChartPanel(self.tr("Pre/post mean score and gain per competency"), "category")
        self.distribution = ChartPanel(self.tr("Score distribution, pre-test and post-test"), "category")
        self.attendance = ChartPanel(self.tr("Attendance rate per session and per month"), "date")
        self.trained = ChartPanel(self.tr("Trainees trained (cumulative)"), "date")
        self.funnel = ChartPanel(self.tr("Completion funnel"), "category")
        self.competency = compact(QComboBox(), 24)
        self.competency.setObjectName("distributionCompetency")
        self.area = compact(QComboBox(), 24)
        self.area.setObjectName("capabilityArea")
        self.capability.add_tool(QLabel(self.tr("Capabilit&y area:")), self.area)
        self.dimension = QComboBox()
        self.dimension.setObjectName("trainedDimension")
        for key, label in ((BY_SEX, self.tr("Sex")), (BY_UNIT, self.tr("Unit")), (BY_RANK, self.tr("Rank"))):
            self.dimension.addItem(label, key)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("progressTabs")
        self.tabs.addTab(self.capability, self.tr("Capab&ility"))
        self.tabs.addTab(self.gains, self.tr("Pr&e/post gain"))
        self.distribution.add_tool(QLabel(self.tr("Competenc&y:")), self.competency)
        self.tabs.addTab(self.distribution, self.tr("Score &distribution"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.trained.add_tool(QLabel(self.tr("&Group by:")), self.dimension)
        self.tabs.addTab(self.trained, self.tr("Trai&ned"))
        self.tabs.addTab(self.funnel, self.tr("Funne&l"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)

    def panels(self) -> dict[str, ChartPanel]:
        return {"capability": self.capability, "gains": self.gains, "distribution": self.distribution,
                "attendance": self.attendance, "trained": self.trained, "funnel": self.funnel}

    def _connect(self) -> None:
        self.filters.programme_changed.connect(self._load_options)
        self.filters.changed.connect(self._debounce.start)
        self._debounce.timeout.connect(self.recompute)
        self.competency.currentIndexChanged.connect(lambda _i: self._show_distribution())
        self.area.currentIndexChanged.connect(lambda _i: self._show_capability())
        self.dimension.currentIndexChanged.connect(lambda _i: self._show_trained())
        for panel in self.panels().values():
            panel.exported.connect(
                lambda path: self.status_message.emit(self.tr("Chart saved to {path}.").format(path=path)))

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        self.filters.blockSignals(True)
        self.filters.set_programmes(rows)
        self.filters.blockSignals(False)
        self._load_options()

    def _load_options(self) -> None:
        pid = self.filters.programme_id()
        if pid is None:
            self.filters.set_options(None)
            self._show(None)
            self.status.setText(self.tr("No programme yet: create one on the Programmes page first."))
            return
        self._runner.run(lambda: self._analytics.filter_options(pid), on_done=self._show_options)

    def _show_options(self, options: FilterOptions) -> None:
        self.filters.blockSignals(True)
        self.filters.set_options(options)
        self.filters.blockSignals(False)
        self.recompute()

    def recompute(self) -> None:
        """Compute every figure under the current filter; a computation still running is superseded."""
        self._debounce.stop()
        if self._pending is not None and self._pending.pending:
            self._pending.cancel()
        self._generation += 1
        generation, flt = self._generation, self.filters.current()
        problem = self.filters.period_error()
        if flt.programme_id is None or problem:
            self._pending = None
            self.status.setText(problem)
            return
        self.status.setText(self.tr("Computing…"))
        started = time.monotonic()

        def compute(progress: ProgressFn, cancel: CancelToken) -> Dashboard:
            return self._analytics.dashboard(flt, progress, cancel)

        self._pending = self._runner.run(
            compute, on_done=lambda result: self._computed(generation, started, result),
            on_error=lambda exc: self._failed(generation, exc),
            on_progress=lambda done, total, message: self._progressed(generation, done, total, message))

    def busy(self) -> bool:
        return self._pending is not None and self._pending.pending

    def _computed(self, generation: int, started: float, dashboard: Dashboard) -> None:
        if generation != self._generation:
            return  # a newer filter is being computed
        self._show(dashboard)
        self.status.setText(self.tr("Computed in {ms} ms.").format(ms=round(1000 * (time.monotonic() - started))))

    def _progressed(self, generation: int, done: int, total: int, message: str) -> None:
        if generation == self._generation and message == PREPARING:  # the first time after an import: seconds
            self.status.setText(self.tr("Preparing the figures after recent changes: {done} of {total} cohorts…")
                                .format(done=format_number(done, 0), total=format_number(total, 0)))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, Cancelled):
            return
        self.status.setText(self.tr("The figures could not be computed."))
        show_error(self, exc)

    # --- showing -------------------------------------------------------------------------------
    def _show(self, dashboard: Dashboard | None) -> None:
        self.dashboard = dashboard
        if dashboard is None:
            for panel in self.panels().values():
                panel.show_figure(Figure())
            return
        refill(self.area, [(self.tr("All areas"), ""), *((a, a) for a in progress_figures.areas(
            dashboard.capability))])
        self._show_capability()
        self.gains.show_figure(progress_figures.gains(dashboard.scores))
        self._fill_competencies()
        self._show_distribution()
        self.attendance.show_figure(progress_people.attendance(dashboard.attendance))
        self._show_trained()
        self.funnel.show_figure(progress_people.funnel(dashboard.funnel))

    def _fill_competencies(self) -> None:
        assert self.dashboard is not None
        refill(self.competency, [
            (f"{row.code} — {row.title}" if row.code else self.tr("Overall score"), row.competency_id or OVERALL)
            for row in self.dashboard.scores.gains])

    def _show_capability(self) -> None:
        if self.dashboard is not None:
            area = self.area.currentData()
            self.capability.show_figure(progress_figures.capability(self.dashboard.capability, area or None))

    def _show_distribution(self) -> None:
        if self.dashboard is None:
            return
        key = self.competency.currentData()
        competency_id = None if key in (None, OVERALL) else str(key)
        self.distribution.show_figure(progress_figures.distribution(self.dashboard.scores, competency_id))

    def _show_trained(self) -> None:
        if self.dashboard is not None:
            self.trained.show_figure(progress_people.trained(self.dashboard.trained, str(self.dimension.currentData())))
