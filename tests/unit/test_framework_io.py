"""Framework import/export through the service: round trips, previews, exact edits, and malformed
files that change nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from framework_files import (
    ENTITY_BOMB,
    EXTERNAL_ENTITY,
    far_cell,
    raw_workbook,
    rewrite_member,
    sheet_member,
    with_doctype,
)
from openpyxl import load_workbook

from trainmgr.services.container import Services
from trainmgr.services.framework_io import FrameworkImportError, FrameworkIOService

TABLES = ("framework", "proficiency_scale", "proficiency_level", "capability_area", "competency",
          "level_descriptor", "standard", "competency_standard", "import_batch")


def state(db: Path) -> dict[str, Any]:
    with closing(sqlite3.connect(db)) as conn:
        return {t: conn.execute(f"SELECT count(*), max(change_seq), max(hlc) FROM {t}").fetchone() for t in TABLES}


@pytest.fixture
def io(services: Services) -> FrameworkIOService:
    return FrameworkIOService(services.db)


@pytest.fixture
def exported(io: FrameworkIOService, tmp_path: Path) -> Path:
    path = tmp_path / "starter.xlsx"
    result = io.export(io.find("TM-START"), path)
    assert result.competencies == 61
    return path


def edit(path: Path, change: Callable[[Any], None], out: Path | None = None) -> Path:
    """Open the workbook as a person would in Excel, change it, save it."""
    wb = load_workbook(path)
    change(wb)
    wb.save(out or path)
    return out or path


def row_of(ws: Any, code: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code)


def test_round_trip_changes_nothing(io: FrameworkIOService, exported: Path, db_path: Path) -> None:
    before = state(db_path)
    preview = io.preview(exported)
    assert (len(preview.new), len(preview.changed), preview.unchanged) == (0, 0, 61)
    assert not preview.new_framework and preview.framework_code == "TM-START" and preview.errors == ()
    result = io.apply(exported)
    assert not result.has_changes
    assert state(db_path) == before  # not even an ImportBatch: nothing was imported


def test_an_edited_title_is_the_only_change(io: FrameworkIOService, services: Services, exported: Path,
                                            db_path: Path) -> None:
    def retitle(wb: Any) -> None:
        ws = wb["Competencies"]
        ws.cell(row_of(ws, "LOG.01"), 5).value = "Supply chain management"

    edit(exported, retitle)
    preview = io.preview(exported)
    assert [(c.code, c.fields) for c in preview.changed] == [("LOG.01", ("title",))]
    assert preview.unchanged == 60 and preview.new == ()
    before = state(db_path)
    result = io.apply(exported, expected_sha256=preview.sha256)
    assert result.applied
    after = state(db_path)
    changed_tables = {t for t in TABLES if after[t] != before[t]}
    assert changed_tables == {"competency", "import_batch"}
    with closing(sqlite3.connect(db_path)) as conn:
        rows = conn.execute("SELECT code, title, field_clocks FROM competency WHERE change_seq > ?",
                            (before["competency"][1],)).fetchall()
        batch = conn.execute("SELECT kind, file_name, sha256, rows_new, rows_updated, rows_unchanged "
                             "FROM import_batch").fetchall()
    assert len(rows) == 1 and rows[0][:2] == ("LOG.01", "Supply chain management")
    assert set(json.loads(rows[0][2]) or {}) == {"title"}  # sync sees exactly the edit
    assert batch == [("framework", "starter.xlsx", preview.sha256, 0, 1, 60)]
    again = io.apply(exported)  # the same file again: nothing
    assert not again.has_changes and state(db_path) == after


def test_a_new_competency_under_a_parent(io: FrameworkIOService, services: Services, exported: Path) -> None:
    def add(wb: Any) -> None:
        wb["Competencies"].append(["LOG.01.9", "LOG.01", "LOG", "Logistics", "Fuel accounting", "Tracks fuel",
                                   "knows", "", "", "", "", "NEW-STD: chapter 1; NATO-AJP4"])

    edit(exported, add)
    preview = io.preview(exported)
    assert [c.code for c in preview.new] == ["LOG.01.9"] and preview.new_standards == ("NEW-STD",)
    io.apply(exported)
    framework_id = io.find("TM-START")
    tree = services.frameworks.tree(framework_id, "Fuel accounting")
    (area,) = tree
    parent = area.competencies[0]
    assert parent.code == "LOG.01" and [k.code for k in parent.children] == ["LOG.01.9"]
    detail = services.frameworks.competency(parent.children[0].id)
    assert detail.descriptors[1] == "knows" and {s.code: s.detail for s in detail.standards} == {
        "NEW-STD": "chapter 1", "NATO-AJP4": ""}


def test_a_file_of_another_framework_makes_a_new_one_and_is_idempotent(
        io: FrameworkIOService, services: Services, exported: Path, tmp_path: Path, db_path: Path) -> None:
    def recode(wb: Any) -> None:
        wb["Framework"]["A2"] = "NAT-POL"
        wb["Framework"]["B2"] = "National police framework"

    other = edit(exported, recode, tmp_path / "national.xlsx")
    preview = io.preview(other)
    assert preview.new_framework and len(preview.new) == 61 and len(preview.new_areas) == 9
    io.apply(other)
    new_id = io.find("NAT-POL")
    assert [a.code for a in services.frameworks.tree(new_id)] == [a.code for a in services.frameworks.tree(
        io.find("TM-START"))]
    labels = [lv.label for lv in services.frameworks.levels(new_id)]
    assert labels == ["Awareness", "Basic", "Proficient", "Advanced", "Expert"]
    before = state(db_path)
    assert not io.apply(other).has_changes and state(db_path) == before
    # and exporting the new framework gives back the same rows
    again = tmp_path / "again.xlsx"
    io.export(new_id, again)
    assert io.preview(again).unchanged == 61


def test_a_file_without_framework_sheet_is_named_after_the_file(io: FrameworkIOService, exported: Path,
                                                               tmp_path: Path) -> None:
    other = edit(exported, lambda wb: wb.remove(wb["Framework"]), tmp_path / "Border guards 2026.xlsx")
    preview = io.preview(other)
    assert preview.new_framework and preview.framework_code == "BORDER-GUARDS-2026"
    assert preview.framework_name == "Border guards 2026"


def test_codes_match_whatever_their_case(io: FrameworkIOService, services: Services, exported: Path) -> None:
    """A clerk types "log.01" for the framework's "LOG.01": the same competency, not a new one; a new
    row whose parent and area are written in another case lands under them."""
    def lower(wb: Any) -> None:
        ws = wb["Competencies"]
        r = row_of(ws, "LOG.01")
        ws.cell(r, 1).value = "log.01"
        ws.cell(r, 3).value = "log"
        ws.cell(r, 5).value = "Supply chain management"
        ws.append(["log.01.9", "Log.01", "LOG", "Logistics", "Fuel accounting", "", "", "", "", "", "", ""])

    edit(exported, lower)
    preview = io.preview(exported)
    assert preview.errors == ()
    assert [(c.code, c.fields) for c in preview.changed] == [("LOG.01", ("title",))]
    assert [c.code for c in preview.new] == ["log.01.9"]
    io.apply(exported, expected_sha256=preview.sha256)
    (area,) = services.frameworks.tree(io.find("TM-START"), "Fuel accounting")
    parent = area.competencies[0]
    assert parent.code == "LOG.01" and [k.code for k in parent.children] == ["log.01.9"]
    again = io.preview(exported)
    assert again.new == () and again.changed == ()



# --- malformed files: a clear error list, nothing changed -------------------------------------------
def _set(code: str, column: int, value: object) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        ws = wb["Competencies"]
        ws.cell(row_of(ws, code), column).value = value
    return change


def _append(*rows: list[object]) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        for row in rows:
            wb["Competencies"].append(row)
    return change


def _scale_text(wb: Any) -> None:
    wb["Scale"]["A4"] = "three"


def _wrong_columns(wb: Any) -> None:
    ws = wb["Competencies"]
    ws["A1"] = "Identifier"
    ws["E1"] = "Name"


MALFORMED = {
    "wrong columns": (_wrong_columns, ["column Code: the required column 'Code' is missing",
                                       "column Title: the required column 'Title' is missing"]),
    "duplicate codes": (_append(["LOG.01", None, "LOG", None, "Again"]),
                        ["row 63, column Code: the code LOG.01 is used twice (also row 2)"]),
    "unknown parent": (_set("LOG.01.1", 2, "LOG.99"),
                       ["row 3, column Parent code: the parent LOG.99 is neither in the file nor in the framework"]),
    "cycle": (lambda wb: (_set("LOG.01", 2, "LOG.01.1")(wb)),
              ["row 2, column Parent code: the parents form a cycle: LOG.01 → LOG.01.1 → LOG.01"]),
    "own parent": (_set("LOG.01", 2, "LOG.01"), ["row 2, column Parent code: LOG.01 cannot be its own parent"]),
    "unknown area": (_append(["Z.1", None, "ZZ", None, "Zed"]),
                     ["row 63, column Area code: the area ZZ is not in the framework; give its title"]),
    "text in a level column": (_scale_text, ['sheet Scale, row 4, column Level: expected a whole number from 1 to 5, '
                                             'found "three"']),
    "formula": (_set("LOG.01", 5, "=CONCAT(\"a\",\"b\")"), ["row 2, column Title: holds a formula"]),
    "float code": (_set("LOG.01", 1, 1.1), ["row 2, column Code: holds the number 1.1, not text"]),
    "parent in another area": (_set("LOG.01.1", 3, "C2"),
                               ["row 3, column Parent code: the parent LOG.01 is in the area LOG, not in C2"]),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_workbooks_change_nothing(case: str, io: FrameworkIOService, exported: Path, db_path: Path,
                                           tmp_path: Path) -> None:
    change, expected = MALFORMED[case]
    bad = edit(exported, change, tmp_path / "bad.xlsx")
    before = state(db_path)
    preview = io.preview(bad)
    lines = preview.error_lines()
    assert not preview.can_apply
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    assert all(line.startswith("bad.xlsx") for line in lines)
    with pytest.raises(FrameworkImportError) as raised:
        io.apply(bad)
    assert raised.value.preview.error_lines() == lines
    assert state(db_path) == before


def _hostile_files(exported: Path, tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.xlsx"
    text.write_text("code;title\n")
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])
    sheet = sheet_member(exported)
    return {
        "not xlsx": (text, "notes.xlsx: is not an .xlsx workbook."),
        "truncated": (truncated, "cut.xlsx: damaged or not a valid workbook"),
        "entity bomb": (rewrite_member(exported, tmp_path / "bomb.xlsx", sheet, with_doctype(ENTITY_BOMB, b"&lol3;")),
                        "bomb.xlsx: damaged or not a valid workbook"),
        "external entity": (rewrite_member(exported, tmp_path / "xxe.xlsx", sheet,
                                           with_doctype(EXTERNAL_ENTITY, b"&ext;")),
                            "xxe.xlsx: damaged or not a valid workbook"),
        "50 000 rows": (raw_workbook(tmp_path / "huge.xlsx", 50_000),
                        "huge.xlsx, sheet Competencies: has more than 20,000 rows of data"),
    }


@pytest.mark.parametrize("case", ["not xlsx", "truncated", "entity bomb", "external entity", "50 000 rows"])
def test_hostile_files_are_one_clear_error(case: str, io: FrameworkIOService, exported: Path, db_path: Path,
                                           tmp_path: Path) -> None:
    path, expected = _hostile_files(exported, tmp_path)[case]
    before = state(db_path)
    preview = io.preview(path)
    assert preview.error_lines()[0].startswith(expected), preview.error_lines()
    with pytest.raises(FrameworkImportError):
        io.apply(path)
    assert state(db_path) == before


def test_a_cell_at_xfd1048576_is_harmless(io: FrameworkIOService, exported: Path, tmp_path: Path) -> None:
    far = rewrite_member(exported, tmp_path / "far.xlsx", sheet_member(exported), far_cell)
    preview = io.preview(far)
    assert preview.errors == () and preview.unchanged == 61


def test_a_file_changed_after_its_preview_is_not_applied(io: FrameworkIOService, exported: Path,
                                                         db_path: Path) -> None:
    preview = io.preview(exported)
    edit(exported, _set("LOG.01", 5, "Changed meanwhile"))
    before = state(db_path)
    with pytest.raises(Exception, match="changed since it was checked"):
        io.apply(exported, expected_sha256=preview.sha256)
    assert state(db_path) == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_re_saved_by_libreoffice_is_unchanged(io: FrameworkIOService, exported: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--convert-to", "xlsx", "--outdir", str(out), str(exported)],
                   check=True, capture_output=True, timeout=180)
    preview = io.preview(out / exported.name)
    assert preview.errors == () and preview.unchanged == 61 and not preview.has_changes


def test_cancel_stops_a_preview_and_an_apply_before_any_write(io: FrameworkIOService, exported: Path,
                                                              db_path: Path) -> None:
    from trainmgr.errors import Cancelled
    from trainmgr.services.tasks import CancelToken

    edit(exported, _set("LOG.01", 5, "Changed"))
    token = CancelToken()
    token.cancel()
    before = state(db_path)
    with pytest.raises(Cancelled):
        io.preview(exported, cancel=token)
    with pytest.raises(Cancelled):
        io.apply(exported, cancel=token)
    assert state(db_path) == before


def test_levels_and_standards_edits_are_exact(io: FrameworkIOService, services: Services, exported: Path) -> None:
    def change(wb: Any) -> None:
        ws = wb["Competencies"]
        row = row_of(ws, "LOG.01")
        ws.cell(row, 9).value = "New level 3 text"
        ws.cell(row, 12).value = "NATO-AJP4: Supply chain management and stock levels"  # NAT-DOC dropped

    edit(exported, change)
    preview = io.preview(exported)
    assert [(c.code, c.fields) for c in preview.changed] == [("LOG.01", ("level 3", "standards"))]
    io.apply(exported)
    framework_id = io.find("TM-START")
    (area,) = services.frameworks.tree(framework_id, "Supply management")
    detail = services.frameworks.competency(area.competencies[0].id)
    assert detail.descriptors[3] == "New level 3 text"
    assert [s.code for s in detail.standards] == ["NATO-AJP4"]
    assert not io.apply(exported).has_changes
