"""Cancelling a roster check, import or export (the progress dialog's Cancel) stops it and changes
nothing: no trainee, no import batch, no file left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from delivery_world import TODAY, World, make_world
from openpyxl import load_workbook
from sqlalchemy import func, select

from trainmgr.db.models import ImportBatch, Person
from trainmgr.errors import Cancelled
from trainmgr.services.container import Services
from trainmgr.services.roster_io import RosterIOService
from trainmgr.services.tasks import CancelToken


class CancelAfter(CancelToken):
    """Cancels itself at the n-th check: a user clicking Cancel while the work runs."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.left = checks

    def check(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.cancel()
        super().check()


@pytest.fixture
def world(services: Services) -> World:
    return make_world(services)


def counts(world: World) -> tuple[int, int]:
    with world.services.db.read() as s:
        return (s.scalar(select(func.count()).select_from(Person)) or 0,
                s.scalar(select(func.count()).select_from(ImportBatch)) or 0)


def filled(world: World, path: Path, rows: int) -> Path:
    RosterIOService(world.services.db).template(world.programme_id, path)
    wb = load_workbook(path)
    for i in range(rows):
        wb["Roster"].append([None, f"{i:05d}", f"Family{i}", "Given"])
    wb.save(path)
    return path


@pytest.mark.parametrize("checks", [1, 3])  # 3: inside the write transaction
def test_cancelled_apply_changes_nothing(world: World, tmp_path: Path, checks: int) -> None:
    path = filled(world, tmp_path / "roster.xlsx", 600)
    io = RosterIOService(world.services.db)
    before = counts(world)
    with pytest.raises(Cancelled):
        io.apply(world.programme_id, path, cancel=CancelAfter(checks), today=TODAY)
    assert counts(world) == before
    assert io.apply(world.programme_id, path, today=TODAY).applied  # not cancelled: it goes through


def test_cancelled_preview_and_export(world: World, tmp_path: Path) -> None:
    path = filled(world, tmp_path / "roster.xlsx", 600)
    io = RosterIOService(world.services.db)
    with pytest.raises(Cancelled):
        io.preview(world.programme_id, path, cancel=CancelAfter(1), today=TODAY)
    io.apply(world.programme_id, path, today=TODAY)
    out = tmp_path / "export.xlsx"
    with pytest.raises(Cancelled):
        io.export(world.programme_id, out, cancel=CancelAfter(2))
    assert not out.exists() and list(tmp_path.glob("export*")) == []
