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

SQL: the derived enrolment rows of analytics/facts.py (live enrolments of live people, with their
attended and counted sessions — held, expected, marked present/late/absent — and their follow-up),
one GROUP BY cohort × sex of the stage flags, rolled up by cohort and by sex with UNION ALL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from trainmgr.db.models import Cohort, CohortFunnelFact, EnrolmentFact
from trainmgr.domain.analytics_records import (
    FUNNEL_STAGES,
    AnalyticsFilter,
    FunnelCohortRow,
    FunnelFigure,
    FunnelStage,
)
from trainmgr.domain.enums import Sex
from trainmgr.services.analytics.filters import cohort_conditions, fact_people
from trainmgr.services.completion import DECIDED
from trainmgr.services.sessions import LEFT, ON_ROSTER

COMPLETED = "completed"


def stage_counts(e: Any = EnrolmentFact) -> list[Any]:
    """SQL: per group of derived enrolment rows (joined to their Cohort), how many reach each stage."""
    rate = func.round(literal(100.0) * e.attended / func.nullif(e.counted, 0), 1)
    status = e.status
    enrolled = or_(status.in_(ON_ROSTER), and_(status.in_(LEFT), e.counted > 0))
    attended = and_(status.in_(DECIDED), or_(Cohort.min_attendance_pct.is_(None),
                                             and_(e.counted > 0, rate >= Cohort.min_attendance_pct)))
    passed = and_(attended, status == COMPLETED)
    followed = and_(passed, e.followed == 1)

    def n(cond: Any) -> Any:
        return func.sum(case((cond, 1), else_=0))

    return [func.count().label("nominated"), n(enrolled).label("enrolled"), n(attended).label("attended"),
            n(passed).label("passed"), n(followed).label("followed")]


def _flags(flt: AnalyticsFilter) -> Any:
    """CTE: per cohort × sex, how many enrolments reach each stage: kept per cohort and sex by
    analytics/facts.py, or, with a unit or rank filter, counted over the derived enrolment rows."""
    if not (flt.unit_id or flt.rank_id):
        f = CohortFunnelFact
        return (select(f.cohort_id, f.sex, f.nominated, f.enrolled, f.attended, f.passed, f.followed)
                .join(Cohort, and_(Cohort.id == f.cohort_id, *cohort_conditions(flt)))
                .where(*fact_people(flt, f))
                .cte("funnel_flags"))
    e = EnrolmentFact
    return (select(e.cohort_id, e.sex, *stage_counts(e))
            .join(Cohort, and_(Cohort.id == e.cohort_id, *cohort_conditions(flt)))
            .where(*fact_people(flt, e))
            .group_by(e.cohort_id, e.sex)
            .cte("funnel_flags"))


def funnel(s: Session, flt: AnalyticsFilter) -> FunnelFigure:
    f = _flags(flt)
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
