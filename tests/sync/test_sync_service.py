"""Sync between laptops through real package files: the properties users rely on."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.sync.helpers import content

from trainmgr.db.models import SyncConflict, Unit
from trainmgr.errors import TrainmgrError
from trainmgr.services.conflicts import KEEP_A
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sync import SyncError
from trainmgr.services.units import UnitInput


def send(src, dst, tmp_path: Path, name: str, *, full: bool = False, peer: str | None = None):
    path = tmp_path / f"{name}.xlsx"
    if not full and peer is None:
        full = dst.sync.identity().replica_id not in {p for p in _peers(src)}
        peer = None if full else dst.sync.identity().replica_id
    src.sync.export(path, full=full, peer=peer)
    return dst.sync.import_package(path), path


def _peers(services) -> set[str]:
    from trainmgr.db.models import SyncPeer

    with services.db.read() as s:
        return set(s.scalars(select(SyncPeer.replica_id)))


def unit_named(services, name: str):
    with services.db.read() as s:
        return s.scalar(select(Unit).where(Unit.name == name))


def test_full_package_seeds_another_laptop(laptops, tmp_path) -> None:
    field, hq = laptops("field"), laptops("hq")
    prog = field.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    army = field.units.create(prog.id, UnitInput(name="Armée de terre", kind="service"))
    field.units.create(prog.id, UnitInput(name="1er bataillon", parent_id=army.id, kind="battalion"))
    summary, _ = send(field, hq, tmp_path, "p1", full=True)
    assert summary.applied and summary.total("new") >= 3
    assert [u.name for u in hq.units.list(prog.id)] == ["Armée de terre", "1er bataillon"]
    assert content(hq) == content(field)


def test_importing_the_same_package_twice_changes_nothing(laptops, tmp_path) -> None:
    field, hq = laptops("field"), laptops("hq")
    field.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    _, path = send(field, hq, tmp_path, "p1", full=True)
    before = content(hq)
    again = hq.sync.import_package(path)
    assert again.already_imported and not again.applied
    assert content(hq) == before


def test_dry_run_reports_and_changes_nothing(laptops, tmp_path) -> None:
    field, hq = laptops("field"), laptops("hq")
    field.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    path = tmp_path / "p.xlsx"
    field.sync.export(path, full=True)
    before = content(hq)
    preview = hq.sync.import_package(path, dry_run=True)
    assert not preview.applied and preview.total("new") >= 1
    assert content(hq) == before
    assert hq.sync.import_package(path).applied  # a dry run does not count as imported


def test_edits_to_different_fields_both_survive(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel", host_country="Sahel Central"))
    send(a, b, tmp_path, "seed", full=True)
    a.programmes.update(prog.id, ProgrammeInput(code="SAH", name="Programme Sahel", host_country="Sahel Central"))
    b.programmes.update(prog.id, ProgrammeInput(code="SAH", name="Sahel", host_country="RSC"))
    send(a, b, tmp_path, "a2b", full=True)
    send(b, a, tmp_path, "b2a", full=True)
    for laptop in (a, b):
        row = laptop.programmes.get(prog.id)
        assert (row.name, row.host_country) == ("Programme Sahel", "RSC")
        assert laptop.conflicts.list() == []
    assert content(a) == content(b)


def test_same_field_edit_is_one_conflict_resolved_everywhere(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(a, b, tmp_path, "seed", full=True)
    a.programmes.update(prog.id, ProgrammeInput(code="SAH", name="Sahel A"))
    b.programmes.update(prog.id, ProgrammeInput(code="SAH", name="Sahel B"))
    pa, pb = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    a.sync.export(pa, full=True)
    b.sync.export(pb, full=True)  # crossed in the mail: both detect the conflict apart
    b.sync.import_package(pa)
    a.sync.import_package(pb)
    [ca], [cb] = a.conflicts.list(), b.conflicts.list()
    assert ca.id == cb.id and {ca.value_a, ca.value_b} == {"Sahel A", "Sahel B"}
    assert a.programmes.get(prog.id).name == b.programmes.get(prog.id).name == ca.value_b
    assert ca.laptop_a != ca.laptop_b
    # Someone at HQ keeps the value that lost; the resolution travels like any edit.
    assert a.conflicts.resolve([ca.id], KEEP_A) == 1
    send(a, b, tmp_path, "resolution", full=True)
    assert b.conflicts.list() == []
    assert b.programmes.get(prog.id).name == a.programmes.get(prog.id).name == ca.value_a
    assert content(a) == content(b)


def test_deletes_propagate_and_a_stale_package_does_not_resurrect(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    unit = a.units.create(prog.id, UnitInput(name="Cellule logistique"))
    stale = tmp_path / "stale.xlsx"
    a.sync.export(stale, full=True)
    send(a, b, tmp_path, "seed", full=True)
    b.units.delete(unit.id)
    send(b, a, tmp_path, "delete", full=True)
    assert a.units.list(prog.id) == []
    a_before = content(a)
    # The old package arrives late at a third laptop and at a: the unit stays deleted.
    c = laptops("c")
    send(b, c, tmp_path, "b2c", full=True)
    c.sync.import_package(stale)
    assert c.units.list(prog.id) == []
    b_before = content(b)
    assert b.sync.import_package(stale).applied  # a new package to b, but older than what b holds
    assert content(b) == b_before
    assert content(a) == a_before


def test_incremental_package_holds_only_what_the_peer_lacks(laptops, tmp_path) -> None:
    field, hq = laptops("field"), laptops("hq")
    prog = field.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(field, hq, tmp_path, "seed", full=True)
    # HQ's next package carries the receipt, and none of field's own rows back (no echo).
    hq_id = hq.sync.identity().replica_id
    back = tmp_path / "back.xlsx"
    summary = hq.sync.export(back, peer=field.sync.identity().replica_id)
    assert [t for t, _n in summary.tables] == ["audit_event"]  # HQ's own trail (its import), nothing of field's
    field.sync.import_package(back)
    field.units.create(prog.id, UnitInput(name="Nouvelle unité"))
    out = tmp_path / "inc.xlsx"
    summary = field.sync.export(out, peer=hq_id)
    assert {t: n for t, n in summary.tables if t != "audit_event"} == {"unit": 1}  # + its trail
    hq.sync.import_package(out)
    assert [u.name for u in hq.units.list(prog.id)] == ["Nouvelle unité"]


def test_nothing_is_marked_sent_until_acknowledged(laptops, tmp_path) -> None:
    field, hq = laptops("field"), laptops("hq")
    field.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(field, hq, tmp_path, "seed", full=True)
    send(hq, field, tmp_path, "hello", full=True)
    hq_id = hq.sync.identity().replica_id
    prog = field.programmes.list()[0]
    field.units.create(prog.id, UnitInput(name="Perdue en route"))
    lost = tmp_path / "lost.xlsx"
    field.sync.export(lost, peer=hq_id)  # the stick is lost: never imported
    again = tmp_path / "again.xlsx"
    summary = field.sync.export(again, peer=hq_id)
    assert dict(summary.tables).get("unit") == 1  # resent


def test_package_from_another_network_is_refused_unchanged(laptops, tmp_path) -> None:
    a, b, stranger = laptops("a"), laptops("b"), laptops("stranger")
    a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(a, b, tmp_path, "seed", full=True)
    stranger.programmes.create(ProgrammeInput(code="OTH", name="Other programme"))
    path = tmp_path / "foreign.xlsx"
    stranger.sync.export(path, full=True)
    before = content(b)
    with pytest.raises(SyncError, match="another programme network"):
        b.sync.import_package(path)
    assert content(b) == before


def test_own_package_is_refused(laptops, tmp_path) -> None:
    a = laptops("a")
    path = tmp_path / "mine.xlsx"
    a.sync.export(path, full=True)
    with pytest.raises(SyncError, match="this database itself"):
        a.sync.import_package(path)


def test_package_from_a_newer_release_is_refused(laptops, tmp_path, monkeypatch) -> None:
    import trainmgr.services.sync as sync_module

    a, b = laptops("a"), laptops("b")
    monkeypatch.setattr(sync_module, "head_revision", lambda: "9999_future")
    path = tmp_path / "new.xlsx"
    a.sync.export(path, full=True)
    monkeypatch.undo()
    before = content(b)
    with pytest.raises(SyncError, match=r"newer release.*9999_future"):
        b.sync.import_package(path)
    assert content(b) == before


def test_incremental_package_missing_its_predecessor_is_refused_unchanged(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(a, b, tmp_path, "seed", full=True)
    send(b, a, tmp_path, "ack", full=True)
    c = laptops("c")
    send(b, c, tmp_path, "c-seed", full=True)  # c joins the network with the programme
    prog = a.programmes.list()[0]
    parent = a.units.create(prog.id, UnitInput(name="Région nord"))
    first = tmp_path / "first.xlsx"
    a.sync.export(first, peer=b.sync.identity().replica_id)
    b.sync.import_package(first)
    send(b, a, tmp_path, "ack2", full=True)
    a.units.create(prog.id, UnitInput(name="Compagnie 1", parent_id=parent.id))
    second = tmp_path / "second.xlsx"
    a.sync.export(second, peer=b.sync.identity().replica_id)  # holds the child only
    before = content(c)
    with pytest.raises(SyncError, match="refers to records this database does not have"):
        c.sync.import_package(second)
    assert content(c) == before


def test_copied_database_gets_a_new_replica_when_opened(tmp_path) -> None:
    from trainmgr.db.backup import backup_database
    from trainmgr.db.migrate import open_database

    original = tmp_path / "laptop.db"
    open_database(original, "x").close()
    copy = tmp_path / "copy" / "laptop.db"
    backup_database(original, copy)
    db_original = open_database(original, "x")
    db_copy = open_database(copy, "x")
    try:
        from trainmgr.db.models import LocalReplica

        with db_original.read() as s1, db_copy.read() as s2:
            assert s1.get(LocalReplica, 1).replica_id != s2.get(LocalReplica, 1).replica_id
        assert any("new replica" in n for n in db_copy.notices)
    finally:
        db_original.close()
        db_copy.close()


def test_kill_during_import_leaves_the_database_as_before(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    for i in range(30):
        a.units.create(prog.id, UnitInput(name=f"Unité {i}"))
    path = tmp_path / "big.xlsx"
    a.sync.export(path, full=True)
    before = content(b)
    b_path = b.db.path
    b.db.close()
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from trainmgr.db.engine import Database, make_engine
        from trainmgr.services.sync import SyncService
        db = Database(Path({str(b_path)!r}), make_engine(Path({str(b_path)!r})), "b")
        def progress(done, total, message):
            if done > 10:
                os._exit(9)  # killed mid-import, after rows were written inside the transaction
        SyncService(db).import_package(Path({str(path)!r}), progress=progress)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert proc.returncode == 9, proc.stderr
    from trainmgr.db.engine import Database, make_engine
    from trainmgr.services.container import Services

    reopened = Services.build(Database(b_path, make_engine(b_path), "b"))
    try:
        assert content(reopened) == before
        assert reopened.sync.import_package(path).applied  # and the package still imports afterwards
    finally:
        reopened.db.close()


def test_tampered_package_is_refused_with_nothing_changed(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    path = tmp_path / "p.xlsx"
    a.sync.export(path, full=True)
    data = bytearray(path.read_bytes())
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(bytes(data[: len(data) // 2]))
    before = content(b)
    with pytest.raises(TrainmgrError):
        b.sync.import_package(truncated)
    assert content(b) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest()  # the original is untouched and still imports
    assert b.sync.import_package(path).applied


def test_a_cell_edited_in_a_late_sheet_is_refused_after_one_reading_with_nothing_changed(laptops, tmp_path) -> None:
    """The import reads the package once, merging as it goes: a digest mismatch found in a later sheet
    must roll back everything merged from the earlier ones."""
    from openpyxl import load_workbook

    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    a.units.create(prog.id, UnitInput(name="1er bataillon"))
    path = tmp_path / "p.xlsx"
    a.sync.export(path, full=True)
    wb = load_workbook(path)
    sheets = wb.sheetnames
    assert sheets.index("unit") > sheets.index("programme") > 0  # programmes are merged before units
    ws = wb["unit"]
    column = [c.value for c in ws[1]].index("name") + 1
    ws.cell(2, column).value = "2e bataillon"  # a plausible, well-typed edit made in Excel
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    before = content(b)
    for dry_run in (True, False):
        with pytest.raises(TrainmgrError, match="sheet unit: the content does not match the signed manifest"):
            b.sync.import_package(edited, dry_run=dry_run)
        assert content(b) == before
    assert b.sync.import_package(path).applied


def test_conflict_table_counts_in_summary(laptops, tmp_path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(a, b, tmp_path, "seed", full=True)
    a.programmes.update(prog.id, ProgrammeInput(code="SAH", name="X"))
    b.programmes.update(prog.id, ProgrammeInput(code="SAH", name="Y"))
    summary, _ = send(a, b, tmp_path, "a2b", full=True)
    assert summary.total("conflicts") == 1
    with b.db.read() as s:
        assert len(s.scalars(select(SyncConflict)).all()) == 1
