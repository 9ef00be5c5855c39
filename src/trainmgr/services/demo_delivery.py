"""Rows of delivery, evaluation and review: cohorts, enrolments, sessions, attendance, tests,
results, follow-ups, lessons. These are the big tables (about 10 attendance marks and 10 results
per trainee), so they are generated lazily with counts taken from the plan."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from typing import Any

from trainmgr.db.models import (
    Attendance,
    Cohort,
    Enrolment,
    FollowUp,
    Instrument,
    InstrumentCompetency,
    Lesson,
    LessonAction,
    Result,
    SessionInstructor,
    TrainingSession,
)
from trainmgr.domain.enums import (
    ActionStatus,
    EnrolmentStatus,
    EvaluationLevel,
    FollowUpStatus,
    InstrumentKind,
    LessonStatus,
    VettingStatus,
)
from trainmgr.services import demo_data as data
from trainmgr.services.demo_ids import natural_ids
from trainmgr.services.demo_rows import Batch, People, batch
from trainmgr.services.demo_world import PASS_MARK, SCORE_PER_COMPETENCY, Session, World
from trainmgr.services.demo_world import Cohort as CohortPlan

MARKS = {"P": "present", "L": "late", "A": "absent", "E": "excused"}
FOLLOW_UP_DAYS = (90, 180)
PAIRED_MODES = ("field_exercise", "practical_exercise")  # sessions run by two instructors


def delivery(world: World, people: People) -> list[Batch]:
    cohorts = world.cohorts
    names = people.instructor_names
    completed = sum(m.status == EnrolmentStatus.COMPLETED.value for c in cohorts for m in c.members)
    tested = sum(len(c.tested) for c in cohorts)
    return [
        batch(Cohort, "id programme_id curriculum_id code name location start_date end_date min_attendance_pct "
                      "requires_post_test", [
            (c.id, world.programme_id, world.curriculum_id, c.code, f"Cohorte {c.index + 1:04d} — {c.battalion.name}",
             c.battalion.location, c.start, c.end, 80.0, True) for c in cohorts]),
        batch(Enrolment, "id cohort_id person_id status status_reason enrolled_on status_date vetting_override",
              _enrolments(world), world.trainees),
        batch(TrainingSession, "id cohort_id module_id title session_date start_time end_time place status "
                               "cancel_reason cancel_note", _sessions(world), sum(len(c.sessions) for c in cohorts)),
        batch(SessionInstructor, "id session_id person_id", _session_instructors(world, people),
              sum(len(_instructors_of(c, s, people)) for c in cohorts for s in c.sessions)),
        batch(Attendance, "id session_id person_id status recorded_by recorded_at note", _attendance(world, names),
              sum(len(m.marks) for c in cohorts for m in c.members)),
        batch(Instrument, "id programme_id cohort_id kind level title given_on max_score pass_mark",
              _instruments(world), 2 * len(cohorts)),
        batch(InstrumentCompetency, "id instrument_id competency_id max_score", _instrument_competencies(world),
              2 * tested),
        batch(Result, "id instrument_id person_id competency_id score observed_on recorded_by recorded_at",
              _results(world, names), sum(len(c.tested) * (m.pre + m.post) for c in cohorts for m in c.members)),
        batch(FollowUp, "id person_id cohort_id offset_days due_on done_on status observer applies_training notes",
              _follow_ups(world, names), len(FOLLOW_UP_DAYS) * completed),
        *_lessons(world),
    ]


def _enrolments(world: World) -> Iterator[tuple[Any, ...]]:
    make_id = natural_ids(Enrolment)
    for c in world.cohorts:
        nominated = c.start - timedelta(days=21)
        for m in c.members:
            if m.status == EnrolmentStatus.NOMINATED.value:
                enrolled_on, status_date = None, nominated
            elif m.status in (EnrolmentStatus.COMPLETED.value, EnrolmentStatus.FAILED.value):
                enrolled_on, status_date = nominated, c.end
            elif m.status == EnrolmentStatus.WITHDRAWN.value:
                enrolled_on = nominated
                status_date = c.held[len(m.marks) - 1].day if m.marks else c.start - timedelta(days=7)
            else:
                enrolled_on = status_date = nominated
            override = data.VETTING_OVERRIDE if m.vetting == VettingStatus.PENDING.value and enrolled_on else ""
            yield make_id(c.id, m.person_id), c.id, m.person_id, m.status, m.reason, enrolled_on, status_date, override


def _sessions(world: World) -> Iterator[tuple[Any, ...]]:
    for c in world.cohorts:
        for s in c.sessions:
            mode = s.module.mode if s.module else "classroom"
            long_day = s.module is not None and s.module.hours > 8
            yield (s.id, c.id, s.module.id if s.module else None, s.title, s.day, time(8, 0),
                   time(16, 30) if long_day else time(12, 0), f"{data.PLACES[mode]} — {c.battalion.location}",
                   s.status, s.cancel_reason, data.CANCEL_NOTES[s.cancel_reason] if s.cancel_reason else "")


def _instructors_of(c: CohortPlan, s: Session, people: People) -> list[str]:
    lead, second = (people.instructors[i][0] for i in c.instructors)
    paired = s.module is not None and s.module.mode in PAIRED_MODES and second != lead
    return [lead, second] if paired else [lead]


def _session_instructors(world: World, people: People) -> Iterator[tuple[Any, ...]]:
    make_id = natural_ids(SessionInstructor)
    for c in world.cohorts:
        for s in c.sessions:
            for person_id in _instructors_of(c, s, people):
                yield make_id(s.id, person_id), s.id, person_id


def _attendance(world: World, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """One mark per held session for each trainee expected there (see `Member.marks`)."""
    rng = random.Random(f"{world.seed}/attendance")
    make_id = natural_ids(Attendance)
    for c in world.cohorts:
        recorder = names[c.instructors[0]]
        for j, s in enumerate(c.held):
            recorded_at = datetime.combine(s.day, time(12, 30))
            for m in c.members:
                if j < len(m.marks):
                    mark = m.marks[j]
                    note = rng.choice(data.EXCUSED_NOTES) if mark == "E" else ""
                    yield make_id(s.id, m.person_id), s.id, m.person_id, MARKS[mark], recorder, recorded_at, note


def _instrument_ids(world: World, c: CohortPlan) -> tuple[str, str]:
    return (world.ids.entity("pre_test", c.index, c.start), world.ids.entity("post_test", c.index, c.start))


def _instruments(world: World) -> Iterator[tuple[Any, ...]]:
    for c in world.cohorts:
        pre, post = _instrument_ids(world, c)
        max_score = SCORE_PER_COMPETENCY * len(c.tested)
        yield (pre, world.programme_id, c.id, InstrumentKind.PRE_TEST.value, EvaluationLevel.LEARNING.value,
               f"Test initial — {c.code}", c.sessions[0].day, max_score, None)
        yield (post, world.programme_id, c.id, InstrumentKind.POST_TEST.value, EvaluationLevel.LEARNING.value,
               f"Test final — {c.code}", c.sessions[-1].day, max_score, PASS_MARK * max_score / 100)


def _instrument_competencies(world: World) -> Iterator[tuple[Any, ...]]:
    for c in world.cohorts:
        for instrument in _instrument_ids(world, c):
            for n, comp in enumerate(c.tested):
                yield world.ids.entity(f"item-{instrument}", n, c.start), instrument, comp.id, SCORE_PER_COMPETENCY


def _results(world: World, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """Scores per tested competency: the pre-test reflects the trainee's ability, the post-test adds
    what the course taught; a post-test total is above the pass mark exactly when the plan says so."""
    rng = random.Random(f"{world.seed}/results")
    make_id = natural_ids(Result)
    for c in world.cohorts:
        pre_id, post_id = _instrument_ids(world, c)
        recorder = names[c.instructors[0]]
        for instrument, day, post in ((pre_id, c.sessions[0].day, False), (post_id, c.sessions[-1].day, True)):
            at = datetime.combine(day, time(17, 0))
            for m in c.members:
                if not (m.post if post else m.pre):
                    continue
                level = min(0.8, max(0.1, 0.40 + 0.10 * m.ability))
                if post:
                    level = min(0.97, level + 0.25 + 0.04 * m.ability)
                    level = max(level, 0.58) if m.passed else min(level, 0.40)
                scores = [_half(SCORE_PER_COMPETENCY * min(1.0, max(0.0, rng.gauss(level, 0.08)))) for _ in c.tested]
                if post:
                    _respect_pass_mark(scores, m.passed, PASS_MARK * len(scores) * SCORE_PER_COMPETENCY / 100)
                for comp, score in zip(c.tested, scores, strict=True):
                    yield make_id(instrument, m.person_id, comp.id), instrument, m.person_id, comp.id, score, day, \
                        recorder, at


def _half(score: float) -> float:
    return round(score * 2) / 2


def _respect_pass_mark(scores: list[float], passed: bool, pass_mark: float) -> None:
    while passed and sum(scores) < pass_mark:
        i = scores.index(min(scores))
        scores[i] = min(SCORE_PER_COMPETENCY, scores[i] + 0.5)
    while not passed and sum(scores) >= pass_mark:
        i = scores.index(max(scores))
        scores[i] = max(0.0, scores[i] - 0.5)


def _follow_ups(world: World, names: list[str]) -> Iterator[tuple[Any, ...]]:
    """Observation back at the unit 90 and 180 days after the course, for each trainee who completed."""
    rng = random.Random(f"{world.seed}/follow_ups")
    seq = 0
    for c in world.cohorts:
        observer = names[c.instructors[1]]
        for m in c.members:
            if m.status != EnrolmentStatus.COMPLETED.value:
                continue
            for offset in FOLLOW_UP_DAYS:
                due = c.end + timedelta(days=offset)
                done_on, applies, notes = None, None, ""
                status = FollowUpStatus.SCHEDULED.value
                if due <= world.as_of:
                    status = rng.choices(("done", "missed", "cancelled"), (78, 15, 7))[0]
                    if status == FollowUpStatus.DONE.value:
                        done_on = min(world.as_of, due + timedelta(days=rng.randint(0, 14)))
                        applies = rng.random() < 0.8
                        notes = rng.choice(data.FOLLOW_UP_NOTES) if rng.random() < 0.3 else ""
                yield (world.ids.entity("follow_up", seq, due), m.person_id, c.id, offset, due, done_on, status,
                       observer, applies, notes)
                seq += 1


def _lessons(world: World) -> list[Batch]:
    finished = [c for c in world.cohorts if c.phase == "finished"]
    lessons, actions = [], []
    for n, (observation, recommendation, steps) in enumerate(data.LESSONS):
        cohort = finished[n * len(finished) // len(data.LESSONS)] if finished else None
        day = cohort.end if cohort else world.as_of
        status = (LessonStatus.CLOSED, LessonStatus.IN_PROGRESS, LessonStatus.OPEN)[n % 3].value
        lesson_id = world.ids.entity("lesson", n, day)
        lessons.append((lesson_id, world.programme_id, cohort.id if cohort else None, day, observation,
                        recommendation, f"Rapport de fin de cohorte {cohort.code}" if cohort else "Équipe de formation",
                        status))
        for description, owner in steps:
            done = {"closed": ActionStatus.DONE, "in_progress": ActionStatus.IN_PROGRESS}.get(status, ActionStatus.OPEN)
            actions.append((world.ids.entity("lesson_action", len(actions), day), lesson_id, description, owner,
                            day + timedelta(days=60), done.value,
                            world.curriculum_id if "module" in description.lower() else None))
    return [
        batch(Lesson, "id programme_id cohort_id observed_on observation recommendation source status", lessons),
        batch(LessonAction, "id lesson_id description owner due_on status curriculum_id", actions),
    ]
