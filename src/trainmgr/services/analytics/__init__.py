"""Progress analytics (issue 6): the one query layer behind the Progress page and the Excel reports.

Every figure is computed by SQL aggregation (GROUP BY in the database, not loops over rows) under
one `AnalyticsFilter`, and returned as the row-level records of domain/analytics_records.py.
Tombstoned rows are left out everywhere.
"""

from __future__ import annotations

from datetime import date

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
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress


class AnalyticsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def filter_options(self, programme_id: str) -> FilterOptions:
        """Units (tree order), cohorts, ranks and competencies of a programme for the filter bar."""
        raise NotImplementedError

    def capability(self, flt: AnalyticsFilter) -> CapabilityFigure:
        """Unit capability per competency: baseline vs latest vs required level."""
        raise NotImplementedError

    def scores(self, flt: AnalyticsFilter) -> ScoreFigure:
        """Pre/post score distributions and gains per competency."""
        raise NotImplementedError

    def trainee_progress(self, person_id: str, date_from: date | None = None,
                         date_to: date | None = None) -> TraineeProgress:
        """One trainee's level per competency over time (tests, observations, their unit's assessments)."""
        raise NotImplementedError

    def attendance(self, flt: AnalyticsFilter) -> AttendanceFigure:
        """Attendance rate per session, per cohort and per month."""
        raise NotImplementedError

    def trained(self, flt: AnalyticsFilter) -> TrainedFigure:
        """Trainees trained over time, cumulative by month, by sex, unit and rank."""
        raise NotImplementedError

    def funnel(self, flt: AnalyticsFilter) -> FunnelFigure:
        """Completion funnel: nominated → enrolled → attended enough → passed → followed up."""
        raise NotImplementedError

    def dashboard(self, flt: AnalyticsFilter, progress: ProgressFn = no_progress,
                  cancel: CancelToken = NEVER) -> Dashboard:
        """Every figure under one filter (what the Progress page recomputes after a filter change)."""
        raise NotImplementedError


__all__ = ["AnalyticsService"]
