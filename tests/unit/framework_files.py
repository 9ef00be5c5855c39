"""Hostile and broken workbooks for the framework import tests (no Qt, no database)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

HEADERS = ["Code", "Parent code", "Area code", "Area title", "Title", "Description",
           "Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Standard references"]


def make_workbook(path: Path, rows: list[list[object]], headers: list[str] | None = None,
                  sheet: str = "Competencies", extra: Callable[[Workbook], None] | None = None) -> Path:
    """A workbook as a person would make it in Excel (normal openpyxl mode: numbers stay numbers)."""
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


def rewrite_member(src: Path, dest: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy the zip `src` to `dest` with one member's bytes changed (CRCs recomputed: a valid zip)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == member:
                data = change(data)
            zout.writestr(info.filename, data)
    return dest


def sheet_member(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet"))


ENTITY_BOMB = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
               b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
               b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
EXTERNAL_ENTITY = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'


def with_doctype(doctype: bytes, use: bytes) -> Callable[[bytes], bytes]:
    """Put a DOCTYPE before the root element and an entity reference inside the first string cell."""
    def change(data: bytes) -> bytes:
        if data.startswith(b"<?xml"):
            data = data[data.index(b"?>") + 2:]
        data = doctype + data
        return data.replace(b"<t>", b"<t>" + use, 1) if b"<t>" in data else data.replace(b"<v>", b"<v>" + use, 1)
    return change


def far_cell(data: bytes) -> bytes:
    """One more cell at the last column of the last row (the sheet's dimension left as it was)."""
    return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is>'
                                          b"</c></row></sheetData>")


def raw_workbook(path: Path, rows: int, *, dimension: bool = True) -> Path:
    """A minimal .xlsx made by hand (fast for a huge sheet): a header and `rows` competencies."""
    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    body = ["<row r=\"1\">" + "".join(cell(f"{c}1", h) for c, h in zip("ABCDE", HEADERS[:5], strict=True)) + "</row>"]
    for n in range(2, rows + 2):
        body.append(f'<row r="{n}">{cell(f"A{n}", f"C{n}")}{cell(f"C{n}", "A")}{cell(f"D{n}", "Area")}'
                    f'{cell(f"E{n}", f"Title {n}")}</row>')
    dim = f'<dimension ref="A1:E{rows + 1}"/>' if dimension else ""
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main">{dim}<sheetData>{"".join(body)}</sheetData></worksheet>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                        f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
                            '<sheet name="Competencies" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}"><Relationship Id="rId1" '
            f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path
