"""Excel reports at programme size: the results report of a whole programme (one row per enrolment,
so as many rows as trainees) against a bare openpyxl write-only dump of the same rows.

The demo programme is built once into a temporary database (10 000 trainees with --quick, else
100 000), then:

- report, ours: `ReportService.export` of the results report of the whole programme with full
  personal data — reads rosters, completion decisions and certificates of every cohort through the
  services' batched reads (a fixed number of set-based queries, streamed cohort by cohort), writes
  the About, Results, Certificates and Completion sheets with typed, formula-proof cells, number and
  date formats, frozen filtered headers and print setup, and saves atomically (fsync + rename).
- writer only, ours: the same rows (read back from our file beforehand, untimed) through the report
  writer (`ReportWorkbook.table`), saved atomically: the cost of the writer without the services.
- baseline (both): the same rows appended as plain values to an openpyxl write-only workbook with
  the same sheets, saved once.
- peak memory: peak resident set (VmHWM) of a child process that only writes our report, against a
  child that only does the bare dump (it streams the rows from our file with a read-only workbook).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_sync import _demo, _high_water_mb, _template, _thousands
from bench.common import Figure, median_time

SIZES = {True: (10_000, 3), False: (100_000, 1)}  # quick / full: (trainees, runs)
SHEETS = ("Results", "Certificates", "Completion")


def _open(path: Path) -> Any:
    from trainmgr.db.migrate import open_database

    return open_database(path, "bench", backup_before=False)


def report_ours(db_path: Path, out: Path) -> int:
    from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest
    from trainmgr.services.reports import ReportService

    db = _open(db_path)
    try:
        reports = ReportService(db)
        programme_id = reports.programmes()[0].id
        return reports.export(ReportRequest(ReportKind.RESULTS, programme_id=programme_id,
                                            personal_data=PersonalData.FULL), out).rows
    finally:
        db.close()


def read_rows(report: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the data sheets of a report, header included (what both dumps write)."""
    from openpyxl import load_workbook

    wb = load_workbook(report, read_only=True)
    try:
        out = {}
        for name in SHEETS:
            rows = [tuple(r) for r in wb[name].iter_rows(min_row=4, values_only=True)]
            width = len(rows[0])  # a row's trailing blanks are not stored: pad to the header
            out[name] = [r + (None,) * (width - len(r)) for r in rows]
        return out
    finally:
        wb.close()


def writer_ours(rows: dict[str, list[tuple[Any, ...]]], out: Path) -> None:
    from trainmgr.exchange.excel.reports.cells import Col
    from trainmgr.exchange.excel.reports.language import report_language
    from trainmgr.exchange.excel.reports.writer import ReportWorkbook

    book = ReportWorkbook(report_language("en"), title="Bench", subject="bench", creator="bench")
    for name, table in rows.items():
        header, data = table[0], table[1:]
        columns = [Col(str(h), _kind(data, i), 14) for i, h in enumerate(header)]
        book.table(name, name, "bench", columns, data, row_count=len(data))
    book.save(out)


def _kind(data: list[tuple[Any, ...]], index: int) -> Any:
    from datetime import date

    from trainmgr.exchange.excel.reports.cells import CellKind

    sample = next((r[index] for r in data if r[index] is not None), None)
    if isinstance(sample, float):
        return CellKind.DECIMAL
    if isinstance(sample, int):
        return CellKind.INT
    if isinstance(sample, date):
        return CellKind.DATE
    return CellKind.TEXT


def dump_bare(rows: Any, out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, table in rows.items():
        ws = wb.create_sheet(name)
        for row in table:
            ws.append(row)
    wb.save(out)


def _stream_rows(report: Path) -> Any:
    """The same rows as `read_rows`, streamed (the bare child must not hold them all)."""
    from openpyxl import load_workbook

    wb = load_workbook(report, read_only=True)
    return {name: wb[name].iter_rows(min_row=4, values_only=True) for name in SHEETS}


# --- peak memory in a child process ------------------------------------------------------------------


def _child(argv: list[str]) -> None:
    action, *args = argv
    if action == "ours":
        report_ours(Path(args[0]), Path(args[1]))
    elif action == "bare":
        dump_bare(_stream_rows(Path(args[0])), Path(args[1]))
    else:
        raise SystemExit(f"unknown action {action}")
    print(json.dumps({"peak_mb": _high_water_mb()}))


def _peak_mb(*args: str) -> float:
    done = subprocess.run([sys.executable, "-m", "bench.bench_reports", *args], check=True, capture_output=True,
                          text=True)
    return float(json.loads(done.stdout.strip().splitlines()[-1])["peak_mb"])


# --- figures ---------------------------------------------------------------------------------------


def figures(quick: bool) -> list[Figure]:
    trainees, runs = SIZES[quick]
    folder = Path(tempfile.mkdtemp(prefix="trainmgr-bench-reports-"))
    try:
        return _figures(folder, trainees, runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _figures(folder: Path, trainees: int, runs: int) -> list[Figure]:
    demo, _rows = _demo(folder, _template(folder), trainees)
    ours_file, writer_file, bare_file = folder / "ours.xlsx", folder / "writer.xlsx", folder / "bare.xlsx"
    written: list[int] = []
    ours = median_time(lambda: written.append(report_ours(demo, ours_file)), runs)
    rows = read_rows(ours_file)
    data_rows = sum(len(t) - 1 for t in rows.values())
    bare = median_time(lambda: dump_bare(rows, bare_file), runs)
    writer = median_time(lambda: writer_ours(rows, writer_file), runs)
    size = f"{_thousands(trainees)} trainees, {_thousands(data_rows)} rows"
    ours_mb, bare_mb = _peak_mb("ours", str(demo), str(folder / "child.xlsx")), _peak_mb(
        "bare", str(ours_file), str(folder / "child-bare.xlsx"))
    return [
        Figure(f"results report, whole programme ({size})", ours, bare, runs,
               note="services + formatted, formula-proof cells + atomic save vs bare write-only dump"),
        Figure(f"report writer only ({size})", writer, bare, runs, note="same rows, no database"),
        Figure(f"report peak memory ({size})", ours_mb, bare_mb, 1, unit="MB",
               note="child VmHWM, incl. interpreter and imports"),
    ]


if __name__ == "__main__":
    _child(sys.argv[1:])
