"""Sessions: scheduling, week list, hold, cancel with a reason, double-booking warnings."""

from __future__ import annotations

from datetime import date, time

import pytest
from delivery_world import TODAY, World, make_world
from sqlalchemy import select

from trainmgr.db.base import natural_id
from trainmgr.db.models import SessionInstructor
from trainmgr.errors import ValidationError
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.sessions import SessionInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def test_schedule_takes_the_module_title_and_lists_by_cohort_and_week(world: World) -> None:
    cohort = world.cohort()
    teacher = world.instructor("Martin")
    first = world.session(cohort, date(2025, 6, 2), instructors=(teacher,))  # Monday
    world.session(cohort, date(2025, 6, 8))  # Sunday, same week
    world.session(cohort, date(2025, 6, 9))  # next Monday
    row = world.sessions.get(first)
    assert (row.title, row.module_title, row.status, row.instructor_names) == ("Supply chain", "Supply chain",
                                                                               "planned", ("Martin",))
    assert len(world.sessions.list_for_cohort(cohort)) == 3
    week = world.sessions.list_week(world.programme_id, date(2025, 6, 5))
    assert [r.session_date for r in week] == [date(2025, 6, 2), date(2025, 6, 8)]


def test_invalid_sessions_are_refused(world: World) -> None:
    cohort = world.cohort()
    with pytest.raises(ValidationError, match="ends"):
        world.sessions.schedule(SessionInput(cohort, date(2025, 6, 2), module_id=world.module_id,
                                             start_time=time(10), end_time=time(9)))
    with pytest.raises(ValidationError, match="module or a title"):
        world.sessions.schedule(SessionInput(cohort, date(2025, 6, 2)))
    other = world.services.curricula.create(world.programme_id, "Other")
    foreign = world.services.curricula.add_module(other.id, ModuleInput(title="Elsewhere"))
    with pytest.raises(ValidationError, match="not in this cohort's curriculum"):
        world.sessions.schedule(SessionInput(cohort, date(2025, 6, 2), module_id=foreign.id))


def test_hold_and_cancel_with_reason(world: World) -> None:
    cohort = world.cohort()
    future = world.session(cohort, date(2025, 7, 10))
    with pytest.raises(ValidationError, match="before its date"):
        world.sessions.hold(future, today=TODAY)
    with pytest.raises(ValidationError, match="Unknown cancellation reason"):
        world.sessions.cancel(future, "rain")
    with pytest.raises(ValidationError, match="Say why"):
        world.sessions.cancel(future, "other")
    row = world.sessions.cancel(future, "security", "road closed")
    assert (row.status, row.cancel_reason, row.cancel_note) == ("cancelled", "security", "road closed")
    with pytest.raises(ValidationError, match="already cancelled"):
        world.sessions.hold(future, today=TODAY)
    past = world.session(cohort, date(2025, 6, 2))
    assert world.sessions.hold(past, today=TODAY).status == "held"


def test_instructors_are_natural_key_rows_removed_as_tombstones(world: World) -> None:
    cohort = world.cohort()
    a, b = world.instructor("Martin"), world.instructor("Dupont")
    sid = world.session(cohort, date(2025, 6, 2), instructors=(a, b))
    data = SessionInput(cohort, date(2025, 6, 2), module_id=world.module_id, instructor_ids=(b,))
    assert world.sessions.update(sid, data).instructor_ids == (b,)
    assert world.sessions.update(sid, SessionInput(cohort, date(2025, 6, 2), module_id=world.module_id,
                                                   instructor_ids=(a, b))).instructor_names == ("Dupont", "Martin")
    with world.services.db.read() as s:
        rows = s.scalars(select(SessionInstructor).where(SessionInstructor.session_id == sid)).all()
        assert sorted(r.id for r in rows) == sorted(natural_id(SessionInstructor, sid, p) for p in (a, b))


def test_an_instructor_in_two_overlapping_sessions_is_warned(world: World) -> None:
    c1, c2 = world.cohort("Alpha"), world.cohort("Bravo")
    teacher = world.instructor("Martin")
    day = date(2025, 6, 2)
    mine = world.session(c1, day, time(8), time(10), instructors=(teacher,))
    clash = world.session(c2, day, time(9, 30), time(11), instructors=(teacher,))
    world.session(c2, day, time(10), time(12), instructors=(teacher,))  # starts when mine ends: no clash
    world.session(c2, date(2025, 6, 3), time(8), time(10), instructors=(teacher,))  # another day
    warnings = world.sessions.double_bookings(mine)
    assert [(w.person_id, w.role, w.other_session_id) for w in warnings] == [(teacher, "instructor", clash)]
    assert "Martin (instructor) is also booked on 2025-06-02 09:30–11:00" in warnings[0].message
    world.sessions.cancel(clash, "weather")
    assert world.sessions.double_bookings(mine) == []


def test_a_trainee_in_two_cohorts_at_the_same_time_is_warned(world: World) -> None:
    c1, c2 = world.cohort("Alpha"), world.cohort("Bravo")
    pid = world.trainee("Bah", "Oumar")
    world.cohorts.enrol(c1, pid, today=date(2025, 5, 1))
    world.cohorts.enrol(c2, pid, today=date(2025, 5, 1))
    day = date(2025, 6, 2)
    mine = world.session(c1, day, time(8), time(10))
    other = world.session(c2, day, None, None)  # no times: the whole day
    assert [(w.person_id, w.role, w.other_session_id) for w in world.sessions.double_bookings(mine)] == [
        (pid, "trainee", other)]
