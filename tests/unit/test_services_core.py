"""Programmes, units and competency frameworks, through the services the GUI and the CLI call."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from trainmgr.domain.records import AreaNode, CompetencyNode
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.container import Services
from trainmgr.services.frameworks import CompetencyInput, load_starter_document
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.session_open import open_services
from trainmgr.services.units import UnitInput

FRAMEWORK_TABLES = (
    "framework", "proficiency_scale", "proficiency_level", "capability_area", "competency",
    "level_descriptor", "standard", "competency_standard",
)


def raw(services: Services, sql: str, **params: object) -> list[tuple]:
    with services.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


def change_seq(services: Services) -> int:
    return raw(services, "SELECT change_seq FROM local_replica")[0][0]


def flatten(nodes: tuple[CompetencyNode, ...]) -> list[CompetencyNode]:
    out: list[CompetencyNode] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out


def all_competencies(tree: list[AreaNode]) -> list[CompetencyNode]:
    return [c for area in tree for c in flatten(area.competencies)]


# --- programmes ---------------------------------------------------------------------------------

@pytest.fixture
def programme(services: Services) -> str:
    return services.programmes.create(ProgrammeInput(code="EUTM-1", name="Mentoring 2025")).id


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ProgrammeInput(code="P", name=""), "Name is required."),
        (ProgrammeInput(code="P", name="   "), "Name is required."),
        (ProgrammeInput(code="", name="Name"), "Code is required."),
        (ProgrammeInput(code="P", name="N", start_date=date(2025, 6, 1), end_date=date(2025, 1, 1)),
         "The end date (2025-01-01) is before the start date (2025-06-01)."),
        (ProgrammeInput(code="P", name="x" * 201), "Name is too long (201 characters; at most 200)."),
    ],
)
def test_invalid_programme_is_refused_with_a_message_and_nothing_saved(
    services: Services, data: ProgrammeInput, message: str
) -> None:
    seq = change_seq(services)
    with pytest.raises(ValidationError) as err:
        services.programmes.create(data)
    assert str(err.value) == message
    assert services.programmes.count() == 0
    assert change_seq(services) == seq


def test_programme_create_edit_and_list(services: Services) -> None:
    created = services.programmes.create(ProgrammeInput(
        code=" P1 ", name="  Border police  ", host_country="Niger", language="fr",
        start_date=date(2025, 1, 6), end_date=date(2025, 12, 19)))
    assert (created.code, created.name) == ("P1", "Border police")  # trimmed
    services.programmes.update(created.id, ProgrammeInput(code="P1", name="Border guards", host_country="Niger"))
    assert services.programmes.get(created.id).name == "Border guards"
    assert [p.name for p in services.programmes.list()] == ["Border guards"]


def test_invalid_edit_leaves_the_programme_as_it_was(services: Services, programme: str) -> None:
    with pytest.raises(ValidationError, match="before the start date"):
        services.programmes.update(programme, ProgrammeInput(
            code="EUTM-1", name="Changed", start_date=date(2025, 2, 1), end_date=date(2025, 1, 1)))
    assert services.programmes.get(programme).name == "Mentoring 2025"


def test_deleted_programme_is_a_tombstone(services: Services, programme: str) -> None:
    services.programmes.delete(programme)
    assert raw(services, "SELECT deleted FROM programme WHERE id = :id", id=programme) == [(1,)]
    assert services.programmes.list() == []
    assert services.programmes.count() == 0
    with pytest.raises(NotFoundError):
        services.programmes.get(programme)
    with pytest.raises(NotFoundError):
        services.programmes.update(programme, ProgrammeInput(code="X", name="Y"))


# --- units --------------------------------------------------------------------------------------

@pytest.fixture
def units(services: Services, programme: str) -> dict[str, str]:
    """ministry > brigade > battalion, and a school beside the brigade."""
    made = {}
    made["ministry"] = services.units.create(programme, UnitInput("Ministry of Defence", kind="ministry")).id
    made["brigade"] = services.units.create(programme, UnitInput("1st Brigade", made["ministry"], kind="brigade")).id
    made["battalion"] = services.units.create(
        programme, UnitInput("11th Battalion", made["brigade"], kind="battalion")).id
    made["school"] = services.units.create(programme, UnitInput("Academy", made["ministry"], kind="school")).id
    return made


def test_units_list_parents_before_children(services: Services, programme: str, units: dict[str, str]) -> None:
    names = [u.name for u in services.units.list(programme)]
    assert names == ["Ministry of Defence", "1st Brigade", "11th Battalion", "Academy"]
    assert services.programmes.list()[0].units == 4


@pytest.mark.parametrize("new_parent", ["ministry", "brigade", "battalion"])
def test_a_unit_cannot_be_moved_under_itself_or_its_sub_units(
    services: Services, programme: str, units: dict[str, str], new_parent: str
) -> None:
    before = services.units.list(programme)
    target = "brigade" if new_parent != "ministry" else "ministry"
    with pytest.raises(ValidationError, match="cannot be placed under itself or one of its sub-units"):
        services.units.update(units[target], UnitInput("Moved", units[new_parent]))
    assert services.units.list(programme) == before


def test_a_unit_can_move_elsewhere(services: Services, programme: str, units: dict[str, str]) -> None:
    services.units.update(units["battalion"], UnitInput("11th Battalion", units["school"], kind="battalion"))
    parent = {u.name: u.parent_id for u in services.units.list(programme)}
    assert parent["11th Battalion"] == units["school"]


def test_deleting_a_unit_with_sub_units_is_refused(services: Services, programme: str, units: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match=r"still has 1 sub-unit\(s\)"):
        services.units.delete(units["brigade"])
    assert len(services.units.list(programme)) == 4


def test_deleting_a_unit_is_a_tombstone(services: Services, programme: str, units: dict[str, str]) -> None:
    services.units.delete(units["battalion"])
    assert raw(services, "SELECT deleted FROM unit WHERE id = :id", id=units["battalion"]) == [(1,)]
    assert "11th Battalion" not in [u.name for u in services.units.list(programme)]
    assert services.programmes.list()[0].units == 3
    services.units.delete(units["brigade"])  # no live sub-unit left
    assert [u.name for u in services.units.list(programme)] == ["Ministry of Defence", "Academy"]


@pytest.mark.parametrize(
    ("data", "message"),
    [(UnitInput(""), "Name is required."), (UnitInput("Cell", kind="squadron"), "Unknown unit kind: squadron.")],
)
def test_invalid_unit_is_refused(services: Services, programme: str, data: UnitInput, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        services.units.create(programme, data)
    assert str(err.value) == message
    assert services.units.list(programme) == []


def test_parent_unit_of_another_programme_is_refused(
    services: Services, programme: str, units: dict[str, str]
) -> None:
    other = services.programmes.create(ProgrammeInput(code="P2", name="Other")).id
    with pytest.raises(ValidationError, match="belongs to another programme"):
        services.units.create(other, UnitInput("Stray", units["ministry"]))
    assert services.units.list(other) == []


# --- competency frameworks ----------------------------------------------------------------------

def starter_id(services: Services) -> str:
    [framework] = services.frameworks.list()
    return framework.id


def find(services: Services, code: str) -> CompetencyNode:
    tree = services.frameworks.tree(starter_id(services))
    return next(c for c in all_competencies(tree) if c.code == code)


def test_starter_framework_is_loaded_into_a_new_database(services: Services) -> None:
    doc = load_starter_document()
    [framework] = services.frameworks.list()
    tree = services.frameworks.tree(framework.id)
    assert len(tree) == len(doc["areas"]) == 9
    comps = all_competencies(tree)
    assert len(comps) == framework.competencies
    assert 55 <= len(comps) <= 70  # the starter library has about sixty competencies
    assert len({c.code for c in comps}) == len(comps)
    assert [lv.level for lv in services.frameworks.levels(framework.id)] == [1, 2, 3, 4, 5]


def test_loading_the_starter_framework_again_changes_nothing(services: Services) -> None:
    counts = {t: raw(services, f"SELECT count(*) FROM {t}")[0][0] for t in FRAMEWORK_TABLES}
    seq = change_seq(services)
    assert services.frameworks.ensure_starter() == starter_id(services)
    assert services.frameworks.ensure_starter() == starter_id(services)
    assert {t: raw(services, f"SELECT count(*) FROM {t}")[0][0] for t in FRAMEWORK_TABLES} == counts
    assert change_seq(services) == seq


def framework_ids(path: Path) -> dict[str, set[str]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {t: {r[0] for r in conn.execute(f"SELECT id FROM {t}")} for t in FRAMEWORK_TABLES}


def test_databases_created_apart_agree_on_the_starter_framework_ids(template_db: Path, tmp_path: Path) -> None:
    # Two laptops set up separately: sync must see one framework, not two copies of it.
    other = open_services(tmp_path / "other-laptop.db")
    other.db.close()
    ours, theirs = framework_ids(template_db), framework_ids(tmp_path / "other-laptop.db")
    assert all(ours[t] for t in FRAMEWORK_TABLES)
    assert ours == theirs


def test_editing_a_competency_keeps_its_descriptors(services: Services) -> None:
    node = find(services, "LOG.01")
    before = services.frameworks.competency(node.id)
    assert sorted(before.descriptors) == [1, 2, 3, 4, 5]
    after = services.frameworks.update_competency(
        node.id, CompetencyInput(code="LOG.01", title="Manage unit supply", description="Edited"))
    assert (after.title, after.description) == ("Manage unit supply", "Edited")
    assert after.descriptors == before.descriptors
    assert after.standards == before.standards
    assert after.updated_by == "tester"


def test_editing_one_descriptor_changes_only_that_level(services: Services) -> None:
    node = find(services, "LOG.01")
    before = services.frameworks.competency(node.id)
    after = services.frameworks.update_competency(
        node.id, CompetencyInput(code=before.code, title=before.title, descriptors=((3, "New level 3"),)))
    assert after.descriptors == {**before.descriptors, 3: "New level 3"}


def test_a_descriptor_outside_the_scale_refuses_the_whole_edit(services: Services) -> None:
    node = find(services, "LOG.02")
    before = services.frameworks.competency(node.id)
    with pytest.raises(ValidationError, match="Level 6 is outside the scale"):
        services.frameworks.update_competency(
            node.id, CompetencyInput(code=before.code, title="Changed", descriptors=((6, "Too high"),)))
    assert services.frameworks.competency(node.id) == before


def test_duplicate_competency_code_is_refused(services: Services) -> None:
    log02 = services.frameworks.competency(find(services, "LOG.02").id)
    with pytest.raises(ValidationError, match=r"The code LOG\.01 is already used in this framework\."):
        services.frameworks.update_competency(log02.id, CompetencyInput(code="LOG.01", title=log02.title))
    with pytest.raises(ValidationError, match=r"The code LOG\.01 is already used in this framework\."):
        services.frameworks.add_competency(log02.area_id, CompetencyInput(code="LOG.01", title="Copy"))
    assert services.frameworks.competency(log02.id).code == "LOG.02"


def test_new_competency_appears_in_the_tree(services: Services) -> None:
    log02 = services.frameworks.competency(find(services, "LOG.02").id)
    added = services.frameworks.add_competency(
        log02.area_id, CompetencyInput(code="LOG.99", title="Fuel accounting", descriptors=((1, "Knows"),)),
        parent_id=log02.id)
    assert added.descriptors == {1: "Knows"}
    assert find(services, "LOG.99").parent_id == log02.id


def test_deleting_a_competency_is_a_tombstone_and_frees_its_code(services: Services) -> None:
    with pytest.raises(ValidationError, match="sub-competencies"):
        services.frameworks.delete_competency(find(services, "LOG.01").id)
    leaf = find(services, "LOG.01.1")
    services.frameworks.delete_competency(leaf.id)
    assert raw(services, "SELECT deleted FROM competency WHERE id = :id", id=leaf.id) == [(1,)]
    assert "LOG.01.1" not in {c.code for c in all_competencies(services.frameworks.tree(starter_id(services)))}
    with pytest.raises(NotFoundError):
        services.frameworks.competency(leaf.id)
    services.frameworks.add_competency(leaf.area_id, CompetencyInput(code="LOG.01.1", title="Again"))


def test_tree_search_keeps_matches_and_their_ancestors(services: Services) -> None:
    tree = services.frameworks.tree(starter_id(services), search="log.01.2")
    assert [a.code for a in tree] == ["LOG"]
    [parent] = tree[0].competencies
    assert parent.code == "LOG.01"
    assert [c.code for c in parent.children] == ["LOG.01.2"]


def test_starter_document_matches_what_was_loaded(services: Services) -> None:
    doc = load_starter_document()
    assert json.dumps(doc)  # the resource ships and parses
    titles = {c.code: c.title for c in all_competencies(services.frameworks.tree(starter_id(services)))}
    first = doc["areas"][0]["competencies"][0]
    assert titles[first["code"]] == first["title"]
