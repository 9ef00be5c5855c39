"""GUI fixtures: a fresh database per test (copied from a template built once), a TaskRunner, the
MainWindow; QSettings isolated per test; and a guard that fails a test leaving a worker thread."""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from ui_helpers import close_popups

from trainmgr.services.container import Services
from trainmgr.services.session_open import open_services
from trainmgr.ui import confirm
from trainmgr.ui.main_window import DemoBuilder, MainWindow
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture(scope="session")
def ui_template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrations and the starter framework take a couple of seconds: done once per session."""
    path = tmp_path_factory.mktemp("ui-template") / "template.db"
    open_services(path, user="template").db.close()
    return path


@pytest.fixture
def db_file(ui_template_db: Path, tmp_path: Path) -> Path:
    """This test's own database: a copy (SQLite backup API) with its own replica id."""
    dest = tmp_path / "trainmgr.db"
    source = sqlite3.connect(f"file:{ui_template_db}?mode=ro", uri=True)
    with closing(source) as src, closing(sqlite3.connect(dest)) as out:
        src.backup(out)
        out.execute("UPDATE local_replica SET replica_id = ?, bound_path = '' WHERE slot = 1", (secrets.token_hex(8),))
        out.commit()
    return dest


@pytest.fixture
def app_services(db_file: Path) -> Iterator[Services]:
    services = open_services(db_file, user="tester")
    yield services
    services.db.close()


@pytest.fixture(autouse=True)
def no_worker_left_running() -> Iterator[None]:
    """A test must not leave a database worker (or any other thread) running behind it."""
    before = set(threading.enumerate())
    yield
    runners = TaskRunner.running_instances()
    for runner in runners:
        runner.shutdown(2000)
    threads = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    assert not runners, f"{len(runners)} TaskRunner worker thread(s) left running"
    assert not threads, f"threads left running: {threads}"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings in a per-test folder, never the developer's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("trainmgr-tests")
    QCoreApplication.setApplicationName("trainmgr")
    yield


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait_idle(5000)
    task_runner.shutdown(5000)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answers the confirmation helpers give instead of a blocking box; records the questions."""
    state: dict[str, Any] = {"ask": True, "unsaved": "discard", "asked": []}

    def ask(_parent: QWidget | None, title: str, text: str) -> bool:
        state["asked"].append(text)
        return bool(state["ask"])

    def ask_unsaved(_parent: QWidget | None, what: str) -> str:
        state["asked"].append(what)
        return str(state["unsaved"])

    monkeypatch.setattr(confirm, "ask", ask)
    monkeypatch.setattr(confirm, "ask_unsaved", ask_unsaved)
    return state


@pytest.fixture
def make_window(qtbot: Any, app_services: Services, runner: TaskRunner,
                answers: dict[str, Any]) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def make(build_demo: DemoBuilder | None = None) -> MainWindow:
        window = MainWindow(app_services, runner, build_demo=build_demo)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        assert runner.wait_idle()
        return window

    yield make
    runner.wait_idle(5000)
    close_popups()
    for window in windows:
        window.hide()
        window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()
