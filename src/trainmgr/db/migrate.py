"""Open a database: check it, back it up if it is behind, migrate it to head, give it an identity.

A database whose revision this build does not know (written by a newer release) is refused and
left untouched. A file that is not SQLite, or SQLite without trainmgr's tables, is refused too.
"""

from __future__ import annotations

import functools
import os
import re
import secrets
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy.exc
from sqlalchemy import Engine, text

from trainmgr.db import backup as backups
from trainmgr.db.engine import BUSY_TIMEOUT_MS, SQLITE_MAGIC, Database, cipher_connect, make_engine
from trainmgr.db.keys import DataKey, keys_path_for
from trainmgr.db.models.local import LocalReplica
from trainmgr.errors import (
    CorruptDatabaseError,
    DatabaseError,
    KeyFileError,
    LockedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic takes a good part of a second to import: it is loaded only when a database must be
# migrated. Knowing the revisions (to open a database at head, or refuse a newer one) only needs
# the revision ids written at the top of each script.
_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def migrations_dir() -> Path:
    return Path(str(resources.files("trainmgr._migrations")))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


@functools.cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration scripts once per process."""
    graph: dict[str, str | None] = {}
    for script in (migrations_dir() / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        found = _REVISION_RE.search(source)
        if found:
            down = _DOWN_RE.search(source)
            graph[found.group(1)] = down.group(1) if down else None
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, found {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if not has_table:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_file(path: Path) -> None:
    """Refuse what is plainly not a database before SQLite gets near it."""
    if path.is_dir():
        raise NotADatabaseError(f"{path} is a folder, not a trainmgr database.")
    if path.exists() and path.stat().st_size == 0:
        # Most often the wreck of a copy that failed: making a fresh database in it would hide the loss.
        raise NotADatabaseError(
            f"{path} is an empty file (0 bytes), not a trainmgr database. "
            "To create a new database, choose a name where no file exists."
        )
    if path.exists():
        try:
            with open(path, "rb") as handle:
                magic = handle.read(16)
        except OSError as exc:
            raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from exc
        if magic != SQLITE_MAGIC and not keys_path_for(path).exists():
            raise NotADatabaseError(
                f"{path} is not a trainmgr database (not an SQLite file). If it is an encrypted trainmgr "
                f"database, its key file {keys_path_for(path).name} is missing: put it back beside it."
            )


def is_encrypted(path: Path) -> bool:
    """An existing database is encrypted when it does not start with SQLite's header (SQLCipher starts
    with a random salt) and has its key file beside it. The header decides, not the key file alone: a
    conversion interrupted between writing the key file and swapping the database leaves a plain one."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(16)
    except OSError:
        return False
    return len(magic) == 16 and magic != SQLITE_MAGIC and keys_path_for(path).exists()


def _dbapi_errors(key: DataKey | None) -> tuple[tuple[type[Exception], ...], tuple[type[Exception], ...]]:
    """(operational errors, database errors) of the driver a database is read with."""
    if key is None:
        return (sqlite3.OperationalError,), (sqlite3.DatabaseError,)
    import sqlcipher3

    return ((sqlite3.OperationalError, sqlcipher3.OperationalError),
            (sqlite3.DatabaseError, sqlcipher3.DatabaseError))


def read_only_connection(path: Path, key: DataKey | None, query: str = "?mode=ro") -> sqlite3.Connection:
    """A read-only DB-API connection to the database at `path` (keyed when `key` is given)."""
    if key is not None:
        conn: sqlite3.Connection = cipher_connect(path, key, query=query)
        return conn
    return sqlite3.connect(path.resolve().as_uri() + query, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            f"The folder {folder} is read-only: trainmgr needs to write the database and its journal there."
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(f"The database {path} is read-only.")


def quick_check(engine: Engine) -> str:
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA quick_check")).fetchall()]
    except Exception as exc:
        raise CorruptDatabaseError(f"SQLite cannot read the database: {exc}") from exc
    return "ok" if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])


def inspect_existing(path: Path, key: DataKey | None = None) -> str | None:
    """Check an existing database file and return its schema revision, through a read-only connection.

    Every reason to refuse a file is found here, before the read-write engine touches it: that
    engine's `PRAGMA journal_mode=WAL` rewrites the header of a rollback-journal database, so a file
    we refuse (another application's, a backup made by a newer release) would otherwise be changed.
    """
    operational, damaged = _dbapi_errors(key)
    try:
        conn = read_only_connection(path, key)
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except operational as exc:  # locked, cannot open...: not a verdict on the content
        raise DatabaseError(f"{path} cannot be read ({exc}).") from exc
    except damaged as exc:
        raise CorruptDatabaseError(
            f"{path} is damaged ({exc}). Restore a backup with 'trainmgr db restore'."
        ) from exc
    if problems != ["ok"]:
        raise CorruptDatabaseError(
            f"{path} is damaged ({'; '.join(problems[:5])}). Restore a backup with 'trainmgr db restore'."
        )
    if revision is None and tables - {"alembic_version"}:
        raise NotADatabaseError(f"{path} is an SQLite file but not a trainmgr database.")
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was written by a newer release of trainmgr (schema {revision}). "
            "Install the newer release to open it; the file was not changed."
        )
    return revision


def open_database(path: Path, user: str = "", *, upgrade: bool = True, backup_before: bool = True,
                  key: DataKey | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`. `key`: the data key of an
    encrypted database (db/keys.py); a new database given a key is created encrypted with it (its
    key file must already be written); a plain existing database ignores it."""
    path = Path(path)
    check_file(path)
    existed = path.exists()
    if existed and not is_encrypted(path):
        key = None
    elif existed and key is None:
        raise LockedDatabaseError(f"{path} is encrypted: its passphrase is needed to open it.")
    elif key is not None and not keys_path_for(path).exists():
        raise KeyFileError(f"No key file {keys_path_for(path)} for the new encrypted database {path}.")
    check_writable(path)
    # Refusals first, read-only: a file we refuse is left byte for byte as it was.
    revision = inspect_existing(path, key) if existed else None
    if revision != head_revision() and not upgrade:
        raise DatabaseError(f"{path} needs an upgrade (schema {revision} → {head_revision()}).")
    engine = make_engine(path, key)
    try:
        if revision != head_revision():
            if existed and revision is not None and backup_before:
                backups.rotating_backup(path, "pre-upgrade", key=key)
            migrate(engine)
        notices = ensure_replica(engine, path, key)
    except (*_dbapi_errors(key)[1], sqlalchemy.exc.DBAPIError) as exc:
        engine.dispose()
        raise DatabaseError(f"{path} could not be opened: {exc}") from exc
    except Exception:
        engine.dispose()
        raise
    return Database(path, engine, user or default_user(), notices, key=key)


def migrate(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        from alembic import command

        command.upgrade(config, "head")


def new_replica_id() -> str:
    return secrets.token_hex(8)


def ensure_replica(engine: Engine, path: Path, key: DataKey | None = None) -> list[str]:
    """Every database has its own replica id, made when it is created. A database found at another
    path while the file it was bound to still exists with the same identity is a copy: it becomes a
    new replica (two laptops must never exchange as one). Returns notices for the user."""
    from sqlalchemy.orm import Session

    notices: list[str] = []
    here = str(path.resolve())
    with Session(engine) as session, session.begin():
        replica = session.get(LocalReplica, 1)
        if replica is None:
            session.add(LocalReplica(slot=1, replica_id=new_replica_id(), bound_path=here))
            return notices
        bound = replica.bound_path
        if bound and bound != here and _is_live_twin(Path(bound), path, replica.replica_id, key):
            old = replica.replica_id
            replica.previous_ids = [*(replica.previous_ids or []), old]
            replica.replica_id = new_replica_id()
            replica.signing_key = None
            notices.append(
                f"This database is a copy of {bound}. So that both can keep exchanging data, this copy "
                f"now syncs as a new replica ({replica.replica_id}; it was {old})."
            )
        replica.bound_path = here
    return notices


def _is_live_twin(original: Path, here: Path, replica_id: str, key: DataKey | None = None) -> bool:
    """Whether `original` is another file holding the same replica identity as the database `here`."""
    try:
        if not original.is_file() or original.samefile(here):
            return False
        # immutable: only a peek at its identity; leaves no journal files beside someone else's database
        conn = read_only_connection(original, key if is_encrypted(original) else None, "?mode=ro&immutable=1")
        try:
            row = conn.execute("SELECT replica_id FROM local_replica WHERE slot = 1").fetchone()
        finally:
            conn.close()
    except (OSError, KeyFileError, *_dbapi_errors(key)[1]):
        return False
    return bool(row) and row[0] == replica_id


def default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return "user"


def current_revision_of(path: Path, key: DataKey | None = None) -> str | None:
    """The schema revision of the database file at `path`, read without changing it."""
    check_file(path)
    if is_encrypted(path) and key is None:
        raise LockedDatabaseError(f"{path} is encrypted: its passphrase is needed to read it.")
    key = key if is_encrypted(path) else None
    try:
        conn = read_only_connection(path, key)
        try:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if not has_table:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except _dbapi_errors(key)[1] as exc:
        raise NotADatabaseError(f"{path} cannot be read as a database: {exc}") from exc
