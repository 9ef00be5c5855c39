"""Rosters as people fill them in Excel, and broken ones, for the roster import tests (no Qt)."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["ID", "Service number", "Family name", "Given names", "Name in native script", "Sex", "Rank", "Unit",
           "Position", "Birth date", "Vetting status", "Vetting date", "Vetting reference"]


def make_roster(path: Path, rows: list[list[object]], headers: list[str] | None = None, sheet: str = "Roster",
                extra: Callable[[Workbook], None] | None = None) -> Path:
    """A roster typed into Excel (normal openpyxl mode: numbers stay numbers, dates stay dates)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(HEADERS if headers is None else headers)
    for row in rows:
        ws.append(row)
    if extra is not None:
        extra(wb)
    wb.save(path)
    return path


def huge_roster(path: Path, rows: int) -> Path:
    """A roster of `rows` data rows, its sheet XML written directly (openpyxl would take a minute), with
    the <dimension> Excel writes."""
    small = make_roster(path.with_suffix(".small.xlsx"), [])
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<dimension ref="A1:B{rows + 1}"/><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Service number</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t>Family name</t></is></c></row>']
    parts.extend(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>S{n}</t></is></c>'
                 f'<c r="B{n}" t="inlineStr"><is><t>Name{n}</t></is></c></row>' for n in range(2, rows + 2))
    parts.append("</sheetData></worksheet>")
    sheet_xml = "".join(parts).encode()
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            out.writestr(info.filename, data)
    small.unlink()
    return path


def copy(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest
