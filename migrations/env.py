"""Alembic environment. The app runs migrations on its own connection (config.attributes["connection"]);
developers create revisions with `make migration MSG="..."`."""

from __future__ import annotations

from alembic import context

from trainmgr.db import models  # noqa: F401  (registers every table)
from trainmgr.db.base import Base
from trainmgr.db.engine import make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set sqlalchemy.url or pass a connection")
    engine = make_engine(url.removeprefix("sqlite:///"))  # type: ignore[arg-type]
    with engine.begin() as conn:
        run_migrations(conn)
