"""`trainmgr import framework` / `trainmgr export framework` as a user meets them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from trainmgr.cli.main import run
from trainmgr.db.migrate import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    open_database(path, "tester").close()
    return path


@pytest.fixture
def exported(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "starter.xlsx"
    assert run(["export", "framework", "--db", str(db_path), "--out", str(out)]) == 0
    assert f"wrote {out}: framework TM-START 1.0, 61 competencies" in capsys.readouterr().out
    return out


def test_export_then_import_changes_nothing(db_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["import", "framework", "--db", str(db_path), str(exported)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("starter.xlsx: nothing changed; framework TM-START 1.0")
    assert "0 new, 0 changed, 61 unchanged competencies" in out


def test_dry_run_shows_the_edit_and_changes_nothing(db_path: Path, exported: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    wb = load_workbook(exported)
    ws = wb["Competencies"]
    ws["E2"] = "Supply chain"
    ws.append(["LOG.09", None, "LOG", None, "Fuel"])
    wb.save(exported)
    before = digest(db_path)
    assert run(["import", "framework", "--db", str(db_path), str(exported), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would import framework TM-START 1.0" in out and "1 new, 1 changed, 60 unchanged" in out
    assert "  new      LOG.09  Fuel" in out and "  changed  LOG.01  Supply chain  (title)" in out
    assert digest(db_path) == before
    assert run(["import", "framework", "--db", str(db_path), str(exported)]) == 0
    assert "imported framework TM-START" in capsys.readouterr().out
    assert run(["import", "framework", "--db", str(db_path), str(exported)]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_errors_are_one_per_line_and_exit_1(db_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = load_workbook(exported)
    ws = wb["Competencies"]
    ws["B2"] = "LOG.99"
    ws.append(["LOG.01", None, "LOG", None, "Twice"])
    wb.save(exported)
    before = digest(db_path)
    assert run(["import", "framework", "--db", str(db_path), str(exported)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "starter.xlsx, sheet Competencies, row 63, column Code: the code LOG.01 is used twice (also row 2)",
        "starter.xlsx, sheet Competencies, row 2, column Parent code: the parent LOG.99 is neither in the file nor "
        "in the framework",
        "starter.xlsx: 2 error(s); nothing was imported.",
    ]
    assert digest(db_path) == before


def test_not_a_workbook(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hello")
    assert run(["import", "framework", "--db", str(db_path), str(fake), "--dry-run"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "fake.xlsx: is not an .xlsx workbook."
    assert run(["import", "framework", "--db", str(db_path), str(tmp_path / "missing.xlsx")]) == 1
    assert "No workbook at" in capsys.readouterr().err


def test_export_chooses_among_several_frameworks(db_path: Path, exported: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "national.xlsx"
    wb = load_workbook(exported)
    wb["Framework"]["A2"] = "NAT"
    wb.save(other)
    assert run(["import", "framework", "--db", str(db_path), str(other)]) == 0
    capsys.readouterr()
    out = tmp_path / "out.xlsx"
    assert run(["export", "framework", "--db", str(db_path), "--out", str(out)]) == 1
    assert "several frameworks (NAT@1.0, TM-START@1.0); choose one with --framework CODE" in capsys.readouterr().err
    assert run(["export", "framework", "--db", str(db_path), "--out", str(out), "--framework", "NAT"]) == 0
    assert load_workbook(out, read_only=True)["Framework"]["A2"].value == "NAT"
    assert run(["export", "framework", "--db", str(db_path), "--out", str(out), "--framework", "NOPE"]) == 1
    assert "No framework with the code NOPE" in capsys.readouterr().err
