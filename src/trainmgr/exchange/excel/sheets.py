"""Writing and reading one sheet through its declared columns.

Writing: write-only sheet, bold frozen header, declared widths, every text cell `data_type = "s"`
(openpyxl would make "=..." a formula and "#N/A" an error) with control characters stripped.
Reading: the header is the first non-blank row among the first few; columns are found by header text
(`columns.header_index`); rows are read with `xlsx_safety.bounded_rows` and guarded, blank rows are
skipped, each cell is converted by its column's kind, and a cap on data rows stops a huge sheet early.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook

from trainmgr.errors import TrainmgrError
from trainmgr.exchange.excel.columns import (
    CellValueError,
    Column,
    Kind,
    SheetError,
    clean_text,
    header_index,
    normalise_header,
    read_value,
)
from trainmgr.exchange.xlsx_safety import bounded_rows, guarded_rows, reading
from trainmgr.fileio import atomic_path

EXCEL_MAX_ROWS = 1_048_576
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is common in ministry workbooks
MAX_HEADER_COLUMNS = 64
MAX_ERRORS = 200  # past this many, the rest of the sheet is not worth reading
_STEP = 500

_HEADER_FONT = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass(frozen=True)
class SheetRow:
    number: int  # the real row number in the sheet, as Excel shows it
    values: dict[str, Any]  # column key -> converted value, only for the columns the sheet has


@dataclass
class SheetData:
    name: str
    header_row: int = 0
    present: frozenset[str] = frozenset()  # keys of the columns found
    ignored: tuple[str, ...] = ()  # headers we do not know
    rows: list[SheetRow] = field(default_factory=list)
    errors: list[SheetError] = field(default_factory=list)


# --- writing ---------------------------------------------------------------------------------------
def write_sheet(wb: Workbook, title: str, columns: Sequence[Column], rows: Iterable[Mapping[str, Any]],
                check_cancel: Callable[[], None] | None = None, wrap: frozenset[str] = frozenset(),
                row_count: int | None = None) -> int:
    """Append a sheet `title` holding `rows` (dicts by column key); returns the number of data rows.

    Give `row_count` when known: openpyxl's write-only sheets have no <dimension>, and its read-only
    loader then parses the whole sheet once at load just to look for one (7 s for 50 000 rows here)."""
    ws = wb.create_sheet(title)
    if row_count is not None:
        ref = f"A1:{get_column_letter(len(columns))}{row_count + 1}"
        ws.calculate_dimension = lambda: ref  # the hook openpyxl's writer reads for <dimension>
    for number, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(number)].width = column.width
    ws.freeze_panes = "A2"
    header = []
    for column in columns:
        cell = _text_cell(ws, column.header)
        cell.font = _HEADER_FONT
        header.append(cell)
    ws.append(header)
    count = 0
    for count, row in enumerate(rows, start=1):
        if check_cancel is not None and count % _STEP == 0:
            check_cancel()
        ws.append([_write_value(ws, column, row.get(column.key), column.key in wrap) for column in columns])
    return count


@contextlib.contextmanager
def saving(wb: Workbook, path: Path) -> Iterator[None]:
    """Fill the write-only workbook `wb` inside the block; when the block ends it is saved to `path`
    through a temporary file renamed into place (nothing half-written). Its temporary sheet files are
    removed whatever happens, and a disk error becomes one message naming the file."""
    try:
        yield
        with atomic_path(path) as tmp:
            wb.save(tmp)
    except OSError as exc:
        raise TrainmgrError(f"{path.name}: cannot be written ({exc.strerror or exc}).") from exc
    finally:
        discard_sheet_files(wb)


def discard_sheet_files(wb: Workbook) -> None:
    """openpyxl's write-only sheets live in temporary files it removes only when saved or at exit;
    after a failure or cancel, close and remove them now (private attributes, hence the care). The
    sync package writer and the report writer use it too."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        out = getattr(writer, "out", None)
        if not isinstance(out, str) or not os.path.exists(out):
            continue
        with contextlib.suppress(Exception):
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()  # type: ignore[union-attr]
        with contextlib.suppress(Exception):
            writer.cleanup()  # type: ignore[union-attr]


def _text_cell(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, clean_text(text))
    cell.data_type = "s"
    return cell


def _write_value(ws: Any, column: Column, value: Any, wrap: bool) -> Any:
    if value is None or value == "":
        return None
    if column.kind is Kind.INT:
        return int(value)
    cell = _text_cell(ws, str(value))
    if wrap:
        cell.alignment = _WRAP
    return cell


# --- reading ---------------------------------------------------------------------------------------
def read_sheet(ws: Any, *, file: str, sheet: str, columns: Sequence[Column], max_rows: int,
               on_step: Callable[[int], None] | None = None) -> SheetData:
    """Every non-blank data row of `ws` (a read-only worksheet) converted by `columns`. `on_step(row)`
    is called every few hundred sheet rows (progress, and a cancel check that may raise)."""
    data = SheetData(sheet)
    index = header_index(columns)

    def error(message: str, row: int | None = None, column: str | None = None) -> None:
        data.errors.append(SheetError(file, message, sheet, row, column))

    header_row, header = _find_header(ws, file, index)
    if header_row == 0:
        error("is empty: the first rows hold no column headers")
        return data
    data.header_row = header_row
    positions: dict[int, Column] = {}
    ignored: list[str] = []
    seen: dict[str, str] = {}
    for position, text in enumerate(header):
        if text is None or not str(text).strip():
            continue
        column = index.get(normalise_header(text))
        if column is None:
            ignored.append(str(text).strip())
        elif column.key in seen:
            error(f"the column {column.header} appears twice (also as {seen[column.key]!r})", header_row, str(text))
        else:
            seen[column.key] = str(text).strip()
            positions[position] = column
    data.ignored = tuple(ignored)
    data.present = frozenset(seen)
    for column in columns:
        if column.required and column.key not in seen:
            error(f"the required column {column.header!r} is missing (found: "
                  f"{', '.join(repr(str(t).strip()) for t in header if t is not None and str(t).strip()) or 'none'})",
                  header_row, column.header)
    if data.errors:
        return data
    if rows_with_values_exceed(ws, file, max_rows + HEADER_SEARCH_ROWS, on_step):
        data.errors.append(SheetError(file, f"has more than {max_rows:,} rows of data; split it into smaller files",
                                      sheet))
        return data
    _read_rows(ws, data, file, positions, max_rows, on_step)
    return data


def _find_header(ws: Any, file: str, index: dict[str, Column]) -> tuple[int, list[Any]]:
    """The row among the first few that names the most known columns (a title line above the header
    is skipped); with none known, the first non-blank row, so the errors can say what was found."""
    rows = guarded_rows(bounded_rows(ws, max_col=MAX_HEADER_COLUMNS, max_row=HEADER_SEARCH_ROWS), file)
    best: tuple[int, int, list[Any]] = (0, 0, [])
    first: tuple[int, list[Any]] = (0, [])
    for number, row in enumerate(rows, start=1):
        values = [None if getattr(c, "data_type", None) == "f" else c.value for c in row]
        if not any(v is not None and str(v).strip() for v in values):
            continue
        if first[0] == 0:
            first = (number, values)
        known = sum(1 for v in values if v is not None and normalise_header(v) in index)
        if known > best[0]:
            best = (known, number, values)
    return (best[1], best[2]) if best[0] else first


def _read_rows(ws: Any, data: SheetData, file: str, positions: dict[int, Column], max_rows: int,
               on_step: Callable[[int], None] | None) -> None:
    width = max(positions) + 1
    rows = guarded_rows(bounded_rows(ws, min_row=data.header_row + 1, max_row=EXCEL_MAX_ROWS, max_col=width), file)
    last_blank: Any = None
    count = 0
    for number, row in enumerate(rows, start=data.header_row + 1):
        if number % _STEP == 0 and on_step is not None:
            on_step(number)
        if row is last_blank:  # openpyxl fills a gap of missing rows with one shared empty tuple
            continue
        cells = [(column, row[position]) for position, column in positions.items() if position < len(row)]
        if all(_blank(cell.value) for _column, cell in cells):
            last_blank = row
            continue
        count += 1
        if count > max_rows:
            data.errors.append(SheetError(
                file, f"has more than {max_rows:,} rows of data (row {number} is one too many); "
                "split it into smaller files", data.name))
            return
        values: dict[str, Any] = {}
        for column, cell in cells:
            try:
                values[column.key] = read_value(column, cell.value, getattr(cell, "data_type", None))
            except CellValueError as exc:
                data.errors.append(SheetError(file, str(exc), data.name, number, column.header))
        data.rows.append(SheetRow(number, values))
        if len(data.errors) >= MAX_ERRORS:
            data.errors.append(SheetError(file, f"more than {MAX_ERRORS} errors; the rest of the sheet was not "
                                          "checked", data.name))
            return


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_VALUE_TAG = re.compile(rb"<(?:\w+:)?(?:v|t|f)[\s>]")
_CHUNK = 1 << 20


def rows_with_values_exceed(ws: Any, file: str, limit: int, on_step: Callable[[int], None] | None = None) -> bool:
    """Whether the sheet's XML has more than `limit` rows holding a value, by a byte scan that stops at
    the limit (a C regex: a 50 000-row sheet is refused in a fraction of a second instead of the
    seconds openpyxl takes to parse 20 000 rows). Counts a row of spaces too, so it may refuse a
    little early; without openpyxl's read-only internals it answers False and the row-by-row cap
    still applies."""
    opener = getattr(ws, "_get_source", None)
    if opener is None:
        return False
    count = 0
    with reading(file):
        source = opener()
        try:
            tail = b""
            while True:
                chunk = source.read(_CHUNK)
                buffer = tail + chunk
                end = buffer.rfind(b">") + 1 if chunk else len(buffer)
                position = 0
                for match in _ROW_TAG.finditer(buffer, 0, end):
                    if match.group(1) is not None and _VALUE_TAG.search(match.group(1)):
                        count += 1
                        if count > limit:
                            return True
                    position = match.end()
                tail = buffer[position:]
                if not chunk:
                    return False
                if len(tail) > 64 * _CHUNK:  # one "row" of 64 MB: not a sheet we read this way
                    return False
                if on_step is not None:
                    on_step(count)
        finally:
            source.close()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
