"""Gap analysis: the gaps of each unit, ranked by priority × size; gaps training cannot close apart.

Which assessment speaks for a unit (its "current" assessment):
- only live assessments that no live amendment supersedes are candidates;
- a validated or signed assessment is preferred to a draft (a draft is work in progress: its
  findings have not been agreed with the host); a draft counts only when the unit has no other;
- among the preferred ones, the latest by assessment date, then by version.

A gap is required − current where both levels are recorded and the difference is positive.
Ranking: priority weight (high 3, medium 2, low 1) × gap, highest first; ties by competency code,
then unit name.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import Assessment, CapabilityArea, Competency, Finding, Unit
from trainmgr.domain.assessment_records import GapRow
from trainmgr.domain.enums import AssessmentStatus
from trainmgr.services.common import live


def rank_key(row: GapRow) -> tuple[int, str, str]:
    return (-row.score, row.code, row.unit_name)


def current_assessments(s: Session, programme_id: str, unit_id: str | None = None) -> list[Assessment]:
    """Each unit's current assessment in the programme (see the module docstring for the rule)."""
    query = live(Assessment).where(Assessment.programme_id == programme_id)
    if unit_id:
        query = query.where(Assessment.unit_id == unit_id)
    items = s.scalars(query).all()
    superseded = {a.supersedes_id for a in items if a.supersedes_id}
    best: dict[str, Assessment] = {}
    for a in items:
        if a.id in superseded:
            continue
        held = best.get(a.unit_id)
        if held is None or _preference(a) > _preference(held):
            best[a.unit_id] = a
    return sorted(best.values(), key=lambda a: a.unit_id)


def _preference(a: Assessment) -> tuple[bool, object, int, str]:
    return (a.status != AssessmentStatus.DRAFT.value, a.assessed_on, a.version, a.id)


def gaps_of(s: Session, assessments: Iterable[Assessment]) -> list[GapRow]:
    """Every positive gap recorded in these assessments, trainable or not, ranked."""
    by_id = {a.id: a for a in assessments}
    if not by_id:
        return []
    rows = s.execute(
        select(Finding, Competency, CapabilityArea)
        .join(Competency, Finding.competency_id == Competency.id)
        .join(CapabilityArea, Competency.area_id == CapabilityArea.id)
        .where(Finding.assessment_id.in_(by_id), Finding.deleted.is_(False), Competency.deleted.is_(False),
               Finding.current_level.is_not(None), Finding.required_level.is_not(None),
               Finding.required_level > Finding.current_level)
    ).all()
    units = dict(s.execute(select(Unit.id, Unit.name).where(Unit.id.in_({a.unit_id for a in by_id.values()}))).all())
    out = []
    for f, c, area in rows:
        a = by_id[f.assessment_id]
        out.append(GapRow(
            unit_id=a.unit_id, unit_name=units.get(a.unit_id, ""), assessment_id=a.id, assessment_kind=a.kind,
            assessed_on=a.assessed_on, competency_id=c.id, code=c.code, title=c.title, area_id=area.id,
            area_title=area.title, current_level=f.current_level, required_level=f.required_level,
            priority=f.priority, confidence=f.confidence, trainable=f.trainable,
            non_training_response=f.non_training_response,
        ))
    return sorted(out, key=rank_key)


class GapService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ranked(self, programme_id: str, unit_id: str | None = None) -> list[GapRow]:
        """Trainable gaps of each unit's current assessment, highest priority × gap first."""
        with self._db.read() as s:
            return [g for g in gaps_of(s, current_assessments(s, programme_id, unit_id)) if g.trainable]

    def non_trainable(self, programme_id: str, unit_id: str | None = None) -> list[GapRow]:
        """Gaps training cannot close (equipment, staffing, policy...), with their non-training response."""
        with self._db.read() as s:
            return [g for g in gaps_of(s, current_assessments(s, programme_id, unit_id)) if not g.trainable]

    def current_assessment_ids(self, programme_id: str, unit_id: str | None = None) -> list[str]:
        with self._db.read() as s:
            return [a.id for a in current_assessments(s, programme_id, unit_id)]
