"""The trainee list at the size of a large programme: show, filter, sort, count, page, duplicates.

Ours: `TraineeService` on a demo database (`DemoBuilder`, 100 000 trainees; 2 000 with --quick).
"show" is a fresh service (nothing cached) asking for the first page and the count; "sort" and
"last page" reuse the count of the same filters; "filter" is a new text, so it counts again.
Baseline: plain `sqlite3` reading the first page's ids with the same WHERE and ORDER BY, without
the count or the rows' unit and rank names: the floor of what any list over this table can cost.
Set TRAINMGR_BENCH_DEMO to the path of an already built demo database to skip the build (minutes).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from bench.common import Figure, median_time
from trainmgr.db.engine import Database, make_engine
from trainmgr.db.models import Person, Programme
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.session_open import open_services
from trainmgr.services.trainees import TraineeInput, TraineeService

RUNS = 7
BASELINE_SQL = ("SELECT id FROM person WHERE programme_id = ? AND role = 'trainee' AND deleted = 0 AND merged_into_id "
                "IS NULL ORDER BY family_name COLLATE NOCASE, given_names COLLATE NOCASE, id LIMIT 200")


def _database(trainees: int) -> tuple[Path, Path | None]:
    given = os.environ.get("TRAINMGR_BENCH_DEMO")
    if given:
        return Path(given), None
    folder = Path(tempfile.mkdtemp(prefix="trainmgr-bench-"))
    services = open_services(folder / "demo.db", user="bench")
    DemoBuilder(services.db).build(trainees=trainees)
    services.db.close()
    return folder / "demo.db", folder


def figures(quick: bool) -> list[Figure]:
    size = 2_000 if quick else 100_000
    path, scratch = _database(size)
    db = Database(path, make_engine(path), "bench")
    try:
        with db.read() as s:
            pid = s.scalar(select(Programme.id))
            p = s.scalars(select(Person).where(Person.role == "trainee").limit(1)).one()
            total = s.scalar(select(func.count()).select_from(Person).where(Person.role == "trainee")) or 0
        with sqlite3.connect(path) as raw:
            baseline = median_time(lambda: raw.execute(BASELINE_SQL, (pid,)).fetchall(), RUNS)
        warm = TraineeService(db)
        warm.search(pid)
        figs = [
            Figure(f"trainee list: show ({total:,})", median_time(lambda: TraineeService(db).search(pid), RUNS),
                   baseline, RUNS, note="first page + count, nothing cached"),
            Figure("trainee list: sort by rank", median_time(lambda: warm.search(pid, sort="rank"), RUNS), baseline,
                   RUNS),
            Figure("trainee list: last page", median_time(lambda: warm.search(pid, offset=max(0, total - 100)), RUNS),
                   baseline, RUNS),
            Figure("trainee list: filter by name", median_time(
                lambda: TraineeService(db).search(pid, text=p.family_name), RUNS), baseline, RUNS, note="counts again"),
        ]
        dup = TraineeService(db)
        probe = TraineeInput(pid, p.family_name, p.given_names, service_number=p.service_number)
        figs.append(Figure("likely duplicates: first check", median_time(
            lambda: TraineeService(db).likely_duplicates(probe), 3), None, 3, note="builds the name index"))
        dup.likely_duplicates(probe)
        figs.append(Figure("likely duplicates: next checks", median_time(lambda: dup.likely_duplicates(probe), RUNS),
                           None, RUNS))
        return figs
    finally:
        db.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
