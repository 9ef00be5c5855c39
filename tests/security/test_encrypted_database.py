"""An encrypted database: what a thief, a wrong passphrase and a passphrase change can and cannot do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text
from tests.security.security_helpers import (
    KNOWN_NAMES,
    PASSPHRASE,
    add_known_people,
    files_snapshot,
    known_names_in,
)

from trainmgr.db import encryption
from trainmgr.db.engine import SQLITE_MAGIC
from trainmgr.db.keys import FAST_FOR_TESTS, KeyFile, generate_recovery_pair, keys_path_for, load_recovery_private
from trainmgr.db.models.people import Person
from trainmgr.errors import DatabaseError, LockedDatabaseError, WrongPassphraseError
from trainmgr.services.container import Services
from trainmgr.services.protection import ProtectionService, create_encrypted


def family_names(services: Services) -> list[str]:
    with services.db.read() as s:
        return sorted(s.scalars(select(Person.family_name)))


def test_a_wrong_passphrase_opens_nothing_and_changes_no_byte(encrypted_db: Path, opener: Callable) -> None:
    add_known_people(opener(encrypted_db))
    before = files_snapshot(encrypted_db.parent)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        opener(encrypted_db, "correct horse batterY")
    with pytest.raises(LockedDatabaseError, match="encrypted"):
        opener(encrypted_db, None)
    assert files_snapshot(encrypted_db.parent) == before


def test_without_the_key_the_database_and_its_wal_reveal_no_name(tmp_path: Path, make_db: Callable) -> None:
    # Control: the same names written into a plain database are found in its raw bytes.
    plain = make_db("plain.db")
    services = _open_with_wal_kept(plain, None)
    add_known_people(services)
    assert known_names_in(plain.read_bytes() + Path(f"{plain}-wal").read_bytes())
    services.db.close()

    secret = tmp_path / "field.db"
    services = create_encrypted(secret, PASSPHRASE, params=FAST_FOR_TESTS)
    services.db.close()
    services = _open_with_wal_kept(secret, PASSPHRASE)
    add_known_people(services)
    wal = Path(f"{secret}-wal").read_bytes()
    assert len(wal) > 50_000, "the writes must still be in the WAL for this test to mean anything"
    assert family_names(services) == sorted(KNOWN_NAMES)  # readable with the key
    assert secret.read_bytes()[:16] != SQLITE_MAGIC
    assert known_names_in(secret.read_bytes()) == []
    assert known_names_in(wal) == []
    assert known_names_in(keys_path_for(secret).read_bytes()) == []
    services.db.close()


def _open_with_wal_kept(path: Path, passphrase: str | None) -> Services:
    """Open the database with automatic checkpoints off, so that new writes stay in the -wal file."""
    from sqlalchemy import event

    from trainmgr.services.protection import open_unlocked

    services = open_unlocked(path, passphrase, user="tester")
    services.db.engine.dispose()
    event.listen(services.db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA wal_autocheckpoint=0"))
    return services


def test_encrypt_then_decrypt_keeps_every_row(make_db: Callable, opener: Callable) -> None:
    path = make_db("round.db")
    services = opener(path, None)
    add_known_people(services)
    before = _every_row(services)
    services.db.close()

    encryption.encrypt(path, PASSPHRASE, params=FAST_FOR_TESTS)
    assert path.read_bytes()[:16] != SQLITE_MAGIC and keys_path_for(path).exists()
    encrypted = opener(path)
    assert _every_row(encrypted) == before
    encrypted.db.close()

    encryption.decrypt(path, PASSPHRASE)
    assert path.read_bytes()[:16] == SQLITE_MAGIC and not keys_path_for(path).exists()
    assert _every_row(opener(path, None)) == before


def _every_row(services: Services) -> dict[str, list[tuple]]:
    with services.db.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                   "AND name != 'local_replica'")).scalars().all()
        return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"'))), key=repr) for t in tables}


def test_changing_the_passphrase_rewrites_only_the_key_file(encrypted_db: Path, opener: Callable) -> None:
    services = opener(encrypted_db)
    add_known_people(services)
    services.db.close()
    db_bytes = encrypted_db.read_bytes()
    keys_before = keys_path_for(encrypted_db).read_bytes()
    encryption.change_passphrase(encrypted_db, PASSPHRASE, "a new long phrase", FAST_FOR_TESTS)
    assert encrypted_db.read_bytes() == db_bytes
    assert not Path(f"{encrypted_db}-wal").exists()
    assert keys_path_for(encrypted_db).read_bytes() != keys_before
    with pytest.raises(WrongPassphraseError):
        opener(encrypted_db, PASSPHRASE)
    assert family_names(opener(encrypted_db, "a new long phrase")) == sorted(KNOWN_NAMES)


def test_a_wrong_old_passphrase_changes_nothing(encrypted_db: Path) -> None:
    before = files_snapshot(encrypted_db.parent)
    with pytest.raises(WrongPassphraseError):
        encryption.change_passphrase(encrypted_db, "not the passphrase", "a new long phrase", FAST_FOR_TESTS)
    assert files_snapshot(encrypted_db.parent) == before


def test_hq_recovery_key_sets_a_new_passphrase(make_db: Callable, tmp_path: Path, opener: Callable) -> None:
    private_pem, _public = generate_recovery_pair("hq only phrase")
    (tmp_path / "hq.key").write_bytes(private_pem)
    hq = load_recovery_private(tmp_path / "hq.key", "hq only phrase")
    path = make_db("field.db")
    encryption.encrypt(path, PASSPHRASE, params=FAST_FOR_TESTS, recovery=hq.public_key())
    assert KeyFile.load(keys_path_for(path)).has_recovery
    encryption.recover(path, hq, "chosen after recovery", FAST_FOR_TESTS)
    with pytest.raises(WrongPassphraseError):
        opener(path, PASSPHRASE)
    assert opener(path, "chosen after recovery").admin.check().ok


def test_backups_of_an_encrypted_database_stay_encrypted(encrypted_db: Path, opener: Callable) -> None:
    services = opener(encrypted_db)
    add_known_people(services)
    manual = services.admin.backup(encrypted_db.parent / "copy.db")
    rotating = services.admin.backup()
    for backup in (manual, rotating):
        raw = backup.read_bytes()
        assert raw[:16] != SQLITE_MAGIC and known_names_in(raw) == []
        assert keys_path_for(backup).exists()
        assert family_names(opener(backup)) == sorted(KNOWN_NAMES)  # opens with the same passphrase


def test_encrypting_a_database_encrypts_its_old_plain_backups(make_db: Callable, opener: Callable) -> None:
    path = make_db("field.db")
    services = opener(path, None)
    add_known_people(services)
    old = services.admin.backup()
    services.db.close()
    assert known_names_in(old.read_bytes())
    encryption.encrypt(path, PASSPHRASE, params=FAST_FOR_TESTS)
    backups = sorted(old.parent.glob("*.db"))
    assert len(backups) == 2  # the old one and the one taken before encrypting
    for backup in backups:
        assert known_names_in(backup.read_bytes()) == []
        assert family_names(opener(backup)) == sorted(KNOWN_NAMES)


def test_lock_forgets_the_key_and_unlock_reopens(encrypted_db: Path, opener: Callable) -> None:
    services = opener(encrypted_db)
    add_known_people(services)
    protection = ProtectionService(services.db, FAST_FOR_TESTS)
    protection.lock()
    assert protection.locked
    with pytest.raises(Exception, match="locked"):
        family_names(services)
    with pytest.raises(WrongPassphraseError):
        protection.unlock("not the passphrase")
    assert protection.locked
    protection.unlock(PASSPHRASE)
    assert not protection.locked and family_names(services) == sorted(KNOWN_NAMES)


def test_a_database_open_in_the_application_is_not_converted(make_db: Callable) -> None:
    """Another process (the running application) has the database open: encrypt refuses, writes nothing."""
    path = make_db("busy.db")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(path)!r}); c.execute('SELECT count(*) FROM person').fetchall()\n"
         "print('open', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = files_snapshot(path.parent)
        with pytest.raises(DatabaseError, match="open in trainmgr or another program: close it first"):
            encryption.encrypt(path, PASSPHRASE, params=FAST_FOR_TESTS)
        assert files_snapshot(path.parent) == before
    finally:
        holder.communicate("done\n", timeout=30)
    encryption.encrypt(path, PASSPHRASE, params=FAST_FOR_TESTS)  # closed: now it goes through
    assert path.read_bytes()[:16] != SQLITE_MAGIC
