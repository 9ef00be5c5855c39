"""Evaluations: instruments, the score grid with range validation, GO/NO-GO, and a trainee's progress."""

from __future__ import annotations

from datetime import date

import pytest
from delivery_world import World, make_world
from sqlalchemy import select

from trainmgr.db.base import natural_id
from trainmgr.db.models import Competency, Result
from trainmgr.errors import ValidationError
from trainmgr.services.container import Services
from trainmgr.services.evaluations import EvaluationService, InstrumentInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def ev(services: Services) -> EvaluationService:
    return EvaluationService(services.db)


def competencies(world: World, n: int) -> list[tuple[str, str]]:
    """(id, code) of the first n competencies of the starter framework, by code."""
    with world.services.db.read() as s:
        rows = s.execute(select(Competency.id, Competency.code).where(Competency.deleted.is_(False))
                         .order_by(Competency.code).limit(n)).all()
    assert len(rows) == n
    return [(r[0], r[1]) for r in rows]


def roster(world: World, cohort: str, *families: str) -> list[str]:
    ids = []
    for i, family in enumerate(families):
        pid = world.trainee(family, "Amadou", number=f"00{i + 1}")
        world.cohorts.enrol(cohort, pid, today=date(2025, 5, 1))
        ids.append(pid)
    return ids


def test_an_instrument_takes_the_kinds_level_and_checks_its_pass_mark(world: World, ev: EvaluationService) -> None:
    cohort = world.cohort()
    (c1, _), (c2, _) = competencies(world, 2)
    row = ev.create_instrument(InstrumentInput(cohort, "post_test", "Final test", given_on=date(2025, 7, 30),
                                               max_score=20, pass_mark=12, competencies=((c1, 10), (c2, 10))))
    assert (row.kind, row.level, row.max_score, row.pass_mark) == ("post_test", "2_learning", 20.0, 12.0)
    assert [(c.competency_id, c.max_score) for c in row.competencies] == [(c1, 10.0), (c2, 10.0)]  # by code
    assert ev.create_instrument(InstrumentInput(cohort, "reaction_survey", "Survey")).level == "1_reaction"
    assert ev.create_instrument(InstrumentInput(cohort, "observation", "Obs", level="results")).level == "4_results"
    with pytest.raises(ValidationError, match="pass mark"):
        ev.create_instrument(InstrumentInput(cohort, "pre_test", "Bad", max_score=10, pass_mark=11))
    with pytest.raises(ValidationError, match="more than 0"):
        ev.create_instrument(InstrumentInput(cohort, "pre_test", "Bad", max_score=0))
    with pytest.raises(ValidationError, match="Unknown instrument kind"):
        ev.create_instrument(InstrumentInput(cohort, "exam", "Bad"))
    with pytest.raises(ValidationError, match="listed twice"):
        ev.create_instrument(InstrumentInput(cohort, "pre_test", "Bad", competencies=((c1, 5), (c1, 5))))
    assert [i.title for i in ev.list_instruments(cohort)] == ["Final test", "Obs", "Survey"]


def test_the_grid_is_roster_by_competency_with_range_checked_scores(world: World, ev: EvaluationService) -> None:
    cohort = world.cohort()
    bah, sow = roster(world, cohort, "Bah", "Sow")
    nominee = world.trainee("Diop")
    world.cohorts.enrol(cohort, nominee, status="nominated", today=date(2025, 5, 1))
    (c1, code1), (c2, _) = competencies(world, 2)
    inst = ev.create_instrument(InstrumentInput(cohort, "pre_test", "Pre", max_score=20, pass_mark=10,
                                                competencies=((c1, 10), (c2, 5)))).id
    ev.set_score(inst, bah, c1, 7)
    ev.set_score(inst, bah, c2, 5)
    grid = ev.score_grid(inst)
    assert [c.competency_id for c in grid.columns] == [c1, c2] and [c.max_score for c in grid.columns] == [10, 5]
    assert [r.person_id for r in grid.rows] == [bah, sow]  # the nominee is not on the grid
    assert [c.score for c in grid.rows[0].cells] == [7.0, 5.0] and [c.score for c in grid.rows[1].cells] == [None] * 2
    with pytest.raises(ValidationError, match=rf"Sow Amadou \(002\): the score for {code1} .* from 0 to 10, not 11"):
        ev.set_score(inst, sow, c1, 11)
    with pytest.raises(ValidationError, match="from 0 to 5, not -1"):
        ev.set_score(inst, sow, c2, -1)
    with pytest.raises(ValidationError, match="per competency"):
        ev.set_score(inst, sow, None, 3)
    with pytest.raises(ValidationError, match="records scores only"):
        ev.set_score(inst, sow, c1, 3, passed=True)
    stranger = world.trainee("Ka")
    with pytest.raises(ValidationError, match="not in the cohort"):
        ev.set_score(inst, stranger, c1, 3)
    # scoring again updates the one natural-key row; clearing tombstones it
    ev.set_score(inst, bah, c1, 8, comment="re-marked")
    with world.services.db.read() as s:
        rows = s.scalars(select(Result).where(Result.person_id == bah, Result.competency_id == c1)).all()
    assert [(r.id, r.score, r.comment, r.recorded_by) for r in rows] == [
        (natural_id(Result, inst, bah, c1), 8.0, "re-marked", "tester")]
    ev.set_score(inst, bah, c1, None)
    assert ev.score_grid(inst).rows[0].cells[0].score is None
    assert ev.get_instrument(inst).results == 1


def test_an_overall_instrument_has_one_column_out_of_its_maximum(world: World, ev: EvaluationService) -> None:
    cohort = world.cohort()
    (bah,) = roster(world, cohort, "Bah")
    inst = ev.create_instrument(InstrumentInput(cohort, "post_test", "Final", max_score=50, pass_mark=30)).id
    (c1, _), = competencies(world, 1)
    ev.set_score(inst, bah, None, 50)
    grid = ev.score_grid(inst)
    assert [(c.competency_id, c.max_score) for c in grid.columns] == [(None, 50.0)]
    assert grid.rows[0].cells[0].score == 50.0
    with pytest.raises(ValidationError, match=r"not 50\.5"):
        ev.set_score(inst, bah, None, 50.5)
    with pytest.raises(ValidationError, match="does not measure"):
        ev.set_score(inst, bah, c1, 5)
    with pytest.raises(ValidationError, match="maximum cannot be 40"):
        ev.update_instrument(inst, InstrumentInput(cohort, "post_test", "Final", max_score=40, pass_mark=30))
    with pytest.raises(ValidationError, match="overall scores"):
        ev.update_instrument(inst, InstrumentInput(cohort, "post_test", "Final", max_score=50, competencies=((c1, 5),)))
    with pytest.raises(ValidationError, match="kind cannot change"):
        ev.update_instrument(inst, InstrumentInput(cohort, "pre_test", "Final", max_score=50))
    assert ev.update_instrument(inst, InstrumentInput(cohort, "post_test", "Final exam", max_score=60)).title == \
        "Final exam"
    with pytest.raises(ValidationError, match="has scores"):
        ev.delete_instrument(inst)


def test_a_practical_checklist_records_go_no_go(world: World, ev: EvaluationService) -> None:
    cohort = world.cohort()
    bah, sow = roster(world, cohort, "Bah", "Sow")
    (c1, _), = competencies(world, 1)
    inst = ev.create_instrument(InstrumentInput(cohort, "practical_checklist", "Convoy drill", max_score=10,
                                                competencies=((c1, 10),))).id
    assert ev.set_score(inst, bah, c1, None, passed=True).passed is True  # GO without a score
    ev.set_score(inst, sow, c1, 4, passed=False)
    with pytest.raises(ValidationError, match="record GO or NO-GO"):
        ev.set_score(inst, sow, c1, 6)
    cells = [r.cells[0] for r in ev.score_grid(inst).rows]
    assert [(c.score, c.passed) for c in cells] == [(None, True), (4.0, False)]
    with pytest.raises(ValidationError, match="has scores on this instrument"):
        ev.update_instrument(inst, InstrumentInput(cohort, "practical_checklist", "Convoy drill", max_score=10))


def test_progress_is_a_series_per_competency_in_percent_over_time(world: World, ev: EvaluationService) -> None:
    """C1 pre-test 4/10 (2 May) → 40 %, observation 3/5 (observed 20 June) → 60 %, post-test 18/20
    (30 July) → 90 %; an overall survey 4/5 (31 July) → 80 % in the overall series, listed last."""
    cohort = world.cohort()
    (bah,) = roster(world, cohort, "Bah")
    (c1, code1), = competencies(world, 1)
    post = ev.create_instrument(InstrumentInput(cohort, "post_test", "Post", given_on=date(2025, 7, 30),
                                                max_score=20, pass_mark=12, competencies=((c1, 20),))).id
    pre = ev.create_instrument(InstrumentInput(cohort, "pre_test", "Pre", given_on=date(2025, 5, 2),
                                               max_score=10, competencies=((c1, 10),))).id
    obs = ev.create_instrument(InstrumentInput(cohort, "observation", "Field obs", max_score=5,
                                               competencies=((c1, 5),))).id
    survey = ev.create_instrument(InstrumentInput(cohort, "reaction_survey", "Survey", given_on=date(2025, 7, 31),
                                                  max_score=5)).id
    ev.set_score(post, bah, c1, 18)
    ev.set_score(pre, bah, c1, 4)
    ev.set_score(obs, bah, c1, 3, observed_on=date(2025, 6, 20))
    ev.set_score(survey, bah, None, 4)
    progress = ev.trainee_progress(bah)
    assert [(p.competency_id, p.code) for p in progress] == [(c1, code1), (None, "")]
    assert [(pt.on, pt.kind, pt.percent) for pt in progress[0].points] == [
        (date(2025, 5, 2), "pre_test", 40.0), (date(2025, 6, 20), "observation", 60.0),
        (date(2025, 7, 30), "post_test", 90.0)]
    assert [(pt.kind, pt.percent, pt.level) for pt in progress[1].points] == [("reaction_survey", 80.0, "1_reaction")]
