"""A trainee's own progress: their level on each competency over time, whatever measured it (tests,
observations, their unit's assessments), on one 0–100 % axis, with the same points in a table.

Opened from the Trainees page: `open_trainee_progress(analytics, runner, person_id, parent)`."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from trainmgr.domain.analytics_records import (
    SOURCE_OBSERVATION,
    SOURCE_TEST,
    SOURCE_UNIT_ASSESSMENT,
    ProgressPoint,
    TraineeProgress,
)
from trainmgr.errors import Cancelled
from trainmgr.services.analytics import AnalyticsService
from trainmgr.ui.charts import palette
from trainmgr.ui.charts.chart_panel import ChartPanel
from trainmgr.ui.charts.series import Figure, Line, Table, date_x
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_number
from trainmgr.ui.pages import progress_format as f
from trainmgr.ui.pages.progress_format import translate
from trainmgr.ui.tasks import TaskRunner


def source_label(source: str) -> str:
    labels = {SOURCE_TEST: translate("Progress", "Test"),
              SOURCE_OBSERVATION: translate("Progress", "Observation"),
              SOURCE_UNIT_ASSESSMENT: translate("Progress", "Unit assessment")}
    return labels.get(source, source)


def trainee_figure(progress: TraineeProgress) -> Figure:
    """One line per competency through all its measurements (the read-out and the table say what
    measured each point)."""
    by_code: dict[str, list[ProgressPoint]] = defaultdict(list)
    for p in progress.points:
        by_code[p.code or translate("Progress", "Overall")].append(p)
    series = [Line(f"competency:{code}", code, palette.series_colour(i), [date_x(p.on) for p in pts],
                   [p.value_pct for p in pts], [point_text(p) for p in pts], symbol_size=9)
              for i, (code, pts) in enumerate(sorted(by_code.items()))]
    headers = (translate("Progress", "Date"), translate("Progress", "Code"), translate("Progress", "Competency"),
               translate("Progress", "Measured by"), translate("Progress", "Instrument or assessment"),
               translate("Progress", "Value"))
    rows = [(f.day(p.on), f.text(p.code or translate("Progress", "Overall")), f.text(p.title),
             f.text(source_label(p.source)), f.text(p.label), f.num(point_value(p), p.value_pct))
            for p in progress.points]
    note = translate("Progress", "Tests and observations as % of their maximum score; a unit assessment (of the "
                                 "trainee's unit) as its level ÷ 5.")
    return Figure(series, Table(headers, rows, numeric=(5,)), note=note,
                  y_label=translate("Progress", "% of maximum"), y_range=(0, 100))


def point_value(p: ProgressPoint) -> str:
    if p.level is not None:
        return translate("Progress", "level {level} ({value})").format(level=p.level, value=f.pct(p.value_pct))
    if p.score is not None and p.max_score:
        return translate("Progress", "{score} of {max} ({value})").format(
            score=format_number(p.score), max=format_number(p.max_score), value=f.pct(p.value_pct))
    return f.pct(p.value_pct)


def point_text(p: ProgressPoint) -> str:
    return translate("Progress", "{label} ({source}): {value}").format(
        label=p.label, source=source_label(p.source), value=point_value(p))


class TraineeProgressDialog(QDialog):
    def __init__(self, analytics: AnalyticsService, runner: TaskRunner, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._analytics, self._runner, self._person_id = analytics, runner, person_id
        self.progress: TraineeProgress | None = None
        self.setObjectName("traineeProgressDialog")
        self.setWindowTitle(self.tr("Trainee progress"))
        self.resize(1100, 640)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("traineeProgressHeading")
        self.heading.setStyleSheet("QLabel { font-size: 12pt; font-weight: bold; }")
        self.panel = ChartPanel(self.tr("Level per competency over time"), "date")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        pid = self._person_id
        self._runner.run(lambda: self._analytics.trainee_progress(pid), on_done=self._show, on_error=self._failed,
                         parent=self)

    def _show(self, progress: TraineeProgress) -> None:
        self.progress = progress
        self.heading.setText(self.tr("{name} — {unit}").format(name=progress.display_name, unit=progress.unit_name)
                             if progress.unit_name else progress.display_name)
        self.setWindowTitle(self.tr("Progress of {name}").format(name=progress.display_name))
        self.panel.show_figure(trainee_figure(progress))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        self.heading.setText(self.tr("The progress could not be read."))
        show_error(self, exc)


def open_trainee_progress(analytics: AnalyticsService, runner: TaskRunner, person_id: str,
                          parent: QWidget | None = None) -> TraineeProgressDialog:
    """Open (not modal) a trainee's progress view; it deletes itself when closed."""
    dialog = TraineeProgressDialog(analytics, runner, person_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
