"""Attendance rate per session, per cohort and per month, under the rules of services/attendance.py.

Counted: HELD sessions only (cancelled and planned ones are left out; cancelled ones are counted apart
per cohort) of the cohorts in scope, dated in the period; at each, the people in scope whom
`sessions.on_roster` expects there (so a session before a trainee's enrolment never counts), with
their live mark: attended = present + late, absent, and unmarked (expected, no mark: not an absence).
Excused and not-expected marks leave the denominator, as in the attendance service.

The per-session tallies come from the derived tables of analytics/facts.py: `an_session` (everyone
expected) or, with a sex, rank or unit filter, the sum of the `an_session_group` rows of the people in
scope. One statement rolls them up by cohort, by month and in total with UNION ALL. With a sex, rank
or unit filter, `sessions` and `months` cover the held sessions of the cohorts where someone in scope
is enrolled (a women's filter does not list the sessions of all-male cohorts as 0 of 0); every cohort
in scope still has its row, with its held and cancelled counts. Above SESSION_LIST_MAX held sessions
the sessions are not listed one by one (see there).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from trainmgr.db.models import Cohort, EnrolmentFact, SessionFact, SessionGroupFact, SessionSexFact
from trainmgr.domain.analytics_records import (
    AnalyticsFilter,
    AttendanceFigure,
    AttendanceTally,
    CohortAttendanceRow,
    MonthAttendanceRow,
    SessionAttendanceRow,
)
from trainmgr.domain.enums import SessionStatus
from trainmgr.services.analytics.filters import (
    cohort_conditions,
    cohort_scope,
    fact_people,
    in_period,
    month_date,
    month_of,
    people_narrowed,
)

HELD, CANCELLED = SessionStatus.HELD.value, SessionStatus.CANCELLED.value


# Above this many held sessions in scope the sessions are not listed one by one (a chart of tens of
# thousands of points says nothing, and building them costs most of the figure): the cohorts, months
# and total still cover them all, and the figure says how many were left unlisted.
SESSION_LIST_MAX = 5000


def _per_session(s: Session, flt: AnalyticsFilter) -> Any:
    """CTE: the held sessions in scope with the attendance of the people in scope."""
    f = SessionFact
    held = [f.status == HELD, in_period(f.session_date, flt), cohort_scope(s, flt, f.cohort_id)]
    if not people_narrowed(flt):
        return (select(f.session_id, f.cohort_id, f.session_date, f.attended, f.absent, f.unmarked)
                .where(*held).cte("per_session"))
    enrolled = select(EnrolmentFact.cohort_id).where(*fact_people(flt, EnrolmentFact))
    if not (flt.unit_id or flt.rank_id):  # by sex alone: one derived row per session and sex
        x = SessionSexFact
        return (select(f.session_id, f.cohort_id, f.session_date, func.coalesce(x.attended, 0).label("attended"),
                       func.coalesce(x.absent, 0).label("absent"), func.coalesce(x.unmarked, 0).label("unmarked"))
                .outerjoin(x, and_(x.session_id == f.session_id, x.sex == flt.sex))
                .where(*held, f.cohort_id.in_(enrolled))
                .cte("per_session"))
    g = SessionGroupFact
    people = (select(g.session_id, func.sum(g.attended).label("attended"), func.sum(g.absent).label("absent"),
                     func.sum(g.unmarked).label("unmarked"))
              .where(*fact_people(flt, g)).group_by(g.session_id).subquery("people"))  # by their unit or rank index
    return (select(f.session_id, f.cohort_id, f.session_date, func.coalesce(people.c.attended, 0).label("attended"),
                   func.coalesce(people.c.absent, 0).label("absent"),
                   func.coalesce(people.c.unmarked, 0).label("unmarked"))
            .outerjoin(people, people.c.session_id == f.session_id)
            .where(*held, f.cohort_id.in_(enrolled))
            .cte("per_session"))


def attendance(s: Session, flt: AnalyticsFilter) -> AttendanceFigure:
    cohorts = {cid: (name, start) for cid, name, start in s.execute(
        select(Cohort.id, Cohort.name, Cohort.start_date).where(*cohort_conditions(flt))).all()}
    counts: dict[tuple[str, str], int] = {(cid, status): n for cid, status, n in s.execute(
        select(SessionFact.cohort_id, SessionFact.status, func.count())
        .where(SessionFact.status.in_((HELD, CANCELLED)), in_period(SessionFact.session_date, flt),
               cohort_scope(s, flt, SessionFact.cohort_id))
        .group_by(SessionFact.cohort_id, SessionFact.status)).all()}
    held = sum(n for (_cid, status), n in counts.items() if status == HELD)
    listed = held <= SESSION_LIST_MAX
    per = _per_session(s, flt)
    sums = (func.sum(per.c.attended), func.sum(per.c.absent), func.sum(per.c.unmarked), func.count())
    none = literal(None)
    parts = [
        select(literal("c"), none, per.c.cohort_id, none, none, *sums).group_by(per.c.cohort_id),
        select(literal("m"), month_of(per.c.session_date), none, none, none, *sums)
        .group_by(month_of(per.c.session_date)),
        select(literal("t"), none, none, none, none, *sums),
    ]
    if listed:
        parts.insert(0, select(literal("s"), per.c.session_id, per.c.cohort_id, per.c.session_date, SessionFact.title,
                               per.c.attended, per.c.absent, per.c.unmarked, literal(1))
                     .join(SessionFact, SessionFact.session_id == per.c.session_id))
    sessions, months, tallies = [], [], {}
    total = AttendanceTally(0, 0, 0)
    for kind, key, cid, day, title, att, absent, unmarked, n in s.execute(union_all(*parts)).all():
        tally = AttendanceTally(int(att or 0), int(absent or 0), int(unmarked or 0))
        if kind == "s":
            sessions.append(SessionAttendanceRow(key, cid, cohorts[cid][0], day, title, tally))
        elif kind == "c":
            tallies[cid] = tally
        elif kind == "m":
            months.append(MonthAttendanceRow(month_date(key), tally))
        elif n:
            total = tally
    order = {cid: i for i, (cid, _v) in enumerate(sorted(cohorts.items(), key=lambda kv: (
        kv[1][1] is None, kv[1][1] or "", kv[1][0].casefold(), kv[0])))}
    folded = {cid: name.casefold() for cid, (name, _start) in cohorts.items()}
    rows = tuple(CohortAttendanceRow(cid, cohorts[cid][0], cohorts[cid][1], counts.get((cid, HELD), 0),
                                     counts.get((cid, CANCELLED), 0), tallies.get(cid, AttendanceTally(0, 0, 0)))
                 for cid in sorted(order, key=order.__getitem__))
    return AttendanceFigure(tuple(sorted(sessions, key=lambda r: (r.session_date, folded[r.cohort_id], r.session_id))),
                            rows, tuple(sorted(months, key=lambda m: m.month)), total,
                            sessions_not_listed=0 if listed else held)
