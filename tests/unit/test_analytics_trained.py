"""Trainees trained over time (cumulative by month), by sex, unit and rank, checked by hand on analytics_world."""

from __future__ import annotations

from datetime import date

from tests.unit.analytics_world import World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import BY_RANK, BY_SEX, BY_UNIT, AnalyticsFilter, TrainedFigure

MAY_TO_SEP = tuple(date(2025, m, 1) for m in range(5, 10))


def _trained(w: World, **kw: object) -> TrainedFigure:
    return w.analytics.trained(AnalyticsFilter(programme_id=w.programme_id, **kw))  # type: ignore[arg-type]


def _series(fig: TrainedFigure, dimension: str, key: str | None) -> list[tuple[int, int]]:
    return [(p.new, p.cumulative) for p in fig.points if p.dimension == dimension and p.key == key]


def test_people_trained_once_at_their_first_completion(world: World) -> None:
    fig = _trained(world)
    # May 31 (cohort A): Amina, Chloé, Fodé, Jean; Sep 30 (cohort B): Kadi, Lamine (Amina again: not twice)
    assert fig.total == 6
    assert fig.months == MAY_TO_SEP
    assert _series(fig, BY_SEX, "female") == [(2, 2), (0, 2), (0, 2), (0, 2), (1, 3)]
    assert _series(fig, BY_SEX, "male") == [(2, 2), (0, 2), (0, 2), (0, 2), (1, 3)]
    assert fig.totals(BY_SEX) == {"female": 3, "male": 3}  # nobody of sex not recorded completed


def test_by_unit_and_rank(world: World) -> None:
    fig = _trained(world)
    units = {world.units[k]: n for k, n in (("C", 3), ("B", 2), ("O", 1))}
    assert fig.totals(BY_UNIT) == units
    assert {p.label for p in fig.points if p.dimension == BY_UNIT} == {"1er Bataillon", "2e Compagnie", "Escadron"}
    assert fig.totals(BY_RANK) == {world.ranks["SGT"]: 5, world.ranks["CPL"]: 1}
    assert _series(fig, BY_RANK, world.ranks["CPL"]) == [(0, 0), (0, 0), (0, 0), (0, 0), (1, 1)]


def test_cells_sex_by_unit_by_rank(world: World) -> None:
    cells = [(c.sex, c.unit_name, c.rank_name, c.count, c.too_small) for c in _trained(world).cells]
    assert cells == [("female", "1er Bataillon", "Sergent", 1, True), ("female", "2e Compagnie", "Sergent", 2, True),
                     ("male", "1er Bataillon", "Caporal", 1, True), ("male", "2e Compagnie", "Sergent", 1, True),
                     ("male", "Escadron", "Sergent", 1, True)]


def test_unit_filter_takes_sub_units(world: World) -> None:
    assert _trained(world, unit_id=world.units["B"]).total == 5  # all but Fodé (Escadron)
    assert _trained(world, unit_id=world.units["C"]).total == 3  # Amina, Jean, Kadi


def test_period_counts_first_completions_within_it(world: World) -> None:
    fig = _trained(world, date_from=date(2025, 6, 1))
    assert fig.total == 2 and fig.months == (date(2025, 9, 1),)  # Kadi, Lamine; Amina was trained in May
    cohort_b = _trained(world, cohort_id=world.cohorts["B"])
    assert cohort_b.total == 3  # within cohort B, Amina completes it too


def test_empty_group(world: World) -> None:
    fig = _trained(world, sex="not_recorded")
    assert (fig.total, fig.points, fig.cells, fig.months) == (0, (), (), ())
