"""Attendance rate per session, cohort and month, checked by hand on analytics_world."""

from __future__ import annotations

from datetime import date

from tests.unit.analytics_world import World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import AnalyticsFilter, AttendanceFigure


def _att(w: World, **kw: object) -> AttendanceFigure:
    return w.analytics.attendance(AnalyticsFilter(programme_id=w.programme_id, **kw))  # type: ignore[arg-type]


def _by_session(fig: AttendanceFigure) -> dict[str, tuple[int, int, int, float | None]]:
    return {r.title: (r.tally.attended, r.tally.absent, r.tally.unmarked, r.tally.rate) for r in fig.sessions}


def test_rate_per_session(world: World) -> None:
    # S1: Jean (enrolled later) and Ines (nominee) not expected, Fodé excused, deleted Zoé left out;
    # S2: withdrawn Hugo no longer expected, Gani's cleared mark unmarked; S3 cancelled: no row
    assert _by_session(_att(world)) == {"S1": (6, 1, 0, 85.7), "S2": (5, 2, 1, 71.4), "S4": (7, 1, 0, 87.5),
                                        "T1": (2, 1, 0, 66.7), "T2": (2, 1, 0, 66.7)}
    assert [r.session_date for r in _att(world).sessions] == sorted(r.session_date for r in _att(world).sessions)


def test_rate_per_cohort_counts_cancelled_sessions_apart(world: World) -> None:
    rows = {r.cohort_name: r for r in _att(world).cohorts}
    a, b = rows["Cohort A"], rows["Cohort B"]
    assert (a.held_sessions, a.cancelled_sessions) == (3, 1)
    assert (a.tally.attended, a.tally.absent, a.tally.unmarked) == (18, 4, 1)
    assert (a.tally.rate, b.held_sessions, b.cancelled_sessions, b.tally.rate) == (81.8, 2, 0, 66.7)


def test_cohort_rate_is_the_attendance_services_rate(world: World) -> None:
    rows = {r.cohort_id: r.tally for r in _att(world).cohorts}
    for cohort_id in world.cohorts.values():
        rate = world.services.attendance.rate_for_cohort(cohort_id)
        assert (rows[cohort_id].attended, rows[cohort_id].absent, rows[cohort_id].unmarked, rows[cohort_id].rate) == (
            rate.attended, rate.absent, rate.unmarked, rate.rate)


def test_rate_per_month_and_in_total(world: World) -> None:
    fig = _att(world)
    assert [(m.month, m.tally.attended, m.tally.absent, m.tally.unmarked) for m in fig.months] == [
        (date(2025, 5, 1), 18, 4, 1), (date(2025, 9, 1), 4, 2, 0)]
    assert (fig.total.attended, fig.total.absent, fig.total.unmarked, fig.total.rate) == (22, 6, 1, 78.6)


def test_by_sex_with_an_empty_group(world: World) -> None:
    female = _att(world, sex="female")
    assert _by_session(female) == {"S1": (3, 0, 0, 100.0), "S2": (2, 1, 0, 66.7), "S4": (3, 0, 0, 100.0),
                                   "T1": (2, 0, 0, 100.0), "T2": (1, 1, 0, 50.0)}
    nobody = _att(world, sex="not_recorded")  # Gani only, in cohort A
    assert (nobody.total.attended, nobody.total.absent, nobody.total.unmarked) == (2, 0, 1)
    b = next(r for r in nobody.cohorts if r.cohort_id == world.cohorts["B"])
    assert (b.held_sessions, b.tally.counted, b.tally.rate) == (2, 0, None)


def test_unit_filter_and_an_excused_only_session(world: World) -> None:
    escadron = _by_session(_att(world, unit_id=world.units["O"]))  # Fodé: excused at S1
    assert escadron["S1"] == (0, 0, 0, None) and escadron["S2"] == (1, 0, 0, 100.0)
    company = _att(world, unit_id=world.units["C"])  # Amina Binta Dan Gani Hugo Jean (and Kadi in B)
    assert _by_session(company)["S1"] == (4, 1, 0, 80.0)


def test_period_keeps_sessions_and_cohorts_within_it(world: World) -> None:
    fig = _att(world, date_from=date(2025, 9, 1), date_to=date(2025, 9, 30))
    assert set(_by_session(fig)) == {"T1", "T2"}
    assert [r.cohort_name for r in fig.cohorts] == ["Cohort B"]
    one_day = _att(world, date_from=date(2025, 5, 12), date_to=date(2025, 5, 12))
    assert set(_by_session(one_day)) == {"S2"} and one_day.total.rate == 71.4
