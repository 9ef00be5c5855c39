"""Sync packages at programme size: a full export and its import, against bare openpyxl and SQLite.

The demo programme is built once into a temporary database (a copy of a template holding the
starter framework only), then:

- export, ours: `SyncService.export(full=True)` — reads every synced table through SQLAlchemy, encodes
  every cell by its column kind, hashes the typed values (SHA-256 per table), signs the manifest and
  saves the .xlsx atomically.
  Baseline: plain `sqlite3` SELECT of the same columns of the same tables from the same database,
  appended as plain values (whatever sqlite3 returns) to an openpyxl write-only workbook with the same
  sheets (a manifest sheet of as many rows, then one sheet per table, header + rows), saved once.
- import, ours: `SyncService.import_package` into a fresh copy of the template (migrated, starter
  framework only): snapshot, zip checks, signature, a full verification pass over every sheet (typed
  decoding, formula refusal, digests), then a second pass that decodes again and merges every row
  (per-field clocks, version vectors, conflicts) in one transaction with every index, unique and
  deferred foreign-key constraint of the real schema.
  Baseline: openpyxl `read_only=True` iteration (`values_only`) of the same package, once, and
  `sqlite3` `executemany` of the rows (dates as ISO text) into tables with the same names, columns
  and declared types but no keys, indexes or constraints, in one transaction, with the application's
  pragmas (WAL, synchronous=FULL).
- peak memory: peak resident set (VmHWM) of a child process that only does that export (or import), against a child
  that only does the bare version; both include the interpreter and their imports.

The ratio is the price of verification, merging and integrity over the raw libraries.
"""

from __future__ import annotations

import json
import resource
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench.common import Figure, median_time

SIZES = {True: (10_000, 3), False: (100_000, 1)}  # quick / full: (trainees, runs)
SEED = 7


# --- databases -----------------------------------------------------------------------------------


def _copy(src: Path, dest: Path) -> Path:
    """A copy through SQLite's backup API with its own replica identity (as a new laptop would have)."""
    with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as source, closing(sqlite3.connect(dest)) as out:
        source.backup(out)
        out.execute("UPDATE local_replica SET replica_id = ?, bound_path = ? WHERE slot = 1",
                    (secrets.token_hex(8), str(dest.resolve())))
        out.commit()
    return dest


def _open(path: Path) -> Any:
    from trainmgr.db.migrate import open_database

    return open_database(path, "bench", backup_before=False)


def _template(folder: Path) -> Path:
    from trainmgr.services.frameworks import FrameworkService

    path = folder / "template.db"
    db = _open(path)
    try:
        FrameworkService(db).ensure_starter()
    finally:
        db.close()
    return path


def _demo(folder: Path, template: Path, trainees: int) -> tuple[Path, int]:
    from trainmgr.services.demo import DemoBuilder

    path = _copy(template, folder / "demo.db")
    db = _open(path)
    try:
        rows = DemoBuilder(db).build(trainees=trainees, seed=SEED).total_rows
    finally:
        db.close()
    return path, rows


# --- ours ------------------------------------------------------------------------------------------


def export_ours(db_path: Path, out: Path) -> int:
    from trainmgr.services.sync import SyncService

    db = _open(db_path)
    try:
        return SyncService(db).export(out, full=True).rows
    finally:
        db.close()


def import_ours(db_path: Path, package: Path) -> int:
    from trainmgr.services.sync import SyncService

    db = _open(db_path)
    try:
        summary = SyncService(db).import_package(package)
        if not summary.applied:
            raise RuntimeError(f"bench import not applied: {summary}")
        return summary.total("new")
    finally:
        db.close()


# --- baselines -------------------------------------------------------------------------------------


def _layout() -> list[tuple[str, list[str], list[str]]]:
    """(table, exported column names, declared SQL types) of every synced table, in package order."""
    from trainmgr.services.sync_tables import synced_tables

    out = []
    for spec in synced_tables():
        names = [c.name for c in spec.columns]
        out.append((spec.name, names, [spec.table.c[n].type.compile() for n in names]))
    return out


def export_bare(db_path: Path, out: Path, layout: list[tuple[str, list[str], list[str]]], manifest_rows: int) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    manifest = wb.create_sheet("_manifest")
    count = 0
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        for table, names, _types in layout:
            ws = wb.create_sheet(table)
            ws.append(names)
            for row in conn.execute(f"SELECT {', '.join(names)} FROM {table}"):
                ws.append(row)
                count += 1
    for i in range(manifest_rows):
        manifest.append([f"label {i}", "x" * 64, None, None])
    wb.save(out)
    return count


def _bare_schema(path: Path, layout: list[tuple[str, list[str], list[str]]]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    for table, names, types in layout:
        conn.execute(f"CREATE TABLE {table} ({', '.join(f'{n} {t}' for n, t in zip(names, types, strict=True))})")
    return conn


def import_bare(conn: sqlite3.Connection, package: Path, layout: list[tuple[str, list[str], list[str]]]) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(package, read_only=True)
    count = 0
    try:
        conn.execute("BEGIN")
        for table, names, _types in layout:
            ws = wb[table]
            dated = [i for i, t in enumerate(_types) if t in ("DATE", "DATETIME", "TIME")]

            def rows(ws: Any = ws, dated: list[int] = dated) -> Iterator[tuple[Any, ...]]:
                it = ws.iter_rows(min_row=2, values_only=True)
                for row in it:
                    if dated:
                        row = list(row)
                        for i in dated:
                            if isinstance(row[i], date | datetime):
                                row[i] = row[i].isoformat()
                    yield row

            placeholders = ", ".join("?" for _ in names)
            before = conn.total_changes
            conn.executemany(f"INSERT INTO {table} VALUES ({placeholders})", rows())
            count += conn.total_changes - before
        conn.execute("COMMIT")
    finally:
        wb.close()
    return count


# --- peak memory in a child process ------------------------------------------------------------------


def _child(argv: list[str]) -> None:
    """`python -m bench.bench_sync ACTION ARGS…`: do one thing, print this process's peak RSS (MB)."""
    action, *args = argv
    if action == "export-ours":
        export_ours(Path(args[0]), Path(args[1]))
    elif action == "import-ours":
        import_ours(Path(args[0]), Path(args[1]))
    elif action == "export-bare":
        export_bare(Path(args[0]), Path(args[1]), _layout(), int(args[2]))
    elif action == "import-bare":
        layout = _layout()
        with closing(_bare_schema(Path(args[0]), layout)) as conn:
            import_bare(conn, Path(args[1]), layout)
    else:
        raise SystemExit(f"unknown action {action}")
    print(json.dumps({"peak_mb": _high_water_mb()}))


def _high_water_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image (reset by exec), whereas
    getrusage's ru_maxrss survives exec and would report the forking parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux (inflated, see above)


def _peak_mb(*args: str) -> float:
    done = subprocess.run([sys.executable, "-m", "bench.bench_sync", *args], check=True, capture_output=True,
                          text=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"])


# --- figures ---------------------------------------------------------------------------------------


def figures(quick: bool) -> list[Figure]:
    trainees, runs = SIZES[quick]
    folder = Path(tempfile.mkdtemp(prefix="trainmgr-bench-sync-"))
    try:
        return _figures(folder, trainees, runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _figures(folder: Path, trainees: int, runs: int) -> list[Figure]:
    template = _template(folder)
    demo, rows = _demo(folder, template, trainees)
    layout = _layout()
    size = f"{_thousands(trainees)} trainees ({_thousands(rows)} rows)"
    package = folder / "full.xlsx"
    bare_package = folder / "bare.xlsx"
    manifest_rows = 13 + 1 + len(layout) + 2

    exported: list[int] = []
    ours_export = median_time(lambda: exported.append(export_ours(demo, package)), runs)
    bare_export = median_time(lambda: export_bare(demo, bare_package, layout, manifest_rows), runs)
    mb = package.stat().st_size / 1024**2

    counter = iter(range(1_000_000))

    def fresh() -> Path:
        return _copy(template, folder / f"fresh-{next(counter)}.db")

    def drop(path: Path) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    def bare_fresh() -> tuple[Path, sqlite3.Connection]:
        path = folder / f"bare-{next(counter)}.db"
        return path, _bare_schema(path, layout)

    def bare_drop(state: tuple[Path, sqlite3.Connection]) -> None:
        state[1].close()
        drop(state[0])

    ours_import = median_time(lambda path: import_ours(path, package), runs, setup=fresh, teardown=drop)
    bare_import = median_time(lambda state: import_bare(state[1], package, layout), runs, setup=bare_fresh,
                              teardown=bare_drop)

    target = fresh()
    mem_export = _peak_mb("export-ours", str(demo), str(folder / "mem.xlsx"))
    mem_export_bare = _peak_mb("export-bare", str(demo), str(folder / "mem-bare.xlsx"), str(manifest_rows))
    mem_import = _peak_mb("import-ours", str(target), str(package))
    mem_import_bare = _peak_mb("import-bare", str(folder / "mem-bare.db"), str(package))
    drop(target)

    n = exported[-1]
    return [
        Figure(f"sync full export, {size}", ours_export, bare_export, runs,
               note=f"{_thousands(round(n / ours_export))} rows/s, {mb:.0f} MB file; baseline: sqlite3 SELECT + "
                    "openpyxl write-only, plain values"),
        Figure(f"sync import into a fresh db, {size}", ours_import, bare_import, runs,
               note=f"{_thousands(round(n / ours_import))} rows/s; baseline: openpyxl read-only values + sqlite3 "
                    "executemany, same tables without keys/indexes"),
        Figure("sync export peak memory", mem_export, mem_export_bare, 1, unit="MB",
               note="peak RSS (VmHWM) of a child process, interpreter and imports included"),
        Figure("sync import peak memory", mem_import, mem_import_bare, 1, unit="MB",
               note="peak RSS (VmHWM) of a child process, interpreter and imports included"),
    ]


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


if __name__ == "__main__":
    _child(sys.argv[1:])
