"""Tailored curricula: the proposal algorithm and its edge cases, editing, prerequisites, approval, versions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from assessment_world import World, make_world

from trainmgr.db.base import natural_id
from trainmgr.db.models import ModuleCompetency
from trainmgr.errors import ValidationError
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.curriculum_proposal import delivery_mode_for
from trainmgr.services.programmes import ProgrammeInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def curriculum_count(w: World) -> int:
    return w.raw("SELECT count(*) FROM curriculum")[0][0]


# --- the proposal ------------------------------------------------------------------------------

def test_proposal_drafts_modules_ordered_by_priority_times_gap(world: World) -> None:
    a = world.assess(findings={
        "LOG.01": (1, 3, "low"),      # score 2, level 3 → practical
        "C2.01": (1, 2, "high"),      # score 3, level 2 → classroom
        "POC.01": (1, 3, "high"),     # score 6, level 3 → practical
        "LOG.02": (2, 3, "high"),     # score 3, level 3 → practical (same module as LOG.01)
    }, status="validated")
    summary = world.curricula.propose(world.programme_id, [a], "Sahel 2025")
    assert summary.reused == ()
    # Ranked: POC (6) first; the LOG module (best need 3) and C2 (3) tie and go by code.
    assert [(m.code, m.competency_codes, m.score) for m in summary.drafted] == [
        ("POC-1", ("POC.01",), 6), ("C2-1", ("C2.01",), 3), ("LOG-1", ("LOG.02", "LOG.01"), 3)]
    detail = world.curricula.get(summary.curriculum_id)
    assert (detail.curriculum.status, detail.curriculum.version, detail.curriculum.name) == ("draft", 1, "Sahel 2025")
    assert detail.assessment_ids == (a,)
    assert [m.code for m in detail.modules] == ["POC-1", "C2-1", "LOG-1"]
    assert [m.sort_order for m in detail.modules] == [1, 2, 3]


def test_a_drafted_module_targets_the_required_level_with_objectives_hours_mode_and_standards(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3, "high"), "LOG.02": (2, 3, "medium")})
    summary = world.curricula.propose(world.programme_id, [a], "Logistics cell")
    module = world.curricula.get(summary.curriculum_id).modules[0]
    assert module.delivery_mode == "practical_exercise"
    assert module.hours == 4 * (2 + 1)  # 4 hours per level of gap, per competency
    assert module.title == "Logistics – practical exercise"
    assert [(t.code, t.target_level) for t in module.targets] == [("LOG.01", 3), ("LOG.02", 3)]
    descriptor = world.services.frameworks.competency(world.comp["LOG.01"]).descriptors[3]
    assert module.objectives[0].text == f"LOG.01 Supply management (level 3): {descriptor}"
    expected = {st.code for code in ("LOG.01", "LOG.02")
                for st in world.services.frameworks.competency(world.comp[code]).standards}
    assert {st.code for st in module.standards} == expected


@pytest.mark.parametrize(
    ("target", "gap", "mode"),
    [(1, 1, "classroom"), (2, 2, "classroom"), (3, 3, "practical_exercise"), (4, 1, "mentoring"),
     (4, 2, "field_exercise"), (5, 1, "workshop"), (5, 4, "workshop")],
)
def test_delivery_mode_rule(target: int, gap: int, mode: str) -> None:
    assert delivery_mode_for(target, gap) == mode


def test_one_competency_in_several_units_is_one_need_at_the_highest_required_level(world: World) -> None:
    a = world.assess("1BN", findings={"COM.01": (2, 3, "medium")})
    b = world.assess("2BN", findings={"COM.01": (1, 4, "high")})
    summary = world.curricula.propose(world.programme_id, [a, b], "Signals")
    assert [(m.competency_codes, m.score, m.delivery_mode, m.hours) for m in summary.drafted] == [
        (("COM.01",), 9, "field_exercise", 12.0)]
    target = world.curricula.get(summary.curriculum_id).modules[0].targets[0]
    assert target.target_level == 4


def test_proposal_reuses_modules_of_existing_curricula_and_drafts_the_rest(world: World) -> None:
    existing = world.curricula.create(world.programme_id, "Logistics basics", code="LOGB")
    m = world.curricula.add_module(existing.id, ModuleInput(title="Stores accounting", code="LOG-STORES", hours=16,
                                                            delivery_mode="practical_exercise"))
    world.curricula.add_objective(m.id, "Keep a stock ledger that reconciles weekly")
    world.curricula.set_target(m.id, world.comp["LOG.01"], 4)
    standard_id = world.services.frameworks.competency(world.comp["LOG.01"]).standards[0].standard_id
    world.curricula.set_standard(m.id, standard_id, "Stock levels")
    weak = world.curricula.add_module(existing.id, ModuleInput(title="Fuel awareness", code="LOG-FUEL"))
    world.curricula.set_target(weak.id, world.comp["LOG.01.2"], 2)  # below the level the unit needs
    world.curricula.approve(existing.id)

    a = world.assess(findings={"LOG.01": (1, 4, "high"), "LOG.01.2": (1, 3, "high"), "C2.01": (2, 3, "low")})
    summary = world.curricula.propose(world.programme_id, [a], "Sahel 2026")

    assert [(r.code, r.competency_codes, r.source) for r in summary.reused] == [
        ("LOG-STORES", ("LOG.01",), "LOGB v1 – Stores accounting")]
    assert sorted(d.competency_codes for d in summary.drafted) == [("C2.01",), ("LOG.01.2",)]
    modules = {m.code: m for m in world.curricula.get(summary.curriculum_id).modules}
    copy = modules["LOG-STORES"]
    assert copy.id != m.id  # a copy: modules belong to one curriculum version
    assert copy.curriculum_id == summary.curriculum_id
    assert [o.text for o in copy.objectives] == ["Keep a stock ledger that reconciles weekly"]
    assert [(t.code, t.target_level) for t in copy.targets] == [("LOG.01", 4)]
    assert [(s.standard_id, s.detail) for s in copy.standards] == [(standard_id, "Stock levels")]
    assert world.curricula.get(summary.curriculum_id).modules[0].code == "LOG-STORES"  # score 9 ranks first
    assert len(world.curricula.get(existing.id).modules) == 2  # the source is untouched


def test_reuse_skips_retired_curricula_and_prefers_the_module_covering_most_gaps(world: World) -> None:
    def course(name: str, code: str, targets: tuple[str, ...], status: str) -> str:
        c = world.curricula.create(world.programme_id, name, code=code).id
        m = world.curricula.add_module(c, ModuleInput(title=name, code=code + "-1")).id
        for target in targets:
            world.curricula.set_target(m, world.comp[target], None)  # no level set: reusable for any target
        if status != "draft":
            world.curricula.approve(c)
        if status == "retired":
            world.curricula.retire(c)
        return m

    course("Old radio", "OLD", ("COM.01", "COM.02"), "retired")
    course("Radio basics", "RB", ("COM.01",), "approved")
    course("Radio and planning", "RP", ("COM.01", "COM.02"), "draft")
    a = world.assess(findings={"COM.01": (1, 3, "high"), "COM.02": (1, 3, "medium")})
    summary = world.curricula.propose(world.programme_id, [a], "Signals 2026")
    assert [(r.code, r.competency_codes) for r in summary.reused] == [("RP-1", ("COM.01", "COM.02"))]
    assert summary.drafted == ()


def test_proposal_reports_skipped_non_trainable_gaps_and_competencies_without_gap(world: World) -> None:
    a = world.assess(findings={
        "LOG.03": (1, 4, "high", False, "Vehicle spare parts"),
        "LOG.01": (1, 3, "medium"),
        "C2.01": (3, 3, "high"),
        "C2.02": (4, 2, "high"),
    })
    summary = world.curricula.propose(world.programme_id, [a], "Mixed")
    assert [(s.code, s.non_training_response) for s in summary.skipped_non_trainable] == [
        ("LOG.03", "Vehicle spare parts")]
    assert summary.without_gap == ("C2.01", "C2.02")
    assert [d.competency_codes for d in summary.drafted] == [("LOG.01",)]


def test_no_gap_is_refused_with_a_clear_message_and_nothing_saved(world: World) -> None:
    a = world.assess(findings={"LOG.01": (3, 3), "LOG.02": (4, 3)})
    seq = world.change_seq()
    with pytest.raises(ValidationError, match="record no gap"):
        world.curricula.propose(world.programme_id, [a], "Nothing to do")
    assert (curriculum_count(world), world.change_seq()) == (0, seq)


def test_all_gaps_non_trainable_is_refused_naming_them(world: World) -> None:
    a = world.assess(findings={"LOG.03": (1, 4, "high", False, "Spare parts"),
                               "COM.03": (1, 3, "low", False, "")})
    with pytest.raises(ValidationError) as err:
        world.curricula.propose(world.programme_id, [a], "Nothing trainable")
    message = str(err.value)
    assert "needs a non-training response" in message
    assert "LOG.03 Vehicle maintenance (1st Infantry Battalion): Spare parts" in message
    assert "COM.03" in message and "no response recorded" in message
    assert curriculum_count(world) == 0


def test_proposal_input_is_checked(world: World) -> None:
    a = world.assess(findings={"LOG.01": (1, 3)})
    with pytest.raises(ValidationError, match="Name is required"):
        world.curricula.propose(world.programme_id, [a], "  ")
    with pytest.raises(ValidationError, match="at least one assessment"):
        world.curricula.propose(world.programme_id, [], "Empty")
    other = world.services.programmes.create(ProgrammeInput(code="O", name="Other"))
    with pytest.raises(ValidationError, match="belong to the programme"):
        world.curricula.propose(other.id, [a], "Wrong programme")


# --- editing -----------------------------------------------------------------------------------

@pytest.fixture
def draft(world: World) -> str:
    return world.curricula.create(world.programme_id, "Staff course", code="STAFF").id


def test_modules_objectives_targets_and_standards_can_be_edited_in_a_draft(world: World, draft: str) -> None:
    m = world.curricula.add_module(draft, ModuleInput(title="Orders", code="M1", hours=8))
    world.curricula.update_module(m.id, ModuleInput(title="Orders production", code="M1", hours=12,
                                                    delivery_mode="workshop"))
    world.curricula.add_objective(m.id, "Write a warning order")
    row = world.curricula.add_objective(m.id, "Brief the order")
    first, second = row.objectives
    world.curricula.update_objective(first.id, "Write a warning order in 30 minutes")
    row = world.curricula.reorder_objectives(m.id, [second.id, first.id])
    assert [o.text for o in row.objectives] == ["Brief the order", "Write a warning order in 30 minutes"]
    world.curricula.set_target(m.id, world.comp["C2.02"], 3)
    row = world.curricula.set_target(m.id, world.comp["C2.02"], 4)  # same competency: one row, new level
    assert [(t.code, t.target_level) for t in row.targets] == [("C2.02", 4)]
    assert world.raw("SELECT id FROM module_competency WHERE module_id = :m", m=m.id) == [
        (natural_id(ModuleCompetency, m.id, world.comp["C2.02"]),)]
    row = world.curricula.remove_target(m.id, world.comp["C2.02"])
    assert row.targets == ()
    row = world.curricula.set_target(m.id, world.comp["C2.02"], 2)  # undeleted, not duplicated
    assert world.raw("SELECT count(*), max(deleted) FROM module_competency WHERE module_id = :m", m=m.id) == [(1, 0)]
    row = world.curricula.delete_objective(second.id)
    assert (row.title, row.hours, row.delivery_mode, len(row.objectives)) == ("Orders production", 12.0, "workshop", 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ModuleInput(title=""), "Title is required."),
        (ModuleInput(title="T", hours=-1), "Hours must be from 0 to 1000 (got -1)."),
        (ModuleInput(title="T", delivery_mode="webinar"), "Unknown delivery mode: webinar"),
    ],
)
def test_invalid_module_is_refused(world: World, draft: str, data: ModuleInput, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        world.curricula.add_module(draft, data)
    assert str(err.value).startswith(message)


def test_a_prerequisite_cycle_is_refused_naming_the_modules(world: World, draft: str) -> None:
    a, b, c = (world.curricula.add_module(draft, ModuleInput(title=t, code=code)).id
               for code, t in (("M1", "Map reading"), ("M2", "Orders"), ("M3", "Exercise")))
    world.curricula.add_prerequisite(b, a)  # Orders needs Map reading
    world.curricula.add_prerequisite(c, b)  # Exercise needs Orders
    seq = world.change_seq()
    with pytest.raises(ValidationError) as err:
        world.curricula.add_prerequisite(a, c)  # Map reading needs Exercise: a cycle
    assert str(err.value) == ("That prerequisite would make a cycle (each module needs the next): "
                              "M1 Map reading → M3 Exercise → M2 Orders → M1 Map reading.")
    with pytest.raises(ValidationError, match="cannot be its own prerequisite"):
        world.curricula.add_prerequisite(a, a)
    assert world.change_seq() == seq
    assert world.curricula.module(c).prerequisite_ids == (b,)
    world.curricula.remove_prerequisite(c, b)
    world.curricula.add_prerequisite(a, c)  # no longer a cycle
    assert world.curricula.module(a).prerequisite_ids == (c,)


def test_a_prerequisite_must_be_in_the_same_curriculum(world: World, draft: str) -> None:
    other = world.curricula.create(world.programme_id, "Other")
    a = world.curricula.add_module(draft, ModuleInput(title="A")).id
    b = world.curricula.add_module(other.id, ModuleInput(title="B")).id
    with pytest.raises(ValidationError, match="belongs to another curriculum"):
        world.curricula.add_prerequisite(a, b)


def test_modules_can_be_reordered_and_deleted_as_tombstones(world: World, draft: str) -> None:
    a, b, c = (world.curricula.add_module(draft, ModuleInput(title=t)).id for t in ("A", "B", "C"))
    world.curricula.add_prerequisite(c, b)
    world.curricula.add_objective(b, "Objective")
    rows = world.curricula.reorder_modules(draft, [c, a, b])
    assert [r.title for r in rows] == ["C", "A", "B"]
    with pytest.raises(ValidationError, match="every module of the curriculum exactly once"):
        world.curricula.reorder_modules(draft, [c, a])
    world.curricula.delete_module(b)
    assert [m.title for m in world.curricula.get(draft).modules] == ["C", "A"]
    assert world.curricula.module(c).prerequisite_ids == ()
    assert world.raw("SELECT deleted FROM module WHERE id = :b", b=b) == [(1,)]
    assert world.raw("SELECT deleted FROM learning_objective WHERE module_id = :b", b=b) == [(1,)]
    assert world.raw("SELECT deleted FROM module_prerequisite WHERE prerequisite_id = :b", b=b) == [(1,)]


# --- approval, versions, retirement --------------------------------------------------------------

def edits(w: World, curriculum_id: str, module_id: str, objective_id: str) -> list[Callable[[], Any]]:
    other = w.curricula.get(curriculum_id).modules[1].id
    return [
        lambda: w.curricula.update(curriculum_id, "New name"),
        lambda: w.curricula.add_module(curriculum_id, ModuleInput(title="More")),
        lambda: w.curricula.update_module(module_id, ModuleInput(title="Changed")),
        lambda: w.curricula.delete_module(module_id),
        lambda: w.curricula.reorder_modules(curriculum_id, [other, module_id]),
        lambda: w.curricula.add_objective(module_id, "More"),
        lambda: w.curricula.update_objective(objective_id, "Changed"),
        lambda: w.curricula.delete_objective(objective_id),
        lambda: w.curricula.set_target(module_id, w.comp["LOG.02"], 3),
        lambda: w.curricula.remove_target(module_id, w.comp["LOG.01"]),
        lambda: w.curricula.set_standard(module_id, w.services.frameworks.competency(w.comp["LOG.01"])
                                         .standards[0].standard_id),
        lambda: w.curricula.add_prerequisite(module_id, other),
        lambda: w.curricula.remove_prerequisite(other, module_id),
        lambda: w.curricula.delete(curriculum_id),
    ]


def make_course(w: World) -> tuple[str, str, str]:
    c = w.curricula.create(w.programme_id, "Logistics", code="LOGC").id
    m = w.curricula.add_module(c, ModuleInput(title="Stores", code="S1", hours=8))
    n = w.curricula.add_module(c, ModuleInput(title="Audit", code="S2", hours=4))
    w.curricula.set_target(m.id, w.comp["LOG.01"], 3)
    w.curricula.add_prerequisite(n.id, m.id)
    objective = w.curricula.add_objective(m.id, "Keep the ledger").objectives[0].id
    return c, m.id, objective


def test_an_approved_curriculum_refuses_every_edit(world: World) -> None:
    c, m, objective = make_course(world)
    approved = world.curricula.approve(c, approved_by="Programme manager")
    assert (approved.status, approved.approved_by, approved.editable) == ("approved", "Programme manager", False)
    assert approved.approved_at is not None
    seq = world.change_seq()
    for edit in edits(world, c, m, objective):
        with pytest.raises(ValidationError) as err:
            edit()
        assert str(err.value) == ("“Logistics” version 1 is approved and cannot be changed; "
                                  "make a new version to change it.")
    with pytest.raises(ValidationError, match="is approved and cannot be changed"):
        world.curricula.approve(c)
    assert world.change_seq() == seq


def test_an_empty_curriculum_cannot_be_approved(world: World, draft: str) -> None:
    with pytest.raises(ValidationError, match="has no module yet"):
        world.curricula.approve(draft)


def test_new_version_copies_an_approved_curriculum_into_an_editable_draft(world: World) -> None:
    c, _, _ = make_course(world)
    world.curricula.approve(c)
    with pytest.raises(ValidationError, match="still a draft"):
        world.curricula.new_version(world.curricula.create(world.programme_id, "Draft").id)
    v2 = world.curricula.new_version(c)
    assert (v2.version, v2.status, v2.supersedes_id, v2.code, v2.name, v2.modules, v2.hours) == (
        2, "draft", c, "LOGC", "Logistics", 2, 12.0)
    old, new = world.curricula.get(c).modules, world.curricula.get(v2.id).modules
    assert [x.code for x in new] == [x.code for x in old]
    assert not {x.id for x in new} & {x.id for x in old}
    assert [(t.code, t.target_level) for t in new[0].targets] == [("LOG.01", 3)]
    assert [o.text for o in new[0].objectives] == ["Keep the ledger"]
    assert new[1].prerequisite_ids == (new[0].id,)  # prerequisites point inside the new version
    world.curricula.update_module(new[0].id, ModuleInput(title="Stores and ledgers", code="S1"))
    assert world.curricula.get(c).modules[0].title == "Stores"  # the approved version is untouched
    with pytest.raises(ValidationError, match="already has a newer version"):
        world.curricula.new_version(c)


def test_retire_an_approved_version_only(world: World) -> None:
    c, _, _ = make_course(world)
    with pytest.raises(ValidationError, match="is a draft, not in use: delete it instead"):
        world.curricula.retire(c)
    world.curricula.approve(c)
    assert world.curricula.retire(c).status == "retired"
    with pytest.raises(ValidationError, match="already retired"):
        world.curricula.retire(c)
    with pytest.raises(ValidationError, match="is retired and cannot be changed"):
        world.curricula.add_module(c, ModuleInput(title="More"))
    assert world.curricula.new_version(c).version == 2


def test_a_draft_curriculum_can_be_deleted_as_a_tombstone(world: World) -> None:
    c, _, _ = make_course(world)
    world.curricula.delete(c)
    assert world.curricula.list(world.programme_id) == []
    assert world.raw("SELECT deleted FROM curriculum WHERE id = :c", c=c) == [(1,)]
    assert world.raw("SELECT min(deleted) FROM module WHERE curriculum_id = :c", c=c) == [(1,)]


def test_list_shows_each_version_with_module_count_and_hours(world: World) -> None:
    c, _, _ = make_course(world)
    world.curricula.approve(c)
    world.curricula.new_version(c)
    rows = world.curricula.list(world.programme_id)
    assert [(r.name, r.version, r.status, r.modules, r.hours) for r in rows] == [
        ("Logistics", 1, "approved", 2, 12.0), ("Logistics", 2, "draft", 2, 12.0)]
