"""What the filter bar of the Progress page offers for one programme."""

from __future__ import annotations

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from trainmgr.db.models import Assessment, Cohort, Competency, Finding, Instrument, InstrumentCompetency, Rank
from trainmgr.domain.analytics_records import FilterOption, FilterOptions
from trainmgr.domain.records import UnitRow


def unit_options(units: list[UnitRow]) -> tuple[FilterOption, ...]:
    """Units in tree order (as UnitService.list gives them), indented by their depth."""
    parent = {u.id: u.parent_id for u in units}
    out = []
    for u in units:
        depth, up, seen = 0, u.parent_id, {u.id}
        while up in parent and up not in seen:
            seen.add(up)
            depth, up = depth + 1, parent[up]
        out.append(FilterOption(u.id, u.name if not u.code else f"{u.name} ({u.code})", depth))
    return tuple(out)


def filter_options(s: Session, programme_id: str, units: list[UnitRow]) -> FilterOptions:
    cohorts = tuple(FilterOption(cid, name) for cid, name in s.execute(
        select(Cohort.id, Cohort.name).where(Cohort.programme_id == programme_id, Cohort.deleted.is_(False))
        .order_by(Cohort.start_date.is_(None), Cohort.start_date, Cohort.name, Cohort.id)).all())
    ranks = tuple(FilterOption(rid, name) for rid, name in s.execute(
        select(Rank.id, Rank.name).where(Rank.programme_id == programme_id, Rank.deleted.is_(False))
        .order_by(Rank.sort_order, Rank.name, Rank.id)).all())
    measured = union(
        select(InstrumentCompetency.competency_id).join(Instrument, Instrument.id == InstrumentCompetency.instrument_id)
        .where(Instrument.programme_id == programme_id, Instrument.deleted.is_(False),
               InstrumentCompetency.deleted.is_(False)),
        select(Finding.competency_id).join(Assessment, Assessment.id == Finding.assessment_id)
        .where(Assessment.programme_id == programme_id, Assessment.deleted.is_(False), Finding.deleted.is_(False)),
    ).subquery()
    competencies = tuple(FilterOption(cid, f"{code} {title}") for cid, code, title in s.execute(
        select(Competency.id, Competency.code, Competency.title)
        .where(Competency.id.in_(select(measured.c.competency_id)), Competency.deleted.is_(False))
        .order_by(Competency.code, Competency.id)).all())
    live_cohort = (Cohort.programme_id == programme_id) & Cohort.deleted.is_(False)
    first, last = s.execute(select(func.min(Cohort.start_date), func.max(func.coalesce(Cohort.end_date,
                                                                                          Cohort.start_date)))
                            .where(live_cohort)).one()
    a_first, a_last = s.execute(select(func.min(Assessment.assessed_on), func.max(Assessment.assessed_on))
                                .where(Assessment.programme_id == programme_id, Assessment.deleted.is_(False))).one()
    firsts = [d for d in (first, a_first) if d is not None]
    lasts = [d for d in (last, a_last) if d is not None]
    return FilterOptions(unit_options(units), cohorts, ranks, competencies, min(firsts, default=None),
                         max(lasts, default=None))
