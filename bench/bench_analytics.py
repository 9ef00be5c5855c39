"""Progress analytics: the dashboard recomputed after a filter change, beside the same SQL run bare.

Ours: `AnalyticsService.dashboard` (every figure of the Progress page: capability, pre/post scores,
attendance, trainees trained, completion funnel) on a demo database (`DemoBuilder`, 100 000 trainees
and about 900 000 scores; 10 000 with --quick), once per filter a programme manager picks.
Baseline: plain `sqlite3` executing exactly the statements that dashboard sent (captured from the
engine, parameters included) and fetching their rows: what the aggregate SQL itself costs, without
SQLAlchemy, the records or the Python that assembles them.

The figures read the derived tables of services/analytics/facts.py. Two more figures say what keeping
them costs: preparing every cohort (once, after the upgrade that creates them or a large import; no
baseline) and the dashboard right after one attendance mark changed (its cohort and programme are
rebuilt first), beside the same bare statements.

The demo database is built once and kept under /tmp (building 100 000 trainees takes minutes); set
TRAINMGR_BENCH_ANALYTICS_DEMO to an already built one to use it instead.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, event, func, insert, select

from bench.common import Figure, median_time
from trainmgr.db.engine import Database
from trainmgr.db.models import Attendance, Cohort, FactsDirty, Person, Programme, Rank, Unit
from trainmgr.domain.analytics_records import AnalyticsFilter
from trainmgr.services.analytics import AnalyticsService, facts
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.session_open import open_services

CACHE = Path(tempfile.gettempdir()) / "trainmgr-analytics-bench"


def _database(trainees: int) -> Path:
    given = os.environ.get("TRAINMGR_BENCH_ANALYTICS_DEMO")
    if given:
        return Path(given)
    path = CACHE / f"demo-{trainees}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        services = open_services(partial, user="bench")
        DemoBuilder(services.db).build(trainees=trainees)
        services.db.close()
        partial.rename(path)
    return path


def _filters(db: Database) -> list[tuple[str, AnalyticsFilter]]:
    """The filter changes measured: the whole programme, then narrower choices of the filter bar."""
    with db.read() as s:
        pid = s.scalar(select(Programme.id).order_by(Programme.id))
        cohort = s.execute(select(Cohort.id, Cohort.start_date).where(Cohort.programme_id == pid)
                           .order_by(Cohort.start_date.desc(), Cohort.id).limit(1).offset(20)).one()
        unit = s.scalar(select(Person.unit_id).where(Person.programme_id == pid, Person.unit_id.is_not(None))
                        .group_by(Person.unit_id).order_by(func.count().desc()).limit(1))
        parent = s.scalar(select(Unit.parent_id).where(Unit.id == unit)) or unit
        rank = s.scalar(select(Rank.id).where(Rank.programme_id == pid).order_by(Rank.sort_order).limit(1))
    whole = AnalyticsFilter(programme_id=pid)
    start = cohort.start_date
    return [
        ("whole programme", whole),
        ("one cohort", AnalyticsFilter(programme_id=pid, cohort_id=cohort.id)),
        ("a unit and its sub-units", AnalyticsFilter(programme_id=pid, unit_id=parent)),
        ("a unit, women", AnalyticsFilter(programme_id=pid, unit_id=unit, sex="female")),
        ("a quarter", AnalyticsFilter(programme_id=pid, date_from=start, date_to=start + timedelta(days=91))),
        ("women", AnalyticsFilter(programme_id=pid, sex="female")),
        ("a rank", AnalyticsFilter(programme_id=pid, rank_id=rank)),
    ]


@contextmanager
def _captured(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The statements (and parameters) the engine sends while the block runs."""
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _bare(raw: sqlite3.Connection, statements: list[tuple[str, Any]]) -> None:
    for statement, parameters in statements:
        raw.execute(statement, parameters).fetchall()


def figures(quick: bool) -> list[Figure]:
    size = 10_000 if quick else 100_000
    path = _database(size)
    services = open_services(path, user="bench")  # migrated to this build's head if it was built before
    db = services.db
    analytics = AnalyticsService(db)
    out = []
    try:
        with db.read() as s:
            trainees = s.scalar(select(func.count()).select_from(Person).where(Person.role == "trainee")) or 0
        facts.bring_up_to_date(db)  # a database built before the derived tables: prepared once, untimed here
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for name, flt in _filters(db):
                runs = 3
                with _captured(db) as statements:
                    analytics.dashboard(flt)  # warms the page cache for both sides alike
                ours = median_time(lambda f=flt: analytics.dashboard(f), runs)
                baseline = median_time(lambda st=statements: _bare(raw, st), runs)
                out.append(Figure(f"analytics dashboard: {name} ({trainees:,})", ours, baseline, runs,
                                  note=f"{len(statements)} statements"))
            out.append(_after_an_edit(db, analytics, raw, trainees))
        finally:
            raw.close()
        out.append(_preparation(db, trainees))
    finally:
        db.close()
    return out


def _after_an_edit(db: Database, analytics: AnalyticsService, raw: sqlite3.Connection, trainees: int) -> Figure:
    """The whole programme's dashboard right after one attendance mark changed."""
    whole = _filters(db)[0][1]
    with db.read() as s:
        mark = s.execute(select(Attendance.id, Attendance.status).limit(1)).one()
    flip = {"present": "absent"}.get(mark.status, "present")

    def edit() -> None:
        with db.write() as s:
            row = s.get(Attendance, mark.id)
            assert row is not None
            row.status = flip if row.status == mark.status else mark.status

    with _captured(db) as statements:
        analytics.dashboard(whole)
    ours = median_time(lambda _: analytics.dashboard(whole), 3, setup=edit)
    baseline = median_time(lambda: _bare(raw, statements), 3)
    return Figure(f"analytics dashboard after one mark changed: whole programme ({trainees:,})", ours, baseline, 3,
                  note="its cohort and programme rebuilt first")


def _preparation(db: Database, trainees: int) -> Figure:
    """Rebuilding the derived rows of every cohort, as after the upgrade or a full import."""
    with db.read() as s:
        cohorts = s.scalar(select(func.count()).select_from(Cohort)) or 0

    def list_all() -> None:
        with db.write() as s:
            s.execute(delete(FactsDirty))
            s.execute(insert(FactsDirty).from_select(["cohort_id"], select(Cohort.id)))

    ours = median_time(lambda _: facts.bring_up_to_date(db), 1, setup=list_all)
    return Figure(f"analytics preparation: every cohort ({trainees:,})", ours, None, 1,
                  note=f"{cohorts:,} cohorts; once per upgrade or large import")
