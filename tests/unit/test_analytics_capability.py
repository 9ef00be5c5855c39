"""Unit capability per competency (baseline vs latest vs required), checked by hand on analytics_world."""

from __future__ import annotations

from datetime import date

import pytest
from tests.unit.analytics_world import World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import AnalyticsFilter, CapabilityFigure, CapabilityRow


def _cap(w: World, **kw: object) -> CapabilityFigure:
    return w.analytics.capability(AnalyticsFilter(programme_id=w.programme_id, **kw))  # type: ignore[arg-type]


def _row(fig: CapabilityFigure, w: World, code: str) -> CapabilityRow:
    return next(r for r in fig.rows if r.competency_id == w.comp[code])


def test_programme_means_over_units_of_baseline_latest_and_required(world: World) -> None:
    fig = _cap(world)
    x = _row(fig, world, "X")
    # X: B 1→3 (req 4), C 2→4 (req 4; the later draft is ignored), O 2→2 (req 5, one assessment)
    assert (x.units, x.baseline_level, x.latest_level, x.required_level) == (3, 1.67, 3.0, 4.33)
    assert (x.baseline_gap, x.latest_gap, x.units_with_progress) == (2.67, 1.33, 2)
    assert x.gap_closure == pytest.approx(0.5, abs=0.01)
    y = _row(fig, world, "Y")
    assert (y.units, y.baseline_level, y.latest_level, y.required_level, y.gap_closure) == (1, 2.0, 3.0, 3.0, 1.0)
    assert fig.units_assessed == 3
    assert [r.code for r in fig.rows] == sorted(r.code for r in fig.rows)


def test_unit_rows_name_the_baseline_and_latest_assessments(world: World) -> None:
    rows = {(r.unit_name, r.code): r for r in _cap(world).units}
    c = next(r for (unit, _), r in rows.items() if unit == "2e Compagnie")
    # the validated baseline, and the signed endline: the later draft (09-15) is not agreed, so not the latest
    assert (c.baseline_on, c.baseline_level, c.latest_on, c.latest_level, c.required_level) == (
        date(2025, 2, 1), 2, date(2025, 8, 1), 4, 4)
    o = next(r for (unit, _), r in rows.items() if unit == "Escadron")
    assert o.baseline_assessment_id == o.latest_assessment_id and o.baseline_level == o.latest_level == 2
    assert [r.unit_name for r in _cap(world).units] == ["1er Bataillon", "1er Bataillon", "2e Compagnie", "Escadron"]


def test_unit_filter_takes_its_sub_units(world: World) -> None:
    x = _row(_cap(world, unit_id=world.units["B"]), world, "X")  # B and its company C
    assert (x.units, x.baseline_level, x.latest_level, x.required_level) == (2, 1.5, 3.5, 4.0)
    assert (x.baseline_gap, x.latest_gap) == (2.5, 0.5)
    assert x.gap_closure == pytest.approx(0.8)
    only_c = _cap(world, unit_id=world.units["C"])
    assert [(r.units, r.baseline_level, r.latest_level, r.gap_closure) for r in only_c.rows] == [(1, 2.0, 4.0, 1.0)]


def test_period_picks_baseline_and_latest_within_it(world: World) -> None:
    x = _row(_cap(world, date_to=date(2025, 6, 30)), world, "X")
    # C's endline (08-01) is outside: its baseline is also its latest; B's midterm (06-10) is inside
    assert (x.baseline_level, x.latest_level, x.units_with_progress) == (1.67, 2.33, 1)


def test_no_assessment_in_scope_gives_an_empty_figure(world: World) -> None:
    fig = _cap(world, date_to=date(2024, 12, 31))
    assert (fig.rows, fig.units, fig.units_assessed) == ((), (), 0)


def test_people_filters_do_not_apply_to_units(world: World) -> None:
    assert _cap(world, sex="female", rank_id=world.ranks["CPL"], cohort_id=world.cohorts["B"]) == _cap(world)
