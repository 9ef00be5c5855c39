"""One trainee's level per competency over time, on one date axis (0..100).

Sources:
- tests: results on pre-tests, post-tests and practical checklists (EvaluationService.trainee_progress,
  reused as is: a score as % of the maximum it was scored out of; a GO/NO-GO without a score is 100 or 0);
- observations: results on observation and follow-up instruments, the same way;
- their unit's needs assessments: findings are recorded per unit, not per person, so these points
  are the level of the trainee's own unit (live validated or signed assessments no live amendment
  supersedes: a draft has not been agreed with the host), level/5×100;
- follow-up observations back at the unit (FollowUp rows), listed apart: they record whether the
  trainee applies the training, not a level per competency.
Reaction surveys measure satisfaction, not a level, and are left out; so is a result with no date
(neither observed nor given on a day): it has no place on a date axis.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, aliased

from trainmgr.db.models import Assessment, Competency, Finding, FollowUp, Person, Unit
from trainmgr.domain.analytics_records import (
    SOURCE_OBSERVATION,
    SOURCE_TEST,
    SOURCE_UNIT_ASSESSMENT,
    FollowUpPoint,
    ProgressPoint,
    TraineeProgress,
)
from trainmgr.domain.enums import AssessmentStatus, InstrumentKind
from trainmgr.domain.evaluation_records import CompetencyProgress
from trainmgr.services.common import get_live

K = InstrumentKind
SOURCES = {K.PRE_TEST.value: SOURCE_TEST, K.POST_TEST.value: SOURCE_TEST, K.PRACTICAL_CHECKLIST.value: SOURCE_TEST,
           K.OBSERVATION.value: SOURCE_OBSERVATION, K.FOLLOW_UP.value: SOURCE_OBSERVATION}
MAX_LEVEL = 5


def _within(day: date, date_from: date | None, date_to: date | None) -> bool:
    return (date_from is None or day >= date_from) and (date_to is None or day <= date_to)


def result_points(series: list[CompetencyProgress], date_from: date | None,
                  date_to: date | None) -> list[ProgressPoint]:
    out = []
    for c in series:
        for p in c.points:
            source = SOURCES.get(p.kind)
            if source is None or p.on is None or not _within(p.on, date_from, date_to):
                continue
            value = p.percent if p.percent is not None else (None if p.passed is None else 100.0 * p.passed)
            if value is None:
                continue
            out.append(ProgressPoint(c.competency_id, c.code, c.title, p.on, source, p.kind, p.instrument_title,
                                     value, p.score, p.max_score, None, p.passed, p.instrument_id))
    return out


def unit_points(s: Session, person: Person, date_from: date | None, date_to: date | None) -> list[ProgressPoint]:
    if not person.unit_id:
        return []
    newer = aliased(Assessment)
    q = (select(Assessment, Finding.current_level, Competency)
         .join(Finding, and_(Finding.assessment_id == Assessment.id, Finding.deleted.is_(False)))
         .join(Competency, and_(Competency.id == Finding.competency_id, Competency.deleted.is_(False)))
         .where(Assessment.unit_id == person.unit_id, Assessment.deleted.is_(False),
                Assessment.status != AssessmentStatus.DRAFT.value,
                Finding.current_level.is_not(None),
                ~exists().where(newer.supersedes_id == Assessment.id, newer.deleted.is_(False))))
    return [ProgressPoint(c.id, c.code, c.title, a.assessed_on, SOURCE_UNIT_ASSESSMENT, a.kind,
                          a.title or a.kind, round(100.0 * level / MAX_LEVEL, 1), level=level, source_id=a.id)
            for a, level, c in s.execute(q).all() if _within(a.assessed_on, date_from, date_to)]


def follow_up_points(s: Session, person_id: str, date_from: date | None,
                     date_to: date | None) -> tuple[FollowUpPoint, ...]:
    q = (select(FollowUp).where(FollowUp.person_id == person_id, FollowUp.deleted.is_(False))
         .order_by(FollowUp.due_on, FollowUp.id))
    return tuple(FollowUpPoint(f.cohort_id, f.due_on, f.done_on, f.status, f.applies_training)
                 for f in s.scalars(q) if _within(f.done_on or f.due_on, date_from, date_to))


def trainee_progress(s: Session, person_id: str, series: list[CompetencyProgress], date_from: date | None,
                     date_to: date | None) -> TraineeProgress:
    person = get_live(s, Person, person_id, "Person")
    unit = s.scalar(select(Unit.name).where(Unit.id == person.unit_id)) if person.unit_id else None
    points = result_points(series, date_from, date_to) + unit_points(s, person, date_from, date_to)
    points.sort(key=lambda p: (p.on, p.competency_id is None, p.code, p.source, p.label))
    name = f"{person.family_name} {person.given_names}".strip()
    return TraineeProgress(person.id, name, unit or "", tuple(points),
                           follow_up_points(s, person.id, date_from, date_to))
