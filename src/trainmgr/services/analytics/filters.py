"""How an `AnalyticsFilter` becomes SQL: the unit subtree, the people, cohorts and period in scope.

Each figure composes these conditions into its own aggregate query, so the filter means the same
thing everywhere:
- people (trainees counted by the people figures): live, of the filter's sex and rank, whose unit is
  the filter's unit or one of its sub-units (a recursive CTE over `unit.parent_id`), tested on the
  derived tables of analytics/facts.py, which copy each person's sex, unit and rank;
- cohorts: live, of the programme, the filter's cohort, and overlapping the period (a cohort without
  dates is kept: nothing says it is outside);
- a date column "in the period": from ≤ day ≤ to, inclusive.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from trainmgr.db.models import Cohort, Unit
from trainmgr.domain.analytics_records import AnalyticsFilter
from trainmgr.domain.enums import Sex, values
from trainmgr.errors import ValidationError


def check_filter(flt: AnalyticsFilter) -> None:
    """Refuse a filter that cannot mean anything (a clear message instead of an empty chart)."""
    if flt.sex is not None and flt.sex not in values(Sex):
        raise ValidationError(f"Unknown sex: {flt.sex} (use {', '.join(values(Sex))}).")
    if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
        raise ValidationError(f"The period ends ({flt.date_to.isoformat()}) before it starts "
                              f"({flt.date_from.isoformat()}).")


def unit_subtree(unit_id: str) -> Select[Any]:
    """SELECT of the ids of a live unit and all its live sub-units (recursive CTE; UNION stops cycles)."""
    return select(_unit_tree(unit_id).c.id)


@lru_cache(maxsize=64)
def _unit_tree(unit_id: str) -> Any:
    # One CTE object per unit: a statement using the subtree twice (people and their cohorts) renders
    # it once, where two CTEs of the same name would not compile.
    top = select(Unit.id.label("id")).where(Unit.id == unit_id, Unit.deleted.is_(False)).cte(
        "unit_scope", recursive=True)
    child = aliased(Unit)
    return top.union(select(child.id).where(child.parent_id == top.c.id, child.deleted.is_(False)))


def in_period(column: Any, flt: AnalyticsFilter) -> ColumnElement[bool]:
    """`column` (a date) within the filter's period, both ends included; true without a period."""
    conds = []
    if flt.date_from:
        conds.append(column >= flt.date_from)
    if flt.date_to:
        conds.append(column <= flt.date_to)
    return and_(true(), *conds)


def people_narrowed(flt: AnalyticsFilter) -> bool:
    """Whether the filter selects people by an attribute (else only tombstones are left out)."""
    return bool(flt.sex or flt.rank_id or flt.unit_id)


def fact_people(flt: AnalyticsFilter, fact: Any) -> list[ColumnElement[bool]]:
    """The sex/rank/unit conditions on a derived table of db/models/analytics_facts.py, which copies
    each person's sex, unit and rank into their rows (and holds no tombstoned person)."""
    conds: list[ColumnElement[bool]] = []
    if flt.sex:
        conds.append(fact.sex == flt.sex)
    if flt.rank_id:
        conds.append(fact.rank_id == flt.rank_id)
    if flt.unit_id:
        conds.append(fact.unit_id.in_(unit_subtree(flt.unit_id)))
    return conds


def cohort_conditions(flt: AnalyticsFilter, cohort: Any = Cohort) -> list[ColumnElement[bool]]:
    """Conditions on a Cohort: live, programme, cohort, overlapping the period."""
    conds: list[ColumnElement[bool]] = [cohort.deleted.is_(False)]
    if flt.programme_id:
        conds.append(cohort.programme_id == flt.programme_id)
    if flt.cohort_id:
        conds.append(cohort.id == flt.cohort_id)
    if flt.date_from:
        conds.append(or_(func.coalesce(cohort.end_date, cohort.start_date).is_(None),
                         func.coalesce(cohort.end_date, cohort.start_date) >= flt.date_from))
    if flt.date_to:
        conds.append(or_(cohort.start_date.is_(None), cohort.start_date <= flt.date_to))
    return conds


# Up to this share of the live cohorts, a figure reads the derived rows of the cohorts in scope (by
# their index); above it, it reads a covering index in the order it groups by and tests each row's
# cohort, which saves sorting hundreds of thousands of rows. Both give the same figures.
FEW_COHORTS_SHARE = 0.1


def cohort_scope(s: Session, flt: AnalyticsFilter, column: Any) -> ColumnElement[bool]:
    """`column` (a derived row's cohort) is a cohort in scope, with the cheaper reading (see above)."""
    cohorts = select(Cohort.id).where(*cohort_conditions(flt))
    key = ("analytics_few_cohorts", flt)
    if key not in s.info:
        selected = s.scalar(select(func.count()).select_from(cohorts.subquery())) or 0
        everyone = s.scalar(select(func.count()).select_from(Cohort).where(Cohort.deleted.is_(False))) or 0
        s.info[key] = selected <= FEW_COHORTS_SHARE * everyone
    # `|| ''` keeps SQLite from driving the query by the cohorts' index: it scans in index order instead
    return column.in_(cohorts) if s.info[key] else column.concat("").in_(cohorts)


def month_of(column: Any) -> Any:
    """SQL text 'YYYY-MM' of a date column (the GROUP BY key of monthly series)."""
    return func.strftime("%Y-%m", column)


def month_date(key: str) -> date:
    """The first day of the month of a 'YYYY-MM' key."""
    return date(int(key[:4]), int(key[5:7]), 1)


def months_between(first: date, last: date) -> tuple[date, ...]:
    """Every first-of-month from `first`'s month to `last`'s, inclusive."""
    out, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def pct(part: Any, whole: Any) -> Any:
    """SQL: 100 × part / whole as a float (None when whole is 0 or NULL)."""
    return literal(100.0) * part / func.nullif(whole, 0)
