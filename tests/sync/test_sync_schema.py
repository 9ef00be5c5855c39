"""A package from an older release is upgraded on import: columns it lacks take their defaults."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from trainmgr.db.models import Unit
from trainmgr.domain.clock import HybridClock
from trainmgr.domain.ids import new_id
from trainmgr.exchange.sync import ColumnSpec, TableData, new_signing_key, write_package
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sync_tables import synced_table_map


def test_an_older_package_without_a_newer_column_imports_with_the_default(laptops, tmp_path) -> None:
    hq = laptops("hq")
    programme = hq.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    network = hq.sync.identity()  # makes sure hq has its keys; network is set on first exchange
    assert network.replica_id
    # An older laptop's package: schema 0001, and its unit sheet has no `location` column.
    old_replica = "0ld0ld0ld0ld0ld0"
    stamp = HybridClock(old_replica).tick()
    spec = synced_table_map()["unit"]
    columns = tuple(c for c in spec.columns if c.name != "location")
    now = datetime(2026, 1, 5, 10, 0)
    unit_id = new_id()
    values = {"id": unit_id, "born": stamp, "hlc": stamp, "field_clocks": None, "vv": {old_replica: stamp},
              "deleted": False, "created_at": now, "created_by": "old", "updated_at": now, "updated_by": "old",
              "programme_id": programme.id, "parent_id": None, "code": "OLD", "name": "Unité d'avant",
              "name_native": "", "kind": "other"}
    row = tuple(values[c.name] for c in columns)
    path = tmp_path / "old.xlsx"
    with hq.db.read() as s:
        from trainmgr.db.models import LocalReplica

        network_id = s.get(LocalReplica, 1).network_id or ""
    header = {"package_id": new_id(), "schema_revision": "0001", "app_version": "0.1.0", "network_id": network_id,
              "source_replica": old_replica, "source_name": "old laptop", "created_at": now, "covers": "incremental",
              "for_peer": "", "seq_from": 0, "seq_to": 1, "acks": {}}
    write_package(path, header, [TableData("unit", tuple(ColumnSpec(c.name, c.kind) for c in columns), [row])],
                  new_signing_key())
    summary = hq.sync.import_package(path)
    assert summary.applied and summary.total("new") == 1
    with hq.db.read() as s:
        unit = s.scalar(select(Unit).where(Unit.id == unit_id))
    assert unit is not None and unit.name == "Unité d'avant" and unit.location == ""
