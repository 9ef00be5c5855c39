"""Tampering with the audit trail is detected: altering, removing or truncating events breaks the
hash chain, and `trainmgr db check` / `trainmgr audit verify` name the first broken event."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from trainmgr.cli.main import run
from trainmgr.services.audit import AuditService
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput


def fill(services: Services, n: int = 4) -> None:
    for i in range(n):
        services.programmes.create(ProgrammeInput(code=f"P{i}", name=f"Programme {i}"))


def tamper(path: Path, sql: str, *params: object) -> None:
    """What someone with the file and sqlite3 could do: drop the guard triggers and edit the rows."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TRIGGER audit_event_append_only_update")
        conn.execute("DROP TRIGGER audit_event_append_only_delete")
        conn.execute(sql, params)
        conn.commit()


def nth_event(path: Path, n: int) -> tuple[str, str]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, actor FROM audit_event ORDER BY born LIMIT 1 OFFSET ?", (n,)).fetchone()


def test_an_untouched_trail_verifies(services: Services) -> None:
    fill(services)
    result = AuditService(services.db).verify()
    # the template's seeding event (another replica: each test database is a copy made a new laptop) + 4
    assert result.ok and result.events == 5 and result.chains == 2


@pytest.mark.parametrize(("change", "problem"), [
    ("UPDATE audit_event SET actor = 'somebody else' WHERE id = ?", "content does not match its hash"),
    ("UPDATE audit_event SET after = '{\"name\": \"Other\"}' WHERE id = ?", "content does not match its hash"),
    ("DELETE FROM audit_event WHERE id = ?", "does not follow the previous event"),
])
def test_altering_or_removing_an_event_breaks_the_chain_there(services: Services, db_path: Path, change: str,
                                                                problem: str) -> None:
    fill(services)
    target, _actor = nth_event(db_path, 2)
    following, _ = nth_event(db_path, 3)
    services.db.close()
    tamper(db_path, change, target)
    result = AuditService(services.db).verify()
    assert not result.ok
    [broken] = result.breaks
    assert broken.event_id == (following if change.startswith("DELETE") else target)
    assert problem in broken.problem


def test_removing_the_newest_events_is_noticed_too(services: Services, db_path: Path) -> None:
    fill(services)
    last, _ = nth_event(db_path, 4)
    tamper(db_path, "DELETE FROM audit_event WHERE born >= (SELECT born FROM audit_event WHERE id = ?)", last)
    result = AuditService(services.db).verify()
    assert not result.ok and "latest events of this laptop are missing" in result.breaks[0].problem


def test_db_check_says_the_chain_is_broken_and_names_the_event(services: Services, db_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    fill(services)
    services.db.close()
    assert run(["db", "check", "--db", str(db_path)]) == 0
    assert "audit trail: ok" in capsys.readouterr().out
    target, _ = nth_event(db_path, 1)
    tamper(db_path, "UPDATE audit_event SET reason = 'nothing to see' WHERE id = ?", target)
    assert run(["db", "check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "audit trail: BROKEN" in out and f"first broken event {target}" in out and "was altered" in out
    assert run(["audit", "verify", "--db", str(db_path)]) == 1
    assert target in capsys.readouterr().out


def test_events_arriving_by_sync_keep_their_own_chain(make_db: Callable[..., Path]) -> None:
    from trainmgr.db.engine import Database, make_engine
    from trainmgr.services.container import Services as Built

    field_path, hq_path = make_db("field.db"), make_db("hq.db")
    field = Built.build(Database(field_path, make_engine(field_path), "ali"))
    hq = Built.build(Database(hq_path, make_engine(hq_path), "maria"))
    try:
        fill(field, 3)
        fill(hq, 2)
        package = field_path.parent / "field.xlsx"
        field.sync.export(package, full=True)
        hq.sync.import_package(package)
        result = AuditService(hq.db).verify()
        assert result.ok and result.chains == 3  # the template's, the field laptop's and HQ's
        page = AuditService(hq.db).search()
        assert {"ali", "maria"} <= {r.actor for r in page.rows}
        [imported] = [r for r in page.rows if r.action == "sync.import"]
        assert imported.actor == "maria"  # the import itself is one event of HQ's, not a local edit per row
        assert not [r for r in page.rows if r.actor == "maria" and r.entity == "programme" and r.action == "update"]
    finally:
        field.db.close()
        hq.db.close()


def test_events_from_before_the_chain_are_counted_not_refused(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A database of release 0.1.0 (audit events without hashes) upgrades; its old events are
    reported as not verifiable, and everything written after the upgrade is chained."""
    import shutil

    from trainmgr.services.session_open import open_services

    fixture = Path(__file__).parents[1] / "fixtures" / "release-0.1.0.db"
    path = tmp_path / "old.db"
    shutil.copyfile(fixture, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE local_replica SET bound_path = ?", (str(path.resolve()),))
        replica = conn.execute("SELECT replica_id FROM local_replica").fetchone()[0]
        for n in range(2):  # what 0.1.0 wrote: events without hashes
            stamp = f"17000000000{n:02d}.00000.{replica}"
            conn.execute(
                "INSERT INTO audit_event (id, born, hlc, at, actor, action, entity, reason, prev_hash, hash, deleted, "
                "change_seq, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, '2024-01-01 10:00:00', "
                "'old', 'vetting_change', 'person', '', '', '', 0, 0, '2024-01-01 10:00:00', 'old', "
                "'2024-01-01 10:00:00', 'old')", (f"00000000-0000-0000-0000-00000000000{n}", stamp, stamp))
        old_events = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        conn.commit()
    services = open_services(path, user="tester")
    try:
        fill(services, 2)
        result = AuditService(services.db).verify()
    finally:
        services.db.close()
    assert result.ok and result.unsealed == old_events and result.events == old_events + 2
    assert run(["db", "check", "--db", str(path)]) == 0
    assert f"{old_events} from before the chain, not verifiable" in capsys.readouterr().out
