"""Trainees trained over time: cumulative by month, by sex, unit and rank; sex × unit × rank cells.

A person is trained when an enrolment of theirs in a cohort in scope is completed (the decision of
services/completion.py, applied); the date is the enrolment's status date (the completion date),
else the cohort's end date. A person completing two cohorts counts once, at the first completion.
The period keeps the people whose first completion falls in it (the running totals start at the
period's start); cohorts are not cut by the period here, completions are. People filters apply as
everywhere. Groups are the person's own unit and rank (None: not recorded).

SQL: first completion per person (GROUP BY person over the derived enrolment rows of
analytics/facts.py, read in person order from a covering index), then one GROUP BY sex × unit × rank
× month; those few groups are summed into the cells and, per sex, unit and rank, into monthly counts
with their running total. The months without a new trainee are filled in with the running total so
that every group has a point on every month of the axis.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.models import EnrolmentFact, ProgrammeTrainedFact, Rank, Unit
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
    cohort_scope,
    fact_people,
    in_period,
    month_date,
    month_of,
    months_between,
)


def trained_people(s: Session, flt: AnalyticsFilter) -> Any:
    """CTE: each person in scope trained in the period, with the day of their first completion and
    their sex, unit and rank: from the programme-wide rows of analytics/facts.py, or for one cohort
    from its derived enrolment rows."""
    if flt.programme_id and not flt.cohort_id:
        p = ProgrammeTrainedFact
        return (select(p.person_id, p.day, p.month, p.sex, p.unit_id, p.rank_id)
                .where(p.programme_id == flt.programme_id, in_period(p.day, flt), *fact_people(flt, p))
                .cte("trained"))
    undated = AnalyticsFilter(programme_id=flt.programme_id, cohort_id=flt.cohort_id)
    e = EnrolmentFact
    day = func.min(e.done_day).label("day")
    return (select(e.person_id, day, month_of(day).label("month"), func.max(e.sex).label("sex"),
                   func.max(e.unit_id).label("unit_id"), func.max(e.rank_id).label("rank_id"))
            .where(e.status == EnrolmentStatus.COMPLETED.value, cohort_scope(s, undated, e.cohort_id),
                   *fact_people(flt, e))
            .group_by(e.person_id)
            .having(day.is_not(None), in_period(day, flt))
            .cte("trained"))


def trained(s: Session, flt: AnalyticsFilter) -> TrainedFigure:
    people = trained_people(s, flt)
    month = people.c.month
    groups = s.execute(select(people.c.sex, people.c.unit_id, people.c.rank_id, month, func.count())
                       .group_by(people.c.sex, people.c.unit_id, people.c.rank_id, month)).all()
    units = _names(s, Unit, {g[1] for g in groups})
    ranks = _names(s, Rank, {g[2] for g in groups})
    # the few groups (sex × unit × rank × month) summed into the cells and the three monthly series
    cell_counts: dict[tuple[str, str | None, str | None], int] = defaultdict(int)
    new: dict[tuple[str, str | None], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sex, unit_id, rank_id, m, n in groups:
        cell_counts[(sex, unit_id, rank_id)] += n
        for key in ((BY_SEX, sex), (BY_UNIT, unit_id), (BY_RANK, rank_id)):
            new[key][m] += n
    labels = {BY_SEX: lambda k: k or "", BY_UNIT: lambda k: units.get(k, ""), BY_RANK: lambda k: ranks.get(k, "")}
    sparse = []
    for (dim, key), by_month in new.items():
        running = 0
        for m in sorted(by_month):
            running += by_month[m]
            sparse.append((dim, key, labels[dim](key), month_date(m), by_month[m], running))
    cells = tuple(sorted((TrainedCell(sex, uid, units.get(uid, ""), rid, ranks.get(rid, ""), n)
                          for (sex, uid, rid), n in cell_counts.items()),
                         key=lambda c: (c.sex, c.unit_name.casefold(), c.rank_name.casefold(), c.unit_id or "",
                                        c.rank_id or "")))
    total = sum(c.count for c in cells)
    months = months_between(min(p[3] for p in sparse), max(p[3] for p in sparse)) if sparse else ()
    return TrainedFigure(_dense(sparse, months), cells, total, months)


def _names(s: Session, model: Any, ids: set[str | None]) -> dict[str | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {i: name or "" for i, name in s.execute(select(model.id, model.name).where(model.id.in_(wanted))).all()}


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
