"""Unit capability per competency: baseline vs latest assessment vs required level (gap closure).

Which assessments: live ones of the programme, of the filter's unit and its sub-units, dated in the
period, that no live amendment supersedes. Per unit, the *latest* is the one services/gaps.py calls
current (validated or signed preferred to a draft, then the latest date, version, id) and the
*baseline* the earliest by the same preference (validated or signed first, then the earliest date,
version, id). A unit with one assessment has the same baseline and latest. Both are picked with
window functions in SQL; the levels of the latest assessment's findings are paired with the same
competency's finding in the baseline, and the per-competency figures are SQL averages over units.
Gaps are measured against the latest assessment's required level (the current target), or the
baseline's when the latest has none. Sex, rank and cohort do not apply: assessments are of units.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from trainmgr.db.models import Assessment, CapabilityArea, Competency, Finding, Unit
from trainmgr.domain.analytics_records import AnalyticsFilter, CapabilityFigure, CapabilityRow, CapabilityUnitRow
from trainmgr.domain.enums import AssessmentStatus
from trainmgr.services.analytics.filters import in_period, unit_subtree


def _pairs(flt: AnalyticsFilter) -> Any:
    """Subquery: one row per unit × competency of the unit's latest assessment, with its baseline."""
    newer = aliased(Assessment)
    draft_last = case((Assessment.status == AssessmentStatus.DRAFT.value, 1), else_=0)
    conds = [Assessment.deleted.is_(False), in_period(Assessment.assessed_on, flt),
             ~exists().where(newer.supersedes_id == Assessment.id, newer.deleted.is_(False))]
    if flt.programme_id:
        conds.append(Assessment.programme_id == flt.programme_id)
    if flt.unit_id:
        conds.append(Assessment.unit_id.in_(unit_subtree(flt.unit_id)))
    ranked = select(
        Assessment.id, Assessment.unit_id, Assessment.assessed_on,
        func.row_number().over(partition_by=Assessment.unit_id, order_by=(
            draft_last, Assessment.assessed_on.desc(), Assessment.version.desc(), Assessment.id.desc())).label("nl"),
        func.row_number().over(partition_by=Assessment.unit_id, order_by=(
            draft_last, Assessment.assessed_on, Assessment.version, Assessment.id)).label("nb"),
    ).where(*conds).cte("ranked")
    latest, base = ranked.alias("latest"), ranked.alias("base")
    fl, fb = aliased(Finding), aliased(Finding)
    return (select(latest.c.unit_id, fl.competency_id, latest.c.id.label("latest_id"),
                   latest.c.assessed_on.label("latest_on"), fl.current_level.label("latest_level"),
                   func.coalesce(fl.required_level, fb.required_level).label("required_level"),
                   base.c.id.label("base_id"), base.c.assessed_on.label("base_on"),
                   fb.current_level.label("base_level"))
            .select_from(latest)
            .join(fl, and_(fl.assessment_id == latest.c.id, fl.deleted.is_(False)))
            .join(base, and_(base.c.unit_id == latest.c.unit_id, base.c.nb == 1))
            .outerjoin(fb, and_(fb.assessment_id == base.c.id, fb.competency_id == fl.competency_id,
                                fb.deleted.is_(False)))
            .where(latest.c.nl == 1)
            .subquery("pairs"))


def capability(s: Session, flt: AnalyticsFilter) -> CapabilityFigure:
    pairs = _pairs(flt)
    live_comp = and_(Competency.id == pairs.c.competency_id, Competency.deleted.is_(False))
    req = pairs.c.required_level
    agg = (select(Competency.id, Competency.code, Competency.title, CapabilityArea.title,
                  func.count(), func.avg(pairs.c.base_level), func.avg(pairs.c.latest_level), func.avg(req),
                  func.avg(req - pairs.c.base_level), func.avg(req - pairs.c.latest_level),
                  func.sum(case((pairs.c.latest_level > pairs.c.base_level, 1), else_=0)))
           .select_from(pairs).join(Competency, live_comp)
           .join(CapabilityArea, CapabilityArea.id == Competency.area_id)
           .group_by(Competency.id).order_by(Competency.code, Competency.id))
    rows = tuple(CapabilityRow(cid, code, title, area or "", int(n), _f(b), _f(lt), _f(r), _f(bg), _f(lg), int(up or 0))
                 for cid, code, title, area, n, b, lt, r, bg, lg, up in s.execute(agg).all())
    detail = (select(pairs.c.unit_id, Unit.name, pairs.c.competency_id, Competency.code, pairs.c.base_id,
                     pairs.c.base_on, pairs.c.base_level, pairs.c.latest_id, pairs.c.latest_on,
                     pairs.c.latest_level, req)
              .select_from(pairs).join(Competency, live_comp).join(Unit, Unit.id == pairs.c.unit_id)
              .order_by(Unit.name, Unit.id, Competency.code, Competency.id))
    units = tuple(CapabilityUnitRow(*row) for row in s.execute(detail).all())
    return CapabilityFigure(rows, units, len({u.unit_id for u in units}))


def _f(value: Any) -> float | None:
    return None if value is None else round(float(value), 2)
