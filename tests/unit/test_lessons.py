"""Lessons learned: actions tracked to closure, open actions first, closing refused while actions are open."""

from __future__ import annotations

from datetime import date

import pytest
from delivery_world import World, make_world

from trainmgr.errors import ValidationError
from trainmgr.services.container import Services
from trainmgr.services.lessons import ActionInput, LessonInput, LessonService
from trainmgr.services.programmes import ProgrammeInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def lessons(services: Services) -> LessonService:
    return LessonService(services.db)


def lesson(world: World, lessons: LessonService, text: str, on: date) -> str:
    return lessons.create(LessonInput(world.programme_id, text, recommendation="Add a practical day",
                                      source="End-of-course review", observed_on=on)).id


def test_a_lesson_cannot_close_while_actions_are_open(world: World, lessons: LessonService) -> None:
    lid = lesson(world, lessons, "Trainees could not load a truck to plan", date(2025, 7, 1))
    act = lessons.add_action(lid, ActionInput("Add a loading exercise to Supply chain", owner="Capt. Moreau",
                                              due_on=date(2025, 9, 1), curriculum_id=world.curriculum_id))
    assert (act.status, act.curriculum_label, act.is_open) == ("open", "Logistics v1", True)
    with pytest.raises(ValidationError, match=r"still has 1 open action .*“Add a loading exercise"):
        lessons.set_status(lid, "closed")
    lessons.set_action_status(act.id, "in_progress")
    with pytest.raises(ValidationError, match="open action"):
        lessons.set_status(lid, "closed")
    lessons.set_action_status(act.id, "done")
    closed = lessons.set_status(lid, "closed")
    assert (closed.status, closed.open_actions, closed.actions[0].status) == ("closed", 0, "done")
    with pytest.raises(ValidationError, match="reopen it to add an action"):
        lessons.add_action(lid, ActionInput("Repeat the session"))
    with pytest.raises(ValidationError, match="reopen it before reopening"):
        lessons.set_action_status(act.id, "open")
    assert lessons.set_status(lid, "open").status == "open"
    assert lessons.add_action(lid, ActionInput("Repeat the session")).status == "open"


def test_validation(world: World, lessons: LessonService) -> None:
    with pytest.raises(ValidationError, match="Observation is required"):
        lessons.create(LessonInput(world.programme_id, "  "))
    lid = lesson(world, lessons, "Radio drills too short", date(2025, 6, 1))
    with pytest.raises(ValidationError, match="Action is required"):
        lessons.add_action(lid, ActionInput(""))
    with pytest.raises(ValidationError, match="Unknown lesson status"):
        lessons.set_status(lid, "finished")
    other = world.services.programmes.create(ProgrammeInput(code="GOL", name="Gulf")).id
    foreign = world.services.curricula.create(other, "Maritime").id
    with pytest.raises(ValidationError, match="belongs to another programme"):
        lessons.add_action(lid, ActionInput("Borrow the maritime module", curriculum_id=foreign))
    act = lessons.add_action(lid, ActionInput("Lengthen drills", owner="Sgt Diallo"))
    changed = lessons.update_action(act.id, ActionInput("Lengthen drills to 2 h", owner="Sgt Diallo",
                                                        due_on=date(2025, 8, 1)))
    assert (changed.description, changed.due_on) == ("Lengthen drills to 2 h", date(2025, 8, 1))


def test_the_list_puts_open_actions_first(world: World, lessons: LessonService) -> None:
    """A (1 June) has no action; B (2 June) has a done action; C (3 May) has open actions; D (4 June) is
    closed. Order: C (open actions) first, then the open lessons latest first (B, A), then D.
    C's actions: the open ones first by due date (undated last), the dropped one after."""
    a = lesson(world, lessons, "A", date(2025, 6, 1))
    b = lesson(world, lessons, "B", date(2025, 6, 2))
    c = lesson(world, lessons, "C", date(2025, 5, 3))
    d = lesson(world, lessons, "D", date(2025, 6, 4))
    lessons.set_action_status(lessons.add_action(b, ActionInput("b1")).id, "done")
    lessons.set_status(d, "closed")
    lessons.set_action_status(lessons.add_action(c, ActionInput("c-dropped", due_on=date(2025, 5, 10))).id, "dropped")
    lessons.add_action(c, ActionInput("c-undated"))
    lessons.add_action(c, ActionInput("c-late", due_on=date(2025, 9, 1)))
    lessons.add_action(c, ActionInput("c-soon", due_on=date(2025, 7, 1)))
    rows = lessons.list(world.programme_id)
    assert [r.id for r in rows] == [c, b, a, d]
    assert [x.description for x in rows[0].actions] == ["c-soon", "c-late", "c-undated", "c-dropped"]
    assert rows[0].open_actions == 3
    lessons.delete(c)
    assert [r.id for r in lessons.list(world.programme_id)] == [b, a, d]
