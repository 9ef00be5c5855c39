"""The derived tables behind the Progress figures stay exact: every kind of write the figures depend
on reaches the next figure read, exactly as a rebuild of every cohort from the raw rows would say."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from analytics_world import PEOPLE, TODAY, World, make_world
from sqlalchemy import delete, insert, select, text

from trainmgr.db.models import Cohort, FactsDirty
from trainmgr.domain.analytics_records import AnalyticsFilter, Dashboard
from trainmgr.services.analytics import facts
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.sessions import SessionInput
from trainmgr.services.trainees import TraineeInput

WOMEN = "female"


@pytest.fixture
def world(services: Services) -> Iterator[World]:
    yield make_world(services)


def _person_input(w: World, name: str, **changes: object) -> TraineeInput:
    i = [p[0] for p in PEOPLE].index(name)
    _name, sex, unit, rank = PEOPLE[i]
    values = dict(programme_id=w.programme_id, family_name=name, given_names="Test", service_number=f"SN{i:03}",
                  sex=sex, unit_id=w.units[unit], rank_id=w.ranks[rank] if rank else None,
                  vetting_status="cleared", vetting_date=date(2025, 3, 1))
    values.update(changes)
    return TraineeInput(**values)  # type: ignore[arg-type]


def _everything(w: World, flt: AnalyticsFilter) -> Dashboard:
    return w.analytics.dashboard(flt)


def _rebuilt(w: World, flt: AnalyticsFilter) -> Dashboard:
    """The figures after rebuilding every cohort from the raw rows, one per chunk, so that the
    programme-wide rows are rebuilt whole (the path of a large import) rather than group by group."""
    with w.services.db.write() as s:
        s.execute(delete(FactsDirty))
        s.execute(insert(FactsDirty).from_select(["cohort_id"], select(Cohort.id)))
    chunk = facts.CHUNK
    facts.CHUNK = 1
    try:
        assert facts.bring_up_to_date(w.services.db) == 3  # two cohorts, then the programme-wide rows
    finally:
        facts.CHUNK = chunk
    return w.analytics.dashboard(flt)


def _same_as_rebuilt(w: World, flt: AnalyticsFilter) -> Dashboard:
    kept = _everything(w, flt)
    assert facts.pending(w.services.db) == 0
    assert kept == _rebuilt(w, flt)
    return kept


def _sql(w: World, statement: str, **params: str) -> None:
    with w.services.db.write() as s:
        assert s.execute(text(statement), params).rowcount == 1


CHANGES: dict[str, Callable[[World], None]] = {
    "a mark": lambda w: w.services.attendance.mark(w.sessions["S2"], w.people["Gani"], "present", today=TODAY),
    "a mark cleared": lambda w: w.services.attendance.unmark(w.sessions["S4"], w.people["Dan"]),
    "a session moved": lambda w: w.services.sessions.update(
        w.sessions["S1"], SessionInput(w.cohorts["A"], date(2025, 6, 2), title="S1")),
    "a session added and cancelled": lambda w: w.services.sessions.cancel(w.services.sessions.schedule(
        SessionInput(w.cohorts["B"], date(2025, 9, 19), title="T3")).id, "security"),
    "a score": lambda w: w.services.evaluations.set_score(
        next(i.id for i in w.services.evaluations.list_instruments(w.cohorts["A"]) if i.kind == "post_test"),
        w.people["Dan"], w.comp["X"], 10),
    "a person's sex": lambda w: w.services.trainees.update(
        w.people["Dan"], _person_input(w, "Dan", sex=WOMEN), today=TODAY),
    "a person's unit": lambda w: w.services.trainees.update(
        w.people["Amina"], _person_input(w, "Amina", unit_id=w.units["O"]), today=TODAY),
    "a person deleted": lambda w: w.services.trainees.delete(w.people["Kadi"]),
    "an enrolment withdrawn": lambda w: w.services.cohorts.set_status(
        next(r.id for r in w.services.cohorts.roster(w.cohorts["A"]) if r.person_id == w.people["Gani"]),
        "withdrawn", reason="Posted away", today=date(2025, 5, 20)),
    "a write in plain SQL, as a sync import makes": lambda w: _sql(
        w, "UPDATE attendance SET status = 'absent' WHERE session_id = :s AND person_id = :p",
        s=w.sessions["T1"], p=w.people["Kadi"]),
    "a cohort's minimum attendance": lambda w: w.services.cohorts.update(w.cohorts["A"], CohortInput(
        w.programme_id, "Cohort A", start_date=date(2025, 5, 1), end_date=date(2025, 5, 31),
        min_attendance_pct=60.0)),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_reaches_the_next_figures_exactly(world: World, change: str) -> None:
    whole = AnalyticsFilter(programme_id=world.programme_id)
    women = AnalyticsFilter(programme_id=world.programme_id, sex=WOMEN)
    before = (_same_as_rebuilt(world, whole), _same_as_rebuilt(world, women))
    CHANGES[change](world)
    assert facts.pending(world.services.db) >= 1  # the write listed its cohort
    after = (_same_as_rebuilt(world, whole), _same_as_rebuilt(world, women))
    assert after != before  # the change shows in the figures (else this test would prove nothing)


def test_only_the_cohort_written_is_rebuilt(world: World) -> None:
    world.analytics.funnel(AnalyticsFilter(programme_id=world.programme_id))
    world.services.attendance.mark(world.sessions["T1"], world.people["Lamine"], "present", today=TODAY)
    with world.services.db.read() as s:
        assert list(s.scalars(select(FactsDirty.cohort_id))) == [world.cohorts["B"]]
    assert facts.bring_up_to_date(world.services.db) == 1


def test_a_cancelled_preparation_keeps_what_was_done_and_finishes_later(world: World,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from trainmgr.errors import Cancelled
    from trainmgr.services.tasks import CancelToken

    monkeypatch.setattr(facts, "CHUNK", 1)
    token = CancelToken()

    def cancel_after_first(done: int, _total: int, _message: str) -> None:
        if done == 1:
            token.cancel()

    with pytest.raises(Cancelled):
        facts.bring_up_to_date(world.services.db, cancel_after_first, token)
    assert facts.pending(world.services.db) == 1  # one of the two cohorts rebuilt, one still listed
    flt = AnalyticsFilter(programme_id=world.programme_id)
    assert _everything(world, flt) == _rebuilt(world, flt)


def test_the_upgrade_lists_every_cohort_and_the_first_figures_build_them(world: World) -> None:
    """A database upgraded from revision 0003 (before the derived tables) gets the right figures."""
    from alembic import command

    from trainmgr.db.migrate import alembic_config

    flt = AnalyticsFilter(programme_id=world.programme_id)
    expected = _everything(world, flt)
    config = alembic_config()
    with world.services.db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
        assert "an_enrolment" not in set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'")))
        command.upgrade(config, "head")
        triggers = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                         "AND name LIKE 'an_dirty_%'")))
    assert len(triggers) == 8 * 3 + 2  # insert, update, delete on eight tables; a person's update, delete
    assert facts.pending(world.services.db) == 2  # both cohorts
    assert _everything(world, flt) == expected


def test_the_programme_wide_rows_give_the_figures_of_the_rows_per_trainee(world: World) -> None:
    """A whole programme (or one sex of it) is added up from the programme-wide rows; any period
    reads the rows per trainee: a period taking in everything must give the same figures."""
    from trainmgr.services.analytics import scores

    for sex in (None, WOMEN, "not_recorded"):
        whole = AnalyticsFilter(programme_id=world.programme_id, sex=sex)
        everything = AnalyticsFilter(programme_id=world.programme_id, sex=sex, date_from=date(2000, 1, 1),
                                     date_to=date(2099, 12, 31))
        assert scores.programme_wide(whole) and not scores.programme_wide(everything)
        assert world.analytics.scores(whole) == world.analytics.scores(everything)
        assert world.analytics.trained(whole) == world.analytics.trained(everything)
        assert world.analytics.funnel(whole) == world.analytics.funnel(everything)


def test_too_many_sessions_are_counted_but_not_listed(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from trainmgr.services.analytics import attendance

    flt = AnalyticsFilter(programme_id=world.programme_id)
    listed = world.analytics.attendance(flt)
    assert len(listed.sessions) == 5 and listed.sessions_not_listed == 0  # S1 S2 S4 T1 T2 (S3 was cancelled)
    monkeypatch.setattr(attendance, "SESSION_LIST_MAX", 4)
    counted = world.analytics.attendance(flt)
    assert counted.sessions == () and counted.sessions_not_listed == 5
    assert (counted.cohorts, counted.months, counted.total) == (listed.cohorts, listed.months, listed.total)
