"""Two laptops for the Exchange and Conflicts page tests: real databases, real package files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from trainmgr.db.engine import Database, make_engine
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sync_history import SyncHistoryService
from trainmgr.ui.tasks import TaskRunner


class Laptop:
    """One database with its services, and the pages built over it."""

    def __init__(self, make_db: Callable[..., Path], name: str) -> None:
        path = make_db(f"{name}.db")
        self.name = name
        self.services = Services.build(Database(path, make_engine(path), name))
        self.services.sync.rename(name)
        self.history = SyncHistoryService(self.services.db)
        self.messages: list[str] = []

    @property
    def replica_id(self) -> str:
        return self.services.sync.identity().replica_id

    def show(self, qtbot: Any, page: QWidget, runner: TaskRunner) -> Any:
        """Show `page` as the main window would: refreshed on the runner's changes, messages kept."""
        runner.changed.connect(page.on_changed)
        page.status_message.connect(self.messages.append)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        assert runner.wait_idle()
        return page

    def close(self) -> None:
        self.services.db.close()


def send(src: Laptop, dst: Laptop, path: Path) -> Any:
    """A full package from `src` imported into `dst` through the services (no page involved)."""
    src.services.sync.export(path, full=True)
    return dst.services.sync.import_package(path)


def make_conflict(a: Laptop, b: Laptop, tmp_path: Path, code: str, name_a: str, name_b: str) -> str:
    """A programme both laptops have, renamed apart on each, packages crossed: one conflict on each."""
    programme = a.services.programmes.create(ProgrammeInput(code=code, name=f"{code} original"))
    send(a, b, tmp_path / f"seed-{code}.xlsx")
    a.services.programmes.update(programme.id, ProgrammeInput(code=code, name=name_a))
    b.services.programmes.update(programme.id, ProgrammeInput(code=code, name=name_b))
    pa, pb = tmp_path / f"a-{code}.xlsx", tmp_path / f"b-{code}.xlsx"
    a.services.sync.export(pa, full=True)
    b.services.sync.export(pb, full=True)  # crossed in the mail
    b.services.sync.import_package(pa)
    a.services.sync.import_package(pb)
    return programme.id
