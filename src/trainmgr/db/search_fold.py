"""Registers `tm_fold` (domain/search_text.py) on every SQLite connection any engine opens.

The person search-key triggers (migration f724b6b74f98) and the trainee search call it, so it must
exist on each connection that may write a person, including those of Alembic and of the tests.
SQLAlchemy's documented recipe for per-connection SQLite set-up is a "connect" listener on the
Engine class; imported by the Person model, it is in place before any engine can touch that table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

from trainmgr.domain.search_text import SQL_NAME, sql_fold


@event.listens_for(Engine, "connect")
def _register_fold(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.create_function(SQL_NAME, 1, sql_fold, deterministic=True)
