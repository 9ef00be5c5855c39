"""Demo generation against a bare insert of as many rows.

Ours: `DemoBuilder.build` into a fresh, migrated database (starter framework already loaded, so
only the demo is timed): planning, sync stamps, natural ids, foreign keys and every index.
Baseline: plain `sqlite3` `executemany` of the same number of rows, in one transaction, into a table
shaped like `result` (the demo's biggest table) without the sync columns, on a connection with the
application's pragmas. The ratio is the price of realistic, syncable data over raw SQLite speed.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.common import Figure, median_time
from trainmgr.db.base import SYNC_COLUMNS
from trainmgr.db.engine import BUSY_TIMEOUT_MS
from trainmgr.db.migrate import open_database
from trainmgr.db.models import Result
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.frameworks import FrameworkService

SIZES = ((10_000, 3), (100_000, 1))  # (trainees, runs): big runs take minutes, so fewer of them
BARE_COLUMNS = [c for c in Result.__table__.c if c.name not in SYNC_COLUMNS and c.name != "deleted"]


class _Scratch:
    """A temporary folder per run, deleted afterwards: a 100 000-trainee demo takes gigabytes."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="trainmgr-bench-"))

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _demo_db() -> tuple[_Scratch, Any]:
    scratch = _Scratch()
    db = open_database(scratch.folder / "demo.db", "bench")
    FrameworkService(db).ensure_starter()
    return scratch, db


def _demo_teardown(state: tuple[_Scratch, Any]) -> None:
    scratch, db = state
    db.close()
    scratch.remove()


def _bare_db() -> tuple[_Scratch, sqlite3.Connection]:
    scratch = _Scratch()
    conn = sqlite3.connect(scratch.folder / "bare.db", isolation_level=None)
    for pragma in (f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    columns = ", ".join(f"{c.name} {c.type.compile()}" for c in BARE_COLUMNS)
    conn.execute(f"CREATE TABLE bare ({columns})")
    # The same data indexes as `result` (its sync-column indexes are left out with the columns).
    conn.execute("CREATE INDEX ix_bare_instrument_person ON bare (instrument_id, person_id)")
    conn.execute("CREATE INDEX ix_bare_person_competency ON bare (person_id, competency_id)")
    return scratch, conn


def _bare_teardown(state: tuple[_Scratch, sqlite3.Connection]) -> None:
    scratch, conn = state
    conn.close()
    scratch.remove()


def _bare_rows(count: int) -> Iterator[tuple[Any, ...]]:
    """Result-like rows: ten per trainee, fifty per test, ids as text (generated during the timing,
    as the demo generates its own)."""
    for i in range(count):
        yield (f"{i // 250:08x}-0000-7000-8000-000000000000", f"{i // 10:08x}-0000-7000-8000-000000000000",
               f"{i % 10:08x}-0000-5000-8000-000000000000", float(i % 41) / 2, None, "2024-05-06", "Adjudant Traoré",
               "2024-05-06 17:00:00.000000", "")


def _bare_insert(state: tuple[_Scratch, sqlite3.Connection], count: int) -> None:
    conn = state[1]
    placeholders = ", ".join("?" for _ in BARE_COLUMNS)
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO bare VALUES ({placeholders})", _bare_rows(count))
    conn.execute("COMMIT")


def figures(quick: bool) -> list[Figure]:
    out = []
    for trainees, runs in SIZES[:1] if quick else SIZES:
        total: list[int] = []

        def build(state: tuple[_Scratch, Any], trainees: int = trainees, total: list[int] = total) -> None:
            total.append(DemoBuilder(state[1]).build(trainees=trainees).total_rows)

        ours = median_time(build, runs, setup=_demo_db, teardown=_demo_teardown)
        rows = total[-1]
        baseline = median_time(lambda state, rows=rows: _bare_insert(state, rows), runs, setup=_bare_db,
                               teardown=_bare_teardown)
        out.append(Figure(f"demo build, {_thousands(trainees)} trainees ({_thousands(rows)} rows)", ours, baseline,
                          runs, note=f"{_thousands(round(rows / ours))} rows/s"))
    return out


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")
