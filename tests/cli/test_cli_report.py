"""`trainmgr report KIND` as a user meets it: the workbook written, the scope by code, the language,
the personal-data level, the password file, and one-line errors with exit codes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from trainmgr.cli.main import run
from trainmgr.exchange.excel.reports.encryption import decrypt_workbook
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.session_open import open_services


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-report") / "demo.db"
    services = open_services(path, user="tester")
    try:
        DemoBuilder(services.db).build(trainees=60, seed=5)
    finally:
        services.db.close()
    return path


@pytest.fixture
def cohort(demo_path: Path) -> tuple[str, list[str]]:
    """A cohort's code and its trainees' service numbers."""
    services = open_services(demo_path, user="tester")
    try:
        programme = services.programmes.list()[0].id
        c = max(services.cohorts.list(programme), key=lambda c: c.enrolled)
        return c.code, [e.service_number for e in services.cohorts.roster(c.id)]
    finally:
        services.db.close()


def test_attendance_report_in_french_without_names(demo_path: Path, cohort: tuple[str, list[str]], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "registre.xlsx"
    code, numbers = cohort
    assert run(["report", "attendance", "--db", str(demo_path), "--out", str(out), "--cohort", code,
                "--lang", "fr", "--personal-data", "pseudonymised"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"wrote {out}: attendance report (fr, personal data: pseudonymised)")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["À propos", "Séances", "Registre"]
    assert wb["Registre"]["A4"].value == "Code stagiaire"
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))
    assert numbers and not any(n in xml for n in numbers)


def test_encrypted_summary_with_a_password_file(demo_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("ministry-2025\nignored second line\n", encoding="utf-8")
    out = tmp_path / "summary.xlsx"
    assert run(["report", "summary", "--db", str(demo_path), "--out", str(out), "--suppress-small",
                "--workbook-password-file", str(secret)]) == 0
    assert "encrypted" in capsys.readouterr().out
    assert not zipfile.is_zipfile(out)
    with out.open("rb") as handle:
        wb = openpyxl.load_workbook(io.BytesIO(decrypt_workbook(handle, "ministry-2025")))
    assert wb.sheetnames[:2] == ["About", "Key figures"]


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "attendance"], "is about one cohort: name it"),
    (["report", "results", "--cohort", "NOPE"], "No cohort with id or code 'NOPE'"),
    (["report", "summary", "--workbook-password-file", "missing.txt"], "No password file at missing.txt"),
    (["report", "assessment"], "about one unit or one assessment"),
])
def test_refusals_are_one_line_with_exit_code_1(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                argv: list[str], message: str) -> None:
    out = tmp_path / "r.xlsx"
    assert run([*argv, "--db", str(demo_path), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("trainmgr: ") and message in err[-1]
    assert not out.exists()


def test_unknown_kind_is_a_usage_error(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run(["report", "payroll", "--db", str(demo_path), "--out", str(tmp_path / "x.xlsx")])
    assert exc.value.code == 2
