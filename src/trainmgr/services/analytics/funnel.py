"""The completion funnel: nominated → enrolled → attended enough → passed → followed up.

Over the live enrolments of the cohorts in scope (a period keeps the cohorts overlapping it) of the
people in scope. Each stage is a subset of the one before:
- nominated: every enrolment (whatever its status: everyone starts as a nominee or enrolled);
- enrolled: enrolled, completed or failed — or withdrawn/transferred after being counted at a held
  session (a nominee withdrawn before the course never joined it);
- attended enough: enrolled, completed or failed (the trainees completion decides, as in
  services/completion.py) whose attendance rate — the rule of services/attendance.py, rounded to one
  decimal as there — reaches the cohort's minimum; a cohort without a minimum does not check it
  (completion does not either), but a cohort with one and no counted session has not reached it;
- passed: completed (the completion decision, applied);
- followed up: a done follow-up observation of that trainee for that cohort.

SQL: the per-trainee tallies (GROUP BY cohort, person over the marks of held sessions the trainee
was expected at) joined to the enrolments, then one GROUP BY cohort × sex of the stage flags, rolled
up by cohort and by sex with UNION ALL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_, select, true, union_all
from sqlalchemy.orm import Session

from trainmgr.db.models import Attendance, Cohort, Enrolment, FollowUp, Person, TrainingSession
from trainmgr.domain.analytics_records import (
    FUNNEL_STAGES,
    AnalyticsFilter,
    FunnelCohortRow,
    FunnelFigure,
    FunnelStage,
)
from trainmgr.domain.enums import AttendanceStatus, FollowUpStatus, SessionStatus, Sex
from trainmgr.services.analytics.filters import (
    cohort_conditions,
    cohorts_in_scope,
    cohorts_of_people,
    few_people,
    person_conditions,
    person_in_scope,
)
from trainmgr.services.attendance import ATTENDED
from trainmgr.services.completion import DECIDED
from trainmgr.services.sessions import LEFT, ON_ROSTER, on_roster

COMPLETED = "completed"


def person_tallies(flt: AnalyticsFilter, few: bool = False) -> Any:
    """Subquery: (cohort, person) → attended and counted sessions (held, expected, marked present/late/absent)."""
    status = Attendance.status
    attended = func.sum(case((status.in_(ATTENDED), 1), else_=0))
    counted = func.sum(case((status.in_((*ATTENDED, AttendanceStatus.ABSENT.value)), 1), else_=0))
    # With a filter selecting few people, only the registers of the cohorts where someone in scope is enrolled are read.
    narrow = ([TrainingSession.cohort_id.in_(cohorts_of_people(flt)), person_in_scope(Attendance.person_id, flt)]
              if few else [])
    return (select(TrainingSession.cohort_id, Attendance.person_id, attended.label("attended"),
                   counted.label("counted"))
            .select_from(Attendance)
            .join(TrainingSession, Attendance.session_id == TrainingSession.id)
            .join(Enrolment, and_(Enrolment.cohort_id == TrainingSession.cohort_id,
                                  Enrolment.person_id == Attendance.person_id, on_roster(TrainingSession.session_date)))
            .where(Attendance.deleted.is_(False), TrainingSession.deleted.is_(False),
                   TrainingSession.status == SessionStatus.HELD.value,
                   TrainingSession.cohort_id.in_(cohorts_in_scope(flt)), *narrow)
            .group_by(TrainingSession.cohort_id, Attendance.person_id)
            .subquery("tallies"))


def _flags(flt: AnalyticsFilter, few: bool) -> Any:
    """CTE: per cohort × sex, how many enrolments reach each stage."""
    t = person_tallies(flt, few)
    counted = func.coalesce(t.c.counted, 0)
    rate = func.round(literal(100.0) * t.c.attended / func.nullif(t.c.counted, 0), 1)
    status = Enrolment.status
    enrolled = or_(status.in_(ON_ROSTER), and_(status.in_(LEFT), counted > 0))
    attended = and_(status.in_(DECIDED), or_(Cohort.min_attendance_pct.is_(None),
                                             and_(counted > 0, rate >= Cohort.min_attendance_pct)))
    passed = and_(attended, status == COMPLETED)
    followed = and_(passed, exists().where(
        FollowUp.person_id == Enrolment.person_id, FollowUp.cohort_id == Enrolment.cohort_id,
        FollowUp.deleted.is_(False), FollowUp.status == FollowUpStatus.DONE.value))

    def n(cond: Any) -> Any:
        return func.sum(case((cond, 1), else_=0))

    return (select(Enrolment.cohort_id, Person.sex, func.count().label("nominated"), n(enrolled).label("enrolled"),
                   n(attended).label("attended"), n(passed).label("passed"), n(followed).label("followed"))
            .select_from(Enrolment)
            .join(Cohort, and_(Cohort.id == Enrolment.cohort_id, *cohort_conditions(flt)))
            .join(Person, and_(Person.id == Enrolment.person_id, *person_conditions(flt)))
            .outerjoin(t, and_(t.c.cohort_id == Enrolment.cohort_id, t.c.person_id == Enrolment.person_id))
            .where(Enrolment.deleted.is_(False),
                   Enrolment.cohort_id.in_(cohorts_of_people(flt)) if few else true())
            .group_by(Enrolment.cohort_id, Person.sex)
            .cte("funnel_flags"))


def funnel(s: Session, flt: AnalyticsFilter) -> FunnelFigure:
    f = _flags(flt, few_people(s, flt))
    sums = [func.sum(c) for c in (f.c.nominated, f.c.enrolled, f.c.attended, f.c.passed, f.c.followed)]
    q = union_all(select(literal("c"), f.c.cohort_id, *sums).group_by(f.c.cohort_id),
                  select(literal("s"), f.c.sex, *sums).group_by(f.c.sex))
    by_cohort: dict[str, tuple[int, ...]] = {}
    by_sex: dict[str, tuple[int, ...]] = {}
    for kind, key, *counts in s.execute(q).all():
        (by_cohort if kind == "c" else by_sex)[key] = tuple(int(c or 0) for c in counts)
    zero = (0,) * len(FUNNEL_STAGES)
    sexes = {sex.value: by_sex.get(sex.value, zero) for sex in Sex}
    stages = tuple(FunnelStage(stage, sum(v[i] for v in sexes.values()), sexes[Sex.FEMALE.value][i],
                               sexes[Sex.MALE.value][i], sexes[Sex.NOT_RECORDED.value][i])
                   for i, stage in enumerate(FUNNEL_STAGES))
    cohorts = s.execute(select(Cohort.id, Cohort.name, Cohort.start_date).where(*cohort_conditions(flt))
                        .order_by(Cohort.start_date.is_(None), Cohort.start_date, Cohort.name, Cohort.id)).all()
    rows = tuple(FunnelCohortRow(cid, name, *by_cohort.get(cid, zero)) for cid, name, _start in cohorts)
    return FunnelFigure(stages, rows)
