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
