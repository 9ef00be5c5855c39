"""Write and read sync packages: one .xlsx, a `_manifest` sheet and one sheet per table.

Writing streams: rows go from the caller's iterables through openpyxl's write-only mode into
temporary sheet files, the digests are computed on the way, and the signed manifest is filled in
last (its sheet was created first, so it is the first tab). The file appears under its name only
when complete (`fileio.atomic_path`).

Reading never trusts the file: `open_package` copies it to an anonymous temporary file (so a USB
stick pulled or a file swapped half-way cannot mix two versions, and no copy outlives the process),
checks the zip container (`xlsx_safety`), reads the manifest and verifies its signature.
`Package.verify()` then streams every sheet: header row, declared row count (one row more is an
error, missing trailing rows are empty rows, as spreadsheet programs drop them), no formulas, every
cell of its column's kind, and the SHA-256 of the typed values. `Package.rows()` yields the same
typed values and re-checks the digest at the end; `Package.stream()` is the one-pass reading for
a consumer that applies the rows in a transaction it rolls back on any error. Every failure is a
`PackageError` naming the file, sheet, row and column. Sheets are streamed by `xlsx_rows` (expat,
one pass, no element tree).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from trainmgr.exchange.excel.sheets import discard_sheet_files
from trainmgr.exchange.sync.digest import TableDigest
from trainmgr.exchange.sync.errors import CancelCheck, PackageError, ProgressFn
from trainmgr.exchange.sync.kinds import CellError, ColumnSpec, make_decoder, make_encoder
from trainmgr.exchange.sync.manifest import (
    FORMAT,
    MANIFEST_SHEET,
    MANIFEST_WIDTH,
    MAX_MANIFEST_ROWS,
    MAX_TABLE_ROWS,
    Manifest,
    ManifestError,
    TableInfo,
    check_columns,
    check_header,
    parse_sheet,
    public_key_of,
    sheet_rows,
    sign,
    signature_valid,
)
from trainmgr.exchange.xlsx_rows import cells_by_row
from trainmgr.exchange.xlsx_safety import UnsafeWorkbookError, ZipLimits, guarded_rows, open_workbook, reading
from trainmgr.fileio import atomic_path

# Generous for data (a full table of a million rows is ~1 GB of sheet XML), strict for bombs: our
# sheets compress 5-30 times (measured), a zip bomb about 1000 times.
PACKAGE_LIMITS = ZipLimits(
    max_file_bytes=2 * 1024**3,
    max_members=2_000,
    max_member_bytes=4 * 1024**3,
    max_total_bytes=8 * 1024**3,
    max_ratio=250.0,
    ratio_floor_bytes=8 * 1024**2,
)
_STEP = 1_000  # rows between progress reports and cancel checks


@dataclass(frozen=True)
class TableData:
    name: str
    columns: tuple[ColumnSpec, ...]
    rows: Iterable[tuple[Any, ...]]  # may be a generator; Python values of the column's kind, or None


# ---- writing -----------------------------------------------------------------------------------------


def write_package(
    path: Path,
    header: Mapping[str, Any],
    tables: Iterable[TableData],
    signing_key_hex: str,
    progress: ProgressFn | None = None,
    cancel: CancelCheck | None = None,
) -> Manifest:
    """Write a signed package to `path` (atomically) and return its manifest.

    `header` holds every Manifest field except format, tables and public_key (ValueError if not).
    A value that does not fit its column raises PackageError naming table, row and column; an
    invalid table or column spec raises ValueError. `cancel.check()` may raise (e.g. Cancelled):
    then no file is left behind and an old file of that name is untouched."""
    path = Path(path)
    fields = check_header(header)
    public_key = public_key_of(signing_key_hex)
    total = _known_total(tables)
    wb = Workbook(write_only=True)
    try:
        manifest_ws = _create_sheet(wb, MANIFEST_SHEET)
        infos: list[TableInfo] = []
        done = 0
        for table in tables:
            info = _write_table(wb, path, table, {i.name for i in infos}, done, total, progress, cancel)
            infos.append(info)
            done += info.rows
        manifest = Manifest(format=FORMAT, **fields, tables=tuple(infos), public_key=public_key)
        signature = sign(manifest, signing_key_hex)
        layout = sheet_rows(manifest, signature)
        for kinds, values in layout:
            encoders = [make_encoder(kind, _text_cell(manifest_ws)) for kind in kinds]
            try:
                manifest_ws.append([enc(value)[1] for enc, value in zip(encoders, values, strict=True)])
            except CellError as exc:
                raise PackageError(f"{path.name}: manifest value {values[0]!r}: {exc}") from exc
        _finish_sheet(manifest_ws, MANIFEST_WIDTH, len(layout))
        if progress:
            progress(done, total, "Saving the package")
        if cancel:
            cancel.check()
        try:
            with atomic_path(path) as tmp:
                wb.save(tmp)
        except OSError as exc:
            raise PackageError(f"{path.name}: cannot be written ({exc.strerror or exc}).") from exc
        return manifest
    finally:
        discard_sheet_files(wb)


def _known_total(tables: Iterable[TableData]) -> int:
    """Total rows when knowable without consuming anything (lists of tables with sized rows)."""
    if not isinstance(tables, Sequence):
        return 0
    try:
        return sum(len(t.rows) for t in tables)  # type: ignore[arg-type]
    except TypeError:
        return 0


def _text_cell(ws: Any) -> Any:
    def text_cell(text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, text)
        cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
        return cell

    return text_cell


def _write_table(
    wb: Workbook,
    path: Path,
    table: TableData,
    taken: set[str],
    done: int,
    total: int,
    progress: ProgressFn | None,
    cancel: CancelCheck | None,
) -> TableInfo:
    columns = tuple(table.columns)
    check_columns(table.name, columns)
    if table.name in taken:
        raise ValueError(f"table {table.name} twice in one package")
    ws = _create_sheet(wb, table.name)
    ws.append([c.name for c in columns])
    encoders = [make_encoder(c.kind, _text_cell(ws)) for c in columns]
    width = len(columns)
    digest = TableDigest(table.name, columns)
    add = digest.add
    append = ws.append
    count = 0
    message = f"Writing {table.name}"
    if progress:
        progress(done, total, message)
    for row in table.rows:
        if count % _STEP == 0:
            if cancel:
                cancel.check()
            if progress and count:
                progress(done + count, total, message)
        count += 1
        if count > MAX_TABLE_ROWS:
            raise PackageError(
                f"{path.name}: table {table.name} has more than {MAX_TABLE_ROWS:,} rows, the most a spreadsheet "
                "sheet holds; split it over several packages."
            )
        if len(row) != width:
            raise PackageError(f"{path.name}: table {table.name}, row {count}: {len(row)} values for {width} columns.")
        try:
            pairs = [enc(value) for enc, value in zip(encoders, row, strict=True)]
        except CellError:
            raise _locate_write_error(path, table.name, columns, encoders, row, count) from None
        add([p[0] for p in pairs])
        append([p[1] for p in pairs])
    _finish_sheet(ws, width, count + 1)
    return TableInfo(name=table.name, rows=count, sha256=digest.hexdigest(), columns=columns)


# openpyxl's write-only sheets have no <dimension>, and its read-only loader then parses every sheet
# to the end once at load time just to look for one (parse_dimensions stops only at the *end* of
# sheetData): a third of the reading time for a large package (measured). So each sheet gets a
# placeholder dimension (the widest legal reference, so never too small) through the hook openpyxl's
# writer reads, and once the sheet is complete the placeholder is overwritten in place by the exact
# reference, padded with spaces inside the tag. If a future openpyxl stops calling the hook or moves
# the file, the package is still valid, only slower to load (and a test notices).
_PLACEHOLDER_REF = b'ref="A1:XFD1048576"'


def _create_sheet(wb: Workbook, title: str) -> Any:
    ws = wb.create_sheet(title)
    ws.calculate_dimension = lambda: "A1:XFD1048576"
    return ws


def _finish_sheet(ws: Any, width: int, rows: int) -> None:
    ws.close()  # public: completes the sheet's temporary file; saving skips closed sheets
    out = getattr(getattr(ws, "_writer", None), "out", None)
    if not isinstance(out, str):
        return
    exact = f'ref="A1:{get_column_letter(width)}{max(rows, 1)}"'.encode("ascii").ljust(len(_PLACEHOLDER_REF))
    with open(out, "r+b") as handle:
        head = handle.read(4096)
        at = head.find(_PLACEHOLDER_REF)
        if at >= 0:
            handle.seek(at)
            handle.write(exact)


def _locate_write_error(
    path: Path, table: str, columns: Sequence[ColumnSpec], encoders: Sequence[Any], row: Sequence[Any], number: int
) -> PackageError:
    """Re-run the encoders one by one to name the column (only on the error path)."""
    for spec, enc, value in zip(columns, encoders, row, strict=True):
        try:
            enc(value)
        except CellError as exc:
            return PackageError(f"{path.name}: table {table}, row {number}, column {spec.name}: {exc}.")
    return PackageError(f"{path.name}: table {table}, row {number}: cannot be stored.")


# ---- reading -----------------------------------------------------------------------------------------


def open_package(
    path: Path,
    progress: ProgressFn | None = None,
    cancel: CancelCheck | None = None,
    *,
    expected_public_key: str | None = None,
) -> Package:
    """Check the file and its signed manifest; PackageError if anything is wrong. The signature proves
    the package is intact and made by the holder of `manifest.public_key`; pass `expected_public_key`
    (the key known for that replica) to also refuse packages signed by any other key. The caller
    must `close()` the package (or use it as a context manager); then call `verify()`."""
    path = Path(path)
    label = path.name
    if progress:
        progress(0, 0, "Checking the package file")
    snapshot = _snapshot(path)
    wb = None
    try:
        check = cancel.check if cancel else None
        try:
            wb = open_workbook(snapshot, PACKAGE_LIMITS, label=label, check_cancel=check)
        except UnsafeWorkbookError as exc:
            raise PackageError(str(exc)) from exc
        with reading(label, PackageError):
            names = list(wb.sheetnames)
            if MANIFEST_SHEET not in names:
                raise PackageError(f"{label}: is not a trainmgr sync package (no {MANIFEST_SHEET} sheet).")
            ws = wb[MANIFEST_SHEET]
            ws.reset_dimensions()
            rows = ws.iter_rows(min_row=1, max_row=MAX_MANIFEST_ROWS + 1, max_col=MANIFEST_WIDTH + 1)
        try:
            guarded = guarded_rows(rows, f"{label}, sheet {MANIFEST_SHEET}", PackageError)
            manifest, signature = parse_sheet(guarded, wb.epoch)
        except ManifestError as exc:
            raise PackageError(f"{label}: sheet {MANIFEST_SHEET}: {exc}.") from exc
        if not signature_valid(manifest, signature):
            raise PackageError(
                f"{label}: the signature does not match the manifest: the package was changed after it was made, "
                "or it is forged."
            )
        if expected_public_key is not None and manifest.public_key != expected_public_key.lower():
            raise PackageError(
                f"{label}: signed with a key that is not the one known for replica {manifest.source_replica}."
            )
        tables = {t.name for t in manifest.tables}
        missing = sorted(tables - set(names))
        extra = sorted(set(names) - tables - {MANIFEST_SHEET})
        if missing:
            raise PackageError(f"{label}: sheet {missing[0]} is missing.")
        if extra:
            raise PackageError(f"{label}: unexpected sheet {extra[0]}.")
        return Package(path, snapshot, wb, manifest, progress, cancel)
    except BaseException:
        _release(wb, snapshot)
        raise


def _snapshot(path: Path) -> BinaryIO:
    """A private copy in an anonymous temporary file: it has no name, so nothing is left behind even
    when the process is killed (the OS removes it; on Windows when the handle closes)."""
    copy = tempfile.TemporaryFile(prefix="trainmgr-package-")  # noqa: SIM115 (it outlives this function)
    try:
        with open(path, "rb") as source:
            shutil.copyfileobj(source, copy, 1 << 20)
        copy.flush()
    except OSError as exc:
        copy.close()
        raise PackageError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    except BaseException:
        copy.close()
        raise
    return copy


def _release(wb: Any, snapshot: BinaryIO) -> None:
    if wb is not None:
        with contextlib.suppress(Exception):
            wb.close()
    with contextlib.suppress(OSError):
        snapshot.close()


class Package:
    """An opened package whose manifest and signature are checked. Not thread-safe."""

    def __init__(
        self,
        path: Path,
        snapshot: BinaryIO,
        workbook: Any,
        manifest: Manifest,
        progress: ProgressFn | None,
        cancel: CancelCheck | None,
    ) -> None:
        self.path = path
        self.manifest = manifest
        self._wb = workbook
        self._progress = progress
        self._cancel = cancel
        self._verified = False
        self._tables = {t.name: t for t in manifest.tables}
        self._finalizer = weakref.finalize(self, _release, workbook, snapshot)

    def verify(self) -> None:
        """Stream every table once and check it against the manifest; PackageError naming the sheet,
        row and column of the first problem."""
        total = sum(t.rows for t in self.manifest.tables)
        done = 0
        for info in self.manifest.tables:
            for _row in self._scan(info, done, total):
                pass
            done += info.rows
        if self._progress:
            self._progress(total, total, "Package checked")
        self._verified = True

    def rows(self, table: str) -> Iterator[tuple[Any, ...]]:
        """Typed rows of `table` in file order (call `verify()` first). The digest is checked again at
        the end: a consumer should apply the rows in a transaction it commits only after the last."""
        if not self._verified:
            raise RuntimeError("call Package.verify() before Package.rows()")
        info = self._tables.get(table)
        if info is None:
            raise PackageError(f"{self.path.name}: has no table {table}.")
        return self._scan(info, 0, 0)

    def stream(self, table: str) -> Iterator[tuple[Any, ...]]:
        """Typed rows of `table` without a prior `verify()`: every check of `verify()` is made on the
        way (kinds, formulas, row count) and the digest at the end, so the import reads the file once
        instead of twice. Only for a consumer that applies the rows in one transaction and rolls it
        back on any PackageError (which names the sheet, row and column)."""
        info = self._tables.get(table)
        if info is None:
            raise PackageError(f"{self.path.name}: has no table {table}.")
        return self._scan(info, 0, 0)

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _scan(self, info: TableInfo, done: int, total: int) -> Iterator[tuple[Any, ...]]:
        if not self._finalizer.alive:
            raise RuntimeError("the package is closed")
        label = f"{self.path.name}, sheet {info.name}"
        columns = info.columns
        width = len(columns)
        decoders = [make_decoder(c.kind, self._wb.epoch) for c in columns]
        with reading(label, PackageError):
            ws = self._wb[info.name]
            # the header, the declared rows, and one more to catch added rows; one column more too
            source = cells_by_row(ws, info.rows + 2, width + 1)
        rows = guarded_rows(source, label, PackageError)
        header = next(rows, None)
        if header is None or [c[1] == "s" and c[0] for c in header[:width]] != [c.name for c in columns]:
            raise PackageError(f"{label}: row 1 must name the columns {', '.join(c.name for c in columns)}.")
        if header[width][0] is not None:
            raise PackageError(f"{label}, row 1: unexpected column {get_column_letter(width + 1)}.")
        digest = TableDigest(info.name, columns)
        add = digest.add
        cancel = self._cancel
        progress = self._progress if total else None
        message = f"Checking {info.name}"
        empty = (None,) * width
        number = 1
        for number, row in enumerate(rows, start=2):
            if number > info.rows + 1:
                if any(c[0] is not None for c in row):
                    raise PackageError(f"{label}: more rows than the {info.rows} the manifest declares (row {number}).")
                continue
            if row[width][0] is not None:
                raise PackageError(f"{label}, row {number}: unexpected value in column {get_column_letter(width + 1)}.")
            try:
                typed = tuple(
                    [
                        None if (v := c[0]) is None else dec(v, c[1])
                        for c, dec in zip(row, decoders, strict=False)
                    ]
                )
            except CellError:
                raise self._locate_read_error(label, columns, decoders, row, number) from None
            add(typed)
            yield typed
            if number % _STEP == 0:
                if cancel:
                    cancel.check()
                if progress:
                    progress(done + number - 1, total, message)
        # spreadsheet programs drop empty rows at the end of a sheet: they are rows of None
        for _missing in range(number + 1, info.rows + 2):
            add(empty)
            yield empty
        if digest.rows != info.rows or digest.hexdigest() != info.sha256:
            raise PackageError(
                f"{label}: the content does not match the signed manifest (a cell was changed, or a row added "
                "or removed)."
            )

    @staticmethod
    def _locate_read_error(
        label: str, columns: Sequence[ColumnSpec], decoders: Sequence[Any], row: Sequence[Any], number: int
    ) -> PackageError:
        for index, (spec, dec, (value, data_type)) in enumerate(zip(columns, decoders, row, strict=False)):
            if value is None:
                continue
            try:
                dec(value, data_type)
            except CellError as exc:
                where = f"row {number}, column {get_column_letter(index + 1)} ({spec.name})"
                return PackageError(f"{label}, {where}: {exc}.")
        return PackageError(f"{label}, row {number}: unreadable.")
