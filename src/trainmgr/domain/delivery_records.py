"""Read models of delivery: trainees, vetting, cohorts, enrolments, sessions and attendance
(frozen, shaped for screens and reports, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True)
class TraineeRow:
    """A trainee with the names of their unit and rank already joined."""

    id: str
    programme_id: str | None
    family_name: str
    given_names: str
    name_native: str
    service_number: str
    sex: str
    birth_date: date | None
    rank_id: str | None
    rank_name: str
    unit_id: str | None
    unit_name: str
    position: str
    phone: str
    vetting_status: str
    vetting_date: date | None
    vetting_reference: str
    notes: str

    @property
    def display_name(self) -> str:
        return f"{self.family_name} {self.given_names}".strip()


@dataclass(frozen=True)
class TraineePage:
    """One page of a trainee search: the rows shown and how many match in all."""

    rows: tuple[TraineeRow, ...]
    total: int


@dataclass(frozen=True)
class DuplicateCandidate:
    """An existing person who may be the same as the one entered."""

    person_id: str
    family_name: str
    given_names: str
    service_number: str
    unit_name: str
    same_service_number: bool
    name_score: float  # 0..1: difflib ratio of the normalised names (see domain/name_match.py)

    @property
    def reason(self) -> str:
        if self.same_service_number:
            return "same service number"
        return f"similar name ({self.name_score:.0%})"


@dataclass(frozen=True)
class VettingCheck:
    """Whether a person may be enrolled as far as vetting goes."""

    person_id: str
    person_name: str
    status: str  # the effective status: a stale clearance reads "expired"
    outcome: str  # "allowed" | "blocked" | "needs_override"
    reason: str

    @property
    def allowed(self) -> bool:
        return self.outcome == "allowed"

    @property
    def blocked(self) -> bool:
        return self.outcome == "blocked"

    @property
    def needs_override(self) -> bool:
        return self.outcome == "needs_override"


@dataclass(frozen=True)
class CohortRow:
    id: str
    programme_id: str
    curriculum_id: str | None
    code: str
    name: str
    location: str
    start_date: date | None
    end_date: date | None
    min_attendance_pct: float | None
    requires_post_test: bool
    enrolled: int = 0


@dataclass(frozen=True)
class EnrolmentRow:
    """A person on a cohort's roster."""

    id: str
    cohort_id: str
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    unit_name: str
    rank_name: str
    sex: str
    status: str
    status_reason: str
    enrolled_on: date | None
    status_date: date | None
    vetting_status: str
    vetting_override: str


@dataclass(frozen=True)
class SessionRow:
    id: str
    cohort_id: str
    cohort_name: str
    module_id: str | None
    module_title: str
    title: str
    session_date: date
    start_time: time | None
    end_time: time | None
    place: str
    status: str
    cancel_reason: str | None
    cancel_note: str
    instructor_ids: tuple[str, ...] = ()
    instructor_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DoubleBooking:
    """A person expected in two sessions that overlap in time on the same date."""

    person_id: str
    person_name: str
    role: str  # "instructor" | "trainee" (in the session checked)
    other_session_id: str
    other_title: str
    other_cohort_name: str
    session_date: date
    other_start: time | None
    other_end: time | None

    @property
    def message(self) -> str:
        when = ""
        if self.other_start and self.other_end:
            when = f" {self.other_start:%H:%M}–{self.other_end:%H:%M}"
        return (f"{self.person_name} ({self.role}) is also booked on {self.session_date.isoformat()}{when} "
                f"in “{self.other_title}” ({self.other_cohort_name}).")


@dataclass(frozen=True)
class RegisterRow:
    """One line of a session's attendance register: a person on the roster and their mark (or None)."""

    session_id: str
    person_id: str
    family_name: str
    given_names: str
    service_number: str
    rank_name: str
    unit_name: str
    enrolled_on: date | None
    status: str | None
    note: str
    recorded_by: str
    recorded_at: datetime | None


@dataclass(frozen=True)
class AttendanceRate:
    """Attendance of one person (or a whole cohort) over held sessions (rule: services/attendance.py)."""

    person_id: str | None  # None for a cohort rate
    attended: int  # present + late
    absent: int
    unmarked: int  # held sessions the person was expected at with no mark yet (not in the denominator)
    expected: int  # the denominator: attended + absent

    @property
    def rate(self) -> float | None:
        """Percentage 0–100, None when no held session counts."""
        return round(100.0 * self.attended / self.expected, 1) if self.expected else None
