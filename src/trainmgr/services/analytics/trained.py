"""Trainees trained over time: cumulative by month, by sex, unit and rank; sex × unit × rank cells.

A person is trained when an enrolment of theirs in a cohort in scope is completed (the decision of
services/completion.py, applied); the date is the enrolment's status date (the completion date),
else the cohort's end date. A person completing two cohorts counts once, at the first completion.
The period keeps the people whose first completion falls in it (the running totals start at the
period's start); cohorts are not cut by the period here, completions are. People filters apply as
everywhere. Groups are the person's own unit and rank (None: not recorded).

SQL: first completion per person (GROUP BY person), then GROUP BY month × group with the running
total as a window SUM over the months of each group; the months without a new trainee are filled in
with the running total so that every group has a point on every month of the axis.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, literal, select, true, union_all
from sqlalchemy.orm import Session

from trainmgr.db.models import Cohort, Enrolment, Person, Rank, Unit
from trainmgr.domain.analytics_records import (
    BY_RANK,
    BY_SEX,
    BY_UNIT,
    AnalyticsFilter,
    TrainedCell,
    TrainedFigure,
    TrainedPoint,
)
from trainmgr.domain.enums import EnrolmentStatus
from trainmgr.services.analytics.filters import (
    cohort_conditions,
    few_people,
    in_period,
    month_date,
    month_of,
    months_between,
    person_conditions,
)


def trained_people(flt: AnalyticsFilter, few: bool = False) -> Any:
    """CTE: each person in scope trained in the period, with the day of their first completion."""
    undated = AnalyticsFilter(programme_id=flt.programme_id, cohort_id=flt.cohort_id)
    day = func.min(func.coalesce(Enrolment.status_date, Cohort.end_date)).label("day")
    first = (select(Enrolment.person_id, day)
             .join(Cohort, and_(Cohort.id == Enrolment.cohort_id, *cohort_conditions(undated)))
             .where(Enrolment.deleted.is_(False), Enrolment.status == EnrolmentStatus.COMPLETED.value,
                    # with few people selected, only their enrolments are read (by index), not the programme's
                    Enrolment.person_id.in_(select(Person.id).where(*person_conditions(flt)))
                    if few else true())
             .group_by(Enrolment.person_id).subquery("first_completion"))
    return (select(first.c.person_id, first.c.day, Person.sex, Person.unit_id, Person.rank_id)
            .join(Person, and_(Person.id == first.c.person_id, *person_conditions(flt)))
            .where(first.c.day.is_not(None), in_period(first.c.day, flt))
            .cte("trained"))


def trained(s: Session, flt: AnalyticsFilter) -> TrainedFigure:
    people = trained_people(flt, few_people(s, flt))
    month = month_of(people.c.day)

    def by(dimension: str, key: Any, label: Any, join: Any = None) -> Any:
        q = select(literal(dimension), key, func.max(label), month, func.count(),
                   func.sum(func.count()).over(partition_by=key, order_by=month))
        q = q.select_from(people)
        if join is not None:
            q = q.outerjoin(*join)
        return q.group_by(key, month)

    q = union_all(
        by(BY_SEX, people.c.sex, people.c.sex),
        by(BY_UNIT, people.c.unit_id, Unit.name, (Unit, Unit.id == people.c.unit_id)),
        by(BY_RANK, people.c.rank_id, Rank.name, (Rank, Rank.id == people.c.rank_id)),
    )
    sparse = [(dim, key, label or "", month_date(m), int(n), int(cum)) for dim, key, label, m, n, cum in
              s.execute(q).all()]
    cells = tuple(TrainedCell(sex, uid, uname or "", rid, rname or "", int(n)) for sex, uid, uname, rid, rname, n in
                  s.execute(select(people.c.sex, people.c.unit_id, func.max(Unit.name), people.c.rank_id,
                                   func.max(Rank.name), func.count())
                            .outerjoin(Unit, Unit.id == people.c.unit_id).outerjoin(Rank, Rank.id == people.c.rank_id)
                            .group_by(people.c.sex, people.c.unit_id, people.c.rank_id)).all())
    cells = tuple(sorted(cells, key=lambda c: (c.sex, c.unit_name.casefold(), c.rank_name.casefold(),
                                               c.unit_id or "", c.rank_id or "")))
    total = sum(c.count for c in cells)
    months = months_between(min(p[3] for p in sparse), max(p[3] for p in sparse)) if sparse else ()
    return TrainedFigure(_dense(sparse, months), cells, total, months)


def _dense(sparse: list[tuple[str, str | None, str, date, int, int]],
           months: tuple[date, ...]) -> tuple[TrainedPoint, ...]:
    """Every group on every month of the axis: months without a new trainee carry the running total."""
    groups: dict[tuple[str, str | None], tuple[str, dict[date, tuple[int, int]]]] = {}
    for dim, key, label, month, new, cum in sparse:
        groups.setdefault((dim, key), (label, {}))[1][month] = (new, cum)
    out = []
    for (dim, key), (label, by_month) in groups.items():
        running = 0
        for month in months:
            new, running = by_month.get(month, (0, running))
            out.append(TrainedPoint(dim, key, label, month, new, running))
    order = {BY_SEX: 0, BY_UNIT: 1, BY_RANK: 2}
    return tuple(sorted(out, key=lambda p: (order[p.dimension], p.label.casefold(), p.key or "", p.month)))
