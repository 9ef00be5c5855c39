"""Pre/post score distributions and gains per competency, checked by hand on analytics_world."""

from __future__ import annotations

from datetime import date

from tests.unit.analytics_world import World, world_fixture  # noqa: F401 - the `world` fixture

from trainmgr.domain.analytics_records import PHASE_POST, PHASE_PRE, AnalyticsFilter, GainRow, ScoreFigure


def _scores(w: World, **kw: object) -> ScoreFigure:
    return w.analytics.scores(AnalyticsFilter(programme_id=w.programme_id, **kw))  # type: ignore[arg-type]


def _gain(fig: ScoreFigure, w: World, code: str) -> GainRow:
    return next(g for g in fig.gains if g.competency_id == w.comp[code])


def _bins(fig: ScoreFigure, w: World, code: str, phase: str) -> dict[float, int]:
    return {b.lower_pct: b.count for b in fig.bins if b.competency_id == w.comp[code] and b.phase == phase and b.count}


def test_gain_per_competency_in_percent_of_its_maximum(world: World) -> None:
    x = _gain(_scores(world), world, "X")
    # pre X/10: 40 50 60 20 30 40 50 30 (Hugo, unpaired); post: 80 70 100 50 60 80 70 (Jean, unpaired)
    assert (x.n_pre, x.n_post, x.n_paired) == (8, 7, 6)
    assert (x.pre_mean_pct, x.post_mean_pct) == (40.0, 72.9)  # 320/8, 510/7
    assert (x.paired_pre_mean_pct, x.paired_post_mean_pct) == (40.0, 73.3)  # 240/6, 440/6
    assert x.raw_gain_pct == 33.3
    assert x.normalised_gain == 0.556  # 33.33 / (100 − 40)
    # Zoé (pre 100 %) is deleted: the maximum is Chloé's 60
    assert (x.pre_min_pct, x.pre_max_pct, x.post_min_pct, x.post_max_pct) == (20.0, 60.0, 50.0, 100.0)
    assert not x.too_small


def test_cleared_score_is_left_out(world: World) -> None:
    y = _gain(_scores(world), world, "Y")
    # Hugo's pre-test Y was entered then cleared: 7 pre scores, 50 40 60 30 50 45 50 out of 100
    assert (y.n_pre, y.n_post, y.n_paired) == (7, 7, 6)
    assert (y.pre_mean_pct, y.paired_pre_mean_pct, y.paired_post_mean_pct, y.raw_gain_pct) == (46.4, 45.8, 70.8, 25.0)
    assert y.normalised_gain == 0.462  # 25 / (100 − 45.83)


def test_distribution_in_ten_percent_bins_with_100_in_the_last(world: World) -> None:
    fig = _scores(world)
    assert _bins(fig, world, "X", PHASE_PRE) == {20.0: 1, 30.0: 2, 40.0: 2, 50.0: 2, 60.0: 1}
    assert _bins(fig, world, "X", PHASE_POST) == {50.0: 1, 60.0: 1, 70.0: 2, 80.0: 2, 90.0: 1}
    assert fig.bin_width_pct == 10.0
    assert len([b for b in fig.bins if b.competency_id == world.comp["X"]]) == 20  # every bin, empty ones too


def test_small_group_is_flagged(world: World) -> None:
    x = _gain(_scores(world, sex="female"), world, "X")
    assert (x.n_pre, x.n_post, x.n_paired, x.too_small) == (3, 3, 3, True)  # Amina, Binta, Chloé
    assert (x.paired_pre_mean_pct, x.paired_post_mean_pct) == (50.0, 83.3)  # (40+50+60)/3, (80+70+100)/3


def test_rank_and_unit_filters(world: World) -> None:
    cpl = _gain(_scores(world, rank_id=world.ranks["CPL"]), world, "X")  # Binta 50→70, Eric 30→60
    assert (cpl.n_paired, cpl.raw_gain_pct) == (2, 25.0)
    escadron = _gain(_scores(world, unit_id=world.units["O"]), world, "X")  # Fodé 40→80
    assert (escadron.n_paired, escadron.raw_gain_pct, escadron.normalised_gain) == (1, 40.0, 0.667)


def test_no_test_in_scope_gives_no_rows(world: World) -> None:
    for fig in (_scores(world, cohort_id=world.cohorts["B"]), _scores(world, date_from=date(2025, 8, 1)),
                _scores(world, sex="not_recorded", cohort_id=world.cohorts["B"])):
        assert (fig.gains, fig.bins) == ((), ())
    gani = _gain(_scores(world, sex="not_recorded"), world, "X")  # pre only
    assert (gani.n_pre, gani.n_post, gani.n_paired, gani.raw_gain_pct, gani.normalised_gain) == (1, 0, 0, None, None)
