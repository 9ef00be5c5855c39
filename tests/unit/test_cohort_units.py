"""A cohort is for the trainees of given units: set on creation, changed on update (removed links are
tombstones, re-added ones revived under the same natural id), units of another programme refused."""

from __future__ import annotations

import pytest
from delivery_world import World, make_world
from sqlalchemy import select

from trainmgr.db.base import natural_id
from trainmgr.db.models.delivery import CohortUnit
from trainmgr.errors import ValidationError
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def links(world: World) -> list[tuple[str, str, bool]]:
    with world.services.db.read() as s:
        return sorted((r.id, r.unit_id, r.deleted) for r in s.scalars(select(CohortUnit)))


def test_units_set_on_creation_and_changed_on_update(world: World) -> None:
    cohorts = world.cohorts
    cid = world.cohort("Logistique", unit_ids=(world.company, world.battalion))
    assert cohorts.units(cid) == [world.battalion, world.company]  # by name: "1er Bataillon", "2e Compagnie"
    data = CohortInput(world.programme_id, "Logistique", curriculum_id=world.curriculum_id, unit_ids=(world.company,))
    cohorts.update(cid, data)
    assert cohorts.units(cid) == [world.company]
    removed = natural_id(CohortUnit, cid, world.battalion)
    assert (removed, world.battalion, True) in links(world)  # a tombstone travels; no hard delete
    cohorts.update(cid, CohortInput(world.programme_id, "Logistique", curriculum_id=world.curriculum_id,
                                    unit_ids=(world.company, world.battalion)))
    assert cohorts.units(cid) == [world.battalion, world.company]
    assert len(links(world)) == 2  # revived under the same id, not a second row
    cohorts.update(cid, CohortInput(world.programme_id, "Logistics", curriculum_id=world.curriculum_id))
    assert cohorts.units(cid) == [world.battalion, world.company]  # unit_ids None: left as they are


def test_a_unit_of_another_programme_is_refused_and_nothing_created(world: World) -> None:
    other = world.services.programmes.create(ProgrammeInput(code="OTH", name="Other")).id
    foreign = world.services.units.create(other, UnitInput(name="Foreign unit")).id
    before = len(world.cohorts.list(world.programme_id))
    with pytest.raises(ValidationError, match="belongs to another programme"):
        world.cohort("Mixed", unit_ids=(world.company, foreign))
    assert len(world.cohorts.list(world.programme_id)) == before and links(world) == []
