"""A report workbook a ministry clerk can open, filter and print, written as a stream.

Every sheet is a write-only (streaming) worksheet, so a 100 000-row table costs the memory of one
row. A table sheet has a title block (title, then a line saying what it covers), one header row
(frozen, with a filter, repeated on every printed page), column widths declared by the report, real
numbers and dates with the language's formats, and a print setup (orientation chosen by width, fit
to one page wide, page numbers in the footer). The file is written to a temporary file beside the
target and renamed into place when complete, encrypted first when a password is given: a cancelled
or failed export leaves nothing behind.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from trainmgr.errors import TrainmgrError
from trainmgr.exchange.excel.reports.cells import (
    GRID_BORDER,
    HEADER_ALIGN,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    HEADER_ROTATED,
    LABEL_FONT,
    SUBTITLE_FONT,
    TITLE_FONT,
    CellFactory,
    Col,
    clean_text,
)
from trainmgr.exchange.excel.reports.encryption import encrypt_workbook
from trainmgr.exchange.excel.sheets import discard_sheet_files
from trainmgr.fileio import atomic_path

HEADER_ROW = 4  # title, subtitle, blank line, then the header
FIRST_DATA_ROW = HEADER_ROW + 1
LANDSCAPE_WIDTH = 110  # total column width (characters) above which a sheet prints landscape
_CANCEL_EVERY = 500
SHEET_NAME_LIMIT = 31
LINE_HEIGHT = 13
PAPER_A4 = "9"  # the OOXML paper-size code of A4

CancelCheck = Callable[[], None]


@dataclass(frozen=True)
class TableRef:
    """Where a table landed: its sheet, header row and last row (for charts and formatting)."""

    sheet: Any
    title: str
    columns: int
    first_row: int
    last_row: int

    @property
    def rows(self) -> int:
        return self.last_row - self.first_row + 1


@dataclass(frozen=True)
class ColourScale:
    """A conditional-format colour scale over columns `first`..`last` (1-based) of a table."""

    first: int
    last: int
    low: float
    high: float
    low_colour: str = "F8696B"  # red
    mid_colour: str = "FFEB84"  # yellow
    high_colour: str = "63BE7B"  # green


def sheet_name(text: str) -> str:
    """A valid sheet name: no []:*?/\\, at most 31 characters."""
    cleaned = clean_text(text).translate({ord(c): " " for c in "[]:*?/\\"}).strip() or "Sheet"
    return cleaned[:SHEET_NAME_LIMIT]


class ReportWorkbook:
    def __init__(self, lang: Any, *, title: str, subject: str, creator: str, description: str = "",
                 keywords: str = "", check_cancel: CancelCheck | None = None) -> None:
        self.lang = lang
        self.title = title
        self.wb = Workbook(write_only=True)
        props = self.wb.properties
        props.title = clean_text(title)[:250]
        props.subject = clean_text(subject)[:250]
        props.creator = clean_text(creator)[:250] or "trainmgr"
        props.description = clean_text(description)[:1000] or None
        props.keywords = clean_text(keywords)[:250] or None
        props.language = lang.code
        props.category = "trainmgr report"
        now = datetime.now().replace(microsecond=0)
        props.created = props.modified = now
        self._check = check_cancel or (lambda: None)
        self._names: set[str] = set()

    # --- sheets ----------------------------------------------------------------------------------
    def _new_sheet(self, name: str) -> Any:
        base = sheet_name(name)
        unique, n = base, 2
        while unique.casefold() in self._names:
            suffix = f" ({n})"
            unique, n = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix, n + 1
        self._names.add(unique.casefold())
        return self.wb.create_sheet(unique)

    def key_values(self, name: str, heading: str, pairs: Sequence[tuple[str, Any]],
                   widths: tuple[float, float] = (30, 70), kinds: Sequence[Any] | None = None) -> Any:
        """A two-column sheet of labelled values (the About sheet, key figures)."""
        ws = self._new_sheet(name)
        cells = CellFactory(ws, self.lang)
        ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = widths
        self._print_setup(ws, sum(widths), title_rows=None)
        ws.append([cells.styled(heading, font=TITLE_FONT)])
        ws.append([])
        for index, (label, value) in enumerate(pairs):
            kind = kinds[index] if kinds is not None else None
            ws.append([cells.styled(label, font=LABEL_FONT),
                       cells.cell(value, kind) if kind is not None else cells.text(value)])
        dimension = f"A1:B{len(pairs) + 2}"
        ws.calculate_dimension = lambda: dimension
        return ws

    def table(self, name: str, title: str, subtitle: str, columns: Sequence[Col], rows: Iterable[Sequence[Any]], *,
              row_count: int | None = None, colour_scales: Sequence[ColourScale] = (),
              totals: Sequence[Any] | None = None, on_row: Callable[[int], None] | None = None,
              after: Callable[[Any, TableRef], None] | None = None) -> TableRef:
        """A table sheet (see the module docstring). `rows` yields one sequence of values per row, in
        column order; `on_row(n)` is called every few hundred rows (progress). `after(ws, ref)` may add
        charts once the rows are written."""
        ws = self._new_sheet(name)
        cells = CellFactory(ws, self.lang)
        width = len(columns)
        last_col = get_column_letter(width)
        for number, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(number)].width = column.width
        if row_count is not None:
            dimension = f"A1:{last_col}{HEADER_ROW + row_count + (1 if totals else 0)}"
            ws.calculate_dimension = lambda: dimension
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        # the sheet's properties, views and columns are streamed out with the first row: set them first
        self._print_setup(ws, sum(c.width for c in columns), title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
        ws.append([cells.styled(title, font=TITLE_FONT)])
        ws.append([cells.styled(subtitle, font=SUBTITLE_FONT)])
        ws.append([])
        ws.row_dimensions[HEADER_ROW].height = header_height(columns)
        ws.append([cells.styled(c.header, font=HEADER_FONT, fill=HEADER_FILL,
                                alignment=HEADER_ROTATED if c.rotate else HEADER_ALIGN, border=HEADER_BORDER)
                   for c in columns])
        kinds = [c.kind for c in columns]
        count = 0
        for count, values in enumerate(rows, start=1):
            if count % _CANCEL_EVERY == 0:
                self._check()
                if on_row is not None:
                    on_row(count)
            ws.append([cells.cell(v, k) for v, k in zip(values, kinds, strict=False)])
        if count:
            ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{HEADER_ROW + count}"
        if totals is not None:
            ws.append([cells.styled(v, font=LABEL_FONT, border=GRID_BORDER, kind=k) if v not in (None, "") else None
                       for v, k in zip(totals, kinds, strict=False)])
        ref = TableRef(ws, title, width, FIRST_DATA_ROW, HEADER_ROW + count)
        for scale in colour_scales if count else ():
            add_colour_scale(ws, ref, scale)
        if after is not None:
            after(ws, ref)
        return ref

    def _print_setup(self, ws: Any, total_width: float, title_rows: str | None) -> None:
        ws.page_setup.orientation = "landscape" if total_width > LANDSCAPE_WIDTH else "portrait"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as needed
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        if title_rows:
            ws.print_title_rows = title_rows
        footer = clean_text(self.title).replace("&", "&&")[:60]
        ws.oddFooter.left.text = footer
        ws.oddFooter.right.text = self.lang.t("print.page")

    # --- saving ----------------------------------------------------------------------------------
    def save(self, path: Path, password: str | None = None) -> None:
        """Write the workbook to `path` through a temporary file (encrypted with `password`, if any)."""
        try:
            self._check()
            with atomic_path(path) as tmp:
                if password:
                    buffer = io.BytesIO()
                    self.wb.save(buffer)
                    self._check()
                    with open(tmp, "wb") as out:
                        encrypt_workbook(buffer.getvalue(), password, out)
                else:
                    self.wb.save(tmp)
                self._check()
        except OSError as exc:
            raise TrainmgrError(f"{path.name}: cannot be written ({exc.strerror or exc}).") from exc
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove openpyxl's temporary sheet files (after a failure or cancel, or once saved)."""
        discard_sheet_files(self.wb)


def header_height(columns: Sequence[Col]) -> float:
    """Points for the header row: write-only sheets cannot grow rows to fit their text, and
    LibreOffice draws wrapped text over the next rows otherwise."""
    if any(c.rotate for c in columns):
        longest = max(len(c.header) for c in columns if c.rotate)
        return float(min(max(longest * 7.5, 40), 260))
    lines = max(-(-len(c.header) // max(int(c.width) - 1, 1)) + c.header.count("\n") for c in columns)
    return float(LINE_HEIGHT * min(max(lines, 1), 5))


def add_colour_scale(ws: Any, ref: TableRef, scale: ColourScale) -> None:
    area = (f"{get_column_letter(scale.first)}{ref.first_row}:"
            f"{get_column_letter(scale.last)}{ref.last_row}")
    middle = (scale.low + scale.high) / 2
    ws.conditional_formatting.add(area, ColorScaleRule(
        start_type="num", start_value=scale.low, start_color=scale.low_colour,
        mid_type="num", mid_value=middle, mid_color=scale.mid_colour,
        end_type="num", end_value=scale.high, end_color=scale.high_colour))
