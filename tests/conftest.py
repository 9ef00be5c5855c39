"""Shared fixtures for every test suite. No Qt here: GUI fixtures live in tests/ui/conftest.py.

Creating a database (migrations plus the starter framework) takes most of a second, so it is done
once per session into a template, and each test gets its own copy made with SQLite's backup API
(never a file copy: that is how live WAL databases get corrupted).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from trainmgr.services.container import Services

# The application is imported inside the fixtures, so that a pure unit test (the clock, ids) still
# runs when a service module is broken.

TEST_USER = "tester"


def copy_database(src: Path, dest: Path) -> Path:
    """Copy the database `src` to `dest` and give the copy its own replica identity, bound to its new
    path, as a database created there would have (two tests must never look like the same laptop)."""
    with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as source, closing(sqlite3.connect(dest)) as out:
        source.backup(out)
        out.execute(
            "UPDATE local_replica SET replica_id = ?, bound_path = ? WHERE slot = 1",
            (secrets.token_hex(8), str(dest)),
        )
        out.commit()
    return dest


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database built once per session by the real start-up path (migrated, starter framework loaded)."""
    from trainmgr.services.session_open import open_services

    path = tmp_path_factory.mktemp("template") / "template.db"
    services = open_services(path, user="template")
    services.db.close()
    return path


@pytest.fixture
def make_db(template_db: Path, tmp_path: Path) -> Callable[..., Path]:
    """Factory: a fresh copy of the template under `tmp_path` (call it again for a second laptop)."""

    def make(name: str = "trainmgr.db") -> Path:
        return copy_database(template_db, tmp_path / name)

    return make


@pytest.fixture
def db_path(make_db: Callable[..., Path]) -> Path:
    """Path of this test's own migrated database (not open)."""
    return make_db()


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    """Every service over this test's own database.

    The copy is already migrated and seeded by `open_services`; building the services directly skips
    Alembic's reading of every migration script (most of the time `open_services` takes), which
    tests/db/test_open_database.py exercises on its own."""
    from trainmgr.db.engine import Database, make_engine
    from trainmgr.services.container import Services

    services = Services.build(Database(db_path, make_engine(db_path), TEST_USER))
    try:
        yield services
    finally:
        services.db.close()
