"""The shell: welcome on an empty database, creating the first programme, the demo, geometry, About."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr import __version__
from trainmgr.app import start_periodic_backup
from trainmgr.domain.changes import EVERYTHING, FRAMEWORK, PROGRAMMES, UNITS, Changes
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.dialogs.programme_dialog import ProgrammeDialog
from trainmgr.ui.main_window import GEOMETRY_KEY, MainWindow
from trainmgr.ui.tasks import TaskRunner


def test_empty_database_shows_welcome(window: MainWindow) -> None:
    assert window.current_page() is window.welcome_page
    assert window.welcome_page.new_button.isVisible()
    assert not window.welcome_page.demo_button.isEnabled()  # no demo builder given
    assert window.db_label.text() == "trainmgr.db"
    assert window.replica_label.text().startswith("Replica ")


def test_new_programme_from_welcome_is_listed(qtbot: Any, window: MainWindow, runner: TaskRunner) -> None:
    qtbot.mouseClick(window.welcome_page.new_button, Qt.MouseButton.LeftButton)
    dialog: ProgrammeDialog = wait_dialog(qtbot, ProgrammeDialog)
    qtbot.keyClicks(dialog.code, "EUTM-ML")
    qtbot.keyClicks(dialog.name, "Mali training mission")
    qtbot.keyClicks(dialog.host_country, "Mali")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not visible(ProgrammeDialog))
    settle(runner)
    page = window.programmes_page
    qtbot.waitUntil(lambda: window.current_page() is page)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 0).data() == "EUTM-ML"
    assert page.proxy.index(0, 1).data() == "Mali training mission"
    assert "saved" in window.statusBar().currentMessage()


def test_page_shortcuts_switch_pages(app_services: Services, make_window: Callable[..., MainWindow]) -> None:
    app_services.programmes.create(ProgrammeInput(code="P1", name="Programme one"))
    window = make_window()
    assert window.current_page() is window.programmes_page
    window.page_actions[2].trigger()
    assert window.current_page() is window.framework_page
    window.page_actions[1].trigger()
    assert window.current_page() is window.units_page
    assert window.nav.currentRow() == 1


def test_demo_runs_the_injected_builder_with_a_progress_dialog(
        qtbot: Any, app_services: Services, make_window: Callable[..., MainWindow], runner: TaskRunner) -> None:
    release = threading.Event()
    calls: list[str] = []

    def build(progress: ProgressFn, cancel: CancelToken) -> str:
        calls.append(threading.current_thread().name)
        progress(1, 4, "Creating units…")
        while not release.wait(0.01):
            cancel.check()
        app_services.programmes.create(ProgrammeInput(code="DEMO", name="Demo programme",
                                                      start_date=date(2025, 1, 6)))
        progress(4, 4, "Done")
        return "1 programme"

    window = make_window(build_demo=build)
    assert window.welcome_page.demo_button.isEnabled()
    qtbot.mouseClick(window.welcome_page.demo_button, Qt.MouseButton.LeftButton)
    dialog: QProgressDialog = wait_dialog(qtbot, QProgressDialog, "taskProgressDialog")
    qtbot.waitUntil(lambda: dialog.labelText() == "Creating units…")
    assert not window.welcome_page.demo_button.isEnabled()  # no second demo while one runs
    release.set()
    settle(runner)
    assert calls and calls[0] != threading.main_thread().name
    qtbot.waitUntil(lambda: window.current_page() is window.programmes_page)
    qtbot.waitUntil(lambda: window.programmes_page.proxy.rowCount() == 1)
    assert window.statusBar().currentMessage() == "The demo programme is ready."


def test_demo_cancel_stops_the_builder(qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner) -> None:
    started = threading.Event()

    def build(progress: ProgressFn, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.check()
            threading.Event().wait(0.01)

    window = make_window(build_demo=build)
    window.demo_action.trigger()
    dialog: QProgressDialog = wait_dialog(qtbot, QProgressDialog, "taskProgressDialog")
    assert started.wait(5)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    settle(runner)
    assert not visible(QProgressDialog)
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.current_page() is window.welcome_page


def test_geometry_is_saved_and_restored(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    first.resize(first.minimumSizeHint().width() + 10, 520)  # the offscreen screen is only 800×600
    size = first.size()
    assert size != make_window().size()  # not what a new window gets by default
    first.close()
    assert QSettings().value(GEOMETRY_KEY)
    second = make_window()
    assert second.size() == size


def test_about_shows_version_and_database(qtbot: Any, window: MainWindow) -> None:
    window.about_action.trigger()
    box: QMessageBox = wait_dialog(qtbot, QMessageBox, "aboutBox")
    assert __version__ in box.text()
    assert str(window.db_path) in box.informativeText()
    box.done(0)


def test_back_up_now_reports_the_file(qtbot: Any, window: MainWindow, runner: TaskRunner) -> None:
    window.backup_action.trigger()
    settle(runner)
    message = window.statusBar().currentMessage()
    assert message.startswith("Backed up to")
    assert "trainmgr-backups" in message


def test_an_unexpected_error_in_the_background_is_shown_not_fatal(qtbot: Any, window: MainWindow,
                                                                   runner: TaskRunner) -> None:
    def broken() -> None:
        raise RuntimeError("boom")

    runner.run(broken, on_done=None)
    text = wait_error(qtbot)
    assert "unexpected error" in text and "boom" in text
    assert window.isVisible()


def test_pages_refresh_only_for_their_topics(qtbot: Any, window: MainWindow, runner: TaskRunner,
                                             monkeypatch: Any) -> None:
    window.show_page(2)  # the framework page is visible, the programmes page is not
    settle(runner)
    reloads: list[str] = []
    monkeypatch.setattr(window.framework_page, "refresh", lambda: reloads.append("framework"))
    monkeypatch.setattr(window.programmes_page, "refresh", lambda: reloads.append("programmes"))
    runner.changed.emit(Changes.of(UNITS))
    assert reloads == []
    runner.changed.emit(Changes.of(FRAMEWORK))
    assert reloads == ["framework"]
    runner.changed.emit(Changes.of(PROGRAMMES))
    assert reloads == ["framework"]  # the hidden programmes page waits until it is shown
    window.show_page(0)
    settle(runner)
    assert window.current_page() is window.welcome_page  # still no programme
    runner.changed.emit(EVERYTHING)
    assert reloads == ["framework"]  # both pages hidden: marked stale only
    window.show_page(2)
    assert reloads == ["framework", "framework"]  # reloaded once it is shown again


def test_periodic_backup_runs_in_the_background_when_data_changed(qtbot: Any, window: MainWindow,
                                                                  runner: TaskRunner, app_services: Services) -> None:
    timer = start_periodic_backup(app_services, runner, window)
    assert timer.interval() == 15 * 60 * 1000 and timer.isActive()
    folder = window.db_path.parent / "trainmgr-backups"
    app_services.programmes.create(ProgrammeInput(code="P1", name="Programme one"))
    timer.timeout.emit()
    settle(runner)
    assert [p.name for p in folder.iterdir() if "periodic" in p.name]
    before = sorted(folder.iterdir())
    timer.timeout.emit()  # nothing changed since: no new backup
    settle(runner)
    assert sorted(folder.iterdir()) == before
    timer.stop()
