"""Sync between an encrypted laptop and a plain one, both ways, through real package files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.security.security_helpers import KNOWN_NAMES, add_known_people, known_names_in
from tests.sync.helpers import content

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput

SHARED_TABLES = ("programme", "unit", "person")


def shared(services: Services) -> dict[str, list[tuple]]:
    everything = content(services)
    return {name: everything[name] for name in SHARED_TABLES}


def test_sync_from_an_encrypted_laptop_to_a_plain_hq_and_back(make_encrypted: Callable, make_db: Callable,
                                                                opener: Callable, tmp_path: Path) -> None:
    field = opener(make_encrypted("field.db"))
    hq = opener(make_db("hq.db"), None)
    assert field.db.encrypted and not hq.db.encrypted
    add_known_people(field)

    to_hq = tmp_path / "field-to-hq.xlsx"
    field.sync.export(to_hq, full=True)
    summary = hq.sync.import_package(to_hq)
    assert summary.applied and summary.total("new") >= len(KNOWN_NAMES) + 1
    assert shared(hq) == shared(field)

    [programme] = [p for p in hq.programmes.list() if p.code == "SEC"]
    hq.units.create(programme.id, UnitInput(name="Bataillon Zanzibarre-Nord", kind="battalion"))
    hq.programmes.create(ProgrammeInput(code="HQ2", name="Second programme"))
    to_field = tmp_path / "hq-to-field.xlsx"
    hq.sync.export(to_field, peer=field.sync.identity().replica_id)
    assert field.sync.import_package(to_field).applied
    assert shared(field) == shared(hq)
    assert "Bataillon Zanzibarre-Nord" in [u.name for u in field.units.list(programme.id)]
    # what arrived on the encrypted laptop is encrypted on its disk too
    field.db.close()
    assert known_names_in(field.db.path.read_bytes()) == []
