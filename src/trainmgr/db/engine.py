"""The one place an engine is built, over a plain SQLite file or an encrypted one (SQLCipher).

Every connection gets: foreign keys on, WAL, `synchronous=FULL` (with NORMAL, committed
transactions were lost on simulated power failure), and a busy timeout.

An encrypted database's connections come from `sqlcipher3` (its wheels bundle SQLCipher): the data
key (db/keys.py) is applied first thing on each connection, as a raw key, then
`cipher_memory_security` (set explicitly, see MEMORY_SECURITY) and `secure_delete` (deleted rows are
overwritten, not left in free pages), then the pragmas every connection gets.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from trainmgr.db import stamping
from trainmgr.db.keys import DataKey
from trainmgr.db.stamping import WriteContext
from trainmgr.errors import KeyFileError, LockedDatabaseError

BUSY_TIMEOUT_MS = 10_000
# SQLCipher's memory security (wipe every freed allocation, lock pages in RAM) is process-wide and
# measured here at 13x the time of a demo build (1.8 s -> 23.5 s for 200 trainees; plain SQLite through
# the same library). It protects a *running* laptop's freed memory, where the Python objects holding
# the same rows stay readable anyway; a lost or seized laptop that is off is protected by the file
# encryption alone. So it stays off (SQLCipher's own default since 4.5.2); the idle lock closes the
# database and wipes the key instead.
MEMORY_SECURITY = False
SQLITE_MAGIC = b"SQLite format 3\x00"


class TrainmgrSession(Session):
    """Session class carrying the sync stamping hook."""


stamping.install(TrainmgrSession)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def cipher_connect(path: Path, key: DataKey, *, query: str = "") -> Any:
    """A DB-API connection to the encrypted database at `path`, keyed and checked (a key that does not
    open the file raises KeyFileError; a missing file is created, as SQLite does). `query` adds URI
    parameters, e.g. "?mode=ro"."""
    import sqlcipher3

    target = path.resolve().as_uri() + query if query else str(path)
    conn = sqlcipher3.connect(target, uri=bool(query), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # our own messages say what went wrong
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read proves the key
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise KeyFileError(f"The key does not open {path}: its key file belongs to another database, "
                               "or the database is damaged.") from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _on_cipher_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA secure_delete=ON")


def make_engine(path: Path, key: DataKey | None = None) -> Engine:
    """An engine over the database at `path`; `key` for an encrypted one (None: plain SQLite, as always)."""
    if key is None:
        engine = create_engine(f"sqlite:///{path}", future=True)
    else:
        import sqlcipher3.dbapi2

        # module=: SQLAlchemy wraps sqlcipher3's exceptions like sqlite3's; the file URL keeps the pool
        # a file database gets. creator=: the key is set before SQLAlchemy's first statement.
        engine = create_engine(f"sqlite:///{path}", future=True, module=sqlcipher3.dbapi2,
                               creator=lambda: cipher_connect(path, key))
        event.listen(engine, "connect", _on_cipher_connect)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """An open trainmgr database: its engine and short-lived sessions for the services."""

    def __init__(self, path: Path, engine: Engine, user: str, notices: list[str] | None = None,
                 key: DataKey | None = None) -> None:
        self.path = path
        # The data key of an encrypted database (None: a plain one). Backups are encrypted with it.
        self.key = key
        self.encrypted = key is not None
        # Things the user must be told about this database (e.g. it became a new sync replica).
        self.notices = list(notices or [])
        self.engine = engine
        self.context = WriteContext(user=user)
        self._sessions = sessionmaker(bind=engine, class_=TrainmgrSession, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction: committed (and on disk) when the block ends, rolled back on any error."""
        session = self._sessions(info={"write_context": self.context})
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions(info={"write_context": self.context})
        try:
            yield session
        finally:
            session.close()  # ends the read transaction; loaded rows stay readable

    def raw_connection(self) -> Any:
        return self.engine.raw_connection()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def locked(self) -> bool:
        return self.encrypted and self.key is None

    def lock(self) -> None:
        """Close every connection and wipe the data key (an encrypted database only). Until `unlock`,
        any use of the database raises LockedDatabaseError."""
        if not self.encrypted:
            return
        self.engine.dispose()
        if self.key is not None:
            self.key.wipe()
            self.key = None

    def unlock(self, key: DataKey) -> None:
        """Reopen a locked encrypted database with its data key (checked on a first connection)."""
        engine = make_engine(self.path, key)
        try:
            engine.connect().close()
        except Exception:
            engine.dispose()
            raise
        self.key = key
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, class_=TrainmgrSession, expire_on_commit=False)

    def require_unlocked(self) -> None:
        if self.locked:
            raise LockedDatabaseError(f"{self.path} is locked: unlock it with its passphrase first.")
