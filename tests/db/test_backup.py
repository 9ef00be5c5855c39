"""Backups and restore: a backup taken while the app is writing is a valid database, old ones rotate
away, automatic backups happen only when there is something new, and a restore either fully
succeeds (as a new laptop identity) or changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from trainmgr.db import backup as backups
from trainmgr.db.engine import Database, make_engine
from trainmgr.errors import CorruptDatabaseError, DatabaseError, NewerDatabaseError, NotADatabaseError
from trainmgr.fileio import atomic_path
from trainmgr.paths import backup_dir_for
from trainmgr.services.admin import restore_backup
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def quick_check(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA quick_check").fetchone()[0]


def scalar(path: Path, sql: str) -> object:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchone()[0]


def programme_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM programme WHERE deleted = 0 ORDER BY name")]


def add_programmes(services: Services, *names: str) -> None:
    for i, name in enumerate(names):
        services.programmes.create(ProgrammeInput(code=f"P{i}", name=name))


# --- taking backups -----------------------------------------------------------------------------

def test_backup_is_valid_while_another_connection_holds_a_write_transaction(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    add_programmes(services, "Committed")
    committed = table_counts(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock until the end of the test
        writer.execute("INSERT INTO app_meta (key, value) VALUES ('uncommitted', 'x')")
        dest = services.admin.backup(tmp_path / "manual.db")
        rotated = services.admin.backup()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    for copy in (dest, rotated):
        assert quick_check(copy) == "ok"
        assert table_counts(copy) == committed  # the committed state, without the open transaction
        assert programme_names(copy) == ["Committed"]
        assert scalar(copy, "PRAGMA journal_mode") == "delete"  # one self-contained file
    assert rotated.parent == backup_dir_for(db_path)


def test_backup_finishes_and_is_valid_while_the_app_keeps_committing(services: Services, tmp_path: Path) -> None:
    add_programmes(services, *(f"Programme {i}" for i in range(20)))
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        i = 0
        while not stop.is_set():
            services.programmes.create(ProgrammeInput(code=f"W{i}", name=f"Written during backup {i}"))
            written.append(i)
            i += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        copies = [services.admin.backup(tmp_path / f"during-{n}.db") for n in range(5)]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert written, "the writer never got to write"
    for copy in copies:
        assert quick_check(copy) == "ok"
        assert scalar(copy, "SELECT count(*) FROM programme") >= 20


def test_rotation_keeps_only_the_newest_backups_per_reason(db_path: Path) -> None:
    made = [backups.rotating_backup(db_path, "manual", keep=3) for _ in range(5)]
    kept_upgrade = backups.rotating_backup(db_path, "pre-upgrade", keep=3)
    folder = backup_dir_for(db_path)
    assert sorted(folder.glob("*-manual.db")) == made[-3:]
    assert kept_upgrade.exists()  # another reason's backups are not rotated away
    assert not list(folder.glob("*.part"))


def test_admin_backups_rotate_at_the_default_limit(services: Services) -> None:
    made = [services.admin.backup() for _ in range(backups.KEEP_PER_REASON + 2)]
    listed = services.admin.backups()
    assert len(listed) == backups.KEEP_PER_REASON
    assert set(listed) == set(made[-backups.KEEP_PER_REASON:])
    assert listed[0] == made[-1]  # newest first


def test_auto_backup_only_when_data_changed(services: Services) -> None:
    first = services.admin.auto_backup("auto")
    assert first is not None and first.exists()  # a new database has data (the starter framework)
    assert services.admin.auto_backup("auto") is None
    assert services.admin.auto_backup("exit") is None
    add_programmes(services, "New since the last backup")
    second = services.admin.auto_backup("auto")
    assert second is not None and second != first
    assert programme_names(second) == ["New since the last backup"]
    assert services.admin.auto_backup("auto") is None


# --- restoring ----------------------------------------------------------------------------------

def replica(path: Path) -> tuple[str, list[str]]:
    import json

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        replica_id, previous = conn.execute("SELECT replica_id, previous_ids FROM local_replica").fetchone()
    return replica_id, json.loads(previous) if previous else []


@pytest.fixture
def closed_with_backup(services: Services, db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A database with one programme backed up, then a second programme added; closed."""
    add_programmes(services, "In the backup")
    backup = services.admin.backup(tmp_path / "saved.db")
    services.programmes.create(ProgrammeInput(code="L", name="Added later"))
    services.db.close()
    return db_path, backup


def test_restore_brings_back_the_content_under_a_new_replica_id(closed_with_backup: tuple[Path, Path]) -> None:
    db_path, backup = closed_with_backup
    old_id, _ = replica(db_path)
    backup_digest = sha256(backup)

    new_id = restore_backup(backup, db_path)

    assert programme_names(db_path) == ["In the backup"]
    assert quick_check(db_path) == "ok"
    replica_id, previous = replica(db_path)
    assert replica_id == new_id != old_id  # a restored laptop must not reuse its old clock and counters
    assert old_id in previous
    [pre_restore] = backup_dir_for(db_path).glob("*-pre-restore.db")
    assert programme_names(pre_restore) == ["Added later", "In the backup"]  # what it replaced is kept
    assert sha256(backup) == backup_digest  # restoring does not alter the backup


def test_restored_database_opens_and_stamps_with_its_new_identity(closed_with_backup: tuple[Path, Path]) -> None:
    from trainmgr.services.session_open import open_services

    db_path, backup = closed_with_backup
    new_id = restore_backup(backup, db_path)
    services = open_services(db_path, user="tester")
    try:
        row = services.programmes.create(ProgrammeInput(code="N", name="After restore"))
        with services.db.read() as s:
            hlc = s.execute(text("SELECT hlc FROM programme WHERE id = :id"), {"id": row.id}).scalar_one()
        assert hlc.endswith(new_id)
    finally:
        services.db.close()


def not_sqlite(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    path = tmp / "holiday.db"
    path.write_text("not a backup", encoding="utf-8")
    return path


def corrupt_backup(tmp: Path, make_db: Callable[..., Path]) -> Path:
    path = make_db("broken-backup.db")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096:(middle + 6) * 4096] = bytes((i * 7 + 3) % 256 for i in range(6 * 4096))
    path.write_bytes(bytes(data))
    return path


def foreign_sqlite(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    path = tmp / "other-app.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE photos (name TEXT)")
        conn.commit()
    return path


def newer_release_backup(tmp: Path, make_db: Callable[..., Path]) -> Path:
    path = make_db("newer-backup.db")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        conn.commit()
    return path


def missing(tmp: Path, _make_db: Callable[..., Path]) -> Path:
    return tmp / "no-such-backup.db"


@pytest.mark.parametrize(
    ("make_bad", "error"),
    [
        (not_sqlite, NotADatabaseError),
        (corrupt_backup, CorruptDatabaseError),
        (foreign_sqlite, NotADatabaseError),
        (newer_release_backup, NewerDatabaseError),
        (missing, DatabaseError),
    ],
    ids=lambda v: getattr(v, "__name__", ""),
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    closed_with_backup: tuple[Path, Path], tmp_path: Path, make_db: Callable[..., Path],
    make_bad: Callable[..., Path], error: type[Exception],
) -> None:
    db_path, _ = closed_with_backup
    bad = make_bad(tmp_path, make_db)
    before = sha256(db_path), replica(db_path)
    bad_digest = sha256(bad) if bad.exists() else None
    with pytest.raises(error) as err:
        restore_backup(bad, db_path)
    assert str(bad) in str(err.value)
    assert (sha256(db_path), replica(db_path)) == before
    assert not list(backup_dir_for(db_path).glob("*-pre-restore.db"))
    assert (sha256(bad) if bad.exists() else None) == bad_digest


# --- writing files atomically -------------------------------------------------------------------

def test_atomic_path_replaces_the_file_when_the_block_succeeds(tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing visible under the real name until the end
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


@pytest.mark.parametrize("exc", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_atomic_path_leaves_the_old_file_when_the_block_fails(tmp_path: Path, exc: BaseException) -> None:
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(type(exc)), atomic_path(target) as tmp:
        tmp.write_bytes(b"half-writ")
        raise exc
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]  # no .part left behind


def test_atomic_path_creates_missing_folders_and_new_files(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "2025" / "package.xlsx"
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"content")
    assert target.read_bytes() == b"content"
    assert [p.name for p in target.parent.iterdir()] == ["package.xlsx"]


def test_a_failed_backup_leaves_no_partial_file(db_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out" / "backup.db"
    with pytest.raises(DatabaseError, match="Could not back up"):
        backups.backup_database(tmp_path / "missing.db", dest)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []


def test_backup_of_an_open_database_matches_it(services: Services, db_path: Path, tmp_path: Path) -> None:
    add_programmes(services, "One", "Two")
    copy = services.admin.backup(tmp_path / "copy.db")
    engine = make_engine(copy)
    try:
        other = Services.build(Database(copy, engine, "tester"))
        assert [p.name for p in other.programmes.list()] == ["One", "Two"]
        assert other.frameworks.list() == services.frameworks.list()
    finally:
        engine.dispose()


def test_files_written_atomically_get_the_usual_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from trainmgr.fileio import atomic_path

    target = tmp_path / "report.xlsx"
    with atomic_path(target) as tmp:
        tmp.write_bytes(b"data")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
