"""A realistic demo programme, built fast enough to try trainmgr at the size of a large programme.

`DemoBuilder(db).build(trainees=2000)` writes an invented francophone host nation's programme: a
unit hierarchy, ranks, trainees and instructors, baseline and mid-term needs assessments, an approved
curriculum, cohorts with sessions and attendance, pre/post tests with results, follow-ups and
lessons learned. Same seed and `as_of` date → same content and the same ids.

How it stays fast (100 000 trainees, about 2.5 million rows, in a couple of minutes on two cores):
- the story is planned in memory first (`demo_world`), then rows are generated lazily per table
  (`demo_rows`, `demo_delivery`) and written in chunks inside ONE transaction, so a cancel or an
  error leaves the database exactly as it was;
- rows bypass the ORM: each gets its sync columns from `Stamper.new_row()`, like any bulk insert,
  and goes to the DB-API `executemany` as a tuple already converted by each column type's own
  SQLAlchemy bind processor — what SQLAlchemy stores, without its per-row parameter machinery,
  which cost more than SQLite itself (measured: 65 s against 28 s of CPU per million results);
- entity ids are time-ordered (see `demo_ids`) and SQLite gets a larger page cache for the build.
"""

from __future__ import annotations

import contextlib
import time as clock
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Time, func, select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import CapabilityArea, Competency, CompetencyStandard, ProficiencyLevel, ProficiencyScale
from trainmgr.db.models import Programme as ProgrammeModel
from trainmgr.db.stamping import Stamper, load_replica
from trainmgr.errors import Cancelled, ValidationError
from trainmgr.services import demo_data as data
from trainmgr.services.analytics import facts
from trainmgr.services.demo_delivery import delivery
from trainmgr.services.demo_rows import Batch, structure
from trainmgr.services.demo_world import Competency as CompetencyView
from trainmgr.services.demo_world import FrameworkView, plan_world
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

DEMO_AS_OF = date(2025, 6, 30)  # the demo's "today": fixed, so that the same seed gives the same content
MAX_TRAINEES = 1_000_000
CHUNK = 10_000
# SQLite page cache during the build: the random keys of natural-key rows (attendance, results)
# touch index pages everywhere, and a cache about half the database's size keeps the insert cost per
# row flat (measured at 100 000 trainees: 22 µs/row with 1 GiB, about 40 with 256 MiB). 20 MiB at
# 2 000 trainees; the cap (1 GiB) is reached from 100 000 trainees. Released when the build ends.
CACHE_KIB_PER_TRAINEE = 10
MAX_CACHE_KIB = 1024 * 1024


@dataclass(frozen=True)
class DemoSummary:
    programme_id: str
    trainees: int
    seed: int
    counts: tuple[tuple[str, int], ...]  # (table, rows written), in writing order
    seconds: float

    @property
    def total_rows(self) -> int:
        return sum(n for _table, n in self.counts)

    def count(self, table: str) -> int:
        return dict(self.counts).get(table, 0)

    def __str__(self) -> str:
        return (f"{self.trainees:,} trainees, {self.count('result'):,} results, {self.total_rows:,} rows "
                f"in {self.seconds:.1f} s")


class DemoBuilder:
    def __init__(self, db: Database) -> None:
        self._db = db

    def build(self, trainees: int = 2000, seed: int = 1, progress: ProgressFn = no_progress,
              cancel: CancelToken = NEVER, *, as_of: date = DEMO_AS_OF) -> DemoSummary:
        """Write the demo programme in one transaction; refuse if this database already has it.
        Cancelling (checked between chunks) raises `Cancelled` and writes nothing."""
        if not 1 <= trainees <= MAX_TRAINEES:
            raise ValidationError(f"The demo needs between 1 and {MAX_TRAINEES:,} trainees.")
        started = clock.perf_counter()
        framework_id = FrameworkService(self._db).ensure_starter()
        with self._db.write() as s:
            existing = s.scalar(select(func.count()).select_from(ProgrammeModel)
                                .where(ProgrammeModel.code == data.DEMO_CODE, ProgrammeModel.deleted.is_(False)))
            if existing:
                raise ValidationError(f"This database already has the demo programme ({data.DEMO_CODE}).")
            progress(0, 0, "Demo: planning")  # total unknown until the plan is made
            world = plan_world(seed, trainees, as_of, _framework(s, framework_id), cancel.check)
            if s.get(ProgrammeModel, world.programme_id) is not None:
                raise ValidationError("A deleted demo programme with this seed is still in this database "
                                      "(deletions are kept for sync); build it with another seed.")
            batches, people = structure(world)
            batches += delivery(world, people)
            writer = _Writer(s, Stamper(load_replica(s), self._db.context.user), progress, cancel,
                             total=sum(b.count for b in batches))
            cancel.check()
            with _page_cache(s.connection(), min(MAX_CACHE_KIB, CACHE_KIB_PER_TRAINEE * trainees)):
                for b in batches:
                    writer.write(b)
            writer.finish()
        _shrink_journal(self._db)
        # the Progress figures' derived rows, now rather than at the first look at the charts (after a
        # cancel here the demo is written all the same: they are prepared when first read)
        with contextlib.suppress(Cancelled):
            facts.bring_up_to_date(self._db, progress, cancel)
        return DemoSummary(world.programme_id, trainees, seed, tuple(writer.counts.items()),
                           clock.perf_counter() - started)


class _Writer:
    """Bulk inserts with sync stamps, in chunks, reporting progress and checking cancel per chunk."""

    def __init__(self, s: Session, stamper: Stamper, progress: ProgressFn, cancel: CancelToken, total: int) -> None:
        self._conn = s.connection()
        self._stamper = stamper
        self._progress = progress
        self._cancel = cancel
        self.total = total
        self.done = 0
        self.counts: dict[str, int] = {}

    def write(self, b: Batch) -> None:
        table: Table = b.model.__table__  # type: ignore[attr-defined]
        new_row = self._stamper.new_row
        insert: _Insert | None = None
        chunk: list[tuple[Any, ...]] = []
        written = 0
        for values in b.rows:
            sync = new_row()
            if insert is None:  # the stamper says which sync columns it fills
                insert = _Insert(self._conn, table, (*sync, *b.fields))
            chunk.append(insert.row((*sync.values(), *values)))
            if len(chunk) >= CHUNK:
                written += self._flush(insert, chunk)
                chunk = []
        if chunk and insert is not None:
            written += self._flush(insert, chunk)
        if written != b.count:
            raise RuntimeError(f"demo planned {b.count} {table.name} rows but generated {written}")
        self.counts[table.name] = written

    def _flush(self, insert: _Insert, chunk: list[tuple[Any, ...]]) -> int:
        self._cancel.check()
        self._conn.exec_driver_sql(insert.sql, chunk)
        self.done += len(chunk)
        self._progress(self.done, self.total, f"Demo: {insert.table}")
        return len(chunk)

    def finish(self) -> None:
        self._cancel.check()
        self._stamper.persist()
        self._progress(self.total, self.total, "Demo: saving")


class _Insert:
    """One table's INSERT over the DB-API, storing exactly what SQLAlchemy would store.

    Each given value goes through its column type's bind processor; a column not given gets its
    scalar default, converted the same way and written into the statement as a literal, so a row
    carries (and converts) only the values that vary."""

    def __init__(self, conn: Connection, table: Table, names: Sequence[str]) -> None:
        dialect = conn.dialect
        quote = dialect.identifier_preparer.quote
        columns = {c.name: c for c in table.columns}
        unknown = [n for n in names if n not in columns]
        if unknown:
            raise ValueError(f"{table.name} has no column {', '.join(unknown)}")
        processors = {n: c.type.dialect_impl(dialect).bind_processor(dialect) for n, c in columns.items()}
        targets, values = [quote(n) for n in names], ["?" for _ in names]
        for name, c in columns.items():
            if name in names:
                continue
            default = c.default
            if default is not None and default.is_callable:  # type: ignore[attr-defined]
                raise ValueError(f"{table.name}.{name} needs a value (its default is computed per row)")
            value = default.arg if default is not None and default.is_scalar else None  # type: ignore[attr-defined]
            process = processors[name]
            targets.append(quote(name))
            values.append(_literal(process(value) if process and value is not None else value))
        self.table = table.name
        self.sql = f"INSERT INTO {quote(table.name)} ({', '.join(targets)}) VALUES ({', '.join(values)})"
        # Dates and times are immutable and repeat across rows (one session date for 25 marks):
        # their converted text is reused while the same object comes again. None stays NULL unless
        # the type stores it otherwise (a JSON column without none_as_null stores 'null').
        self.converted = [(i, processors[n], isinstance(columns[n].type, Date | DateTime | Time),
                           columns[n].type.should_evaluate_none) for i, n in enumerate(names) if processors[n]]
        self.last: list[tuple[object, Any]] = [(None, None)] * len(names)

    def row(self, values: Sequence[Any]) -> tuple[Any, ...]:
        out = list(values)
        last = self.last
        for i, process, reuse, evaluate_none in self.converted:
            value = out[i]
            if value is None and not evaluate_none:
                continue
            if reuse:
                seen, text = last[i]
                if seen is not value:
                    text = process(value)
                    last[i] = (value, text)
                out[i] = text
            else:
                out[i] = process(value)
        return tuple(out)


def _literal(value: object) -> str:
    """A default value as SQL text (defaults are plain strings, numbers, or NULL)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return str(int(value) if isinstance(value, bool) else value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"cannot write the default {value!r} as SQL")


def _framework(s: Session, framework_id: str) -> FrameworkView:
    areas = dict(s.execute(select(CapabilityArea.id, CapabilityArea.code)
                           .where(CapabilityArea.framework_id == framework_id)).all())
    standards: dict[str, list[str]] = {}
    for competency_id, standard_id in s.execute(select(CompetencyStandard.competency_id, CompetencyStandard.standard_id)
                                                .where(CompetencyStandard.deleted.is_(False))):
        standards.setdefault(competency_id, []).append(standard_id)
    rows = s.execute(select(Competency).where(Competency.framework_id == framework_id, Competency.deleted.is_(False))
                     .order_by(Competency.code)).scalars().all()
    competencies = tuple(
        CompetencyView(c.id, c.code, areas.get(c.area_id, ""), (c.translations or {}).get("fr") or c.title,
                       tuple(sorted(standards.get(c.id, ())))) for c in rows)
    levels = s.execute(select(ProficiencyLevel).join(ProficiencyScale, ProficiencyLevel.scale_id == ProficiencyScale.id)
                       .where(ProficiencyScale.framework_id == framework_id)).scalars().all()
    labels = {lv.level: (lv.translations or {}).get("fr") or lv.label for lv in levels}
    if not competencies:
        raise ValidationError("The starter framework has no competencies; the demo needs them.")
    return FrameworkView(framework_id, competencies, labels)


@contextlib.contextmanager
def _page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """A bigger SQLite page cache while the demo writes (the random primary keys of natural-key rows
    touch pages all over their indexes), then the connection's own setting again (it is pooled)."""
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _shrink_journal(db: Database) -> None:
    """Give the disk back: a big build leaves a write-ahead log the size of everything it wrote."""
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # best effort: another connection may be reading; the log is reused anyway
        return

