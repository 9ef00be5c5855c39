"""Backups with SQLite's online backup API (never a file copy: a copy of a live WAL database is
routinely corrupt), written beside the database and rotated."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from trainmgr.errors import DatabaseError
from trainmgr.fileio import atomic_path
from trainmgr.paths import backup_dir_for

KEEP_PER_REASON = 10


def backup_database(db_path: Path, dest: Path) -> Path:
    """Copy the live database at `db_path` to `dest` in one consistent step."""
    with atomic_path(dest) as tmp:
        tmp.unlink(missing_ok=True)
        try:
            src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
            try:
                out = sqlite3.connect(tmp)
                try:
                    src.backup(out)  # pages=-1: the whole database in one step
                    out.execute("PRAGMA journal_mode=DELETE")
                finally:
                    out.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise DatabaseError(f"Could not back up {db_path}: {exc}") from exc
    return dest


def rotating_backup(db_path: Path, reason: str, keep: int = KEEP_PER_REASON) -> Path:
    """A timestamped backup in the database's backup folder; only the newest `keep` per reason stay."""
    folder = backup_dir_for(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = backup_database(db_path, folder / f"{db_path.stem}-{stamp}-{reason}.db")
    old = sorted(folder.glob(f"{db_path.stem}-*-{reason}.db"))
    for stale in old[:-keep]:
        with contextlib.suppress(OSError):
            stale.unlink()
    return dest


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), key=lambda p: p.stat().st_mtime, reverse=True)


def restore_into(backup: Path, db_path: Path) -> None:
    """Write the backup's content into `db_path` through the backup API (the target may be open in
    WAL mode elsewhere; SQLite handles that). The caller checks the backup first."""
    try:
        src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(db_path)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"Could not restore {backup} into {db_path}: {exc}") from exc
