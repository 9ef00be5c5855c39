"""`trainmgr sync export/import` with a package password read from a file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from trainmgr.cli.main import run
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.session_open import open_services


def test_a_password_protected_package_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    field, hq = tmp_path / "field.db", tmp_path / "hq.db"
    services = open_services(field, user="field")
    services.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    services.db.close()
    open_services(hq, user="hq").db.close()
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("incorrect horse battery\n", encoding="utf-8")
    package = tmp_path / "field.xlsx"

    assert run(["sync", "export", "--db", str(field), "--out", str(package), "--full",
                "--package-password-file", str(secret)]) == 0
    assert package.exists() and not zipfile.is_zipfile(package)
    capsys.readouterr()
    assert run(["sync", "import", "--db", str(hq), str(package)]) == 1
    assert "protected by a password" in capsys.readouterr().err
    assert run(["sync", "import", "--db", str(hq), str(package), "--package-password-file", str(wrong)]) == 1
    assert "password is wrong" in capsys.readouterr().err
    assert run(["sync", "import", "--db", str(hq), str(package), "--package-password-file", str(secret)]) == 0
    services = open_services(hq, user="hq")
    try:
        assert [p.name for p in services.programmes.list()] == ["Sahel Central"]
    finally:
        services.db.close()
