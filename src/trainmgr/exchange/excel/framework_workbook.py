"""The competency framework workbook: one row per competency, the layout users load their UN, NATO
or national framework in, and the layout trainmgr exports.

Sheets: "Competencies" (required), "Scale" (the five levels; optional on reading) and "Framework"
(code, name, version of the framework; optional on reading). This module knows the file format
only: it returns rows and row-level errors (file, sheet, real row number, column header); the
service decides what the rows mean for the database.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook

from trainmgr.exchange.excel.columns import Column, Kind, SheetError, normalise_header
from trainmgr.exchange.excel.sheets import SheetData, read_sheet, saving, write_sheet
from trainmgr.exchange.xlsx_safety import UnsafeWorkbookError, open_workbook, reading

MAX_COMPETENCY_ROWS = 20_000
MAX_SMALL_SHEET_ROWS = 50  # Scale and Framework sheets hold a handful of rows
LEVELS = (1, 2, 3, 4, 5)

COMPETENCIES_SHEET, SCALE_SHEET, FRAMEWORK_SHEET = "Competencies", "Scale", "Framework"
_SHEET_NAMES = {
    COMPETENCIES_SHEET: ("competencies", "competences", "competency", "competence"),
    SCALE_SHEET: ("scale", "echelle", "proficiency scale", "echelle de competence"),
    FRAMEWORK_SHEET: ("framework", "cadre", "referentiel"),
}

Progress = Callable[[int, int, str], None]


class CancelCheck(Protocol):
    def check(self) -> None: ...


def _level_column(level: int) -> Column:
    return Column(f"level_{level}", f"Level {level}", Kind.TEXT, 36, max_len=2000,
                  aliases=(f"Level {level} descriptor", f"Niveau {level}", f"Descripteur niveau {level}",
                           f"Descripteur du niveau {level}", f"L{level}", f"N{level}"))


COMPETENCY_COLUMNS: tuple[Column, ...] = (
    Column("code", "Code", Kind.CODE, 12, required=True, max_len=40,
           aliases=("Competency code", "Code compétence", "Code de la compétence")),
    Column("parent_code", "Parent code", Kind.CODE, 12, max_len=40, aliases=("Parent", "Code parent")),
    Column("area_code", "Area code", Kind.CODE, 10, required=True, max_len=20,
           aliases=("Area", "Code domaine", "Code du domaine", "Domaine")),
    Column("area_title", "Area title", Kind.TEXT, 24, max_len=200,
           aliases=("Titre du domaine", "Intitulé du domaine", "Nom du domaine")),
    Column("title", "Title", Kind.TEXT, 34, required=True, max_len=300,
           aliases=("Competency", "Titre", "Intitulé", "Compétence")),
    Column("description", "Description", Kind.TEXT, 50, max_len=4000),
    *(_level_column(level) for level in LEVELS),
    Column("standards", "Standard references", Kind.TEXT, 40, max_len=4000,
           aliases=("Standards", "Standard reference", "References", "Références normatives",
                    "Référence normative", "Normes", "Références")),
)
SCALE_COLUMNS: tuple[Column, ...] = (
    Column("level", "Level", Kind.INT, 8, required=True, low=1, high=5, aliases=("Niveau",)),
    Column("label", "Label", Kind.TEXT, 18, required=True, max_len=80, aliases=("Libellé", "Intitulé", "Nom")),
    Column("description", "Description", Kind.TEXT, 70, max_len=2000),
    Column("proficient", "Proficient", Kind.INT, 11, low=0, high=1, aliases=("Maîtrisé", "Compétent")),
)
FRAMEWORK_COLUMNS: tuple[Column, ...] = (
    Column("code", "Code", Kind.CODE, 14, required=True, max_len=40),
    Column("name", "Name", Kind.TEXT, 60, required=True, max_len=200, aliases=("Nom", "Title", "Titre")),
    Column("version", "Version", Kind.CODE, 10, max_len=20),
    Column("source", "Source", Kind.TEXT, 40, max_len=2000),
)
# No wrapped cells: write-only sheets cannot set row heights, and LibreOffice then draws wrapped
# lines over the next rows (seen on a PDF of an export). One line per row reads as a grid.
_WRAP: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CompetencyLine:
    """One competency as the workbook holds it. `levels` / `standards` are None when the sheet has
    no such column (then the import leaves them as they are); `present` lists the columns found."""

    row: int
    code: str
    area_code: str
    title: str
    parent_code: str = ""
    area_title: str = ""
    description: str = ""
    levels: dict[int, str] | None = None
    standards: tuple[tuple[str, str], ...] | None = None
    present: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ScaleLine:
    row: int
    level: int
    label: str
    description: str = ""
    proficient: bool = False


@dataclass(frozen=True)
class FrameworkInfo:
    code: str
    name: str
    version: str = ""
    source: str = ""


@dataclass(frozen=True)
class FrameworkSheet:
    file: str
    rows: tuple[CompetencyLine, ...] = ()
    errors: tuple[SheetError, ...] = ()
    info: FrameworkInfo | None = None
    scale: tuple[ScaleLine, ...] = ()
    sheet: str = COMPETENCIES_SHEET  # the name of the competencies sheet as found
    ignored_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


# --- standard references "CODE: detail; CODE2: detail" -------------------------------------------
# One reference per line when the cell has several lines (the export writes them so when a detail
# holds a ";"); else ";" separates them where what follows looks like the next code ("CODE:" or a
# lone "CODE"), so "CODE: a; b" keeps its detail whole.
_REF_SPLIT = re.compile(r";(?=\s*[^\s:;]+\s*(?::|;|$))")
_REF_CODE = re.compile(r"[^\s:;]{1,40}")


def format_standards(refs: Iterable[tuple[str, str]]) -> str:
    refs = list(refs)
    parts = [f"{code}: {detail}" if detail else code for code, detail in refs]
    if any(";" in detail for _code, detail in refs):
        return "\n".join(parts)  # one per line, so a ";" inside a detail never splits it on reading
    return "; ".join(parts)


def parse_standards(text: str) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """(references, error). Each reference is "CODE" or "CODE: detail"."""
    refs: list[tuple[str, str]] = []
    seen: set[str] = set()
    parts = text.splitlines() if "\n" in text.strip() else _REF_SPLIT.split(text)
    for part in parts:
        part = part.strip().rstrip(";").strip()
        if not part:
            continue
        code, _sep, detail = part.partition(":")
        code, detail = code.strip(), detail.strip()
        if not _REF_CODE.fullmatch(code):
            return (), (f'"{part[:40]}" is not a standard reference; write "CODE: detail; CODE2: detail" '
                        "(a code has no spaces, at most 40 characters)")
        if code.casefold() in seen:
            return (), f"the standard {code} is referenced twice"
        if len(detail) > 300:
            return (), f"the detail for {code} is too long ({len(detail)} characters; at most 300)"
        seen.add(code.casefold())
        refs.append((code, detail))
    return tuple(refs), None


# --- writing -------------------------------------------------------------------------------------
def write_framework(path: str | os.PathLike[str], rows: Iterable[CompetencyLine], progress: Progress | None = None,
                    cancel: CancelCheck | None = None, *, info: FrameworkInfo | None = None,
                    scale: Sequence[ScaleLine] = (), total: int = 0) -> int:
    """Write the framework workbook to `path` atomically; returns the number of competency rows.
    Cancel (or any error) leaves no file behind and an older file of that name untouched."""
    path = Path(path)
    check = cancel.check if cancel is not None else None
    wb = Workbook(write_only=True)
    rows = list(rows)
    total = total or len(rows)

    def lines() -> Iterable[dict[str, Any]]:
        for done, line in enumerate(rows, start=1):
            if progress is not None and done % 200 == 0:
                progress(done, total, "Writing competencies")
            yield _line_values(line)

    with saving(wb, path):
        count = write_sheet(wb, COMPETENCIES_SHEET, COMPETENCY_COLUMNS, lines(), check, _WRAP, len(rows))
        write_sheet(wb, SCALE_SHEET, SCALE_COLUMNS,
                    [{"level": s.level, "label": s.label, "description": s.description,
                      "proficient": 1 if s.proficient else 0} for s in scale], check, _WRAP, len(scale))
        if info is not None:
            write_sheet(wb, FRAMEWORK_SHEET, FRAMEWORK_COLUMNS,
                        [{"code": info.code, "name": info.name, "version": info.version, "source": info.source}],
                        check, row_count=1)
        if check is not None:
            check()
        if progress is not None:
            progress(count, count, "Saving the workbook")
    return count


def _line_values(line: CompetencyLine) -> dict[str, Any]:
    values: dict[str, Any] = {
        "code": line.code, "parent_code": line.parent_code, "area_code": line.area_code,
        "area_title": line.area_title, "title": line.title, "description": line.description,
        "standards": format_standards(line.standards or ()),
    }
    for level in LEVELS:
        values[f"level_{level}"] = (line.levels or {}).get(level, "")
    return values


# --- reading -------------------------------------------------------------------------------------
def read_framework(path: str | os.PathLike[str], progress: Progress | None = None,
                   cancel: CancelCheck | None = None) -> FrameworkSheet:
    """Read a framework workbook with the hardened reader. Every problem is returned as a
    SheetError (a damaged or hostile file as one whole-file error); rows are returned as well so a
    preview can show what is fine, but a file with errors must not be applied."""
    path = Path(path)
    file = path.name
    check = cancel.check if cancel is not None else None
    try:
        wb = open_workbook(path, label=file, check_cancel=check)
    except UnsafeWorkbookError as exc:
        return FrameworkSheet(file, errors=(SheetError(file, _strip_label(str(exc), file)),))
    try:
        with reading(file):
            names = list(wb.sheetnames)
        found = {role: _find_sheet(names, role) for role in _SHEET_NAMES}
        comp_name = found[COMPETENCIES_SHEET] or next(
            (n for n in names if n not in (found[SCALE_SHEET], found[FRAMEWORK_SHEET])), None)
        if comp_name is None:
            return FrameworkSheet(file, errors=(SheetError(file, "has no Competencies sheet"),))

        def step(row: int) -> None:
            if check is not None:
                check()
            if progress is not None:
                progress(0, 0, f"Reading row {row:,}")

        with reading(file):
            ws = wb[comp_name]
        data = read_sheet(ws, file=file, sheet=comp_name, columns=COMPETENCY_COLUMNS,
                          max_rows=MAX_COMPETENCY_ROWS, on_step=step)
        errors = list(data.errors)
        lines = _competency_lines(data, file, errors)
        scale, info = (), None
        if found[SCALE_SHEET]:
            scale = _scale_lines(wb, found[SCALE_SHEET], file, errors)
        if found[FRAMEWORK_SHEET]:
            info = _framework_info(wb, found[FRAMEWORK_SHEET], file, errors)
    except UnsafeWorkbookError as exc:
        return FrameworkSheet(file, errors=(SheetError(file, _strip_label(str(exc), file)),))
    finally:
        wb.close()
    warnings = ()
    if data.ignored:
        warnings = (f"Columns not imported (not part of the framework layout): {', '.join(data.ignored)}.",)
    return FrameworkSheet(file, tuple(lines), tuple(errors), info, scale, comp_name, data.ignored, warnings)


def _strip_label(message: str, file: str) -> str:
    return message[len(file) + 2:] if message.startswith(f"{file}: ") else message


def _find_sheet(names: Sequence[str], role: str) -> str | None:
    wanted = _SHEET_NAMES[role]
    return next((n for n in names if normalise_header(n) in wanted), None)


def _competency_lines(data: SheetData, file: str, errors: list[SheetError]) -> list[CompetencyLine]:
    lines = []
    has_levels = any(f"level_{level}" in data.present for level in LEVELS)
    for row in data.rows:
        v = row.values
        for key, header in (("code", "Code"), ("area_code", "Area code"), ("title", "Title")):
            if key in v and not v[key]:  # present and blank; a refused value already has its error
                errors.append(SheetError(file, f"{header} is required", data.name, row.number, header))
        standards = None
        if "standards" in data.present:
            standards, problem = parse_standards(v.get("standards") or "")
            if problem:
                errors.append(SheetError(file, problem, data.name, row.number, "Standard references"))
        levels = None
        if has_levels:
            levels = {level: v.get(f"level_{level}") or "" for level in LEVELS if f"level_{level}" in data.present}
        lines.append(CompetencyLine(
            row=row.number, code=v.get("code") or "", area_code=v.get("area_code") or "", title=v.get("title") or "",
            parent_code=v.get("parent_code") or "", area_title=v.get("area_title") or "",
            description=v.get("description") or "", levels=levels, standards=standards, present=data.present))
    return lines


def _scale_lines(wb: Any, name: str, file: str, errors: list[SheetError]) -> tuple[ScaleLine, ...]:
    with reading(file):
        ws = wb[name]
    data = read_sheet(ws, file=file, sheet=name, columns=SCALE_COLUMNS, max_rows=MAX_SMALL_SHEET_ROWS)
    errors.extend(data.errors)
    if data.errors:
        return ()
    lines: list[ScaleLine] = []
    seen: dict[int, int] = {}
    for row in data.rows:
        level, label = row.values.get("level"), row.values.get("label") or ""
        if level is None:
            errors.append(SheetError(file, "Level is required (1 to 5)", name, row.number, "Level"))
            continue
        if level in seen:
            errors.append(SheetError(file, f"level {level} is listed twice (also row {seen[level]})", name,
                                     row.number, "Level"))
            continue
        if not label:
            errors.append(SheetError(file, "Label is required", name, row.number, "Label"))
        seen[level] = row.number
        lines.append(ScaleLine(row.number, level, label, row.values.get("description") or "",
                               bool(row.values.get("proficient"))))
    missing = [str(level) for level in LEVELS if level not in seen]
    if lines and missing:
        errors.append(SheetError(file, f"the scale must have the five levels 1 to 5; missing: {', '.join(missing)}",
                                 name))
    return tuple(sorted(lines, key=lambda s: s.level))


def _framework_info(wb: Any, name: str, file: str, errors: list[SheetError]) -> FrameworkInfo | None:
    with reading(file):
        ws = wb[name]
    data = read_sheet(ws, file=file, sheet=name, columns=FRAMEWORK_COLUMNS, max_rows=1)
    errors.extend(data.errors)
    if data.errors or not data.rows:
        return None
    row = data.rows[0]
    info = FrameworkInfo(row.values.get("code") or "", row.values.get("name") or "",
                         row.values.get("version") or "", row.values.get("source") or "")
    for value, header in ((info.code, "Code"), (info.name, "Name")):
        if not value:
            errors.append(SheetError(file, f"{header} is required", name, row.number, header))
    return info
