"""Every write carries its sync metadata, stamped by the flush hook, so that no service can forget to
make a change visible to the other laptops."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from trainmgr.db.engine import Database
from trainmgr.db.models import LocalReplica, Programme
from trainmgr.domain import clock as clock_module
from trainmgr.domain.clock import Stamp
from trainmgr.services.container import Services
from trainmgr.services.session_open import open_services

DAY_NS = 24 * 60 * 60 * 1_000_000_000


def replica_state(db: Database) -> tuple[str, str, int]:
    with db.read() as s:
        replica = s.get(LocalReplica, 1)
        assert replica is not None
        return replica.replica_id, replica.hlc_last, replica.change_seq


def add_programme(db: Database, **values: object) -> str:
    with db.write() as s:
        programme = Programme(code=values.pop("code", "P1"), name=values.pop("name", "Programme"), **values)
        s.add(programme)
        s.flush()
        return programme.id


def load(db: Database, programme_id: str) -> Programme:
    with db.read() as s:
        row = s.get(Programme, programme_id)
        assert row is not None
        return row


@pytest.fixture
def db(services: Services) -> Database:
    return services.db


def test_insert_stamps_the_row_and_persists_the_clock(db: Database) -> None:
    replica_id, hlc_before, seq_before = replica_state(db)
    row = load(db, add_programme(db))
    assert row.born and row.hlc == row.born
    assert Stamp.parse(row.born).replica == replica_id
    assert row.born > hlc_before
    assert row.vv == {replica_id: row.born}
    assert row.field_clocks is None  # every field written at insert carries `born`
    assert row.change_seq == seq_before + 1
    assert row.created_by == row.updated_by == "tester"
    assert row.created_on == replica_id
    # The replica's clock and sequence were written in the same transaction as the row (and as the
    # row's audit event, stamped just after it).
    _replica, hlc_after, seq_after = replica_state(db)
    assert hlc_after > row.hlc and seq_after == row.change_seq + 1


def test_rows_inserted_together_get_distinct_increasing_stamps(db: Database) -> None:
    with db.write() as s:
        rows = [Programme(code=f"P{i}", name=f"Programme {i}") for i in range(5)]
        s.add_all(rows)
    stamped = sorted((load(db, r.id) for r in rows), key=lambda r: r.change_seq)
    seqs = [r.change_seq for r in stamped]
    assert seqs == list(range(seqs[0], seqs[0] + 5))
    borns = [r.born for r in stamped]
    assert borns == sorted(set(borns))


def test_updating_one_field_stamps_only_that_field(db: Database) -> None:
    replica_id = replica_state(db)[0]
    row_id = add_programme(db, host_country="Niger")
    before = load(db, row_id)
    with db.write() as s:
        s.get(Programme, row_id).name = "Renamed"  # type: ignore[union-attr]
    after = load(db, row_id)
    assert after.name == "Renamed"
    assert after.field_clocks == {"name": after.hlc}
    assert after.hlc > before.hlc
    assert after.vv == {replica_id: after.hlc}
    assert after.change_seq > before.change_seq
    assert after.born == before.born
    assert after.field_stamp("host_country") == before.born  # untouched field keeps its insert stamp
    assert replica_state(db)[1:] == (after.hlc, after.change_seq)


def test_each_field_keeps_its_own_clock(db: Database) -> None:
    row_id = add_programme(db)
    with db.write() as s:
        s.get(Programme, row_id).name = "First"  # type: ignore[union-attr]
    name_stamp = load(db, row_id).hlc
    with db.write() as s:
        s.get(Programme, row_id).host_country = "Mali"  # type: ignore[union-attr]
    row = load(db, row_id)
    assert row.field_clocks == {"name": name_stamp, "host_country": row.hlc}
    assert row.hlc > name_stamp


def test_a_no_op_update_stamps_nothing(db: Database) -> None:
    row_id = add_programme(db, name="Same")
    before = load(db, row_id)
    state = replica_state(db)
    with db.write() as s:
        s.get(Programme, row_id).name = "Same"  # type: ignore[union-attr]
    after = load(db, row_id)
    assert (after.hlc, after.change_seq, after.field_clocks, after.vv) == (
        before.hlc, before.change_seq, before.field_clocks, before.vv)
    assert replica_state(db) == state


def test_a_service_update_with_unchanged_values_stamps_nothing(services: Services) -> None:
    from trainmgr.services.programmes import ProgrammeInput

    data = ProgrammeInput(code="P1", name="Same", host_country="Chad")
    row = services.programmes.create(data)
    state = replica_state(services.db)
    services.programmes.update(row.id, data)
    assert replica_state(services.db) == state


def test_hard_delete_of_a_synced_row_is_refused(db: Database) -> None:
    row_id = add_programme(db)
    state = replica_state(db)
    with pytest.raises(TypeError, match="deleted=True"), db.write() as s:
        s.delete(s.get(Programme, row_id))
    assert load(db, row_id).deleted is False
    assert replica_state(db) == state


def test_a_rolled_back_write_leaves_the_clock_unchanged(db: Database) -> None:
    state = replica_state(db)
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Programme(code="X", name="Never saved"))
        s.flush()  # stamped, and the replica row updated, inside the transaction...
        raise RuntimeError("the user cancelled")
    assert replica_state(db) == state  # ...and both rolled back together
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM programme WHERE code = 'X'")).scalar() == 0


def test_the_clock_survives_reopening_even_with_the_wall_clock_a_day_back(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_services(db_path, user="tester")
    stamp_before = load(first.db, add_programme(first.db)).hlc
    seq_before = replica_state(first.db)[2]
    first.db.close()

    real_ns = clock_module.time.time_ns()
    monkeypatch.setattr(clock_module, "time", SimpleNamespace(time_ns=lambda: real_ns - DAY_NS))
    second = open_services(db_path, user="tester")
    try:
        row = load(second.db, add_programme(second.db, code="P2"))
        assert row.hlc > stamp_before
        assert row.change_seq == seq_before + 1
    finally:
        second.db.close()


def test_a_natural_key_row_gets_the_same_id_on_every_laptop(services: Services) -> None:
    from trainmgr.db.base import natural_id
    from trainmgr.db.models import Competency, LevelDescriptor
    from trainmgr.domain.ids import stable_id

    with services.db.read() as s:
        competency_id = s.scalars(select(Competency.id).where(Competency.code == "LOG.02")).one()
    with services.db.write() as s:  # no id given: the hook derives it from (competency, level)
        s.execute(text("DELETE FROM level_descriptor WHERE competency_id = :c AND level = 4"), {"c": competency_id})
        row = LevelDescriptor(competency_id=competency_id, level=4, text="Coaches others")
        s.add(row)
        s.flush()
        made = row.id
    assert made == natural_id(LevelDescriptor, competency_id, 4)
    # The id release 0.1.0 gave the same descriptor: laptops on either release must agree.
    assert made == stable_id("descriptor", competency_id, "4")
