"""Traceability: gap → module(s) → sessions held → evaluations; gaps with no module, modules serving no gap."""

from __future__ import annotations

from datetime import date

import pytest
from assessment_world import World, make_world

from trainmgr.db.models import Cohort, Instrument, InstrumentCompetency, Person, Result, TrainingSession
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def cohort(w: World, curriculum_id: str, name: str = "Cohort 1") -> str:
    with w.services.db.write() as s:
        c = Cohort(programme_id=w.programme_id, curriculum_id=curriculum_id, name=name)
        s.add(c)
        s.flush()
        return c.id


def sessions(w: World, cohort_id: str, module_id: str, *statuses: str) -> None:
    with w.services.db.write() as s:
        for day, status in enumerate(statuses, start=1):
            s.add(TrainingSession(cohort_id=cohort_id, module_id=module_id, session_date=date(2025, 5, day),
                                  status=status))


def evaluation(w: World, competency_code: str, scores: int) -> None:
    """A post-test measuring the competency, with `scores` results recorded for it."""
    with w.services.db.write() as s:
        inst = Instrument(programme_id=w.programme_id, kind="post_test", level="2_learning", title="Post-test")
        s.add(inst)
        s.flush()
        s.add(InstrumentCompetency(instrument_id=inst.id, competency_id=w.comp[competency_code]))
        for i in range(scores):
            person = Person(programme_id=w.programme_id, family_name=f"Trainee {i}")
            s.add(person)
            s.flush()
            s.add(Result(instrument_id=inst.id, person_id=person.id, competency_id=w.comp[competency_code],
                         score=70.0))


def test_matrix_traces_each_gap_to_modules_sessions_held_and_evaluations(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 4, "high"), "C2.01": (2, 3, "low")}, status="signed")
    summary = world.curricula.propose(world.programme_id, [a], "Sahel 2025")
    log_module = next(m for m in summary.drafted if "LOG.01" in m.competency_codes)
    world.curricula.approve(summary.curriculum_id)
    group = cohort(world, summary.curriculum_id)
    sessions(world, group, log_module.module_id, "held", "held", "planned", "cancelled")
    evaluation(world, "LOG.01", scores=3)

    matrix = world.trace.matrix(world.programme_id)
    rows = {r.gap.code: r for r in matrix.rows}
    assert [r.gap.code for r in matrix.rows] == ["LOG.01", "C2.01"]  # ranked like the gap analysis
    log = rows["LOG.01"]
    assert (log.gap.unit_name, log.gap.gap, log.gap.priority) == ("1st Infantry Battalion", 3, "high")
    assert [(m.module_id, m.curriculum_name, m.curriculum_status, m.target_level) for m in log.modules] == [
        (log_module.module_id, "Sahel 2025", "approved", 4)]
    assert (log.sessions_held, log.instruments, log.results) == (2, 1, 3)  # planned and cancelled do not count
    c2 = rows["C2.01"]
    assert (c2.no_module, c2.sessions_held, c2.instruments, c2.results) == (False, 0, 0, 0)
    assert matrix.unserved_modules == ()


def test_a_gap_with_no_module_and_a_module_serving_no_gap_are_flagged(world: World) -> None:
    world.assess(findings={"LOG.01": (1, 3, "high"), "MED.01": (1, 3, "high")})
    course = world.curricula.create(world.programme_id, "Medical", code="MED")
    med = world.curricula.add_module(course.id, ModuleInput(title="Casualty care", code="MED-1"))
    world.curricula.set_target(med.id, world.comp["MED.01"], 3)
    gen = world.curricula.add_module(course.id, ModuleInput(title="Gender perspective", code="GEN-1"))
    world.curricula.set_target(gen.id, world.comp["GEN.01"], 2)
    intro = world.curricula.add_module(course.id, ModuleInput(title="Welcome", code="INTRO"))

    matrix = world.trace.matrix(world.programme_id)
    assert [r.gap.code for r in matrix.gaps_without_module] == ["LOG.01"]
    assert [m.code for m in {r.gap.code: r for r in matrix.rows}["MED.01"].modules] == ["MED-1"]
    assert [(u.module_id, u.competency_codes, u.reason) for u in matrix.unserved_modules] == [
        (gen.id, ("GEN.01",), "targets no current gap"), (intro.id, (), "targets no competency")]


def test_the_approved_version_is_traced_and_sessions_of_earlier_versions_count(world: World) -> None:
    world.assess(findings={"LOG.01": (1, 3, "high")}, status="validated")
    v1 = world.curricula.create(world.programme_id, "Logistics", code="LOGC").id
    m1 = world.curricula.add_module(v1, ModuleInput(title="Stores", code="S1")).id
    world.curricula.set_target(m1, world.comp["LOG.01"], 3)
    world.curricula.approve(v1)
    sessions(world, cohort(world, v1), m1, "held")

    v2 = world.curricula.new_version(v1).id  # a draft: the approved v1 is still what is traced
    row = world.trace.matrix(world.programme_id).rows[0]
    assert [(m.curriculum_version, m.sessions_held) for m in row.modules] == [(1, 1)]

    world.curricula.approve(v2)
    m2 = world.curricula.get(v2).modules[0].id
    sessions(world, cohort(world, v2, "Cohort 2"), m2, "held", "held")
    row = world.trace.matrix(world.programme_id).rows[0]
    # v2 is now traced; its module "S1" counts the session held under v1 as well.
    assert [(m.module_id, m.curriculum_version, m.sessions_held) for m in row.modules] == [(m2, 2, 3)]


def test_a_session_counts_only_for_a_cohort_running_the_module_curriculum(world: World) -> None:
    world.assess(findings={"LOG.01": (1, 3, "high")})
    course = world.curricula.create(world.programme_id, "Logistics").id
    m = world.curricula.add_module(course, ModuleInput(title="Stores")).id
    world.curricula.set_target(m, world.comp["LOG.01"], 3)
    other = world.curricula.create(world.programme_id, "Other").id
    sessions(world, cohort(world, other), m, "held")  # inconsistent data: the cohort runs another curriculum
    assert world.trace.matrix(world.programme_id).rows[0].sessions_held == 0


def test_retired_curricula_are_not_traced(world: World) -> None:
    world.assess(findings={"LOG.01": (1, 3, "high")})
    course = world.curricula.create(world.programme_id, "Old logistics").id
    m = world.curricula.add_module(course, ModuleInput(title="Stores")).id
    world.curricula.set_target(m, world.comp["LOG.01"], 3)
    world.curricula.approve(course)
    world.curricula.retire(course)
    matrix = world.trace.matrix(world.programme_id)
    assert [r.gap.code for r in matrix.gaps_without_module] == ["LOG.01"]
    assert matrix.unserved_modules == ()


def test_the_matrix_can_be_limited_to_one_unit(world: World) -> None:
    world.assess("1BN", findings={"LOG.01": (1, 3, "high")})
    world.assess("2BN", findings={"C2.01": (1, 3, "high")})
    matrix = world.trace.matrix(world.programme_id, world.units["2BN"])
    assert [(r.gap.unit_name, r.gap.code) for r in matrix.rows] == [("2nd Infantry Battalion", "C2.01")]
