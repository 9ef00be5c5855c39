"""Attendance: the register, marks as natural-key rows, and rates computed by hand."""

from __future__ import annotations

from datetime import date

import pytest
from delivery_world import TODAY, World, make_world

from trainmgr.db.base import natural_id
from trainmgr.db.models import Attendance
from trainmgr.errors import ValidationError
from trainmgr.services.container import Services


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def enrol(world: World, cohort: str, family: str, on: date) -> str:
    pid = world.trainee(family)
    world.cohorts.enrol(cohort, pid, today=on)
    return pid


def test_the_register_lists_only_people_enrolled_by_the_session_date(world: World) -> None:
    cohort = world.cohort()
    early = enrol(world, cohort, "Bah", date(2025, 5, 1))
    late = enrol(world, cohort, "Sow", date(2025, 6, 10))
    nominee = world.trainee("Diop")
    world.cohorts.enrol(cohort, nominee, status="nominated", today=date(2025, 5, 1))
    first = world.session(cohort, date(2025, 6, 2))
    second = world.session(cohort, date(2025, 6, 12))
    assert [r.person_id for r in world.attendance.register(first)] == [early]
    assert [r.person_id for r in world.attendance.register(second)] == [early, late]
    assert world.attendance.register(second)[0].status is None


def test_a_mark_records_who_and_when_and_is_one_row_per_session_and_person(world: World) -> None:
    cohort = world.cohort()
    pid = enrol(world, cohort, "Bah", date(2025, 5, 1))
    sid = world.session(cohort, date(2025, 6, 2))
    row = world.attendance.mark(sid, pid, "absent", today=TODAY)
    assert (row.status, row.recorded_by) == ("absent", "tester") and row.recorded_at is not None
    assert world.sessions.get(sid).status == "held"  # marks prove the session took place
    world.attendance.mark(sid, pid, "late", note="arrived 08:40", today=TODAY)
    with world.services.db.read() as s:
        rows = s.query(Attendance).filter_by(session_id=sid).all()
    assert [(r.id, r.status, r.note) for r in rows] == [(natural_id(Attendance, sid, pid), "late", "arrived 08:40")]
    world.attendance.unmark(sid, pid)
    assert world.attendance.register(sid)[0].status is None
    assert world.attendance.mark(sid, pid, "present", today=TODAY).status == "present"  # revived, same id


def test_marks_are_refused_for_strangers_future_and_cancelled_sessions(world: World) -> None:
    cohort = world.cohort()
    pid = enrol(world, cohort, "Bah", date(2025, 5, 1))
    stranger = world.trainee("Sow")
    sid = world.session(cohort, date(2025, 6, 2))
    with pytest.raises(ValidationError, match="Unknown attendance mark"):
        world.attendance.mark(sid, pid, "P", today=TODAY)
    with pytest.raises(ValidationError, match="not in this session's cohort"):
        world.attendance.mark(sid, stranger, "present", today=TODAY)
    future = world.session(cohort, date(2025, 7, 20))
    with pytest.raises(ValidationError, match="not taken place"):
        world.attendance.mark(future, pid, "present", today=TODAY)
    cancelled = world.session(cohort, date(2025, 6, 3))
    world.sessions.cancel(cancelled, "no_show")
    with pytest.raises(ValidationError, match="cancelled"):
        world.attendance.mark(cancelled, pid, "present", today=TODAY)


def test_rates_by_hand(world: World) -> None:
    """Held sessions S1..S6 (1, 2, 4, 5, 6, 7 June), S7 (29 June) held by its first mark, S8 cancelled.
    A enrolled 1 May, B enrolled 3 June.

    A: S1 present, S2 late, S3 absent, S4 excused, S5 not_expected, S6 unmarked, S7 absent
       → attended 2 (present + late), absent 2, excused/not expected/unmarked out → 2 / 4 = 50 %, 1 unmarked.
    B: S1, S2 are before the enrolment: never absences (even S1, marked absent) and not counted;
       S3 present, S4 absent, S5 present, S6 absent, S7 unmarked → 2 / 4 = 50 %, 1 unmarked.
    Cohort: (2 + 2) / (4 + 4) = 50 %. The cancelled S8 counts for nobody.
    """
    cohort = world.cohort()
    a = enrol(world, cohort, "Alpha", date(2025, 5, 1))
    b = enrol(world, cohort, "Bravo", date(2025, 6, 3))
    held = [world.session(cohort, date(2025, 6, d), held=True) for d in (1, 2, 4, 5, 6, 7)]
    planned = world.session(cohort, date(2025, 6, 29))
    marks = {a: ["present", "late", "absent", "excused", "not_expected", None],
             b: ["absent", "absent", "present", "absent", "present", "absent"]}
    for pid, statuses in marks.items():
        for sid, status in zip(held, statuses, strict=True):
            if status and not (pid == b and sid in held[:2]):
                world.attendance.mark(sid, pid, status, today=TODAY)
    with world.services.db.write() as s:  # a mark for B before enrolment, as an old paper sheet might give
        s.add(Attendance(session_id=held[0], person_id=b, status="absent"))
    world.attendance.mark(planned, a, "absent", today=date(2025, 6, 29))  # S7: its first mark makes it held
    world.sessions.cancel(world.session(cohort, date(2025, 6, 28)), "weather")
    ra = world.attendance.rate_for_trainee(cohort, a)
    assert (ra.attended, ra.absent, ra.unmarked, ra.expected, ra.rate) == (2, 2, 1, 4, 50.0)
    rb = world.attendance.rate_for_trainee(cohort, b)
    assert (rb.attended, rb.absent, rb.unmarked, rb.expected, rb.rate) == (2, 2, 1, 4, 50.0)
    rc = world.attendance.rate_for_cohort(cohort)
    assert (rc.attended, rc.expected, rc.rate) == (4, 8, 50.0)


def test_rates_over_held_sessions_only(world: World) -> None:
    """A: held S1 present, held S2 absent, planned S3 (never marked) → 1 / 2 = 50 %; B enrolled after
    everything → no session counts → rate None."""
    cohort = world.cohort()
    a = enrol(world, cohort, "Alpha", date(2025, 5, 1))
    b = enrol(world, cohort, "Bravo", date(2025, 6, 20))
    s1, s2 = (world.session(cohort, date(2025, 6, d), held=True) for d in (2, 3))
    world.session(cohort, date(2025, 6, 4))
    world.attendance.mark(s1, a, "present", today=TODAY)
    world.attendance.mark(s2, a, "absent", today=TODAY)
    assert world.attendance.rate_for_trainee(cohort, a).rate == 50.0
    assert world.attendance.rate_for_trainee(cohort, b).rate is None
    assert world.attendance.rate_for_cohort(cohort).rate == 50.0
