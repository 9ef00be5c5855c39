"""Editing the proficiency scale and standard references, and new versions of a framework."""

from __future__ import annotations

import pytest
from tests.unit.assessment_world import World, make_world

from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.container import Services
from trainmgr.services.framework_edits import FrameworkEditService


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


@pytest.fixture
def edits(services: Services) -> FrameworkEditService:
    return FrameworkEditService(services.db)


def refs(world: World, code: str) -> list[tuple[str, str]]:
    return [(r.code, r.detail) for r in world.services.frameworks.competency(world.comp[code]).standards]


def test_a_level_can_be_reworded_even_when_the_scale_is_in_use(world: World, edits: FrameworkEditService) -> None:
    world.assess(findings={"LOG.01": (1, 3)})
    row = edits.update_level(world.framework_id, 2, "  Developing  ", "Needs supervision")
    assert (row.level, row.label, row.description) == (2, "Developing", "Needs supervision")
    assert world.services.frameworks.levels(world.framework_id)[1] == row
    with pytest.raises(ValidationError, match="Label is required"):
        edits.update_level(world.framework_id, 2, " ", "")
    with pytest.raises(NotFoundError):
        edits.update_level(world.framework_id, 9, "Nine", "")


def test_the_meaning_of_an_unused_scale_can_change(world: World, edits: FrameworkEditService) -> None:
    before = {lv.level: lv.proficient for lv in world.services.frameworks.levels(world.framework_id)}
    assert edits.set_proficient(world.framework_id, 1, not before[1]).proficient is (not before[1])
    levels = world.services.frameworks.levels(world.framework_id)
    edits.set_proficient(world.framework_id, 1, before[1])
    assert edits.renumber_level(world.framework_id, 5, 5).level == 5
    with pytest.raises(ValidationError, match="already has a level 4"):
        edits.renumber_level(world.framework_id, 5, 4)
    assert [lv.level for lv in levels] == [1, 2, 3, 4, 5]


def test_a_scale_in_use_cannot_change_meaning(world: World, edits: FrameworkEditService) -> None:
    world.assess(findings={"LOG.01": (1, 3), "LOG.02": (2, 3)})
    levels = world.services.frameworks.levels(world.framework_id)
    message = ("the scale is in use by 2 findings: create a new version of the framework to change its meaning")
    with pytest.raises(ValidationError, match=message):
        edits.set_proficient(world.framework_id, 1, not levels[0].proficient)
    with pytest.raises(ValidationError, match=message):
        edits.renumber_level(world.framework_id, 5, 4)
    # setting the flag it already has changes nothing, so it is not refused
    edits.set_proficient(world.framework_id, 1, levels[0].proficient)
    assert world.services.frameworks.levels(world.framework_id) == levels


def test_standards_are_added_linked_unlinked_and_linked_again(world: World, edits: FrameworkEditService) -> None:
    count = len(edits.standards())
    std = edits.add_standard("STANAG 9999", "Field hygiene", "NATO", "Ed. 1")
    assert len(edits.standards()) == count + 1
    with pytest.raises(ValidationError, match="already exists"):
        edits.add_standard("STANAG 9999", "Again", "NATO")
    with pytest.raises(ValidationError, match="Unknown standards body"):
        edits.add_standard("X-1", "X", "Mars")

    before = refs(world, "LOG.01")
    edits.link_standard(world.comp["LOG.01"], std.standard_id, "§4")
    assert ("STANAG 9999", "§4") in refs(world, "LOG.01")
    edits.unlink_standard(world.comp["LOG.01"], std.standard_id)
    assert refs(world, "LOG.01") == before
    with pytest.raises(NotFoundError):
        edits.unlink_standard(world.comp["LOG.01"], std.standard_id)
    tombstones = world.raw("SELECT count(*) FROM competency_standard WHERE standard_id = :s AND deleted = 1",
                           s=std.standard_id)
    assert tombstones == [(1,)]
    edits.link_standard(world.comp["LOG.01"], std.standard_id, "§5")  # the same row, undeleted
    assert ("STANAG 9999", "§5") in refs(world, "LOG.01")
    assert world.raw("SELECT count(*) FROM competency_standard WHERE standard_id = :s", s=std.standard_id) == [(1,)]


def test_a_new_version_copies_the_framework_and_retires_the_old_one(world: World,
                                                                   edits: FrameworkEditService) -> None:
    frameworks = world.services.frameworks
    old_tree = frameworks.tree(world.framework_id)
    old_detail = frameworks.competency(world.comp["LOG.01"])
    new_id = edits.new_version(world.framework_id, "2.0")

    rows = {f.id: f for f in frameworks.list()}
    assert rows[world.framework_id].status == "retired"
    assert (rows[new_id].version, rows[new_id].status) == ("2.0", "active")
    assert rows[new_id].competencies == rows[world.framework_id].competencies
    assert world.raw("SELECT supersedes_id FROM framework WHERE id = :i", i=new_id) == [(world.framework_id,)]
    assert frameworks.levels(new_id) == frameworks.levels(world.framework_id)

    def shape(tree: list) -> list:
        def node(n):
            return (n.code, n.title, [node(k) for k in n.children])
        return [(a.code, a.title, [node(c) for c in a.competencies]) for a in tree]

    new_tree = frameworks.tree(new_id)
    assert shape(new_tree) == shape(old_tree)
    new_log01 = next(c for a in new_tree for c in a.competencies if c.code == "LOG.01")
    new_detail = frameworks.competency(new_log01.id)
    assert new_detail.id != old_detail.id
    assert new_detail.descriptors == old_detail.descriptors
    assert new_detail.standards == old_detail.standards

    # the new version's scale can change meaning though the old one is in use
    world.assess(findings={"LOG.01": (1, 3)})
    level1 = frameworks.levels(new_id)[0]
    assert edits.set_proficient(new_id, 1, not level1.proficient).proficient is (not level1.proficient)

    with pytest.raises(ValidationError, match=r"Version 2\.0 of .* already exists\."):
        edits.new_version(new_id, "2.0")
