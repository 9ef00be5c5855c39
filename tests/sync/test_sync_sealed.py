"""Password-protected packages: what travels on a stick reveals no name without the password, and
the import refuses it without the right one, changing nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from tests.sync.helpers import content

from trainmgr.errors import ValidationError
from trainmgr.exchange.sync.sealed import PasswordRequired, WrongPassword
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput

PASSWORD = "long enough secret"


def test_a_sealed_package_travels_and_opens_only_with_its_password(laptops, tmp_path: Path) -> None:
    a, b = laptops("a"), laptops("b")
    prog = a.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    a.units.create(prog.id, UnitInput(name="Groupement Tombouctou"))
    out = tmp_path / "out"
    out.mkdir()
    path = out / "sealed.xlsx"
    summary = a.sync.export(path, full=True, password=PASSWORD)
    assert summary.path == str(path) and summary.rows > 0
    raw = path.read_bytes()
    assert not zipfile.is_zipfile(path)  # an encrypted container, not a readable workbook
    assert b"Tombouctou" not in raw and "Tombouctou".encode("utf-16-le") not in raw
    assert [p.name for p in out.iterdir()] == ["sealed.xlsx"]  # no plain copy left beside it

    before = content(b)
    with pytest.raises(PasswordRequired, match=r"sealed\.xlsx is protected by a password"):
        b.sync.import_package(path)
    with pytest.raises(WrongPassword, match="password is wrong"):
        b.sync.import_package(path, password="not the password")
    assert content(b) == before
    preview = b.sync.import_package(path, dry_run=True, password=PASSWORD)
    assert not preview.applied and content(b) == before
    assert b.sync.import_package(path, password=PASSWORD).applied
    assert [u.name for u in b.units.list(prog.id)] == ["Groupement Tombouctou"]
    assert content(a) == content(b)


def test_a_short_password_is_refused_before_anything_is_written(laptops, tmp_path: Path) -> None:
    a = laptops("a")
    a.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="at least 8"):
        a.sync.export(out / "p.xlsx", full=True, password="short")
    assert list(out.iterdir()) == []
