"""Lessons learned and the actions taken on them, tracked to closure.

Rules:
- A lesson belongs to a programme (optionally a cohort of it): an observation (required), a
  recommendation, a source, a date and a status (open, in progress, closed).
- An action on a lesson: description (required), owner, due date, status (open, in progress, done,
  dropped) and, optionally, the curriculum version it changed (a curriculum of the lesson's
  programme), for traceability.
- A lesson with open actions (open or in progress) cannot be closed: the refusal says how many and
  which. A closed lesson takes no new action (reopen it first).
- The list puts lessons with open actions first (then open, in progress, closed; latest first), and
  within a lesson the open actions first, by due date (undated last).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import Cohort, Curriculum, Lesson, LessonAction, Programme
from trainmgr.domain.enums import ActionStatus, LessonStatus, values
from trainmgr.domain.evaluation_records import ActionRow, LessonRow
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text

OPEN_ACTIONS = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
LESSON_ORDER = {LessonStatus.OPEN.value: 0, LessonStatus.IN_PROGRESS.value: 1, LessonStatus.CLOSED.value: 2}


@dataclass(frozen=True)
class LessonInput:
    programme_id: str
    observation: str
    recommendation: str = ""
    source: str = ""
    observed_on: date | None = None
    cohort_id: str | None = None

    def validated(self) -> dict[str, Any]:
        return {"observation": required_text(self.observation, "Observation", 4000),
                "recommendation": optional_text(self.recommendation, "Recommendation", 4000),
                "source": optional_text(self.source, "Source", 200), "observed_on": self.observed_on,
                "cohort_id": self.cohort_id or None}


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner: str = ""
    due_on: date | None = None
    curriculum_id: str | None = None

    def validated(self) -> dict[str, Any]:
        return {"description": required_text(self.description, "Action", 4000),
                "owner": optional_text(self.owner, "Owner", 200), "due_on": self.due_on,
                "curriculum_id": self.curriculum_id or None}


def _action_sort(a: ActionRow) -> tuple[Any, ...]:
    return (not a.is_open, a.due_on is None, a.due_on or date.min, a.description)


class LessonService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- lessons -----------------------------------------------------------------------------
    def create(self, data: LessonInput) -> LessonRow:
        fields = data.validated()
        with self._db.write() as s:
            get_live(s, Programme, data.programme_id, "Programme")
            self._check_cohort(s, data.programme_id, fields["cohort_id"])
            lesson = Lesson(programme_id=data.programme_id, **fields)
            s.add(lesson)
            s.flush()
            lesson_id = lesson.id
        return self.get(lesson_id)

    def update(self, lesson_id: str, data: LessonInput) -> LessonRow:
        fields = data.validated()
        with self._db.write() as s:
            lesson = get_live(s, Lesson, lesson_id, "Lesson")
            if data.programme_id != lesson.programme_id:
                raise ValidationError("A lesson cannot move to another programme.")
            if fields["cohort_id"] != lesson.cohort_id:
                self._check_cohort(s, lesson.programme_id, fields["cohort_id"])
            apply_changes(lesson, fields)
        return self.get(lesson_id)

    def set_status(self, lesson_id: str, status: str) -> LessonRow:
        if status not in values(LessonStatus):
            raise ValidationError(f"Unknown lesson status: {status} (use {', '.join(values(LessonStatus))}).")
        with self._db.write() as s:
            lesson = get_live(s, Lesson, lesson_id, "Lesson")
            if status == LessonStatus.CLOSED.value:
                still = s.scalars(live(LessonAction).where(LessonAction.lesson_id == lesson.id,
                                                           LessonAction.status.in_(OPEN_ACTIONS))
                                  .order_by(LessonAction.due_on, LessonAction.description)).all()
                if still:
                    names = "; ".join(f"“{a.description[:60]}”" for a in still[:3])
                    more = f" and {len(still) - 3} more" if len(still) > 3 else ""
                    raise ValidationError(f"This lesson still has {len(still)} open action"
                                          f"{'s' if len(still) > 1 else ''} ({names}{more}): finish or drop "
                                          f"{'them' if len(still) > 1 else 'it'} before closing the lesson.")
            apply_changes(lesson, {"status": status})
        return self.get(lesson_id)

    def delete(self, lesson_id: str) -> None:
        """Tombstone a lesson and its actions."""
        with self._db.write() as s:
            lesson = get_live(s, Lesson, lesson_id, "Lesson")
            for a in s.scalars(live(LessonAction).where(LessonAction.lesson_id == lesson.id)):
                a.deleted = True
            lesson.deleted = True

    def get(self, lesson_id: str) -> LessonRow:
        with self._db.read() as s:
            return self._rows(s, [get_live(s, Lesson, lesson_id, "Lesson")])[0]

    def list(self, programme_id: str, cohort_id: str | None = None) -> list[LessonRow]:
        """The programme's lessons (or one cohort's): those with open actions first (see the module docstring)."""
        with self._db.read() as s:
            q = live(Lesson).where(Lesson.programme_id == programme_id)
            if cohort_id:
                q = q.where(Lesson.cohort_id == cohort_id)
            rows = self._rows(s, list(s.scalars(q)))
        rows.sort(key=lambda r: (r.open_actions == 0, LESSON_ORDER.get(r.status, 3),
                                 -(r.observed_on or date.min).toordinal(), r.observation))
        return rows

    # --- actions -----------------------------------------------------------------------------
    def add_action(self, lesson_id: str, data: ActionInput) -> ActionRow:
        fields = data.validated()
        with self._db.write() as s:
            lesson = get_live(s, Lesson, lesson_id, "Lesson")
            if lesson.status == LessonStatus.CLOSED.value:
                raise ValidationError("This lesson is closed: reopen it to add an action.")
            self._check_curriculum(s, lesson.programme_id, fields["curriculum_id"])
            action = LessonAction(lesson_id=lesson.id, **fields)
            s.add(action)
            s.flush()
            return self._action_rows(s, [action])[0]

    def update_action(self, action_id: str, data: ActionInput) -> ActionRow:
        fields = data.validated()
        with self._db.write() as s:
            action = get_live(s, LessonAction, action_id, "Action")
            lesson = get_live(s, Lesson, action.lesson_id, "Lesson")
            if fields["curriculum_id"] != action.curriculum_id:
                self._check_curriculum(s, lesson.programme_id, fields["curriculum_id"])
            apply_changes(action, fields)
            s.flush()
            return self._action_rows(s, [action])[0]

    def set_action_status(self, action_id: str, status: str) -> ActionRow:
        if status not in values(ActionStatus):
            raise ValidationError(f"Unknown action status: {status} (use {', '.join(values(ActionStatus))}).")
        with self._db.write() as s:
            action = get_live(s, LessonAction, action_id, "Action")
            lesson = get_live(s, Lesson, action.lesson_id, "Lesson")
            if status in OPEN_ACTIONS and lesson.status == LessonStatus.CLOSED.value:
                raise ValidationError("This lesson is closed: reopen it before reopening one of its actions.")
            apply_changes(action, {"status": status})
            s.flush()
            return self._action_rows(s, [action])[0]

    def delete_action(self, action_id: str) -> None:
        with self._db.write() as s:
            get_live(s, LessonAction, action_id, "Action").deleted = True

    # --- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _check_cohort(s: Session, programme_id: str, cohort_id: str | None) -> None:
        if cohort_id and get_live(s, Cohort, cohort_id, "Cohort").programme_id != programme_id:
            raise ValidationError("That cohort belongs to another programme.")

    @staticmethod
    def _check_curriculum(s: Session, programme_id: str, curriculum_id: str | None) -> None:
        if curriculum_id:
            cur = get_live(s, Curriculum, curriculum_id, "Curriculum")
            if cur.programme_id != programme_id:
                raise ValidationError(f"The curriculum “{cur.name}” belongs to another programme.")

    @staticmethod
    def _action_rows(s: Session, actions: list[LessonAction]) -> list[ActionRow]:
        ids = {a.curriculum_id for a in actions if a.curriculum_id}
        labels = {c.id: f"{c.name} v{c.version}" for c in s.scalars(live(Curriculum).where(Curriculum.id.in_(ids)))}
        return [ActionRow(a.id, a.lesson_id, a.description, a.owner, a.due_on, a.status, a.curriculum_id,
                          labels.get(a.curriculum_id or "", "")) for a in actions]

    def _rows(self, s: Session, lessons: list[Lesson]) -> list[LessonRow]:
        actions = list(s.scalars(live(LessonAction).where(LessonAction.lesson_id.in_([x.id for x in lessons]))))
        by_lesson: dict[str, list[ActionRow]] = {}
        for row in self._action_rows(s, actions):
            by_lesson.setdefault(row.lesson_id, []).append(row)
        return [LessonRow(x.id, x.programme_id, x.cohort_id, x.observed_on, x.observation, x.recommendation, x.source,
                          x.status, tuple(sorted(by_lesson.get(x.id, []), key=_action_sort))) for x in lessons]
