"""The completion funnel, checked by hand on analytics_world (and against CompletionService)."""

from __future__ import annotations

from datetime import date

from tests.unit.analytics_world import TODAY, World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import FUNNEL_STAGES, AnalyticsFilter, FunnelFigure


def _funnel(w: World, **kw: object) -> FunnelFigure:
    return w.analytics.funnel(AnalyticsFilter(programme_id=w.programme_id, **kw))  # type: ignore[arg-type]


def _counts(fig: FunnelFigure) -> list[tuple[str, int, int, int, int]]:
    return [(s.stage, s.count, s.female, s.male, s.not_recorded) for s in fig.stages]


def test_stages_by_sex(world: World) -> None:
    # A: 10 live enrolments (deleted Zoé left out): Ines stays a nominee; withdrawn Hugo had joined (S1);
    # attendance ≥ 75 %: Amina Chloé Fodé Gani Jean (Binta, Eric 66.7 %, Dan 33.3 %); completed: Amina
    # Chloé Fodé Jean; followed up: Amina, Fodé. B (no minimum): Amina, Kadi, Lamine all the way to passed.
    assert _counts(_funnel(world)) == [("nominated", 13, 6, 6, 1), ("enrolled", 12, 5, 6, 1),
                                       ("attended_enough", 8, 4, 3, 1), ("passed", 7, 4, 3, 0),
                                       ("followed_up", 2, 1, 1, 0)]
    assert [s.stage for s in _funnel(world).stages] == list(FUNNEL_STAGES)


def test_per_cohort(world: World) -> None:
    rows = [(r.cohort_name, r.nominated, r.enrolled, r.attended_enough, r.passed, r.followed_up)
            for r in _funnel(world).cohorts]
    assert rows == [("Cohort A", 10, 9, 5, 4, 2), ("Cohort B", 3, 3, 3, 3, 0)]


def test_passed_is_what_completion_decided(world: World) -> None:
    for name, cohort_id in world.cohorts.items():
        completed = sum(d.decision == "completed" for d in world.services.completion.evaluate(cohort_id, TODAY))
        row = next(r for r in _funnel(world).cohorts if r.cohort_id == cohort_id)
        assert row.passed == completed, name


def test_filters(world: World) -> None:
    assert _counts(_funnel(world, sex="not_recorded")) == [  # Gani: attended enough, no post-test
        ("nominated", 1, 0, 0, 1), ("enrolled", 1, 0, 0, 1), ("attended_enough", 1, 0, 0, 1), ("passed", 0, 0, 0, 0),
        ("followed_up", 0, 0, 0, 0)]
    cpl = _funnel(world, rank_id=world.ranks["CPL"])  # Binta, Eric (66.7 %), Ines (nominee), Lamine (B)
    assert [s.count for s in cpl.stages] == [4, 3, 1, 1, 0]
    september = _funnel(world, date_from=date(2025, 9, 1))
    assert [r.cohort_name for r in september.cohorts] == ["Cohort B"]
    assert [s.count for s in september.stages] == [3, 3, 3, 3, 0]


def test_empty_group_keeps_its_cohort_rows(world: World) -> None:
    fig = _funnel(world, unit_id=world.units["O"], sex="not_recorded")
    assert [s.count for s in fig.stages] == [0, 0, 0, 0, 0]
    assert [(r.cohort_name, r.nominated) for r in fig.cohorts] == [("Cohort A", 0), ("Cohort B", 0)]
