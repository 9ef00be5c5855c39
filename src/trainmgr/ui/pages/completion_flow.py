"""The completion tab's behaviour: load the rules' decisions, the certificate list and the follow-ups
due for the cohort shown; "Apply decisions" asks first, then sets the statuses in the background.
Decisions move with every score and mark, so they are reloaded when the tab is shown again after
a change rather than on each keystroke of the score grid."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from trainmgr.domain.changes import DELIVERY, Changes
from trainmgr.domain.delivery_records import CohortRow
from trainmgr.domain.evaluation_records import CompletionDecision, CompletionOutcome
from trainmgr.services.completion import CompletionService
from trainmgr.ui import confirm
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_date, format_number
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.completion_panel import CompletionPanel


class CompletionFlow(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, completion: CompletionService, runner: TaskRunner, panel: CompletionPanel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._completion, self._runner, self._panel, self._parent = completion, runner, panel, parent
        self._cohort: CohortRow | None = None
        self._programme_id: str | None = None
        self._shown = False
        self._stale = True
        self.today: Callable[[], date] = date.today  # tests may fix the day
        panel.apply_button.clicked.connect(self.apply)
        self._update()

    def show_cohort(self, cohort: CohortRow | None, programme_id: str | None) -> None:
        self._cohort, self._programme_id = cohort, programme_id
        self._stale = True
        self._update()
        if self._shown:
            self.reload()

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        if shown and self._stale:
            self.reload()

    def mark_stale(self) -> None:
        """A score or mark changed: the decisions are recomputed when the tab is next shown."""
        self._stale = True

    def reload(self) -> None:
        self._stale = False
        cohort, pid, today = self._cohort, self._programme_id, self.today()
        if pid:
            self._runner.run(lambda: self._completion.follow_ups_due(pid, today),
                             on_done=self._panel.show_follow_ups)
        else:
            self._panel.show_follow_ups([])
        if cohort is None:
            self._panel.show_decisions([])
            self._panel.show_certificates([])
            return
        cid = cohort.id
        self._runner.run(lambda: self._completion.evaluate(cid, today), on_done=self._show_decisions)
        self._runner.run(lambda: self._completion.certificates(cid), on_done=self._panel.show_certificates)

    def _show_decisions(self, rows: list[CompletionDecision]) -> None:
        self._panel.show_decisions(rows)
        cohort = self._cohort
        if cohort is not None and cohort.end_date is not None and self.today() < cohort.end_date:
            self._panel.rules.setText(self._rules(cohort) + " " + self.tr(
                "Provisional: the cohort runs until {end}.").format(end=format_date(cohort.end_date)))

    def _rules(self, cohort: CohortRow) -> str:
        parts = []
        if cohort.min_attendance_pct is not None:
            parts.append(self.tr("attendance of at least {pct} %").format(pct=format_number(cohort.min_attendance_pct)))
        if cohort.requires_post_test:
            parts.append(self.tr("a post-test passed"))
        if not parts:
            return self.tr("This cohort has no completion rule.")
        return self.tr("To complete: {rules}.").format(rules=self.tr(" and ").join(parts))

    def _update(self) -> None:
        cohort = self._cohort
        self._panel.apply_button.setEnabled(cohort is not None)
        self._panel.rules.setText(self._rules(cohort) if cohort else self.tr("Select a cohort."))

    def apply(self) -> None:
        cohort = self._cohort
        if cohort is None:
            return
        if not confirm.ask(self._parent, self.tr("Apply completion decisions"), self.tr(
                "Set the decided trainees of “{name}” to completed or failed, and schedule the follow-up "
                "observations of those who completed? Pending trainees stay enrolled.").format(name=cohort.name)):
            return
        cid, today = cohort.id, self.today()
        self._panel.apply_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self._update()
            show_error(self._parent, exc)

        self._runner.run(lambda: self._completion.apply(cid, today), on_done=self._applied, on_error=failed,
                         changes=Changes.of(DELIVERY))

    def _applied(self, outcome: CompletionOutcome) -> None:
        self._update()
        self.message.emit(self.tr("{completed} completed, {failed} failed, {pending} pending, {unchanged} unchanged; "
                                  "{follow} follow-ups scheduled.").format(
            completed=outcome.completed, failed=outcome.failed, pending=outcome.pending,
            unchanged=outcome.unchanged, follow=outcome.follow_ups_created))
        self.reload()
