"""Progress analytics (issue 6): the one query layer behind the Progress page and the Excel reports.

Every figure is computed by SQL aggregation (GROUP BY in the database, not loops over rows) under
one `AnalyticsFilter`, and returned as the row-level records of domain/analytics_records.py. The
people figures read narrow derived tables (facts.py) that are brought up to date — the cohorts
changed since the last read are rebuilt — before each read, so a figure is never stale.
Tombstoned rows are left out everywhere. What the filter means for each figure, and the rules each
follows, are in the figure's module: capability.py, scores.py, attendance.py, trained.py, funnel.py,
trainee_progress.py (filters.py turns the filter into SQL).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.domain.analytics_records import (
    AnalyticsFilter,
    AttendanceFigure,
    CapabilityFigure,
    Dashboard,
    FilterOptions,
    FunnelFigure,
    ScoreFigure,
    TrainedFigure,
    TraineeProgress,
)
from trainmgr.services.analytics import attendance as _attendance
from trainmgr.services.analytics import capability as _capability
from trainmgr.services.analytics import facts as _facts
from trainmgr.services.analytics import funnel as _funnel
from trainmgr.services.analytics import options as _options
from trainmgr.services.analytics import scores as _scores
from trainmgr.services.analytics import trained as _trained
from trainmgr.services.analytics import trainee_progress as _progress
from trainmgr.services.analytics.filters import check_filter
from trainmgr.services.analytics.interrupt import interruptible
from trainmgr.services.evaluations import EvaluationService
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress
from trainmgr.services.units import UnitService

T = TypeVar("T")


class AnalyticsService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._units = UnitService(db)
        self._evaluations = EvaluationService(db)

    def _run(self, flt: AnalyticsFilter, figure: Callable[[Session, AnalyticsFilter], T]) -> T:
        check_filter(flt)
        _facts.bring_up_to_date(self._db)
        with self._db.read() as s:
            return figure(s, flt)

    def filter_options(self, programme_id: str) -> FilterOptions:
        """Units (tree order), cohorts, ranks and competencies of a programme for the filter bar, and
        the first and last dates with data (defaults for the period)."""
        units = self._units.list(programme_id)
        with self._db.read() as s:
            return _options.filter_options(s, programme_id, units)

    def capability(self, flt: AnalyticsFilter) -> CapabilityFigure:
        """Unit capability per competency: baseline vs latest vs required level (see capability.py)."""
        return self._run(flt, _capability.capability)

    def scores(self, flt: AnalyticsFilter) -> ScoreFigure:
        """Pre/post score distributions and gains per competency (see scores.py)."""
        return self._run(flt, _scores.scores)

    def trainee_progress(self, person_id: str, date_from: date | None = None,
                         date_to: date | None = None) -> TraineeProgress:
        """One trainee's level per competency over time: tests, observations, their unit's assessments
        (see trainee_progress.py). Raises NotFoundError for an unknown or deleted person."""
        check_filter(AnalyticsFilter(date_from=date_from, date_to=date_to))
        series = self._evaluations.trainee_progress(person_id)
        with self._db.read() as s:
            return _progress.trainee_progress(s, person_id, series, date_from, date_to)

    def attendance(self, flt: AnalyticsFilter) -> AttendanceFigure:
        """Attendance rate per session, per cohort and per month (see attendance.py)."""
        return self._run(flt, _attendance.attendance)

    def trained(self, flt: AnalyticsFilter) -> TrainedFigure:
        """Trainees trained over time, cumulative by month, by sex, unit and rank (see trained.py)."""
        return self._run(flt, _trained.trained)

    def funnel(self, flt: AnalyticsFilter) -> FunnelFigure:
        """Completion funnel: nominated → enrolled → attended enough → passed → followed up (see funnel.py)."""
        return self._run(flt, _funnel.funnel)

    def dashboard(self, flt: AnalyticsFilter, progress: ProgressFn = no_progress,
                  cancel: CancelToken = NEVER) -> Dashboard:
        """Every figure under one filter, in one read transaction (one consistent snapshot): what the
        Progress page recomputes after a filter change. `cancel` stops it between figures and also
        inside a long statement (see interrupt.py), raising Cancelled."""
        check_filter(flt)
        _facts.bring_up_to_date(self._db, progress, cancel)  # after an import: every cohort it touched
        steps = (("Capability", _capability.capability), ("Scores", _scores.scores),
                 ("Attendance", _attendance.attendance), ("Trainees trained", _trained.trained),
                 ("Completion funnel", _funnel.funnel))
        out = []
        with self._db.read() as s, interruptible(s, cancel):
            for done, (label, figure) in enumerate(steps):
                cancel.check()
                progress(done, len(steps), label)
                out.append(figure(s, flt))
        progress(len(steps), len(steps), "Done")
        capability, scores, attendance, trained, funnel = out
        return Dashboard(flt, capability, scores, attendance, trained, funnel)  # type: ignore[arg-type]


__all__ = ["AnalyticsService"]
