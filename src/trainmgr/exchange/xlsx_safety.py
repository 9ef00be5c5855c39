"""Hardened opening of .xlsx files that strangers made (sync packages, rosters, framework workbooks).

openpyxl trusts the zip container and lets every zip/XML failure escape as whatever exception its
dependencies raise. Before openpyxl sees a file we check the container ourselves (measured defences in
docs `sync-and-files.md`):

- magic bytes: an OLE/CFB file is an encrypted workbook or an old .xls, a file not starting with a
  zip local header is not a workbook;
- member count, names (no absolute paths, drive letters, backslashes or `..`), no duplicate names,
  no encrypted members, only stored/deflated members, no macros (`vbaProject.bin`);
- declared inflated size per member and in total, and the compression ratio of large members;
- every member is inflated once, streaming, and its CRC checked (zipfile checks the CRC at the end
  of each member and never inflates more than the declared size, so the declared sizes bound the work).

Then `open_workbook` loads with `read_only=True, data_only=False, keep_links=False` (formulas stay
visible as `data_type == "f"`), and `reading(label)` turns any exception raised while openpyxl parses
the file into one `UnsafeWorkbookError` that names the file. openpyxl refuses XML entity bombs and
external entities only because `defusedxml` is installed (a dependency of trainmgr).
Row reading must stay bounded: call `bounded_rows`, never iterate a sheet by its declared dimension.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from trainmgr.errors import TrainmgrError

OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1 << 20
T = TypeVar("T")


class UnsafeWorkbookError(TrainmgrError):
    """The file is not an .xlsx workbook we are willing to parse, or it is damaged."""


@dataclass(frozen=True)
class ZipLimits:
    """Caps on what a workbook may ask us to inflate. Ratios apply to members larger than
    `ratio_floor_bytes` (tiny XML parts compress very well and are harmless)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_members: int = 1_000
    max_member_bytes: int = 1024 * 1024 * 1024
    max_total_bytes: int = 2 * 1024 * 1024 * 1024
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 1024 * 1024


DEFAULT_LIMITS = ZipLimits()

_DRIVE = re.compile(r"^[A-Za-z]:")


Source = str | os.PathLike[str] | BinaryIO


def _label(source: Source, label: str | None) -> str:
    if label:
        return label
    if isinstance(source, str | os.PathLike):
        return Path(source).name
    return str(getattr(source, "name", "the workbook"))


def check_xlsx_zip(
    source: Source,
    limits: ZipLimits = DEFAULT_LIMITS,
    *,
    label: str | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> None:
    """Refuse `source` (a path, or a seekable binary file) unless it is a plain, intact .xlsx zip
    within `limits`. Raises `UnsafeWorkbookError` whose message starts with `label` (default: the
    file name)."""
    label = _label(source, label)
    try:
        if isinstance(source, str | os.PathLike):
            size = Path(source).stat().st_size
            with open(source, "rb") as handle:
                head = handle.read(8)
        else:
            size = source.seek(0, os.SEEK_END)
            source.seek(0)
            head = source.read(8)
            source.seek(0)
    except OSError as exc:
        raise UnsafeWorkbookError(f"{label}: cannot be read ({exc.strerror or exc}).") from exc
    if head == OLE_MAGIC:
        raise UnsafeWorkbookError(
            f"{label}: is an encrypted workbook or an old-format .xls file; save it as a plain .xlsx first."
        )
    if not head.startswith(ZIP_MAGIC):
        raise UnsafeWorkbookError(f"{label}: is not an .xlsx workbook.")
    if size > limits.max_file_bytes:
        raise UnsafeWorkbookError(f"{label}: is too large ({size:,} bytes; at most {limits.max_file_bytes:,}).")
    with reading(label), zipfile.ZipFile(source) as archive:
        infos = archive.infolist()
        _check_directory(label, infos, limits)
        _check_contents(label, archive, infos, check_cancel)


def _check_directory(label: str, infos: list[zipfile.ZipInfo], limits: ZipLimits) -> None:
    if len(infos) > limits.max_members:
        raise UnsafeWorkbookError(f"{label}: has too many parts ({len(infos)}; at most {limits.max_members}).")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = name.split("/")
        if not name or name.startswith("/") or "\\" in name or "\x00" in name or _DRIVE.match(name) or ".." in parts:
            raise UnsafeWorkbookError(f"{label}: has a part with an unsafe name ({name!r}).")
        folded = name.casefold()
        if folded in seen:
            raise UnsafeWorkbookError(f"{label}: has two parts named {name!r}.")
        seen.add(folded)
        if parts[-1].casefold() == "vbaproject.bin":
            raise UnsafeWorkbookError(f"{label}: contains macros; macro-enabled workbooks are refused.")
        if info.flag_bits & 0x1:
            raise UnsafeWorkbookError(f"{label}: has encrypted parts.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeWorkbookError(f"{label}: uses an unsupported compression method.")
        if info.file_size > limits.max_member_bytes:
            raise UnsafeWorkbookError(f"{label}: part {name!r} is too large when unpacked.")
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeWorkbookError(
                f"{label}: part {name!r} unpacks {info.file_size / max(info.compress_size, 1):.0f} times larger "
                "than it is stored (a zip bomb?)."
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise UnsafeWorkbookError(f"{label}: unpacks to too much data ({total:,} bytes).")
    if "[content_types].xml" not in seen:
        raise UnsafeWorkbookError(f"{label}: is a zip file but not an .xlsx workbook.")


def _check_contents(
    label: str, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], check_cancel: Callable[[], None] | None
) -> None:
    """Inflate every member once (streaming) so zipfile checks each CRC; count the real bytes too."""
    for info in infos:
        if check_cancel is not None:
            check_cancel()
        inflated = 0
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                inflated += len(chunk)
                if inflated > info.file_size:
                    raise UnsafeWorkbookError(f"{label}: part {info.filename!r} is larger than declared.")
        if inflated != info.file_size:
            raise UnsafeWorkbookError(f"{label}: part {info.filename!r} is shorter than declared.")


@contextlib.contextmanager
def reading(label: str, error: type[TrainmgrError] = UnsafeWorkbookError) -> Iterator[None]:
    """Turn anything a damaged file makes zipfile/zlib/XML/openpyxl raise (BadZipFile, zlib.error,
    EOFError, struct.error, KeyError, ValueError, XML errors, TypeError from descriptors...) into one
    `error` naming the file. Our own TrainmgrErrors (Cancelled included) pass through unchanged.
    Keep the guarded block small: only calls into the parser belong inside it."""
    try:
        yield
    except TrainmgrError:
        raise
    except Exception as exc:
        raise error(f"{label}: damaged or not a valid workbook ({_describe(exc)}).") from exc


def guarded_rows(rows: Iterable[T], label: str, error: type[TrainmgrError] = UnsafeWorkbookError) -> Iterator[T]:
    """`rows` with every step of the parser guarded like `reading` (cheaper than a context manager
    per row). Exceptions raised by the consumer of the rows are not touched."""
    iterator = iter(rows)
    while True:
        try:
            row = next(iterator)
        except StopIteration:
            return
        except TrainmgrError:
            raise
        except Exception as exc:
            raise error(f"{label}: damaged or not a valid workbook ({_describe(exc)}).") from exc
        yield row


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    if len(text) > 160:
        text = text[:157] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def open_workbook(
    source: Source,
    limits: ZipLimits = DEFAULT_LIMITS,
    *,
    label: str | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> Workbook:
    """Check the container, then load it read-only with formulas kept as formulas. The caller must
    `close()` the workbook (read-only workbooks keep the zip open), and close a file it passed."""
    label = _label(source, label)
    check_xlsx_zip(source, limits, label=label, check_cancel=check_cancel)
    if not isinstance(source, str | os.PathLike):
        source.seek(0)
    with reading(label):
        return load_workbook(source, read_only=True, data_only=False, keep_links=False, keep_vba=False)


def bounded_rows(ws: Any, *, max_col: int, max_row: int, min_row: int = 1) -> Iterator[tuple[Any, ...]]:
    """Rows `min_row..max_row` of a read-only sheet, each exactly `max_col` cells wide, ignoring the
    sheet's declared dimension (which a hostile file sets to hide rows or to make us allocate)."""
    ws.reset_dimensions()
    return ws.iter_rows(min_row=min_row, max_row=max_row, max_col=max_col)


def is_formula(cell: Any) -> bool:
    """`values_only` returns the text "=1+1" and the formula =1+1 alike; only data_type tells."""
    return getattr(cell, "data_type", None) == "f"
