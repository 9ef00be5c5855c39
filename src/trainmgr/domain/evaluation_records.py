"""Read models of evaluation, completion and review: instruments, score grids, a trainee's progress,
completion decisions, certificates, follow-ups, lessons and actions (frozen, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MeasuredCompetency:
    """A competency an instrument measures, with its own maximum."""

    competency_id: str
    code: str
    title: str
    max_score: float


@dataclass(frozen=True)
class InstrumentRow:
    id: str
    programme_id: str
    cohort_id: str | None
    module_id: str | None
    kind: str
    level: str
    title: str
    given_on: date | None
    max_score: float
    pass_mark: float | None
    competencies: tuple[MeasuredCompetency, ...] = ()
    results: int = 0  # live results recorded on it


@dataclass(frozen=True)
class GridColumn:
    """A column of the score grid: a competency, or the overall score (competency_id None)."""

    competency_id: str | None
    label: str
    max_score: float


@dataclass(frozen=True)
class ScoreCell:
    competency_id: str | None
    score: float | None
    passed: bool | None
    comment: str = ""


@dataclass(frozen=True)
class ScoreGridRow:
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    rank_name: str
    unit_name: str
    enrolment_status: str
    cells: tuple[ScoreCell, ...]  # one per column, in the grid's column order


@dataclass(frozen=True)
class ScoreGrid:
    instrument: InstrumentRow
    columns: tuple[GridColumn, ...]
    rows: tuple[ScoreGridRow, ...]


@dataclass(frozen=True)
class ProgressPoint:
    """One result of a trainee, as a percentage of the maximum it was scored out of."""

    on: date | None
    instrument_id: str
    instrument_title: str
    kind: str
    level: str
    score: float | None
    max_score: float
    percent: float | None
    passed: bool | None


@dataclass(frozen=True)
class CompetencyProgress:
    """A trainee's results on one competency over time (competency_id None: overall scores)."""

    competency_id: str | None
    code: str
    title: str
    points: tuple[ProgressPoint, ...]


@dataclass(frozen=True)
class CompletionDecision:
    """What the cohort's rules say about one trainee (rule: services/completion.py)."""

    enrolment_id: str
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    current_status: str
    attendance_rate: float | None
    attended: int
    expected: int
    post_test_passed: bool | None  # None: no decision possible (no post-test, no score, no pass mark)
    post_test_detail: str
    decision: str  # "completed" | "failed" | "pending"
    reason: str

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class CompletionOutcome:
    """What `CompletionService.apply` changed."""

    completed: int
    failed: int
    pending: int
    unchanged: int  # already completed or failed before (left as they were)
    follow_ups_created: int


@dataclass(frozen=True)
class CertificateRow:
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    rank_name: str
    unit_name: str
    completed_on: date | None


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    unit_name: str
    cohort_id: str | None
    cohort_name: str
    offset_days: int
    due_on: date
    status: str
    overdue: bool


@dataclass(frozen=True)
class ActionRow:
    id: str
    lesson_id: str
    description: str
    owner: str
    due_on: date | None
    status: str
    curriculum_id: str | None
    curriculum_label: str  # "name v2" of the curriculum version it changed, or ""

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")


@dataclass(frozen=True)
class LessonRow:
    id: str
    programme_id: str
    cohort_id: str | None
    observed_on: date | None
    observation: str
    recommendation: str
    source: str
    status: str
    actions: tuple[ActionRow, ...] = ()

    @property
    def open_actions(self) -> int:
        return sum(1 for a in self.actions if a.is_open)
