"""Cohort pre/post score distributions and gain per competency.

Scores: live results with a score on the live pre-tests and post-tests of the cohorts in scope (see
filters.py: a period keeps the cohorts that overlap it, so a pre-test and its post-test stay
together), of people in scope. A score is a percentage of its maximum: the competency's maximum on
that instrument (a competency the instrument no longer measures is left out, as on the score grid),
or the instrument's maximum for an overall score.

Per trainee, cohort and competency (SQL GROUP BY over the results): pre = the mean of their pre-test
scores, post = the best of their post-test scores (a re-sit counts, as for completion). Then one SQL
GROUP BY over those per-trainee scores by competency and 10 %-wide pre bin × post bin gives counts,
sums, minima and maxima; the gain rows and the two histograms are exact sums of those few groups.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, and_, case, cast, func, literal, select
from sqlalchemy.orm import Session

from trainmgr.db.models import Competency, Instrument, InstrumentCompetency, Person, Result
from trainmgr.domain.analytics_records import (
    PHASE_POST,
    PHASE_PRE,
    AnalyticsFilter,
    GainRow,
    ScoreBin,
    ScoreFigure,
)
from trainmgr.domain.enums import InstrumentKind
from trainmgr.services.analytics.filters import cohorts_in_scope, few_people, person_conditions, person_in_scope

BINS = 10
WIDTH = 100.0 / BINS
PRE, POST = InstrumentKind.PRE_TEST.value, InstrumentKind.POST_TEST.value


def per_trainee(flt: AnalyticsFilter, few: bool = False) -> Any:
    """Subquery: (cohort, person, competency) → pre % (mean of pre-tests) and post % (best post-test)."""
    top = case((Result.competency_id.is_(None), Instrument.max_score), else_=InstrumentCompetency.max_score)
    percent = literal(100.0) * Result.score / top
    q = select(Instrument.cohort_id, Result.person_id, Result.competency_id,
               func.avg(case((Instrument.kind == PRE, percent))).label("pre"),
               func.max(case((Instrument.kind == POST, percent))).label("post"))
    if few:
        # Driven by the few people selected (their results by index): `|| ''` keeps SQLite from driving by
        # the instruments instead, which reads every score of the programme for a unit of a few hundred.
        q = (q.select_from(Person).join(Result, Result.person_id == Person.id)
             .join(Instrument, Instrument.id == Result.instrument_id.concat(""))
             .where(*person_conditions(flt)))
    else:
        q = (q.select_from(Result).join(Instrument, Instrument.id == Result.instrument_id)
             .where(person_in_scope(Result.person_id, flt)))
    return (q.outerjoin(InstrumentCompetency, and_(InstrumentCompetency.instrument_id == Result.instrument_id,
                                                   InstrumentCompetency.competency_id == Result.competency_id,
                                                   InstrumentCompetency.deleted.is_(False)))
            .where(Instrument.deleted.is_(False), Instrument.kind.in_((PRE, POST)),
                   Instrument.cohort_id.in_(cohorts_in_scope(flt)),
                   Result.deleted.is_(False), Result.score.is_not(None))
            .group_by(Instrument.cohort_id, Result.person_id, Result.competency_id)
            .subquery("per_trainee"))


def _bin(column: Any) -> Any:
    """SQL: the 0-based 10 %-wide bin of a percentage (100 % falls in the last bin)."""
    return func.min(cast(column / WIDTH, Integer), BINS - 1)


@dataclass
class _Acc:
    """Running sums of one competency over the pre-bin × post-bin groups."""

    n_pre: int = 0
    n_post: int = 0
    n_pair: int = 0
    sum_pre: float = 0.0
    sum_post: float = 0.0
    pair_pre: float = 0.0
    pair_post: float = 0.0
    pre_min: float | None = None
    pre_max: float | None = None
    post_min: float | None = None
    post_max: float | None = None


def _lo(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else min(a, b)


def _hi(a: float | None, b: float | None) -> float | None:
    return b if a is None else a if b is None else max(a, b)


def scores(s: Session, flt: AnalyticsFilter) -> ScoreFigure:
    per = per_trainee(flt, few_people(s, flt))
    pre_bin, post_bin = _bin(per.c.pre).label("pre_bin"), _bin(per.c.post).label("post_bin")
    q = (select(per.c.competency_id, pre_bin, post_bin, func.count(), func.sum(per.c.pre), func.sum(per.c.post),
                func.min(per.c.pre), func.max(per.c.pre), func.min(per.c.post), func.max(per.c.post))
         .group_by(per.c.competency_id, pre_bin, post_bin))
    accs: dict[str | None, _Acc] = defaultdict(_Acc)
    counts: dict[tuple[str | None, str, int], int] = defaultdict(int)
    for cid, pb, qb, n, spre, spost, pmin, pmax, qmin, qmax in s.execute(q).all():
        a = accs[cid]
        if pb is not None:
            a.n_pre += n
            a.sum_pre += spre
            a.pre_min, a.pre_max = _lo(a.pre_min, pmin), _hi(a.pre_max, pmax)
            counts[(cid, PHASE_PRE, pb)] += n
        if qb is not None:
            a.n_post += n
            a.sum_post += spost
            a.post_min, a.post_max = _lo(a.post_min, qmin), _hi(a.post_max, qmax)
            counts[(cid, PHASE_POST, qb)] += n
        if pb is not None and qb is not None:
            a.n_pair += n
            a.pair_pre += spre
            a.pair_post += spost
    names = _competencies(s, [cid for cid in accs if cid is not None])
    gains = sorted((_gain(cid, names.get(cid, ("", "")), a) for cid, a in accs.items() if cid is None or cid in names),
                   key=lambda g: (g.competency_id is not None, g.code, g.competency_id or ""))
    bins = tuple(ScoreBin(g.competency_id, phase, b * WIDTH, (b + 1) * WIDTH,
                          counts.get((g.competency_id, phase, b), 0))
                 for g in gains for phase in (PHASE_PRE, PHASE_POST) for b in range(BINS))
    return ScoreFigure(tuple(gains), bins, WIDTH)


def _competencies(s: Session, ids: list[str]) -> dict[str, tuple[str, str]]:
    if not ids:
        return {}
    rows = s.execute(select(Competency.id, Competency.code, Competency.title)
                     .where(Competency.id.in_(ids), Competency.deleted.is_(False))).all()
    return {cid: (code, title) for cid, code, title in rows}


def _mean(total: float, n: int) -> float | None:
    return round(total / n, 1) if n else None


def _gain(cid: str | None, name: tuple[str, str], a: _Acc) -> GainRow:
    code, title = name if cid is not None else ("", "Overall")
    pre, post = (a.pair_pre / a.n_pair, a.pair_post / a.n_pair) if a.n_pair else (None, None)
    raw = None if pre is None or post is None else round(post - pre, 1)
    norm = None if pre is None or post is None or pre >= 100 else round((post - pre) / (100 - pre), 3)
    return GainRow(cid, code, title, a.n_pre, a.n_post, a.n_pair, _mean(a.sum_pre, a.n_pre),
                   _mean(a.sum_post, a.n_post), _r1(pre), _r1(post), raw, norm,
                   _r1(a.pre_min), _r1(a.pre_max), _r1(a.post_min), _r1(a.post_max))


def _r1(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
