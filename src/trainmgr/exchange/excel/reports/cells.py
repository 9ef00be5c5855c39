"""Cells of a report: typed, formatted, and safe whatever the data holds.

Safety rules (each one a way an export went wrong elsewhere):
- every string is a text cell (`data_type = "s"`): openpyxl makes any string starting with "=" a
  formula, and Excel or LibreOffice would then compute it (`=HYPERLINK(...)` becomes a live link);
- a string starting with = + - @ (or a tab / carriage return, which some spreadsheets skip before
  such a sign) also gets the quote prefix, so that editing the cell in Excel keeps it text;
- control characters openpyxl refuses (`IllegalCharacterError` would abort the whole export) are
  removed, and text is cut at Excel's limit of 32 767 characters per cell;
- identifiers (codes, service numbers) are text with the "@" format, never numbers (007 stays 007).
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from trainmgr.exchange.excel.reports.language import ReportLanguage

EXCEL_CELL_LIMIT = 32_767
RISKY_START = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
HEADER_ROTATED = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SUBTITLE_FONT = Font(italic=True, color="595959")
LABEL_FONT = Font(bold=True)
TOTAL_FONT = Font(bold=True)
_THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=Side(style="medium", color="1F4E79"))
GRID_BORDER = Border(bottom=_THIN)


class CellKind(StrEnum):
    TEXT = "text"
    CODE = "code"  # identifiers: text, "@" format
    MARK = "mark"  # a short text (an attendance mark), centred
    INT = "int"
    DECIMAL = "decimal"  # one decimal
    PERCENT = "percent"  # given on the 0–100 scale, stored as a fraction with a % format
    DATE = "date"
    DATETIME = "datetime"


def clean_text(value: Any) -> str:
    """Text safe to put in a cell: control characters removed, cut to Excel's limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return text if len(text) <= EXCEL_CELL_LIMIT else text[: EXCEL_CELL_LIMIT - 1] + "…"


_TEXT_KINDS = (CellKind.TEXT, CellKind.CODE, CellKind.MARK)


@dataclass(frozen=True)
class Col:
    """A column of a report table: translated header, kind, width in characters."""

    header: str
    kind: CellKind = CellKind.TEXT
    width: float = 14
    rotate: bool = False  # header written bottom-up (narrow columns of marks)


class CellFactory:
    """Makes the cells of one write-only sheet. Styles are built once per kind and copied onto each
    cell (setting fonts and formats cell by cell costs a lookup each, and 1.2 million cells add up)."""

    def __init__(self, ws: Any, lang: ReportLanguage) -> None:
        self._ws = ws
        self._lang = lang
        formats = {CellKind.CODE: "@", CellKind.DECIMAL: lang.decimal_format, CellKind.PERCENT: lang.percent_format,
                   CellKind.DATE: lang.date_format, CellKind.DATETIME: lang.datetime_format, CellKind.INT: "0"}
        self._styles: dict[CellKind, Any] = {}
        for kind, number_format in formats.items():
            proto = WriteOnlyCell(ws)
            proto.number_format = number_format
            self._styles[kind] = proto._style
        centred = WriteOnlyCell(ws)
        centred.alignment = Alignment(horizontal="center")
        self._styles[CellKind.MARK] = centred._style
        quoted = WriteOnlyCell(ws)
        quoted.quotePrefix = True
        self._quoted = quoted._style
        quoted_code = WriteOnlyCell(ws)
        quoted_code.quotePrefix = True
        quoted_code.number_format = "@"
        self._quoted_code = quoted_code._style

    def text(self, value: Any, kind: CellKind = CellKind.TEXT) -> WriteOnlyCell | None:
        """A text cell that can never become a formula (see the module docstring)."""
        if value is None:
            return None
        text = clean_text(value)
        if not text:
            return None
        cell = WriteOnlyCell(self._ws)
        cell._value = text  # set directly: assigning `value` would parse "=..." as a formula first
        cell.data_type = "s"
        if text.startswith(RISKY_START):
            cell._style = copy(self._quoted_code if kind is CellKind.CODE else self._quoted)
        elif kind is CellKind.CODE or kind is CellKind.MARK:
            cell._style = copy(self._styles[kind])
        return cell

    def cell(self, value: Any, kind: CellKind) -> Any:
        """The cell for `value` in a column of `kind` (None for a blank).

        Plain text and whole numbers that need no style are returned as values, not cells: openpyxl
        appends a value without building a cell object (or raising and catching an exception, which
        is how it takes a cell), and it types a string as text unless it starts with "=" — which such
        a string never does here (those get a text cell)."""
        if value is None or value == "":
            return None
        if kind is CellKind.TEXT and isinstance(value, str):
            text = clean_text(value)
            return text if text and not text.startswith(RISKY_START) else self.text(text)
        if kind is CellKind.INT and type(value) is int:
            return value
        return self._cell_object(value, kind)

    def _cell_object(self, value: Any, kind: CellKind) -> Any:
        if value is None or value == "":
            return None
        if kind in _TEXT_KINDS or isinstance(value, str):
            return self.text(value, kind if kind in _TEXT_KINDS else CellKind.TEXT)
        cell = WriteOnlyCell(self._ws)
        if kind is CellKind.PERCENT:
            cell.value = float(value) / 100.0
        elif kind is CellKind.DATE and isinstance(value, datetime):
            cell.value = value.date()
        elif kind is CellKind.DATETIME and isinstance(value, datetime):
            cell.value = value.replace(tzinfo=None)  # Excel has no time zones; times are written in UTC
        elif kind in (CellKind.DATE, CellKind.DATETIME) and not isinstance(value, date):
            return self.text(value)
        else:
            cell.value = value
        cell._style = copy(self._styles[kind])
        return cell

    def styled(self, value: Any, font: Font | None = None, fill: PatternFill | None = None,
               alignment: Alignment | None = None, border: Border | None = None,
               kind: CellKind = CellKind.TEXT) -> Any:
        """A one-off cell (titles, headers, totals) with its own look."""
        cell = self._cell_object(value, kind)
        if cell is None:
            cell = WriteOnlyCell(self._ws)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        if border is not None:
            cell.border = border
        return cell
