"""Attendance registers and rates.

Rules:
- A session's register lists who is expected (sessions.on_roster: enrolled, completed or failed —
  or withdrawn/transferred after the session's date — and enrolled on or before its date), plus
  anyone else who already has a mark on it, with their mark or None.
- A mark is one row per (session, person) with a deterministic id: marking again updates it, and
  two laptops marking the same person merge. It records who (the database user) and when. A person
  must be in the session's cohort; a cancelled or future session cannot be marked; marking a planned
  session of today or earlier makes it held (the marks prove it took place).
- Rate (per trainee, and per cohort as the sum over its trainees): over HELD sessions only, and only
  sessions the person was expected at (so a session before their enrolment date never counts, as an
  absence or otherwise): attended = present + late; denominator = attended + absent. Excused and
  not-expected marks leave the denominator, and so does a missing mark (counted apart as `unmarked`:
  missing data is not an absence). No session counted → rate None.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import Attendance, Cohort, Enrolment, Person, Rank, TrainingSession, Unit
from trainmgr.domain.delivery_records import AttendanceRate, RegisterRow
from trainmgr.domain.enums import AttendanceStatus, SessionStatus, values
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, cohort_scope, get_live, optional_text
from trainmgr.services.permissions import Permission, require
from trainmgr.services.sessions import on_roster

A = AttendanceStatus
ATTENDED = (A.PRESENT.value, A.LATE.value)


class AttendanceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def register(self, session_id: str) -> list[RegisterRow]:
        """The session's register, by family and given names."""
        with self._db.read() as s:
            sess = get_live(s, TrainingSession, session_id, "Session")
            expected = select(Enrolment.person_id).where(Enrolment.cohort_id == sess.cohort_id,
                                                         on_roster(sess.session_date))
            marked = select(Attendance.person_id).where(Attendance.session_id == sess.id, Attendance.deleted.is_(False))
            q = (select(Person, Unit.name, Rank.name, Attendance, Enrolment.enrolled_on)
                 .outerjoin(Unit, Unit.id == Person.unit_id).outerjoin(Rank, Rank.id == Person.rank_id)
                 .outerjoin(Attendance, and_(Attendance.person_id == Person.id, Attendance.session_id == sess.id,
                                             Attendance.deleted.is_(False)))
                 .outerjoin(Enrolment, and_(Enrolment.person_id == Person.id, Enrolment.cohort_id == sess.cohort_id,
                                            Enrolment.deleted.is_(False)))
                 .where(Person.deleted.is_(False), Person.id.in_(expected.union(marked)))
                 .order_by(Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"), Person.id))
            return [RegisterRow(session_id=sess.id, person_id=p.id, family_name=p.family_name,
                                given_names=p.given_names, service_number=p.service_number, rank_name=rank or "",
                                unit_name=unit or "", enrolled_on=enrolled_on, status=a.status if a else None,
                                note=a.note if a else "", recorded_by=a.recorded_by if a else "",
                                recorded_at=a.recorded_at if a else None)
                    for p, unit, rank, a, enrolled_on in s.execute(q).all()]

    def mark(self, session_id: str, person_id: str, status: str, note: str = "",
             today: date | None = None) -> RegisterRow:
        """Record (or change) a person's mark for a session (see the module docstring)."""
        require(self._db, Permission.RECORD_ATTENDANCE)
        if status not in values(AttendanceStatus):
            raise ValidationError(f"Unknown attendance mark: {status} (use {', '.join(values(AttendanceStatus))}).")
        text = optional_text(note, "Note", 2000)
        with self._db.write() as s:
            sess = self._markable(s, session_id, today or date.today())
            person = get_live(s, Person, person_id, "Person")
            in_cohort = s.scalar(select(Enrolment.id).where(Enrolment.cohort_id == sess.cohort_id,
                                                            Enrolment.person_id == person_id,
                                                            Enrolment.deleted.is_(False)))
            if in_cohort is None:
                raise ValidationError(f"{person.family_name} {person.given_names} is not in this session's cohort.")
            row_id = natural_id(Attendance, sess.id, person_id)
            row = s.get(Attendance, row_id)
            fields = {"status": status, "note": text, "recorded_by": self._db.context.user, "recorded_at": utcnow()}
            if row is None:
                s.add(Attendance(id=row_id, session_id=sess.id, person_id=person_id, **fields))
            elif row.deleted or (row.status, row.note) != (status, text):
                apply_changes(row, {**fields, "deleted": False})
            if sess.status == SessionStatus.PLANNED.value:
                sess.status = SessionStatus.HELD.value
        return next(r for r in self.register(session_id) if r.person_id == person_id)

    def unmark(self, session_id: str, person_id: str) -> None:
        """Clear a mark (a tombstone, so that the clearing reaches other laptops)."""
        require(self._db, Permission.RECORD_ATTENDANCE)
        with self._db.write() as s:
            row = s.get(Attendance, natural_id(Attendance, session_id, person_id))
            if row is not None and not row.deleted:
                row.deleted = True

    def rate_for_trainee(self, cohort_id: str, person_id: str) -> AttendanceRate:
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            return _tallies(s, cohort_id, person_id).get(person_id) or rate_of(person_id, 0, 0, 0)

    def rates_by_trainee(self, cohort_id: str) -> dict[str, AttendanceRate]:
        """Every trainee's rate in the cohort (those expected at no held session are absent from the dict)."""
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            return _tallies(s, cohort_id)

    def rate_for_cohort(self, cohort_id: str) -> AttendanceRate:
        """The cohort's rate: every trainee's attended and expected sessions summed."""
        rates = self.rates_by_trainee(cohort_id).values()
        attended, absent = sum(r.attended for r in rates), sum(r.absent for r in rates)
        return AttendanceRate(None, attended, absent, sum(r.unmarked for r in rates), attended + absent)

    @staticmethod
    def _markable(s: Session, session_id: str, today: date) -> TrainingSession:
        sess = get_live(s, TrainingSession, session_id, "Session")
        if sess.status == SessionStatus.CANCELLED.value:
            raise ValidationError("This session was cancelled: there is no attendance to take.")
        if sess.session_date > today:
            raise ValidationError(f"The session of {sess.session_date.isoformat()} has not taken place yet.")
        return sess


def tally_sums() -> tuple[Any, Any, Any]:
    """SQL aggregates over expected trainees × their live mark (an outer join to Attendance): how many
    attended (present, late), were absent, and have no mark — the counting rule of this module (0, not
    NULL, over no row)."""
    status = Attendance.status

    def count(cond: Any) -> Any:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    return count(status.in_(ATTENDED)), count(status == A.ABSENT.value), count(status.is_(None))


def tally_query(scope: Any, person_id: str | None = None) -> Select[Any]:
    """(ord, person, attended, absent, unmarked) per trainee of the cohorts of `scope`
    (common.cohort_scope) over their held sessions the trainee was expected at, ordered by ord:
    the rate rule of the module docstring, for one cohort or many in one query."""
    q = (select(scope.c.ord, Enrolment.person_id, *tally_sums())
         .select_from(scope)
         .join(Enrolment, Enrolment.cohort_id == scope.c.cohort_id)
         .join(Person, and_(Person.id == Enrolment.person_id, Person.deleted.is_(False)))
         .join(TrainingSession, and_(TrainingSession.cohort_id == Enrolment.cohort_id,
                                     TrainingSession.deleted.is_(False),
                                     TrainingSession.status == SessionStatus.HELD.value))
         .outerjoin(Attendance, and_(Attendance.session_id == TrainingSession.id,
                                     Attendance.person_id == Enrolment.person_id, Attendance.deleted.is_(False)))
         .where(on_roster(TrainingSession.session_date))
         .group_by(scope.c.ord, Enrolment.person_id)
         .order_by(scope.c.ord))
    if person_id:
        q = q.where(Enrolment.person_id == person_id)
    return q


def rate_of(person_id: str, attended: Any, absent: Any, unmarked: Any) -> AttendanceRate:
    """A row of `tally_query` as a rate (SUM over no row is NULL: 0)."""
    a, b = int(attended or 0), int(absent or 0)
    return AttendanceRate(person_id, a, b, int(unmarked or 0), a + b)


def _tallies(s: Session, cohort_id: str, person_id: str | None = None) -> dict[str, AttendanceRate]:
    """person -> rate over the cohort's held sessions they were expected at."""
    rows = s.execute(tally_query(cohort_scope([cohort_id]), person_id)).all()
    return {pid: rate_of(pid, a, b, u) for _ord, pid, a, b, u in rows}
