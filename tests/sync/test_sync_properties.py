"""Property: laptops exchanging packages in any order converge, lose no later write, and record
exactly one conflict per losing concurrent write — with wall clocks skewed by up to a day.

Each example runs three real databases through random unit edits and deletes and random package
exchanges (full and incremental, duplicated, reordered, stale), then lets everyone hear from
everyone and compares. The test keeps its own record of causality (which writes each laptop had
seen when it wrote) to judge the result independently of the clocks."""

from __future__ import annotations

import itertools
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from tests.conftest import copy_database
from tests.sync.helpers import content

from trainmgr.db.engine import Database, make_engine
from trainmgr.db.models import SyncConflict, Unit
from trainmgr.domain import clock as clock_module
from trainmgr.errors import TrainmgrError
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput

FIELDS = ("name", "location", "code")
DAY_MS = 86_400_000
REAL_WALL = clock_module.wall_ms


@dataclass(frozen=True)
class Write:
    wid: int
    key: tuple[str, str]
    value: Any
    stamp: str
    seen: frozenset[int]


@dataclass
class Laptop:
    services: Services
    skew: int
    seen: set[int] = field(default_factory=set)

    @property
    def replica(self) -> str:
        return self.services.sync.identity().replica_id


@contextmanager
def wall_clock(skew: int):
    clock_module.wall_ms = lambda: REAL_WALL() + skew
    try:
        yield
    finally:
        clock_module.wall_ms = REAL_WALL


def unit_row(services: Services, unit_id: str) -> Unit | None:
    with services.db.read() as s:
        return s.get(Unit, unit_id)


ops = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.integers(0, 2)),
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 3), st.sampled_from(FIELDS),
                  st.sampled_from(["a", "b", "c"])),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 3)),
        st.tuples(st.just("export"), st.integers(0, 2), st.integers(0, 3)),
        st.tuples(st.just("import"), st.integers(0, 2), st.integers(0, 20)),
    ),
    min_size=4, max_size=24,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(ops=ops, skews=st.lists(st.integers(-DAY_MS, DAY_MS), min_size=3, max_size=3))
def test_random_exchanges_converge_without_lost_updates(template_db: Path, ops: list, skews: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        run_scenario(template_db, Path(folder), ops, skews)


def run_scenario(template: Path, folder: Path, ops: list, skews: list[int]) -> None:
    laptops = []
    for i, skew in enumerate(skews):
        path = copy_database(template, folder / f"l{i}.db")
        laptops.append(Laptop(Services.build(Database(path, make_engine(path), f"user{i}")), skew))
    try:
        _run(laptops, folder, ops)
    finally:
        for laptop in laptops:
            laptop.services.db.close()


def _run(laptops: list[Laptop], folder: Path, ops: list) -> None:
    counter = itertools.count()
    writes: list[Write] = []
    units: list[str] = []
    pool: list[tuple[Path, int, frozenset[int]]] = []
    with wall_clock(laptops[0].skew):
        programme = laptops[0].services.programmes.create(ProgrammeInput(code="P", name="Programme"))
    seed = folder / "seed.xlsx"
    with wall_clock(laptops[0].skew):
        laptops[0].services.sync.export(seed, full=True)
    for laptop in laptops[1:]:
        with wall_clock(laptop.skew):
            laptop.services.sync.import_package(seed)

    def record(laptop: Laptop, unit_id: str, names: tuple[str, ...]) -> None:
        row = unit_row(laptop.services, unit_id)
        assert row is not None
        before = frozenset(laptop.seen)
        for name in names:
            wid = next(counter)
            writes.append(Write(wid, (unit_id, name), getattr(row, name), row.field_stamp(name), before))
            laptop.seen.add(wid)

    for op in ops:
        kind, who = op[0], laptops[op[1]]
        with wall_clock(who.skew):
            if kind == "create":
                unit = who.services.units.create(programme.id, UnitInput(name=f"u{len(units)}"))
                units.append(unit.id)
                record(who, unit.id, (*FIELDS, "deleted"))
            elif kind in ("edit", "delete") and op[2] < len(units):
                unit_id = units[op[2]]
                row = unit_row(who.services, unit_id)
                if row is None or row.deleted:
                    continue
                if kind == "delete":
                    who.services.units.delete(unit_id)
                    record(who, unit_id, ("deleted",))
                else:
                    name, value = op[3], op[4]
                    if getattr(row, name) == value:
                        continue
                    values = {"name": row.name, "location": row.location, "code": row.code, name: value}
                    who.services.units.update(unit_id, UnitInput(**values, kind=row.kind, parent_id=row.parent_id))
                    record(who, unit_id, (name,))
            elif kind == "export":
                path = folder / f"p{len(pool)}.xlsx"
                target = laptops[op[2]] if op[2] < 3 and laptops[op[2]] is not who else None
                try:
                    who.services.sync.export(path, peer=target.replica if target else None, full=target is None)
                except TrainmgrError:  # that peer has never sent a package here: a full one instead
                    who.services.sync.export(path, full=True)
                pool.append((path, op[1], frozenset(who.seen)))
            elif kind == "import" and pool:
                path, source, seen = pool[op[2] % len(pool)]
                if laptops[source] is who:
                    continue
                try:
                    who.services.sync.import_package(path)
                except TrainmgrError:
                    continue  # refused (e.g. its predecessor is missing): nothing changed
                who.seen |= seen

    # Everyone hears from everyone, twice (conflict records found in round one travel in round two).
    for round_no in range(2):
        for src in laptops:
            path = folder / f"final-{round_no}-{src.replica}.xlsx"
            with wall_clock(src.skew):
                src.services.sync.export(path, full=True)
            snapshot = frozenset(src.seen)
            for dst in laptops:
                if dst is not src:
                    with wall_clock(dst.skew):
                        dst.services.sync.import_package(path)
                    dst.seen |= snapshot

    states = [content(laptop.services) for laptop in laptops]
    assert states[0] == states[1] == states[2], "laptops did not converge"
    check_writes(laptops[0].services, writes)


def check_writes(services: Services, writes: list[Write]) -> None:
    with services.db.read() as s:
        conflicts = s.scalars(select(SyncConflict).where(SyncConflict.table_name == "unit")).all()
        rows = {u.id: u for u in s.scalars(select(Unit))}
    by_key: dict[tuple[str, str], list[Write]] = {}
    for w in writes:
        by_key.setdefault(w.key, []).append(w)
    seen_keys = {(c.row_id, c.field, c.stamp_a) for c in conflicts}
    assert len(seen_keys) == len(conflicts), "two conflict records for one losing write"
    for key, ws in by_key.items():
        for w1, w2 in itertools.permutations(ws, 2):
            if w1.wid in w2.seen:
                assert w1.stamp < w2.stamp, "a causally later write got an earlier clock"
        winner = max(ws, key=lambda w: w.stamp)
        assert getattr(rows[key[0]], key[1]) == winner.value, f"lost update on {key}"
        maximal = [w for w in ws if not any(w.wid in other.seen for other in ws)]
        for w in maximal:
            if w is winner or w.value == winner.value:
                continue
            assert any(c.row_id == key[0] and c.field == key[1] and c.value_a == w.value for c in conflicts), (
                f"silent conflict: {key} lost {w.value!r} to {winner.value!r}")
    stamps = {w.stamp: w for w in writes}
    for c in conflicts:
        loser, winner_write = stamps.get(c.stamp_a), stamps.get(c.stamp_b)
        assert loser is not None and winner_write is not None, "a conflict about a write nobody made"
        assert loser.wid not in winner_write.seen and winner_write.wid not in loser.seen, (
            "a conflict between writes that were not concurrent")
