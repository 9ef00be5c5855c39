"""`trainmgr import roster` / `trainmgr export roster` as a user meets them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from trainmgr.cli.main import run
from trainmgr.db.models import Rank
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.session_open import open_services
from trainmgr.services.trainees import TraineeInput
from trainmgr.services.units import UnitInput


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "field.db"
    services = open_services(path, user="tester")
    try:
        programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
        unit = services.units.create(programme, UnitInput(name="2e Compagnie", kind="company")).id
        with services.db.write() as s:
            rank = Rank(programme_id=programme, code="SGT", name="Sergent", sort_order=5)
            s.add(rank)
            s.flush()
            rank_id = rank.id
        for family, given, number in (("Diallo", "Awa", "00123"), ("Keita", "Issa", "00456")):
            services.trainees.create(TraineeInput(programme, family, given, service_number=number, unit_id=unit,
                                                  rank_id=rank_id))
    finally:
        services.db.close()
    return path


@pytest.fixture
def exported(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "roster.xlsx"
    assert run(["export", "roster", "--db", str(db_path), "--out", str(out)]) == 0
    assert f"wrote {out}: programme SAH, roster, 2 trainees" in capsys.readouterr().out
    return out


def test_export_then_import_changes_nothing(db_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(db_path)
    assert run(["import", "roster", "--db", str(db_path), str(exported)]) == 0
    assert capsys.readouterr().out.startswith("roster.xlsx: nothing changed; 0 new, 0 updated, 2 unchanged trainees")
    assert digest(db_path) == before


def test_dry_run_then_apply_then_again(db_path: Path, exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wb = load_workbook(exported)
    ws = wb["Roster"]
    ws["I2"] = "Driver"
    ws.append([None, "00789", "Sow", "Moussa", None, "Male", "Sergent", "2e Compagnie"])
    wb.save(exported)
    before = digest(db_path)
    assert run(["import", "roster", "--db", str(db_path), str(exported), "--dry-run", "--programme", "SAH"]) == 0
    out = capsys.readouterr().out
    assert "would import 1 new, 1 updated, 1 unchanged trainees" in out
    assert "  new       row 4  Sow Moussa  00789" in out and "  updated   row 2  Diallo Awa  (Position)" in out
    assert digest(db_path) == before
    assert run(["import", "roster", "--db", str(db_path), str(exported)]) == 0
    assert "imported 1 new, 1 updated" in capsys.readouterr().out
    assert run(["import", "roster", "--db", str(db_path), str(exported)]) == 0
    assert "nothing changed; 0 new, 0 updated, 3 unchanged" in capsys.readouterr().out


def test_errors_are_one_per_line_exit_1_and_nothing_changes(db_path: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Roster"
    ws.append(["Service number", "Family name", "Birth date"])
    ws.append([1234, "Ba", "1990-01-02"])
    ws.append(["0042", "Sy", "March 3 2024"])
    ws.append(["0042", "Sy", "03/03/1990"])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    before = digest(db_path)
    assert run(["import", "roster", "--db", str(db_path), str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "bad.xlsx, sheet Roster, row 2, column Service number: service number 1234 was stored as a number; "
        "leading zeros may be lost: format the column as text",
        'bad.xlsx, sheet Roster, row 3, column Birth date: "March 3 2024" is not a date in an accepted form: '
        "type YYYY-MM-DD (2024-03-31) or DD/MM/YYYY (31/03/2024)",
        "bad.xlsx, sheet Roster, row 4, column Service number: the service number 0042 is used twice (also row 3)",
        "bad.xlsx: 3 error(s); nothing was imported.",
    ]
    assert digest(db_path) == before


def test_not_a_workbook_and_template(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("hello")
    assert run(["import", "roster", "--db", str(db_path), str(fake)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "fake.xlsx: is not an .xlsx workbook."
    out = tmp_path / "template.xlsx"
    assert run(["export", "roster", "--db", str(db_path), "--out", str(out), "--template"]) == 0
    assert "programme SAH, blank roster template" in capsys.readouterr().out
    assert load_workbook(out)["Roster"].max_row == 1
    assert run(["export", "roster", "--db", str(db_path), "--out", str(out), "--programme", "NOPE"]) == 1
    assert "No programme with the code NOPE" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["export", "roster", "--template", "--lang", "fr"],
                                  ["--lang", "fr", "export", "roster", "--template"]])
def test_template_in_french(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    out = tmp_path / "modele.xlsx"
    assert run([*args, "--db", str(db_path), "--out", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Stagiaires" and wb["Stagiaires"]["C1"].value == "Nom de famille"
    wb["Stagiaires"].append([None, "00777", "Sow", "Moussa", None, "Homme", "Sergent", "2e Compagnie"])
    wb.save(out)
    capsys.readouterr()
    assert run(["import", "roster", "--db", str(db_path), str(out)]) == 0
    assert "1 new" in capsys.readouterr().out


def test_export_in_french_imports_back_unchanged(db_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "stagiaires.xlsx"
    assert run(["export", "roster", "--lang", "fr", "--db", str(db_path), "--out", str(out)]) == 0
    assert load_workbook(out)["Stagiaires"]["F1"].value == "Sexe"
    before = digest(db_path)
    assert run(["import", "roster", "--db", str(db_path), str(out)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert digest(db_path) == before
