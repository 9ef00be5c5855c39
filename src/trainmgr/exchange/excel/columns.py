"""Declared columns of a workbook sheet, shared by its writer and its reader.

A `Column` says what a column holds (key, English header, kind, width, required). The reader finds
columns by header text, tolerantly: case, accents, spaces, `_`/`-` and a trailing `*` or `:` do not
matter, and the French equivalents listed in `aliases` are accepted too (translated headers written
by trainmgr itself are a later issue). Cell values are converted by kind, and every refusal is a
`SheetError` naming file, sheet, real row number and column header.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE


class Kind(StrEnum):
    TEXT = "text"  # free text: numbers typed into it are converted to their text
    CODE = "code"  # an identifier kept as typed: a number Excel made of it is refused if it may have lost digits
    INT = "int"  # a whole number (also accepted as text "3")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Kind = Kind.TEXT
    width: float = 14
    required: bool = False
    max_len: int = 2000
    aliases: tuple[str, ...] = ()  # other header texts accepted on reading (French...)
    low: int | None = None  # INT bounds
    high: int | None = None


@dataclass(frozen=True)
class SheetError:
    """One refusal. Printed as "FILE, sheet S, row R, column C: message"; the parts that do not
    apply (a whole-file problem has no sheet) are left out."""

    file: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.sheet is not None:
            where.append(f"sheet {self.sheet}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class CellValueError(ValueError):
    """A cell value that does not fit its column (the message completes "column C: ...")."""


def normalise_header(text: Any) -> str:
    """The form headers are compared in: casefolded, accents off, runs of spaces/_/- as one space."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").casefold()
    folded = re.sub(r"[\s_\-]+", " ", folded).strip().rstrip("*:").strip()
    return folded


def header_index(columns: Sequence[Column]) -> dict[str, Column]:
    """Normalised header text (English and aliases) -> column. A clash is a bug in the spec."""
    index: dict[str, Column] = {}
    for column in columns:
        for text in (column.header, column.key, *column.aliases):
            key = normalise_header(text)
            if key in index and index[key] is not column:
                raise ValueError(f"header {text!r} names two columns")
            index[key] = column
    return index


def short(value: Any, limit: int = 40) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_value(column: Column, value: Any, data_type: str | None) -> Any:
    """The typed value of one cell, or CellValueError. Blank (None or only spaces) gives "" for text
    kinds and None for numbers. Formulas and Excel error values are always refused."""
    if data_type == "f":
        raise CellValueError(f"holds a formula ({short(value)}); type the value itself, not a formula")
    if data_type == "e":
        raise CellValueError(f"holds an Excel error value ({short(value)})")
    if column.kind is Kind.INT:
        return _read_int(column, value)
    text = _as_text(column, value)
    if len(text) > column.max_len:
        raise CellValueError(f"is too long ({len(text)} characters; at most {column.max_len})")
    return text


def _as_text(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        raise CellValueError(f"holds TRUE/FALSE ({value}), expected text")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if column.kind is Kind.CODE:
            # Excel turned the code into a number: 1.10 arrives as 1.1 and 007 as 7. We cannot know
            # what was typed, so refuse rather than guess.
            raise CellValueError(
                f"holds the number {value!r}, not text: Excel may have changed the code (1.10 becomes 1.1). "
                "Format the column as Text and type the code again")
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, datetime):
        if column.kind is Kind.CODE:
            raise CellValueError(f"holds a date ({value:%Y-%m-%d}), expected a code; format the column as Text")
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        if column.kind is Kind.CODE:
            raise CellValueError(f"holds a date or time ({value.isoformat()}), expected a code")
        return value.isoformat()
    raise CellValueError(f"holds {short(value)}, expected text")


def _read_int(column: Column, value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number: int | None = None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, int):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
            isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d{1,9}\s*", value)):
        number = int(value)
    bounds = f" from {column.low} to {column.high}" if column.low is not None and column.high is not None else ""
    if number is None:
        raise CellValueError(f"expected a whole number{bounds}, found {short(value)}")
    if (column.low is not None and number < column.low) or (column.high is not None and number > column.high):
        raise CellValueError(f"expected a whole number{bounds}, found {number}")
    return number


def clean_text(text: str) -> str:
    """Text safe to write: control characters openpyxl refuses (they would kill the export) removed."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)
