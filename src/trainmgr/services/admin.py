"""Database administration: information, checks, backups and restore (GUI and CLI alike)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import func, select, text

from trainmgr.db import backup as backups
from trainmgr.db import encryption
from trainmgr.db.base import Base, Synced
from trainmgr.db.engine import Database, make_engine
from trainmgr.db.migrate import current_revision, head_revision, is_encrypted, known_revisions, new_replica_id
from trainmgr.db.models import AppMeta, LocalReplica
from trainmgr.domain.records import CheckReport, DatabaseInfo, TableCount
from trainmgr.errors import (
    CorruptDatabaseError,
    DatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)


class AdminService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def path(self) -> Path:
        return self._db.path

    def info(self) -> DatabaseInfo:
        counts = []
        with self._db.read() as s:
            replica = s.get(LocalReplica, 1)
            for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name):
                if "deleted" in table.c:
                    live = s.scalar(select(func.count()).select_from(table).where(table.c.deleted.is_(False))) or 0
                    gone = s.scalar(select(func.count()).select_from(table).where(table.c.deleted.is_(True))) or 0
                else:
                    live, gone = s.scalar(select(func.count()).select_from(table)) or 0, 0
                counts.append(TableCount(table.name, live, gone))
        return DatabaseInfo(
            path=str(self._db.path), revision=current_revision(self._db.engine), head=head_revision(),
            replica_id=replica.replica_id if replica else "", replica_name=replica.name if replica else "",
            size_bytes=self._db.path.stat().st_size if self._db.path.exists() else 0, counts=tuple(counts),
        )

    def check(self) -> CheckReport:
        """SQLite's full integrity check, foreign keys and the migration state."""
        with self._db.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check")).fetchall()]
            fk_problems = len(conn.execute(text("PRAGMA foreign_key_check")).fetchall())
        integrity = "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:10])
        return CheckReport(integrity, current_revision(self._db.engine), head_revision(), fk_problems)

    def backup(self, dest: Path | None = None, reason: str = "manual") -> Path:
        if dest is not None:
            return backups.backup_database(self._db.path, Path(dest), key=self._db.key)
        return backups.rotating_backup(self._db.path, reason, key=self._db.key)

    def backups(self) -> list[Path]:
        return backups.list_backups(self._db.path)

    def changed_since_backup(self) -> bool:
        """True when a synced row changed after the last automatic backup."""
        with self._db.read() as s:
            seq_row = s.get(AppMeta, "backup_change_seq")
            replica = s.get(LocalReplica, 1)
        backed_up = int(seq_row.value) if seq_row else 0
        return bool(replica and replica.change_seq > backed_up)

    def auto_backup(self, reason: str) -> Path | None:
        """Back up when data changed since the last automatic backup; returns the file or None."""
        if not self.changed_since_backup():
            return None
        path = backups.rotating_backup(self._db.path, reason, key=self._db.key)
        with self._db.read() as s:
            replica = s.get(LocalReplica, 1)
            seq = replica.change_seq if replica else 0
        with self._db.write() as s:
            s.merge(AppMeta(key="backup_change_seq", value=str(seq)))
        return path


def verify_backup(backup: Path) -> None:
    """A backup must be a healthy trainmgr database that this release can open before it replaces
    anything. It is read through a read-only connection: checking a backup never changes it (the
    engine's WAL pragma would rewrite its header) and works from read-only media."""
    if not backup.is_file():
        raise DatabaseError(f"No backup file at {backup}.")
    with open(backup, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotADatabaseError(f"{backup} is not a trainmgr backup (not an SQLite file).")
    try:
        with closing(sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)) as conn:
            problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            versioned = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").fetchone()
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone() if versioned else None
    except sqlite3.OperationalError as exc:
        raise DatabaseError(f"Cannot read the backup {backup} ({exc}).") from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"The backup {backup} is damaged ({exc}).") from exc
    if problems != ["ok"]:
        raise CorruptDatabaseError(f"The backup {backup} is damaged ({'; '.join(problems[:5])}).")
    revision = row[0] if row else None
    if revision is None:
        raise NotADatabaseError(f"{backup} is not a trainmgr backup (no schema revision).")
    if revision not in known_revisions():
        raise NewerDatabaseError(
            f"The backup {backup} was made by a newer release of trainmgr (schema {revision}); "
            "install that release to restore it. Nothing was changed."
        )


def restore_backup(backup: Path, db_path: Path, passphrase: str | None = None) -> str:
    """Replace the database at `db_path` by `backup` (the current one is backed up first) and give
    it a new replica id: a restored laptop must not reuse the clock and counters it had already
    sent to others. Returns the new replica id. The database must not be open in this process.
    An encrypted backup needs its `passphrase` (the one the database had when it was taken)."""
    key = None
    if is_encrypted(backup):
        if passphrase is None:
            raise LockedDatabaseError(f"The backup {backup} is encrypted: its passphrase is needed to restore it.")
        key = encryption.restore_encrypted(backup, db_path, passphrase)
    else:
        if db_path.exists() and is_encrypted(db_path):
            raise DatabaseError(f"The backup {backup} is not encrypted but the database {db_path} is: restore it "
                                "under another name (--db NEW_FILE) or decrypt the database first.")
        verify_backup(backup)
        if db_path.exists():
            backups.rotating_backup(db_path, "pre-restore")
        backups.restore_into(backup, db_path)
    engine = make_engine(db_path, key)
    try:
        replica_id = new_replica_id()
        with engine.begin() as conn:
            old = conn.execute(text("SELECT replica_id, previous_ids FROM local_replica WHERE slot = 1")).first()
            previous: list[str] = []
            if old is not None:
                previous = json.loads(old[1]) if old[1] else []
                previous.append(old[0])
                conn.execute(
                    text("UPDATE local_replica SET replica_id = :r, previous_ids = :p, bound_path = :b WHERE slot = 1"),
                    {"r": replica_id, "p": json.dumps(previous), "b": str(db_path)},
                )
    finally:
        engine.dispose()
    return replica_id


def synced_tables() -> list[str]:
    """Names of the tables whose rows travel between laptops."""
    return sorted(m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, Synced))
