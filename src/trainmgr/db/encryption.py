"""Converting a database between plain SQLite and SQLCipher, and managing its passphrase.

A conversion never writes into the database it converts: `sqlcipher_export` copies the whole
database (schema, rows, indexes, triggers) into a new file beside it, the copy is checked (integrity,
the same row count in every table), the key file is written, and only then is the copy renamed over
the original (atomic on one file system) — an interruption at any point leaves the original as it
was. A backup is taken first; backups are kept encrypted when the database is (see `_convert_backups`).

Changing the passphrase rewraps the data key in the key file (db/keys.py) and never touches the
database. A wrong passphrase raises before any file is opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from trainmgr.db import backup as backups
from trainmgr.db.engine import cipher_connect
from trainmgr.db.keys import STRONG, DataKey, KdfParams, KeyFile, check_passphrase, keys_path_for
from trainmgr.db.migrate import check_file, inspect_existing, is_encrypted
from trainmgr.errors import Cancelled, DatabaseError, KeyFileError
from trainmgr.fileio import atomic_path
from trainmgr.paths import backup_dir_for

Progress = Callable[[int, int, str], None]


class Cancellable(Protocol):
    @property
    def cancelled(self) -> bool: ...


class _Never:
    cancelled = False


_NEVER = _Never()


def _quiet(_done: int, _total: int, _message: str) -> None:
    return None


def unlock(path: Path, passphrase: str) -> DataKey:
    """The data key of the encrypted database at `path`. Reads only its key file."""
    return KeyFile.load(keys_path_for(path)).unlock(passphrase)


def create_keys(path: Path, passphrase: str, params: KdfParams = STRONG,
                recovery: X25519PublicKey | None = None) -> DataKey:
    """A new data key for a database about to be created encrypted at `path` (the key file is written)."""
    if path.exists():
        raise DatabaseError(f"{path} already exists: use 'trainmgr db encrypt' to encrypt it.")
    data_key = DataKey.generate()
    _new_key_file(data_key, passphrase, params, recovery).save(keys_path_for(path))
    return data_key


def _new_key_file(data_key: DataKey, passphrase: str, params: KdfParams,
                  recovery: X25519PublicKey | None) -> KeyFile:
    key_file = KeyFile.create(data_key, passphrase, params)
    return key_file.with_recovery(data_key, recovery) if recovery is not None else key_file


def change_passphrase(path: Path, old: str, new: str, params: KdfParams = STRONG) -> None:
    """Rewrap the data key with `new`. The database file is not touched; a wrong `old` changes nothing."""
    check_passphrase(new)
    key_path = keys_path_for(path)
    key_file = KeyFile.load(key_path)
    data_key = key_file.unlock(old)
    try:
        key_file.with_passphrase(data_key, new, params).save(key_path)
    finally:
        data_key.wipe()


def recover(path: Path, hq_key: X25519PrivateKey, new: str, params: KdfParams = STRONG) -> None:
    """Set a new passphrase with HQ's recovery key (the passphrase was forgotten)."""
    check_passphrase(new)
    key_path = keys_path_for(path)
    key_file = KeyFile.load(key_path)
    data_key = key_file.unlock_with_recovery(hq_key)
    try:
        key_file.with_passphrase(data_key, new, params).save(key_path)
    finally:
        data_key.wipe()


def add_recovery(path: Path, passphrase: str, hq_public: X25519PublicKey) -> None:
    """Add (or replace) the HQ recovery slot of an encrypted database."""
    key_path = keys_path_for(path)
    key_file = KeyFile.load(key_path)
    data_key = key_file.unlock(passphrase)
    try:
        key_file.with_recovery(data_key, hq_public).save(key_path)
    finally:
        data_key.wipe()


def restore_encrypted(backup: Path, db_path: Path, passphrase: str) -> DataKey:
    """Put the encrypted `backup` in place of the database at `db_path`, with the key file that opens it.
    The backup is checked (read-only) and the current database backed up first; nothing changes when
    `passphrase` opens neither. Returns the restored database's data key."""
    key = unlock(backup, passphrase)
    inspect_existing(backup, key)
    if db_path.exists():
        current = unlock(db_path, passphrase) if is_encrypted(db_path) else None
        _probe_alone(db_path, current)  # the file is replaced, not written through SQLite: nobody may have it open
        backups.rotating_backup(db_path, "pre-restore", key=current)
    with atomic_path(db_path) as tmp:
        tmp.unlink()
        backups.restore_into(backup, tmp, key=key)
        backups.copy_keys(backup, db_path)  # before the swap, as for `encrypt`
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{db_path}{suffix}")
    return key


# ---- conversions ----


def encrypt(path: Path, passphrase: str, *, params: KdfParams = STRONG, recovery: X25519PublicKey | None = None,
            progress: Progress = _quiet, cancel: Cancellable = _NEVER) -> int:
    """Encrypt the plain database at `path` in place (see the module docstring). Returns how many backups
    in its backup folder were encrypted too. The database must not be open elsewhere."""
    _require(path, encrypted=False)
    check_passphrase(passphrase)
    inspect_existing(path)
    _probe_alone(path, None)
    progress(0, 0, "Backing up")
    backups.rotating_backup(path, "pre-encrypt")
    data_key = DataKey.generate()
    key_file = _new_key_file(data_key, passphrase, params, recovery)

    def before_swap() -> None:
        key_file.save(keys_path_for(path))  # before the swap: an encrypted database is never without it

    _convert(path, None, data_key, progress, cancel, before_swap)
    return _convert_backups(path, data_key)


def decrypt(path: Path, passphrase: str, *, progress: Progress = _quiet, cancel: Cancellable = _NEVER) -> None:
    """Turn the encrypted database at `path` back into plain SQLite. Its backups stay encrypted."""
    _require(path, encrypted=True)
    data_key = unlock(path, passphrase)
    inspect_existing(path, data_key)
    _probe_alone(path, data_key)
    progress(0, 0, "Backing up")
    backups.rotating_backup(path, "pre-decrypt", key=data_key)
    _convert(path, data_key, None, progress, cancel, lambda: None)
    # The header now says plain; the key file is kept with the backups that still need it.
    keys_path_for(path).unlink(missing_ok=True)


def _require(path: Path, *, encrypted: bool) -> None:
    if not path.exists():
        raise DatabaseError(f"No database at {path}.")
    check_file(path)
    if is_encrypted(path) != encrypted:
        raise DatabaseError(f"{path} is {'not ' if encrypted else 'already '}encrypted.")


def _key_sql(key: DataKey | None) -> str:
    return key.pragma_value() if key is not None else "''"


def _connect(path: Path, key: DataKey | None) -> Any:
    if key is not None:
        return cipher_connect(path, key)
    import sqlcipher3  # sqlcipher_export exists only in SQLCipher; without a key it reads plain SQLite

    return sqlcipher3.connect(str(path))


def export_copy(src: Path, src_key: DataKey | None, dest: Path, dest_key: DataKey | None,
                progress: Progress = _quiet, cancel: Cancellable = _NEVER) -> None:
    """Write the whole database `src` into the new file `dest` with `dest_key` (None: plain)."""
    import sqlcipher3

    total = max(src.stat().st_size, 1)
    verb = "Encrypting" if dest_key is not None else "Decrypting"

    def tick() -> int:
        if cancel.cancelled:
            return 1  # SQLite interrupts the statement; the transaction into `dest` is rolled back
        done = dest.stat().st_size if dest.exists() else 0
        progress(min(done, total - 1), total, f"{verb}: {done // 1_048_576} of {total // 1_048_576} MB")
        return 0

    conn = _connect(src, src_key)
    try:
        _hold_alone(conn, src)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS target KEY {_key_sql(dest_key)}", (str(dest),))
        # A scratch file until it is checked, fsynced and renamed (atomic_path): no journal, no sync per
        # statement (measured: 12 s -> 2.4 s for 8 MB); a crash leaves only a .part file, never a half database.
        conn.execute("PRAGMA target.journal_mode = OFF")
        conn.execute("PRAGMA target.synchronous = OFF")
        conn.set_progress_handler(tick, 20_000)
        try:
            conn.execute("SELECT sqlcipher_export('target')")
        except sqlcipher3.OperationalError as exc:
            if cancel.cancelled:
                raise Cancelled("Cancelled; nothing was changed.") from exc
            raise
        finally:
            conn.set_progress_handler(None, 0)
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    except (sqlite3.Error, sqlcipher3.Error) as exc:
        raise DatabaseError(f"Could not convert {src}: {exc}") from exc
    finally:
        conn.close()
    progress(total, total, f"{verb}: done")


def _hold_alone(conn: Any, path: Path) -> None:
    """Take the database for this connection alone until it closes. In WAL mode every open connection
    (an idle one in the running application too) keeps a shared lock, so this fails while the database
    is open anywhere else: converting it then would lose that program's later writes."""
    import sqlcipher3

    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlcipher3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise DatabaseError(f"{path} is open in trainmgr or another program: close it first. "
                            "Nothing was changed.") from exc


def _probe_alone(path: Path, key: DataKey | None) -> None:
    """Refuse before anything is written (even the backup) when the database is open elsewhere."""
    conn = _connect(path, key)
    try:
        _hold_alone(conn, path)
    finally:
        conn.close()


def _verify(src: Path, src_key: DataKey | None, dest: Path, dest_key: DataKey | None) -> None:
    """The copy passes an integrity check and holds as many rows as the original in every table."""
    counts = []
    for path, key in ((src, src_key), (dest, dest_key)):
        conn = _connect(path, key)
        try:
            if [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
                raise DatabaseError(f"The converted copy of {src} failed its integrity check; nothing was changed.")
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            counts.append({t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables})
        finally:
            conn.close()
    if counts[0] != counts[1]:
        raise DatabaseError(f"The converted copy of {src} differs from it; nothing was changed.")


def _convert(path: Path, old_key: DataKey | None, new_key: DataKey | None, progress: Progress,
             cancel: Cancellable, before_swap: Callable[[], None]) -> None:
    with atomic_path(path) as tmp:
        tmp.unlink()  # SQLCipher must create the file itself
        export_copy(path, old_key, tmp, new_key, progress, cancel)
        _verify(path, old_key, tmp, new_key)
        if cancel.cancelled:
            raise Cancelled("Cancelled; nothing was changed.")
        before_swap()
        # The original's last connection closed after a TRUNCATE checkpoint: no -wal of the old file
        # may survive to be replayed into the new one.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{path}{suffix}")
    # atomic_path renamed the checked copy over the original and synced the folder.


def _convert_backups(path: Path, data_key: DataKey) -> int:
    """Encrypt the plain backups of `path` with its data key: personal data must not stay readable
    beside the encrypted database. Each backup gets a copy of the key file."""
    converted = 0
    folder = backup_dir_for(path)
    for backup in sorted(folder.glob(f"{path.stem}-*.db")) if folder.is_dir() else []:
        if is_encrypted(backup):
            continue
        try:
            check_file(backup)
            backups.copy_keys(path, backup)
            _convert(backup, None, data_key, _quiet, _NEVER, lambda: None)
        except (DatabaseError, KeyFileError, OSError):
            continue  # a damaged old backup stays as it was; it is listed in the report
        converted += 1
    return converted
