"""Backups with SQLite's online backup API (never a file copy: a copy of a live WAL database is
routinely corrupt), written beside the database and rotated.

The backup of an encrypted database is encrypted with the same data key, and a copy of the key file
is written beside it (`<backup>.keys`): a backup opens with the passphrase the database had when it
was taken, even after the database was re-encrypted with a new key.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trainmgr.db.engine import cipher_connect
from trainmgr.db.keys import DataKey, keys_path_for
from trainmgr.errors import DatabaseError
from trainmgr.fileio import atomic_path
from trainmgr.paths import backup_dir_for

KEEP_PER_REASON = 10


def _errors(key: DataKey | None) -> tuple[type[Exception], ...]:
    if key is None:
        return (sqlite3.Error,)
    import sqlcipher3

    return (sqlite3.Error, sqlcipher3.Error)


def _connect(path: Path, key: DataKey | None, *, read_only: bool = False) -> Any:
    if key is not None:
        return cipher_connect(path, key, query="?mode=ro" if read_only else "")
    if read_only:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path)


def copy_keys(db_path: Path, dest: Path) -> None:
    """Write a copy of `db_path`'s key file beside `dest` (atomically)."""
    with atomic_path(keys_path_for(dest)) as tmp:
        shutil.copyfile(keys_path_for(db_path), tmp)


def backup_database(db_path: Path, dest: Path, key: DataKey | None = None) -> Path:
    """Copy the live database at `db_path` to `dest` in one consistent step (encrypted with `key`,
    the database's data key, when it is encrypted)."""
    if key is not None:
        copy_keys(db_path, dest)  # first: a backup file is never without the key file that opens it
    with atomic_path(dest) as tmp:
        tmp.unlink(missing_ok=True)
        try:
            src = _connect(db_path, key, read_only=True)
            try:
                out = _connect(tmp, key)
                try:
                    src.backup(out)  # pages=-1: the whole database in one step
                    out.execute("PRAGMA journal_mode=DELETE")
                finally:
                    out.close()
            finally:
                src.close()
        except _errors(key) as exc:
            raise DatabaseError(f"Could not back up {db_path}: {exc}") from exc
    return dest


def rotating_backup(db_path: Path, reason: str, keep: int = KEEP_PER_REASON, key: DataKey | None = None) -> Path:
    """A timestamped backup in the database's backup folder; only the newest `keep` per reason stay."""
    folder = backup_dir_for(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = backup_database(db_path, folder / f"{db_path.stem}-{stamp}-{reason}.db", key=key)
    old = sorted(folder.glob(f"{db_path.stem}-*-{reason}.db"))
    for stale in old[:-keep]:
        with contextlib.suppress(OSError):
            stale.unlink()
        with contextlib.suppress(OSError):
            keys_path_for(stale).unlink(missing_ok=True)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def restore_into(backup: Path, db_path: Path, key: DataKey | None = None) -> None:
    """Write the backup's content into `db_path` through the backup API (the target may be open in
    WAL mode elsewhere; SQLite handles that). The caller checks the backup first. `key`: the data key
    of an encrypted backup; the database is then written encrypted with the same key."""
    try:
        src = _connect(backup, key, read_only=True)
        try:
            dst = _connect(db_path, key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except _errors(key) as exc:
        raise DatabaseError(f"Could not restore {backup} into {db_path}: {exc}") from exc
