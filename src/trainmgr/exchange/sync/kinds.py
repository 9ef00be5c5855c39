"""Column kinds, and how each typed value is stored in a cell and read back.

Storage per kind. The reader accepts exactly these forms, and the digests cover the typed values, so a
spreadsheet program may rewrite the XML (shared strings, styles) but not change a value unnoticed.
The choices follow what LibreOffice 7.4 does on re-save (measured): it keeps 15 significant digits
of every number, writes 1.8e308 as "INF", -0.0 as 0, drops empty text cells, turns real booleans
into =TRUE() formulas, truncates text at 32 767 characters and decodes OOXML `_xHHHH_` escapes.

========  =====================================================================================
TEXT      text cell (always data_type "s", also "=1+1" and "#N/A"); escaped form below when needed;
          at most 32 767 characters stored (the cell limit; longer text is refused at write)
INT       number if |v| < 10**15, else decimal text ("12345678901234567")
FLOAT     number if 15 significant digits give it back exactly and Excel's range holds it, else
          Python's repr as text ("0.30000000000000004", "-0.0", "inf", "nan", "1e-310")
BOOL      number 1 or 0
DATE      real Excel date (format yyyy-mm-dd) from 1900-03-01 on; earlier dates as ISO text
DATETIME  ISO 8601 text "YYYY-MM-DDTHH:MM:SS[.ffffff]", naive UTC: an Excel serial keeps only
          15 digits, which loses the microseconds (and sometimes a whole microsecond count)
TIME      ISO text "HH:MM:SS[.ffffff]", for the same reason
JSON      canonical JSON text (sorted keys, compact separators, no NaN/Infinity), escaped like TEXT
========  =====================================================================================

None is an empty cell in every kind.

Text escape: ESC is U+241B (the visible symbol for escape). A stored text that starts with ESC is
encoded; any other stored text is the value itself. In an encoded text, ESC followed by four
upper-case hex digits stands for that code point. Encoded are: characters XML 1.0 cannot carry
(C0 controls except tab and newline, U+FFFE, U+FFFF, lone surrogates); CR (XML parsers turn it into
a newline); ESC itself; an "_" that starts an OOXML escape `_xHHHH_` (Excel and LibreOffice decode
those); an "x" that starts "x005F_" (openpyxl deletes that text from shared strings). The empty
string is ESC alone (spreadsheets drop empty text cells, and None must stay distinct from "").
Nothing is stripped: this is data exchange, every character comes back.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils.datetime import from_excel


class ColumnKind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    JSON = "json"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: ColumnKind


class CellError(ValueError):
    """A value that cannot be stored, or a cell that does not hold a value of its column's kind.
    The package module adds the file, sheet, row and column."""


ESC = "\u241b"
_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff\u241b]|_(?=[xX][0-9A-Fa-f]{4}_)|x(?=005F_)")
_ESCAPE_CODE = re.compile("[0-9A-F]{4}")
# openpyxl silently cuts longer text (and so do Excel and LibreOffice): refuse rather than lose data
MAX_CELL_TEXT = 32_767
# openpyxl writes these texts as error cells unless told otherwise
_ERROR_CODES = frozenset(ERROR_CODES)
INT_AS_NUMBER = 10**15
_EXCEL_FLOAT_MIN = 2.2250738585072014e-308
_EXCEL_FLOAT_MAX = 9.99999999999999e307
FIRST_EXCEL_DATE = date(1900, 3, 1)  # before it, Excel's 1900 leap-year bug makes serials ambiguous
_INT_TEXT = re.compile(r"-?[0-9]{1,4000}")
_FLOAT_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?|inf|nan)")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")
_TIME_TEXT = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?")


def _escape_match(match: re.Match[str]) -> str:
    return f"{ESC}{ord(match.group()):04X}"


def encode_text(value: str) -> str:
    """The stored form of a text (see the module docstring)."""
    if not value:
        return ESC
    if _NEEDS_ESCAPE.search(value) is None:
        return value
    return ESC + _NEEDS_ESCAPE.sub(_escape_match, value)


def decode_text(stored: str) -> str:
    """Inverse of `encode_text`; raises CellError on a malformed escape."""
    if not stored.startswith(ESC):
        return stored
    parts = stored[1:].split(ESC)
    out = [parts[0]]
    for part in parts[1:]:
        code = part[:4]
        if _ESCAPE_CODE.fullmatch(code) is None:
            raise CellError(f"bad escape {ESC}{code!r} in the text")
        out.append(chr(int(code, 16)))
        out.append(part[4:])
    return "".join(out)


# Built once: json.dumps/json.loads with arguments build a new encoder/decoder on every call.
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False).encode
_JSON_ASCII = json.JSONEncoder(ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False).encode


def canonical_json(value: Any, *, ascii_only: bool = False) -> str:
    """Sorted keys, compact separators, NaN/Infinity refused (they are not JSON)."""
    return _JSON_ASCII(value) if ascii_only else _JSON_TEXT(value)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


parse_json = json.JSONDecoder(parse_constant=_refuse_constant).decode


def _too_long(stored: str) -> str:
    return (
        f"text too long for a spreadsheet cell ({len(stored):,} characters stored, at most {MAX_CELL_TEXT:,}: "
        "openpyxl, Excel and LibreOffice all cut longer text)"
    )


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# ---- writing: value -> (typed value for the digest, value handed to openpyxl) -----------------------

Encoder = Callable[[Any], tuple[Any, Any]]


def make_encoder(kind: ColumnKind, text_cell: Callable[[str], Any]) -> Encoder:
    """`text_cell(s)` must return something openpyxl writes as a text cell even when `s` starts
    with "=" (openpyxl otherwise writes it as a formula)."""
    if kind is ColumnKind.TEXT:

        def enc_text(value: Any) -> tuple[Any, Any]:
            if value is None:
                return None, None
            if not isinstance(value, str):
                raise CellError(f"expected text, got {type(value).__name__} {short(value)}")
            value = str(value)  # a StrEnum member becomes its plain value
            stored = encode_text(value)
            if len(stored) > MAX_CELL_TEXT:
                raise CellError(_too_long(stored))
            first = stored[0]
            if first == "=" or (first == "#" and stored in _ERROR_CODES):
                return value, text_cell(stored)
            return value, stored

        return enc_text
    if kind is ColumnKind.JSON:

        def enc_json(value: Any) -> tuple[Any, Any]:
            if value is None:
                return None, None
            try:
                typed = parse_json(canonical_json(value))
                text = canonical_json(typed)
            except (TypeError, ValueError, RecursionError) as exc:
                raise CellError(f"not storable as JSON: {exc}") from exc
            stored = encode_text(text)
            if len(stored) > MAX_CELL_TEXT:
                raise CellError(_too_long(stored))
            return typed, stored

        return enc_json
    return _ENCODERS[kind]


def _enc_int(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if not isinstance(value, int) or isinstance(value, bool):
        raise CellError(f"expected a whole number, got {type(value).__name__} {short(value)}")
    value = int(value)
    if -INT_AS_NUMBER < value < INT_AS_NUMBER:
        return value, value
    try:
        return value, str(value)
    except ValueError as exc:  # more digits than Python will print
        raise CellError("whole number too large to store") from exc


def float_as_number(value: float) -> bool:
    """Whether a spreadsheet program that keeps 15 significant digits gives `value` back exactly."""
    if value == 0.0:
        return math.copysign(1.0, value) > 0
    magnitude = abs(value)
    return _EXCEL_FLOAT_MIN <= magnitude <= _EXCEL_FLOAT_MAX and float(f"{value:.15g}") == value


def _enc_float(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CellError(f"expected a number, got {type(value).__name__} {short(value)}")
    try:
        value = float(value)
    except OverflowError as exc:
        raise CellError("number too large for a float") from exc
    return value, (value if float_as_number(value) else repr(value))


def _enc_bool(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if isinstance(value, bool):
        return value, int(value)
    if isinstance(value, int) and value in (0, 1):
        return bool(value), int(value)
    raise CellError(f"expected true/false, got {type(value).__name__} {short(value)}")


def _enc_date(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise CellError(f"expected a date, got {type(value).__name__} {short(value)}")
    value = date(value.year, value.month, value.day)
    return value, (value if value >= FIRST_EXCEL_DATE else value.isoformat())


def _enc_datetime(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if not isinstance(value, datetime):
        raise CellError(f"expected a date and time, got {type(value).__name__} {short(value)}")
    if value.tzinfo is not None:
        raise CellError(f"expected a naive UTC date and time, got one with a time zone: {short(value)}")
    value = datetime(value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond)
    return value, value.isoformat()


def _enc_time(value: Any) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if not isinstance(value, time):
        raise CellError(f"expected a time of day, got {type(value).__name__} {short(value)}")
    if value.tzinfo is not None:
        raise CellError(f"expected a time without a time zone: {short(value)}")
    value = time(value.hour, value.minute, value.second, value.microsecond)
    return value, value.isoformat()


_ENCODERS: dict[ColumnKind, Encoder] = {
    ColumnKind.INT: _enc_int,
    ColumnKind.FLOAT: _enc_float,
    ColumnKind.BOOL: _enc_bool,
    ColumnKind.DATE: _enc_date,
    ColumnKind.DATETIME: _enc_datetime,
    ColumnKind.TIME: _enc_time,
}


# ---- reading: (cell value, cell data_type) -> typed value ------------------------------------------

Decoder = Callable[[Any, str], Any]


def _wrong(value: Any, data_type: str, expected: str) -> CellError:
    if data_type == "f":
        return CellError(f"holds a formula ({short(value)}); packages never contain formulas")
    if data_type == "e":
        return CellError(f"holds an error value ({short(value)}), expected {expected}")
    return CellError(f"expected {expected}, found {short(value)}")


def _dec_text(value: Any, data_type: str) -> Any:
    if data_type != "s" or not isinstance(value, str):
        raise _wrong(value, data_type, "text")
    return decode_text(value)


def _dec_json(value: Any, data_type: str) -> Any:
    if data_type != "s" or not isinstance(value, str):
        raise _wrong(value, data_type, "JSON text")
    try:
        return parse_json(decode_text(value))
    except (ValueError, RecursionError) as exc:
        raise CellError(f"is not valid JSON ({exc})") from exc


def _dec_int(value: Any, data_type: str) -> Any:
    if data_type == "n":
        if type(value) is int:
            return value
        if type(value) is float and value.is_integer() and abs(value) < 2**53:
            return int(value)
    elif data_type == "s" and isinstance(value, str) and _INT_TEXT.fullmatch(value):
        return int(value)
    raise _wrong(value, data_type, "a whole number")


def _dec_float(value: Any, data_type: str) -> Any:
    if data_type == "n" and type(value) in (int, float):
        return float(value)
    if data_type == "s" and isinstance(value, str) and _FLOAT_TEXT.fullmatch(value):
        return float(value)
    raise _wrong(value, data_type, "a number")


def _dec_bool(value: Any, data_type: str) -> Any:
    if data_type in ("n", "b") and value in (0, 1) and type(value) in (int, float, bool):
        return bool(value)
    raise _wrong(value, data_type, "1 or 0")


def _iso(parse: Callable[[str], Any], pattern: re.Pattern[str], what: str) -> Decoder:
    def dec(value: Any, data_type: str) -> Any:
        if data_type == "s" and isinstance(value, str) and pattern.fullmatch(value):
            try:
                return parse(value)
            except ValueError as exc:
                raise CellError(f"is not {what} ({short(value)})") from exc
        raise _wrong(value, data_type, what)

    return dec


def _date_decoder(epoch: datetime) -> Decoder:
    from_text = _iso(date.fromisoformat, _DATE_TEXT, "a date")

    def dec(value: Any, data_type: str) -> Any:
        if data_type == "d" and isinstance(value, datetime):
            stamp = value
        elif data_type == "n" and type(value) in (int, float):
            # a spreadsheet that dropped the date format: still a serial day number
            try:
                stamp = from_excel(value, epoch)
            except (ValueError, OverflowError, TypeError) as exc:
                raise CellError(f"is not a valid date serial ({short(value)})") from exc
        elif data_type == "s":
            return from_text(value, data_type)
        else:
            raise _wrong(value, data_type, "a date")
        if not isinstance(stamp, datetime) or stamp.time() != time():
            raise CellError(f"expected a date without a time, found {short(value)}")
        return stamp.date()

    return dec


def make_decoder(kind: ColumnKind, epoch: datetime) -> Decoder:
    if kind is ColumnKind.DATE:
        return _date_decoder(epoch)
    return _DECODERS[kind]


_DECODERS: dict[ColumnKind, Decoder] = {
    ColumnKind.TEXT: _dec_text,
    ColumnKind.JSON: _dec_json,
    ColumnKind.INT: _dec_int,
    ColumnKind.FLOAT: _dec_float,
    ColumnKind.BOOL: _dec_bool,
    ColumnKind.DATETIME: _iso(datetime.fromisoformat, _DATETIME_TEXT, "a date and time"),
    ColumnKind.TIME: _iso(time.fromisoformat, _TIME_TEXT, "a time of day"),
}
