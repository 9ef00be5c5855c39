"""The one place an engine is built. An encrypted engine (SQLCipher) will replace `_connect` here.

Every connection gets: foreign keys on, WAL, `synchronous=FULL` (with NORMAL, committed
transactions were lost on simulated power failure), and a busy timeout.
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
from trainmgr.db.stamping import WriteContext

BUSY_TIMEOUT_MS = 10_000
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


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """An open trainmgr database: its engine and short-lived sessions for the services."""

    def __init__(self, path: Path, engine: Engine, user: str, notices: list[str] | None = None) -> None:
        self.path = path
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
