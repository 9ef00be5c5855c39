"""Attendance rate per session, per cohort and per month, under the rules of services/attendance.py.

Counted: HELD sessions only (cancelled and planned ones are left out; cancelled ones are counted apart
per cohort) of the cohorts in scope, dated in the period; at each, the people in scope whom
`sessions.on_roster` expects there (so a session before a trainee's enrolment never counts), with
their live mark: attended = present + late, absent, and unmarked (expected, no mark: not an absence).
Excused and not-expected marks leave the denominator, as in the attendance service.

One statement: the per-session tallies (a GROUP BY over sessions × expected trainees × marks) in a CTE,
rolled up by cohort, by month and in total with UNION ALL, so the marks are read once. With a sex, rank
or unit filter selecting few people (filters.FEW_PEOPLE_SHARE), only the cohorts where someone in scope
is enrolled are read (found from the people: a unit of a few hundred does not read a whole programme's
registers), so `sessions` and `months` then cover the held sessions of those cohorts only; every
cohort in scope still has its row, with its held and cancelled counts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from trainmgr.db.models import Attendance, Cohort, Enrolment, TrainingSession
from trainmgr.domain.analytics_records import (
    AnalyticsFilter,
    AttendanceFigure,
    AttendanceTally,
    CohortAttendanceRow,
    MonthAttendanceRow,
    SessionAttendanceRow,
)
from trainmgr.domain.enums import AttendanceStatus, SessionStatus
from trainmgr.services.analytics.filters import (
    cohort_conditions,
    cohorts_of_people,
    few_people,
    in_period,
    month_date,
    month_of,
    person_in_scope,
)
from trainmgr.services.attendance import ATTENDED
from trainmgr.services.sessions import on_roster

HELD, CANCELLED = SessionStatus.HELD.value, SessionStatus.CANCELLED.value


def _per_session(flt: AnalyticsFilter, few: bool) -> Any:
    status = Attendance.status
    expected = and_(Enrolment.cohort_id == TrainingSession.cohort_id, on_roster(TrainingSession.session_date),
                    person_in_scope(Enrolment.person_id, flt))
    return (select(TrainingSession.id.label("session_id"), TrainingSession.cohort_id,
                   TrainingSession.session_date, TrainingSession.title,
                   func.coalesce(func.sum(case((status.in_(ATTENDED), 1), else_=0)), 0).label("attended"),
                   func.coalesce(func.sum(case((status == AttendanceStatus.ABSENT.value, 1), else_=0)), 0).label(
                       "absent"),
                   func.coalesce(func.sum(case((and_(Enrolment.id.is_not(None), status.is_(None)), 1), else_=0)),
                                 0).label("unmarked"))
            .select_from(TrainingSession)
            .join(Cohort, and_(Cohort.id == TrainingSession.cohort_id, *cohort_conditions(flt)))
            .outerjoin(Enrolment, expected)
            .outerjoin(Attendance, and_(Attendance.session_id == TrainingSession.id,
                                        Attendance.person_id == Enrolment.person_id, Attendance.deleted.is_(False)))
            .where(TrainingSession.deleted.is_(False), TrainingSession.status == HELD,
                   in_period(TrainingSession.session_date, flt),
                   TrainingSession.cohort_id.in_(cohorts_of_people(flt)) if few else true())
            .group_by(TrainingSession.id)
            .cte("per_session"))


def attendance(s: Session, flt: AnalyticsFilter) -> AttendanceFigure:
    per = _per_session(flt, few_people(s, flt))
    sums = (func.sum(per.c.attended), func.sum(per.c.absent), func.sum(per.c.unmarked), func.count())
    none = literal(None)
    q = union_all(
        select(literal("s"), per.c.session_id, per.c.cohort_id, per.c.session_date, per.c.title,
               per.c.attended, per.c.absent, per.c.unmarked, literal(1)),
        select(literal("c"), none, per.c.cohort_id, none, none, *sums).group_by(per.c.cohort_id),
        select(literal("m"), month_of(per.c.session_date), none, none, none, *sums)
        .group_by(month_of(per.c.session_date)),
        select(literal("t"), none, none, none, none, *sums),
    )
    cohorts = {cid: (name, start) for cid, name, start in s.execute(
        select(Cohort.id, Cohort.name, Cohort.start_date).where(*cohort_conditions(flt))).all()}
    counts: dict[tuple[str, str], int] = {(cid, status): n for cid, status, n in s.execute(
        select(TrainingSession.cohort_id, TrainingSession.status, func.count())
        .join(Cohort, and_(Cohort.id == TrainingSession.cohort_id, *cohort_conditions(flt)))
        .where(TrainingSession.deleted.is_(False), TrainingSession.status.in_((HELD, CANCELLED)),
               in_period(TrainingSession.session_date, flt))
        .group_by(TrainingSession.cohort_id, TrainingSession.status)).all()}
    sessions, months, tallies = [], [], {}
    total = AttendanceTally(0, 0, 0)
    for kind, key, cid, day, title, att, absent, unmarked, n in s.execute(q).all():
        tally = AttendanceTally(int(att or 0), int(absent or 0), int(unmarked or 0))
        if kind == "s":
            sessions.append(SessionAttendanceRow(key, cid, cohorts[cid][0], day, title, tally))
        elif kind == "c":
            tallies[cid] = tally
        elif kind == "m":
            months.append(MonthAttendanceRow(month_date(key), tally))
        elif n:
            total = tally
    rows = tuple(CohortAttendanceRow(cid, name, start, counts.get((cid, HELD), 0), counts.get((cid, CANCELLED), 0),
                                     tallies.get(cid, AttendanceTally(0, 0, 0)))
                 for cid, (name, start) in sorted(cohorts.items(), key=lambda kv: (
                     kv[1][1] is None, kv[1][1] or "", kv[1][0].casefold(), kv[0])))
    return AttendanceFigure(tuple(sorted(sessions, key=lambda r: (r.session_date, r.cohort_name.casefold(),
                                                                   r.session_id))),
                            rows, tuple(sorted(months, key=lambda m: m.month)), total)
