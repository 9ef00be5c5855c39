"""Writing the roster workbook (layout and reading: roster_workbook.py): a blank template with the
programme's drop-down lists, or an export of its trainees, in English or French.

Writing uses openpyxl's write-only mode (data validations, column formats and the frozen header all
work there): a template or an export of 100 000 trainees stays at a few tens of MB. The drop-downs
cover the data rows plus `SPARE_ROWS` empty rows for additions. Every text cell is written as text
(never a formula), and the file is replaced atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from trainmgr.exchange.excel.columns import clean_text
from trainmgr.exchange.excel.roster_labels import RosterWords, roster_words
from trainmgr.exchange.excel.roster_workbook import (
    DATE_FORMAT,
    DATE_KEYS,
    ROSTER_COLUMNS,
    SPARE_ROWS,
    STEP,
    CancelCheck,
    Progress,
    RosterLine,
)
from trainmgr.exchange.excel.sheets import saving

_GREY = Font(color="808080")
_LETTER = {c.key: get_column_letter(n) for n, c in enumerate(ROSTER_COLUMNS, start=1)}


def write_roster_template(path: str | os.PathLike[str], units: Sequence[str], ranks: Sequence[str],
                          rows: Iterable[RosterLine] = (), *, progress: Progress | None = None,
                          cancel: CancelCheck | None = None, total: int = 0, lang: str = "en") -> int:
    """Write the roster workbook to `path` atomically: `rows` (none for a blank template), drop-downs
    of `units` and `ranks` (the labels the reader accepts), sex and vetting status, in `lang`.
    Returns the number of rows written. Cancel or any error leaves no file and an older one untouched."""
    path = Path(path)
    words = roster_words(lang)
    wb = Workbook(write_only=True)
    check = cancel.check if cancel is not None else None
    rows = list(rows)
    with saving(wb, path):
        ws = wb.create_sheet(words.roster_sheet)
        # openpyxl's write-only sheets have no <dimension>; its read-only loader then parses the whole
        # sheet once just to find one (the hook write_sheet uses too).
        ref = f"A1:{get_column_letter(len(ROSTER_COLUMNS))}{len(rows) + 1}"
        ws.calculate_dimension = lambda: ref
        lists = wb.create_sheet(words.lists_sheet)
        lists.sheet_state = "hidden"
        ws.freeze_panes = "C2"  # header and the id/service number stay in view
        for number, column in enumerate(ROSTER_COLUMNS, start=1):
            dim = ws.column_dimensions[get_column_letter(number)]
            dim.width = column.width
            if column.key in ("id", "service_number"):
                dim.number_format = "@"  # typed numbers stay text (leading zeros)
            elif column.key in DATE_KEYS:
                dim.number_format = DATE_FORMAT
        ws.column_dimensions["A"].hidden = False  # narrow and grey, not hidden: people copy rows with it
        header = []
        for column in ROSTER_COLUMNS:
            cell = _text(ws, words.headers[column.key])
            cell.font = Font(bold=True, color="808080" if column.key == "id" else None)
            header.append(cell)
        ws.append(header)
        count = 0
        for count, line in enumerate(rows, start=1):
            if count % STEP == 0:
                if check is not None:
                    check()
                if progress is not None:
                    progress(count, total, "Writing trainees")
            ws.append(_row_cells(ws, line, words))
        last = count + 1 + SPARE_ROWS
        list_refs = _write_lists(lists, units, ranks, words)
        for key, ref in list_refs.items():
            if ref is None:
                continue
            dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=True,
                                errorTitle=words.not_in_list[0], error=words.not_in_list[1])
            dv.add(f"{_LETTER[key]}2:{_LETTER[key]}{last}")
            ws.data_validations.append(dv)
        for key in DATE_KEYS:
            dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                                showErrorMessage=True, errorTitle=words.not_a_date[0], error=words.not_a_date[1])
            dv.add(f"{_LETTER[key]}2:{_LETTER[key]}{last}")
            ws.data_validations.append(dv)
        _write_instructions(wb.create_sheet(words.instructions_sheet), words)
        if check is not None:
            check()
    return count


def _write_instructions(ws: Any, words: RosterWords) -> None:
    ws.column_dimensions["A"].width = 110
    title = _text(ws, words.instructions[0])
    title.font = Font(bold=True, size=13)
    ws.append([title])
    for line in words.instructions[1:]:
        ws.append([_text(ws, line)])


def _write_lists(ws: Any, units: Sequence[str], ranks: Sequence[str], words: RosterWords) -> dict[str, str | None]:
    """Columns of the hidden Lists sheet; returns the validation formula per roster column."""
    columns = {"sex": list(words.sex.values()), "rank": [clean_text(r) for r in ranks if r],
               "unit": [clean_text(u) for u in units if u], "vetting_status": list(words.vetting.values())}
    titles = words.list_titles
    keys = list(columns)
    height = max(len(v) for v in columns.values())
    ws.append([_text(ws, titles[k]) for k in keys])
    for i in range(height):
        ws.append([_text(ws, columns[k][i]) if i < len(columns[k]) else None for k in keys])
    refs: dict[str, str | None] = {}
    for n, key in enumerate(keys, start=1):
        letter = get_column_letter(n)
        sheet = words.lists_sheet if words.lists_sheet.isalnum() else quote_sheetname(words.lists_sheet)
        refs[key] = f"{sheet}!${letter}$2:${letter}${len(columns[key]) + 1}" if columns[key] else None
    return refs


def _text(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, clean_text(text))
    cell.data_type = "s"  # never a formula, never an error value
    return cell


def _row_cells(ws: Any, line: RosterLine, words: RosterWords) -> list[Any]:
    out: list[Any] = []
    for column in ROSTER_COLUMNS:
        value = getattr(line, column.key)
        if column.key == "sex":
            value = words.sex.get(value, value)
        elif column.key == "vetting_status":
            value = words.vetting.get(value, value)
        if value is None or value == "":
            out.append(None)
        elif isinstance(value, date):
            cell = WriteOnlyCell(ws, value)
            cell.number_format = DATE_FORMAT
            out.append(cell)
        else:
            cell = _text(ws, str(value))
            if column.key in ("id", "service_number"):
                cell.number_format = "@"
            if column.key == "id":
                cell.font = _GREY
            out.append(cell)
    return out
