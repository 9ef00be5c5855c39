"""The roster workbook: one row per trainee, the layout of the downloadable template, of the export,
and of the filled rosters teams import.

Sheet "Roster" (columns below), a hidden sheet "Lists" holding the drop-down lists (sex, rank,
unit, vetting status) the Roster columns validate against, and a sheet of instructions. Headers,
drop-down values, sheet names and instructions are written in the language asked for (English or
French: exchange/excel/roster_labels.py); the reader accepts either language, whichever wrote it.
The ID column carries trainmgr's id of each exported trainee, so an edited export updates the
same people; it is blank on new rows.

Writing: roster_writer.py.

Reading rules (this module knows the format only; the service decides what rows mean):
- the roster sheet is the visible sheet named "Roster" (or a French name), else the first visible
  sheet; hidden sheets are never read (a "Lists" sheet, old data someone hid);
- columns are found by header text (tolerant: case, accents, spaces, French names); the Family name
  column is required; unknown columns are reported as ignored;
- blank rows are skipped; row numbers are the ones Excel shows;
- dates, by an explicit rule: a real Excel date, or text in ISO form YYYY-MM-DD, or DD/MM/YYYY (day
  first, as written in francophone and most host-nation paperwork; one or two digits for day and
  month). Anything else ("March 3 2024", 03-03-2024, a bare number) is an error naming the cell;
- service numbers must be text: a cell Excel turned into a number is refused (leading zeros lost);
- formulas and Excel error values are refused where data is expected;
- merged cells touching a data row are refused (Excel keeps the value in the first cell only, the
  others would silently read blank); merged cells above or in the header (a title) are ignored;
- at most `MAX_ROSTER_ROWS` data rows: a larger sheet is refused by a fast byte scan before parsing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from openpyxl.utils import range_boundaries

from trainmgr.exchange.excel.columns import (
    CellValueError,
    Column,
    Kind,
    SheetError,
    header_index,
    normalise_header,
    read_value,
    short,
)
from trainmgr.exchange.excel.roster_labels import ENGLISH, all_words
from trainmgr.exchange.excel.sheets import (
    EXCEL_MAX_ROWS,
    HEADER_SEARCH_ROWS,
    MAX_ERRORS,
    _find_header,
    rows_with_values_exceed,
)
from trainmgr.exchange.xlsx_safety import (
    UnsafeWorkbookError,
    bounded_rows,
    guarded_rows,
    open_workbook,
    reading,
)

MAX_ROSTER_ROWS = 100_000
SPARE_ROWS = 1_000  # empty rows below the data that still get the drop-downs
ROSTER_SHEET, LISTS_SHEET = ENGLISH.roster_sheet, ENGLISH.lists_sheet
_ROSTER_NAMES = ("roster", "trainees", "liste", "stagiaires", "effectif", "liste des stagiaires")
# Sheets trainmgr writes beside the roster: never taken for it.
_NOT_ROSTER = frozenset(normalise_header(n) for w in all_words() for n in (w.lists_sheet, w.instructions_sheet))
STEP = 500  # rows between two progress reports and cancel checks
DATE_FORMAT = "yyyy-mm-dd"

Progress = Callable[[int, int, str], None]


class CancelCheck(Protocol):
    def check(self) -> None: ...


# Sex and vetting status: the label shown in the drop-down, the stored value, other accepted texts.
SEX_LABELS: dict[str, str] = ENGLISH.sex
_SEX_ALIASES: dict[str, tuple[str, ...]] = {
    "female": ("f", "femme", "feminin", "woman"),
    "male": ("m", "h", "homme", "masculin", "man"),
    "not_recorded": ("", "not recorded", "non renseigne", "inconnu", "unknown", "nr"),
}
VETTING_LABELS: dict[str, str] = ENGLISH.vetting
_VETTING_ALIASES: dict[str, tuple[str, ...]] = {
    "not_started": ("not started", "non commence", "non demarre", "a faire"),
    "pending": ("en cours", "en attente"),
    "cleared": ("valide", "habilite", "approuve", "favorable"),
    "refused": ("refuse", "defavorable", "rejete"),
    "expired": ("expire", "perime"),
}

ROSTER_COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", Kind.CODE, 6, max_len=40, aliases=("Identifiant", "trainmgr id")),
    Column("service_number", "Service number", Kind.CODE, 16, max_len=40,
           aliases=("Service no", "Service no.", "Matricule", "Numero matricule", "N° matricule", "Numéro de service")),
    Column("family_name", "Family name", Kind.TEXT, 20, required=True, max_len=120,
           aliases=("Surname", "Last name", "Nom", "Nom de famille")),
    Column("given_names", "Given names", Kind.TEXT, 22, max_len=200,
           aliases=("Given name", "First name", "First names", "Prénom", "Prénoms")),
    Column("name_native", "Name in native script", Kind.TEXT, 24, max_len=300,
           aliases=("Native name", "Native-script name", "Nom (écriture locale)", "Nom en écriture locale")),
    Column("sex", "Sex", Kind.TEXT, 13, max_len=40, aliases=("Sexe", "Gender", "Genre")),
    Column("rank", "Rank", Kind.TEXT, 16, max_len=120, aliases=("Grade",)),
    Column("unit", "Unit", Kind.TEXT, 26, max_len=240, aliases=("Unité", "Unite")),
    Column("position", "Position", Kind.TEXT, 20, max_len=200, aliases=("Fonction", "Poste", "Emploi")),
    Column("birth_date", "Birth date", Kind.TEXT, 12, aliases=("Date of birth", "Date de naissance", "Né le")),
    Column("vetting_status", "Vetting status", Kind.TEXT, 14, max_len=40,
           aliases=("Vetting", "Criblage", "Statut de criblage", "Statut criblage", "Habilitation")),
    Column("vetting_date", "Vetting date", Kind.TEXT, 12, aliases=("Date de criblage", "Date criblage")),
    Column("vetting_reference", "Vetting reference", Kind.TEXT, 18, max_len=120,
           aliases=("Vetting ref", "Référence de criblage", "Référence criblage")),
)
# Every language's header is accepted on reading.
ROSTER_COLUMNS = tuple(replace(c, aliases=(*c.aliases, *(w.headers[c.key] for w in all_words())))
                       for c in ROSTER_COLUMNS)
COLUMN_BY_KEY = {c.key: c for c in ROSTER_COLUMNS}
DATE_KEYS = frozenset({"birth_date", "vetting_date"})


@dataclass(frozen=True)
class RosterLine:
    """One trainee as the workbook holds it; sex and vetting status as stored values ("" when blank),
    rank and unit as the text of the cell (resolved by the service)."""

    row: int
    id: str = ""
    service_number: str = ""
    family_name: str = ""
    given_names: str = ""
    name_native: str = ""
    sex: str = ""
    rank: str = ""
    unit: str = ""
    position: str = ""
    birth_date: date | None = None
    vetting_status: str = ""
    vetting_date: date | None = None
    vetting_reference: str = ""


@dataclass(frozen=True)
class RosterSheet:
    file: str
    rows: tuple[RosterLine, ...] = ()
    errors: tuple[SheetError, ...] = ()
    sheet: str = ROSTER_SHEET
    present: frozenset[str] = frozenset()  # keys of the columns the sheet has
    ignored_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# --- reading -------------------------------------------------------------------------------------
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(value: Any, data_type: str | None = None) -> date | None:
    """A cell's date by the rule of the module docstring; CellValueError otherwise."""
    if data_type == "f":
        raise CellValueError(f"holds a formula ({short(value)}); type the date itself, not a formula")
    if data_type == "e":
        raise CellValueError(f"holds an Excel error value ({short(value)})")
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            raise CellValueError(f"holds a date and time ({value.isoformat(sep=' ')}); expected a date only")
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool | int | float):
        raise CellValueError(f"holds the number {value!r}, not a date: format the cell as a date, or type the "
                             "date as YYYY-MM-DD or DD/MM/YYYY")
    if not isinstance(value, str):
        raise CellValueError(f"holds {short(value)}, expected a date")
    text = value.strip()
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.fullmatch(text)
        if not match:
            raise CellValueError(f'"{text[:40]}" is not a date in an accepted form: type YYYY-MM-DD (2024-03-31) '
                                 "or DD/MM/YYYY (31/03/2024)")
        day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise CellValueError(f'"{text}" is not a real date (day {day}, month {month}, year {year})') from None


def parse_service_number(value: Any, data_type: str | None = None) -> str:
    if data_type == "f":
        raise CellValueError(f"holds a formula ({short(value)}); type the service number itself, not a formula")
    if data_type == "e":
        raise CellValueError(f"holds an Excel error value ({short(value)})")
    if value is None:
        return ""
    if isinstance(value, bool):
        raise CellValueError(f"holds TRUE/FALSE ({value}), expected a service number")
    if isinstance(value, int | float):
        shown = int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 else value
        raise CellValueError(f"service number {shown} was stored as a number; leading zeros may be lost: "
                             "format the column as text")
    if isinstance(value, date):
        raise CellValueError(f"holds a date ({value.isoformat()}), expected a service number")
    text = str(value).strip()
    if len(text) > 40:
        raise CellValueError(f"is too long ({len(text)} characters; at most 40)")
    return text


def _choice(text: str, labels: dict[str, str], aliases: dict[str, tuple[str, ...]], what: str) -> str:
    """The stored value for a drop-down text (its label in any language, stored value, or an alias);
    "" when blank."""
    folded = normalise_header(text)
    if not folded:
        return ""
    translated = [w.sex if labels is SEX_LABELS else w.vetting for w in all_words()]
    for value, label in labels.items():
        if folded in (normalise_header(label), normalise_header(value), *aliases.get(value, ()),
                      *(normalise_header(t.get(value, "")) for t in translated)):
            return value
    choices = ", ".join(labels.values())
    raise CellValueError(f'"{text[:40]}" is not a {what}; choose one of: {choices}')


def read_roster(path: str | os.PathLike[str], progress: Progress | None = None,
                cancel: CancelCheck | None = None) -> RosterSheet:
    """Read a roster workbook with the hardened reader. Every problem is returned as a SheetError (a
    damaged, hostile or non-xlsx file as one whole-file error); rows come back too so a preview can
    show them, but a roster with errors must not be applied."""
    path = Path(path)
    file = path.name
    check = cancel.check if cancel is not None else None
    try:
        wb = open_workbook(path, label=file, check_cancel=check)
    except UnsafeWorkbookError as exc:
        return RosterSheet(file, errors=(SheetError(file, _strip_label(str(exc), file)),))
    try:
        with reading(file):
            sheets = [(ws.title, getattr(ws, "sheet_state", "visible")) for ws in wb.worksheets]
        visible = [name for name, state in sheets if state == "visible"]
        name = next((n for n in visible if normalise_header(n) in _ROSTER_NAMES), None)
        name = name or next((n for n in visible if normalise_header(n) not in _NOT_ROSTER), None)
        if name is None:
            hidden = [n for n, state in sheets if state != "visible"]
            why = f" (hidden sheets are not read: {', '.join(hidden)})" if hidden else ""
            return RosterSheet(file, errors=(SheetError(file, f"has no visible roster sheet{why}"),))
        with reading(file):
            ws = wb[name]

        def step(row: int) -> None:
            if check is not None:
                check()
            if progress is not None:
                progress(0, 0, f"Reading row {row:,}")

        result = _read_sheet(ws, file, name, step)
    except UnsafeWorkbookError as exc:
        return RosterSheet(file, errors=(SheetError(file, _strip_label(str(exc), file)),))
    finally:
        wb.close()
    return result


def _strip_label(message: str, file: str) -> str:
    return message[len(file) + 2:] if message.startswith(f"{file}: ") else message


def _read_sheet(ws: Any, file: str, sheet: str, on_step: Callable[[int], None]) -> RosterSheet:
    errors: list[SheetError] = []
    index = header_index(ROSTER_COLUMNS)

    def fail(message: str, row: int | None = None, column: str | None = None) -> RosterSheet:
        errors.append(SheetError(file, message, sheet, row, column))
        return RosterSheet(file, errors=tuple(errors), sheet=sheet)

    header_row, header = _find_header(ws, file, index)
    if header_row == 0:
        return fail("is empty: the first rows hold no column headers")
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
            errors.append(SheetError(file, f"the column {column.header} appears twice (also as {seen[column.key]!r})",
                                     sheet, header_row, str(text).strip()))
        else:
            seen[column.key] = str(text).strip()
            positions[position] = column
    if "family_name" not in seen:
        found = ", ".join(repr(str(t).strip()) for t in header if t is not None and str(t).strip()) or "none"
        errors.append(SheetError(file, f"the required column 'Family name' is missing (found: {found}); "
                                 "use the roster template's headers", sheet, header_row, "Family name"))
    if errors:
        return RosterSheet(file, errors=tuple(errors), sheet=sheet)
    if rows_with_values_exceed(ws, file, MAX_ROSTER_ROWS + HEADER_SEARCH_ROWS, on_step):
        return fail(f"has more than {MAX_ROSTER_ROWS:,} rows of data; split it into smaller files")
    merged = _merged_ranges(ws, file)
    for ref in merged:
        min_col, min_row, _max_col, max_row = range_boundaries(ref)
        if max_row > header_row:  # touches a data row (down or across: the other cells read blank)
            first = positions.get(min_col - 1)
            errors.append(SheetError(
                file, f"cells {ref} are merged; unmerge them and fill every cell (merged cells keep the value "
                "in their first cell only)", sheet, max(min_row, header_row + 1), first.header if first else None))
    if errors:
        return RosterSheet(file, errors=tuple(errors), sheet=sheet)

    lines: list[RosterLine] = []
    width = max(positions) + 1
    rows = guarded_rows(bounded_rows(ws, min_row=header_row + 1, max_row=EXCEL_MAX_ROWS, max_col=width), file)
    last_blank: Any = None
    count = 0
    for number, row in enumerate(rows, start=header_row + 1):
        if number % STEP == 0:
            on_step(number)
        if row is last_blank:
            continue
        cells = [(column, row[position]) for position, column in positions.items() if position < len(row)]
        if all(_blank(cell.value) for _column, cell in cells):
            last_blank = row
            continue
        count += 1
        if count > MAX_ROSTER_ROWS:
            errors.append(SheetError(file, f"has more than {MAX_ROSTER_ROWS:,} rows of data (row {number} is one "
                                     "too many); split it into smaller files", sheet))
            break
        values: dict[str, Any] = {}
        for column, cell in cells:
            try:
                values[column.key] = _convert(column, cell.value, getattr(cell, "data_type", None))
            except CellValueError as exc:
                errors.append(SheetError(file, str(exc), sheet, number, column.header))
        if "family_name" in values and not values["family_name"]:
            errors.append(SheetError(file, "Family name is required", sheet, number, "Family name"))
        lines.append(RosterLine(row=number, **values))
        if len(errors) >= MAX_ERRORS:
            errors.append(SheetError(file, f"more than {MAX_ERRORS} errors; the rest of the sheet was not checked",
                                     sheet))
            break
    warnings = ()
    if ignored:
        warnings = (f"Columns not imported (not part of the roster layout): {', '.join(ignored)}.",)
    return RosterSheet(file, tuple(lines), tuple(errors), sheet, frozenset(seen), tuple(ignored), warnings)


def _convert(column: Column, value: Any, data_type: str | None) -> Any:
    if column.key == "service_number":
        return parse_service_number(value, data_type)
    if column.key in DATE_KEYS:
        return parse_date(value, data_type)
    text = read_value(column, value, data_type)
    if column.key == "sex":
        return _choice(text, SEX_LABELS, _SEX_ALIASES, "sex")
    if column.key == "vetting_status":
        return _choice(text, VETTING_LABELS, _VETTING_ALIASES, "vetting status")
    return text


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_MERGE_TAG = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\"")
_MAX_MERGES = 10_000


def _merged_ranges(ws: Any, file: str) -> list[str]:
    """The merged ranges of a read-only sheet (openpyxl's read-only mode does not report them), found by
    a byte scan of the sheet's XML: <mergeCells> follows the rows, so the whole part is scanned once."""
    opener = getattr(ws, "_get_source", None)
    if opener is None:
        return []
    found: list[str] = []
    with reading(file):
        source = opener()
        try:
            tail = b""
            while True:
                chunk = source.read(1 << 20)
                buffer = tail + chunk
                position = 0
                for match in _MERGE_TAG.finditer(buffer):
                    found.append(match.group(1).decode("ascii"))
                    position = match.end()
                    if len(found) >= _MAX_MERGES:
                        return found
                if not chunk:
                    return found
                tail = buffer[max(position, len(buffer) - 200):]
        finally:
            source.close()

