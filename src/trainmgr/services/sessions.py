"""Training sessions: schedule, list (by cohort, by week), hold, cancel, and double-booking warnings.

Rules:
- A session belongs to a cohort; its module, when given, must be in the cohort's curriculum. The
  title defaults to the module's. The end time is after the start time.
- Only a planned session is held or cancelled; a session cannot be held before its date. A
  cancellation names a reason (security, weather, no-show, host request, other; other needs a note).
- Who is expected at a session (`on_roster`): its cohort's live enrolments that are enrolled,
  completed or failed — or withdrawn/transferred after the session's date — and were enrolled on or
  before that date (an enrolment without a date counts from the start).
- A double booking: a person who is an instructor of, or expected at, two sessions of the same date
  whose times overlap (a session without times is taken as the whole day). Cancelled sessions don't count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.engine import Database
from trainmgr.db.models import Cohort, Enrolment, Module, Person, SessionInstructor, TrainingSession
from trainmgr.domain.delivery_records import DoubleBooking, SessionRow
from trainmgr.domain.enums import CancelReason, EnrolmentStatus, SessionStatus, values
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text
from trainmgr.services.permissions import Permission, require

E = EnrolmentStatus
ON_ROSTER = (E.ENROLLED.value, E.COMPLETED.value, E.FAILED.value)
LEFT = (E.WITHDRAWN.value, E.TRANSFERRED.value)


def on_roster(day: Any) -> Any:
    """SQL condition on Enrolment: expected at a session held on `day` (a date or a date column)."""
    return and_(Enrolment.deleted.is_(False),
                or_(Enrolment.enrolled_on.is_(None), Enrolment.enrolled_on <= day),
                or_(Enrolment.status.in_(ON_ROSTER), and_(Enrolment.status.in_(LEFT), Enrolment.status_date > day)))


@dataclass(frozen=True)
class SessionInput:
    cohort_id: str
    session_date: date
    module_id: str | None = None
    title: str = ""
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    instructor_ids: tuple[str, ...] = ()

    def validated(self) -> dict[str, Any]:
        if not isinstance(self.session_date, date):
            raise ValidationError("The session date is required.")
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError(f"The session ends ({self.end_time:%H:%M}) before it starts "
                                  f"({self.start_time:%H:%M}).")
        return {"session_date": self.session_date, "module_id": self.module_id or None,
                "title": optional_text(self.title, "Title", 300), "start_time": self.start_time,
                "end_time": self.end_time, "place": optional_text(self.place, "Place", 200)}


class SessionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def schedule(self, data: SessionInput) -> SessionRow:
        require(self._db, Permission.EDIT_TRAINEES)
        values_ = data.validated()
        with self._db.write() as s:
            cohort = get_live(s, Cohort, data.cohort_id, "Cohort")
            self._check_module(s, cohort, values_)
            row = TrainingSession(cohort_id=cohort.id, **values_)
            s.add(row)
            s.flush()
            self._set_instructors(s, row.id, data.instructor_ids)
            return self._rows(s, [row])[0]

    def update(self, session_id: str, data: SessionInput) -> SessionRow:
        values_ = data.validated()
        with self._db.write() as s:
            row = get_live(s, TrainingSession, session_id, "Session")
            if data.cohort_id != row.cohort_id:
                raise ValidationError("A session cannot move to another cohort.")
            self._check_module(s, get_live(s, Cohort, row.cohort_id, "Cohort"), values_)
            apply_changes(row, values_)
            self._set_instructors(s, row.id, data.instructor_ids)
            s.flush()
            return self._rows(s, [row])[0]

    def get(self, session_id: str) -> SessionRow:
        with self._db.read() as s:
            return self._rows(s, [get_live(s, TrainingSession, session_id, "Session")])[0]

    def list_for_cohort(self, cohort_id: str) -> list[SessionRow]:
        with self._db.read() as s:
            return self._rows(s, list(s.scalars(live(TrainingSession).where(TrainingSession.cohort_id == cohort_id)
                                                .order_by(TrainingSession.session_date, TrainingSession.start_time))))

    def list_week(self, programme_id: str, day: date) -> list[SessionRow]:
        """Every session of the programme in the Monday-to-Sunday week containing `day`."""
        monday = day - timedelta(days=day.weekday())
        with self._db.read() as s:
            rows = s.scalars(live(TrainingSession).join(Cohort, Cohort.id == TrainingSession.cohort_id)
                             .where(Cohort.programme_id == programme_id, Cohort.deleted.is_(False),
                                    TrainingSession.session_date.between(monday, monday + timedelta(days=6)))
                             .order_by(TrainingSession.session_date, TrainingSession.start_time)).all()
            return self._rows(s, list(rows))

    def hold(self, session_id: str, today: date | None = None) -> SessionRow:
        with self._db.write() as s:
            row = self._planned(s, session_id)
            if row.session_date > (today or date.today()):
                raise ValidationError(f"The session of {row.session_date.isoformat()} cannot be held before its date.")
            row.status = SessionStatus.HELD.value
            s.flush()
            return self._rows(s, [row])[0]

    def cancel(self, session_id: str, reason: str, note: str = "") -> SessionRow:
        require(self._db, Permission.EDIT_TRAINEES)
        if reason not in values(CancelReason):
            raise ValidationError(f"Unknown cancellation reason: {reason} (use {', '.join(values(CancelReason))}).")
        text = optional_text(note, "Note", 2000)
        if reason == CancelReason.OTHER.value and not text:
            raise ValidationError("Say why the session was cancelled.")
        with self._db.write() as s:
            row = self._planned(s, session_id)
            apply_changes(row, {"status": SessionStatus.CANCELLED.value, "cancel_reason": reason, "cancel_note": text})
            s.flush()
            return self._rows(s, [row])[0]

    def double_bookings(self, session_id: str) -> list[DoubleBooking]:
        """People of this session also booked in another overlapping session (see the module docstring)."""
        with self._db.read() as s:
            me = get_live(s, TrainingSession, session_id, "Session")
            others = [o for o in s.scalars(live(TrainingSession).where(
                TrainingSession.session_date == me.session_date, TrainingSession.id != me.id,
                TrainingSession.status != SessionStatus.CANCELLED.value)) if _overlap(me, o)]
            if not others or me.status == SessionStatus.CANCELLED.value:
                return []
            mine = {**dict.fromkeys(_trainees(s, me), "trainee"), **dict.fromkeys(_instructors(s, me), "instructor")}
            cohorts = dict(s.execute(select(Cohort.id, Cohort.name)
                                     .where(Cohort.id.in_({o.cohort_id for o in others}))).all())
            hits: list[tuple[str, TrainingSession]] = []
            for other in sorted(others, key=lambda o: (o.start_time or time.min, o.id)):
                theirs = set(_instructors(s, other)) | set(_trainees(s, other))
                hits.extend((pid, other) for pid in mine if pid in theirs)
            names = {p.id: f"{p.family_name} {p.given_names}".strip()
                     for p in s.scalars(select(Person).where(Person.id.in_({pid for pid, _ in hits})))}
            return [DoubleBooking(pid, names.get(pid, pid), mine[pid], o.id, o.title, cohorts.get(o.cohort_id, ""),
                                  o.session_date, o.start_time, o.end_time) for pid, o in hits]

    # --- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _planned(s: Session, session_id: str) -> TrainingSession:
        row = get_live(s, TrainingSession, session_id, "Session")
        if row.status != SessionStatus.PLANNED.value:
            raise ValidationError(f"This session is already {row.status}.")
        return row

    @staticmethod
    def _check_module(s: Session, cohort: Cohort, values_: dict[str, Any]) -> None:
        if values_["module_id"]:
            module = get_live(s, Module, values_["module_id"], "Module")
            if module.curriculum_id != cohort.curriculum_id:
                raise ValidationError(f"The module “{module.title}” is not in this cohort's curriculum.")
            values_["title"] = values_["title"] or module.title
        elif not values_["title"]:
            raise ValidationError("A session needs a module or a title.")

    @staticmethod
    def _set_instructors(s: Session, session_id: str, person_ids: tuple[str, ...]) -> None:
        """Make the live instructors exactly `person_ids` (natural-key rows: revived, never duplicated)."""
        wanted = dict.fromkeys(person_ids)
        for pid in wanted:
            person = get_live(s, Person, pid, "Instructor")
            if person.merged_into_id:
                raise ValidationError(f"{person.family_name} was merged into another person; choose that person.")
        current = s.scalars(select(SessionInstructor).where(SessionInstructor.session_id == session_id)).all()
        for row in current:
            if row.deleted == (row.person_id in wanted):
                row.deleted = row.person_id not in wanted
        known = {row.person_id for row in current}
        for pid in wanted:
            if pid not in known:
                s.add(SessionInstructor(id=natural_id(SessionInstructor, session_id, pid), session_id=session_id,
                                        person_id=pid))

    @staticmethod
    def _rows(s: Session, rows: list[TrainingSession]) -> list[SessionRow]:
        ids = [r.id for r in rows]
        cohorts = dict(s.execute(select(Cohort.id, Cohort.name)
                                 .where(Cohort.id.in_({r.cohort_id for r in rows}))).all())
        modules = dict(s.execute(select(Module.id, Module.title)
                                 .where(Module.id.in_({r.module_id for r in rows}))).all())
        teach: dict[str, list[tuple[str, str]]] = {}
        for sid, pid, family, given in s.execute(
                select(SessionInstructor.session_id, Person.id, Person.family_name, Person.given_names)
                .join(Person, Person.id == SessionInstructor.person_id)
                .where(SessionInstructor.session_id.in_(ids), SessionInstructor.deleted.is_(False))
                .order_by(Person.family_name, Person.given_names)):
            teach.setdefault(sid, []).append((pid, f"{family} {given}".strip()))
        return [SessionRow(id=r.id, cohort_id=r.cohort_id, cohort_name=cohorts.get(r.cohort_id, ""),
                           module_id=r.module_id, module_title=modules.get(r.module_id, ""), title=r.title,
                           session_date=r.session_date, start_time=r.start_time, end_time=r.end_time, place=r.place,
                           status=r.status, cancel_reason=r.cancel_reason, cancel_note=r.cancel_note,
                           instructor_ids=tuple(p for p, _ in teach.get(r.id, [])),
                           instructor_names=tuple(n for _, n in teach.get(r.id, [])))
                for r in rows]


def _overlap(a: TrainingSession, b: TrainingSession) -> bool:
    if not (a.start_time and a.end_time and b.start_time and b.end_time):
        return True  # a session without times takes the whole day
    return a.start_time < b.end_time and b.start_time < a.end_time


def _instructors(s: Session, row: TrainingSession) -> list[str]:
    return list(s.scalars(select(SessionInstructor.person_id).where(
        SessionInstructor.session_id == row.id, SessionInstructor.deleted.is_(False))))


def _trainees(s: Session, row: TrainingSession) -> list[str]:
    return list(s.scalars(select(Enrolment.person_id).where(Enrolment.cohort_id == row.cohort_id,
                                                            on_roster(row.session_date))))
