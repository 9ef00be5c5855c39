"""Read models of the progress analytics (issue 6): one filter and the figures computed under it.

These records are the one query layer behind both the Progress page (charts and the table beside
each chart) and the Excel reports: every figure is given as rows of numbers (counts, sums, means),
never only as a series to draw, so that a report prints exactly what the screen shows.

Conventions:
- percentages are 0..100 floats; a rate or mean that has nothing to divide by is None (never 0);
- proficiency levels are the framework's 0..5 scale; group levels are means over units (floats);
- a "month" is the first day of the calendar month (a `date`), the x value of monthly series;
- sex keys are `trainmgr.domain.enums.Sex` values ("female", "male", "not_recorded");
- ids are kept beside labels so that a page can drill down and a report can pseudonymise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Groups smaller than this give no reliable statistics: figures carry a `too_small` flag.
MIN_GROUP_SIZE = 5

# Funnel stage keys, in order (labels are translated by the page / report).
STAGE_NOMINATED = "nominated"
STAGE_ENROLLED = "enrolled"
STAGE_ATTENDED = "attended_enough"
STAGE_PASSED = "passed"
STAGE_FOLLOWED_UP = "followed_up"
FUNNEL_STAGES = (STAGE_NOMINATED, STAGE_ENROLLED, STAGE_ATTENDED, STAGE_PASSED, STAGE_FOLLOWED_UP)

# Score phases of the pre/post figure.
PHASE_PRE = "pre"
PHASE_POST = "post"

# Sources of a trainee's progress points.
SOURCE_TEST = "test"  # pre-test, post-test and practical checklist results
SOURCE_OBSERVATION = "observation"  # observation and follow-up instrument results
SOURCE_UNIT_ASSESSMENT = "unit_assessment"  # the trainee's unit's needs-assessment level (unit, not person)

# Dimensions of the "trainees trained" figure.
BY_SEX = "sex"
BY_UNIT = "unit"
BY_RANK = "rank"


@dataclass(frozen=True)
class AnalyticsFilter:
    """What the figures are computed over. Every field is optional; None means "all".

    - programme_id: the programme (cohorts, assessments and people of that programme);
    - unit_id: a unit *and all its sub-units* (people by their unit; assessments by the assessed unit);
    - cohort_id: one cohort (people figures only: capability is a unit-level figure and ignores it);
    - date_from / date_to: inclusive period (assessment date, instrument date, session date,
      completion date, cohort dates — see each figure's docstring in services/analytics);
    - sex: a `Sex` value (people figures only);
    - rank_id: a rank (people figures only).
    """

    programme_id: str | None = None
    unit_id: str | None = None
    cohort_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    sex: str | None = None
    rank_id: str | None = None


# --- filter bar ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterOption:
    """One choice of a filter combo box. `depth` indents units in their tree (0 = top level)."""

    id: str
    label: str
    depth: int = 0


@dataclass(frozen=True)
class FilterOptions:
    """The choices the filter bar offers for one programme."""

    units: tuple[FilterOption, ...]  # tree order, parents before children
    cohorts: tuple[FilterOption, ...]  # by start date then name
    ranks: tuple[FilterOption, ...]  # by sort order (most junior first)
    competencies: tuple[FilterOption, ...]  # competencies with scores or findings, by code
    first_date: date | None  # earliest date with data (a default for "from")
    last_date: date | None  # latest date with data (a default for "to")


# --- 1. unit capability ----------------------------------------------------------------------------


@dataclass(frozen=True)
class CapabilityRow:
    """One competency: the assessed units' baseline vs latest level vs required level.

    For each unit in scope, the baseline is its earliest assessment and the latest its current one
    (the rule of services/gaps.py: live, not superseded, validated/signed preferred to drafts, then the
    latest date and version); both within the period when one is set. Levels are means over the units
    that have a finding with that level recorded. Gaps are required − level (negative = above need).
    """

    competency_id: str
    code: str
    title: str
    area_title: str
    units: int  # units with a finding on this competency in their latest assessment
    baseline_level: float | None
    latest_level: float | None
    required_level: float | None  # required level of the latest assessments
    baseline_gap: float | None  # mean over units of required − baseline level
    latest_gap: float | None  # mean over units of required − latest level
    units_with_progress: int = 0  # units whose latest level exceeds their baseline level

    @property
    def gap_closure(self) -> float | None:
        """Share (0..1, may go below 0 or above 1) of the baseline gap closed since; None when there was no gap."""
        if self.baseline_gap is None or self.latest_gap is None or self.baseline_gap <= 0:
            return None
        return (self.baseline_gap - self.latest_gap) / self.baseline_gap


@dataclass(frozen=True)
class CapabilityUnitRow:
    """One unit × competency behind `CapabilityRow` (the matrix a report prints)."""

    unit_id: str
    unit_name: str
    competency_id: str
    code: str
    baseline_assessment_id: str | None
    baseline_on: date | None
    baseline_level: int | None
    latest_assessment_id: str
    latest_on: date
    latest_level: int | None
    required_level: int | None


@dataclass(frozen=True)
class CapabilityFigure:
    rows: tuple[CapabilityRow, ...]  # by competency code
    units: tuple[CapabilityUnitRow, ...]  # by unit name then competency code
    units_assessed: int  # units in scope whose latest assessment has at least one finding


# --- 2. cohort pre/post scores ----------------------------------------------------------------


@dataclass(frozen=True)
class ScoreBin:
    """Scores of one phase of one competency falling in [lower_pct, upper_pct) (the last bin includes 100)."""

    competency_id: str | None  # None: overall scores (instruments not scored per competency)
    phase: str  # PHASE_PRE or PHASE_POST
    lower_pct: float
    upper_pct: float
    count: int


@dataclass(frozen=True)
class GainRow:
    """Pre/post scores and gain of one competency, as percentages of the competency's maximum.

    A trainee's pre score is the mean of their pre-test scores on the competency, their post score the
    best of their post-test scores (a re-sit counts, as in completion). Means of pre and post are
    over every trainee with that score; gains are over trainees with both ("paired").
    Raw gain = post mean − pre mean (paired, percentage points); normalised gain =
    (post − pre) / (100 − pre) on the paired means (Hake's class gain), None when the pre mean is 100.
    """

    competency_id: str | None  # None: overall score
    code: str  # "" for the overall score
    title: str
    n_pre: int
    n_post: int
    n_paired: int
    pre_mean_pct: float | None
    post_mean_pct: float | None
    paired_pre_mean_pct: float | None
    paired_post_mean_pct: float | None
    raw_gain_pct: float | None
    normalised_gain: float | None
    pre_min_pct: float | None = None
    pre_max_pct: float | None = None
    post_min_pct: float | None = None
    post_max_pct: float | None = None

    @property
    def too_small(self) -> bool:
        """Fewer than MIN_GROUP_SIZE paired trainees: the gain says nothing reliable."""
        return self.n_paired < MIN_GROUP_SIZE


@dataclass(frozen=True)
class ScoreFigure:
    gains: tuple[GainRow, ...]  # overall first, then by competency code
    bins: tuple[ScoreBin, ...]  # by competency, phase, lower bound; 10 bins of 10 % each
    bin_width_pct: float = 10.0


# --- 3. one trainee's progress ---------------------------------------------------------------


@dataclass(frozen=True)
class ProgressPoint:
    """One measurement of a trainee on one competency, on the common 0..100 axis.

    value_pct: a score as % of its maximum; a GO/NO-GO without a score is 100 (GO) or 0 (NO-GO);
    a unit-assessment level is level / 5 × 100 (its `level` is kept as well).
    """

    competency_id: str | None  # None: an overall score
    code: str
    title: str
    on: date
    source: str  # SOURCE_TEST, SOURCE_OBSERVATION or SOURCE_UNIT_ASSESSMENT
    kind: str  # the instrument kind, or the assessment kind for unit assessments
    label: str  # the instrument or assessment title
    value_pct: float
    score: float | None = None
    max_score: float | None = None
    level: int | None = None  # unit assessment: the level (0..5)
    passed: bool | None = None
    source_id: str = ""  # instrument or assessment id


@dataclass(frozen=True)
class FollowUpPoint:
    """A follow-up observation of the trainee back at their unit."""

    cohort_id: str | None
    due_on: date
    done_on: date | None
    status: str
    applies_training: bool | None


@dataclass(frozen=True)
class TraineeProgress:
    person_id: str
    display_name: str
    unit_name: str
    points: tuple[ProgressPoint, ...]  # by date, then competency code
    follow_ups: tuple[FollowUpPoint, ...] = ()


# --- 4. attendance -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceTally:
    """Counts under the rules of services/attendance.py: attended = present + late, counted =
    attended + absent; excused/not-expected/unmarked leave the denominator."""

    attended: int
    absent: int
    unmarked: int

    @property
    def counted(self) -> int:
        return self.attended + self.absent

    @property
    def rate(self) -> float | None:
        """Attendance rate in % (None when no session counted)."""
        return round(100.0 * self.attended / self.counted, 1) if self.counted else None


@dataclass(frozen=True)
class SessionAttendanceRow:
    """One held session (cancelled sessions are left out)."""

    session_id: str
    cohort_id: str
    cohort_name: str
    session_date: date
    title: str
    tally: AttendanceTally


@dataclass(frozen=True)
class CohortAttendanceRow:
    cohort_id: str
    cohort_name: str
    start_date: date | None
    held_sessions: int
    cancelled_sessions: int
    tally: AttendanceTally


@dataclass(frozen=True)
class MonthAttendanceRow:
    month: date  # first day of the month
    tally: AttendanceTally


@dataclass(frozen=True)
class AttendanceFigure:
    sessions: tuple[SessionAttendanceRow, ...]  # by date then cohort name
    cohorts: tuple[CohortAttendanceRow, ...]  # by start date then name
    months: tuple[MonthAttendanceRow, ...]  # by month
    total: AttendanceTally = field(default_factory=lambda: AttendanceTally(0, 0, 0))
    sessions_not_listed: int = 0  # held sessions in scope left out of `sessions` (too many to list)


# --- 5. trainees trained over time -------------------------------------------------------------


@dataclass(frozen=True)
class TrainedPoint:
    """Trainees trained in one month within one group, and the running total of that group.

    A trainee is trained once they complete a cohort (enrolment completed; the date is its status
    date, else the cohort's end date); a person completing twice counts once, at the first date.
    """

    dimension: str  # BY_SEX, BY_UNIT or BY_RANK
    key: str | None  # sex value, unit id or rank id (None: rank/unit not recorded)
    label: str  # unit or rank name; the sex value for BY_SEX (translated by the page)
    month: date
    new: int
    cumulative: int


@dataclass(frozen=True)
class TrainedCell:
    """Trainees trained in one sex × unit × rank cell (for disaggregated tables)."""

    sex: str
    unit_id: str | None
    unit_name: str
    rank_id: str | None
    rank_name: str
    count: int

    @property
    def too_small(self) -> bool:
        return self.count < MIN_GROUP_SIZE


@dataclass(frozen=True)
class TrainedFigure:
    points: tuple[TrainedPoint, ...]  # by dimension, label, month
    cells: tuple[TrainedCell, ...]  # by sex, unit name, rank name
    total: int
    months: tuple[date, ...] = ()  # every month of the axis, first to last

    def totals(self, dimension: str) -> dict[str | None, int]:
        """Final cumulative count per group of a dimension."""
        out: dict[str | None, int] = {}
        for p in self.points:
            if p.dimension == dimension:
                out[p.key] = p.cumulative
        return out


# --- 6. completion funnel ----------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    """Enrolments reaching a stage (each stage a subset of the one before), by sex.

    nominated: every live enrolment; enrolled: not (still) a nominee — enrolled, completed, failed,
    or withdrawn/transferred after an enrolment date; attended enough: an enrolled trainee whose
    attendance rate (services/attendance.py) reaches the cohort's minimum (no minimum: any counted
    session); passed: completed (the decision of services/completion.py, applied); followed up: a
    done follow-up observation for that cohort.
    """

    stage: str  # one of FUNNEL_STAGES
    count: int
    female: int
    male: int
    not_recorded: int


@dataclass(frozen=True)
class FunnelCohortRow:
    """The funnel's counts for one cohort (for the results report and the page's table)."""

    cohort_id: str
    cohort_name: str
    nominated: int
    enrolled: int
    attended_enough: int
    passed: int
    followed_up: int


@dataclass(frozen=True)
class FunnelFigure:
    stages: tuple[FunnelStage, ...]  # in FUNNEL_STAGES order
    cohorts: tuple[FunnelCohortRow, ...]  # by cohort start date then name


# --- everything at once --------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    """Every figure under one filter: what the Progress page recomputes after a filter change."""

    filter: AnalyticsFilter
    capability: CapabilityFigure
    scores: ScoreFigure
    attendance: AttendanceFigure
    trained: TrainedFigure
    funnel: FunnelFigure
