"""Cohort pre/post score distributions and gain per competency.

Scores: live results with a score on the live pre-tests and post-tests of the cohorts in scope (see
filters.py: a period keeps the cohorts that overlap it, so a pre-test and its post-test stay
together), of people in scope. A score is a percentage of its maximum: the competency's maximum on
that instrument (a competency the instrument no longer measures is left out, as on the score grid),
or the instrument's maximum for an overall score.

Per trainee, cohort and competency: pre = the mean of their pre-test scores, post = the best of their
post-test scores (a re-sit counts, as for completion), kept with their 10 %-wide bins in the derived
table `an_score` by analytics/facts.py. One SQL GROUP BY by competency × pre bin × post bin gives
counts, sums, minima and maxima — over the per-trainee rows in scope, or, for a whole programme (of
one sex at most), over the programme-wide groups facts.py keeps — and the gain rows and the two
histograms are exact sums of those few groups.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.models import Competency, ProgrammeScoreFact, ScoreFact
from trainmgr.domain.analytics_records import (
    PHASE_POST,
    PHASE_PRE,
    AnalyticsFilter,
    GainRow,
    ScoreBin,
    ScoreFigure,
)
from trainmgr.services.analytics.facts import BINS
from trainmgr.services.analytics.filters import cohort_scope, fact_people

WIDTH = 100.0 / BINS


def per_trainee(s: Session, flt: AnalyticsFilter) -> Any:
    """Subquery: (cohort, person, competency) → pre % and post % and their bins, of the cohorts and
    people in scope, from the derived rows of analytics/facts.py (which apply the rules above)."""
    f = ScoreFact
    return (select(f.competency_id, f.pre, f.post, f.pre_bin, f.post_bin)
            .where(cohort_scope(s, flt, f.cohort_id), *fact_people(flt, f))
            .subquery("per_trainee"))


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


def programme_wide(flt: AnalyticsFilter) -> bool:
    """Whether the filter takes in every live cohort of one programme, narrowed by sex at most: the
    figures can then add up the programme-wide rows of analytics/facts.py."""
    return bool(flt.programme_id) and not (flt.cohort_id or flt.date_from or flt.date_to or flt.unit_id
                                           or flt.rank_id)


def _groups(s: Session, flt: AnalyticsFilter) -> Any:
    """SELECT: per competency × pre bin × post bin, count, sums, minima and maxima."""
    if programme_wide(flt):
        p = ProgrammeScoreFact
        return (select(p.competency_id, p.pre_bin, p.post_bin, func.sum(p.n), func.sum(p.sum_pre),
                       func.sum(p.sum_post), func.min(p.min_pre), func.max(p.max_pre), func.min(p.min_post),
                       func.max(p.max_post))
                .where(p.programme_id == flt.programme_id, *([p.sex == flt.sex] if flt.sex else []))
                .group_by(p.competency_id, p.pre_bin, p.post_bin))
    per = per_trainee(s, flt)
    return (select(per.c.competency_id, per.c.pre_bin, per.c.post_bin, func.count(), func.sum(per.c.pre),
                   func.sum(per.c.post), func.min(per.c.pre), func.max(per.c.pre), func.min(per.c.post),
                   func.max(per.c.post))
            .group_by(per.c.competency_id, per.c.pre_bin, per.c.post_bin))


def scores(s: Session, flt: AnalyticsFilter) -> ScoreFigure:
    q = _groups(s, flt)
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
