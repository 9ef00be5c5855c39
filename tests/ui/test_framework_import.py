"""Importing and exporting a framework workbook from the framework page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from ui_helpers import settle, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.framework_io import FrameworkIOService
from trainmgr.ui import file_dialogs
from trainmgr.ui.dialogs.framework_import_dialog import FrameworkImportDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.pages.framework_page import FrameworkPage
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner) -> FrameworkPage:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    assert window.current_page() is window.framework_page
    return window.framework_page


@pytest.fixture
def workbook(app_services: Services, tmp_path: Path) -> Path:
    io = FrameworkIOService(app_services.db)
    path = tmp_path / "starter.xlsx"
    io.export(io.find("TM-START"), path)
    return path


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    asked: list[str] = []

    def open_path(_parent: Any, title: str, _filter: str, purpose: str = "exchange") -> Path:
        asked.append(purpose)
        return path

    monkeypatch.setattr(file_dialogs, "open_path", open_path)
    monkeypatch.setattr(file_dialogs, "save_path", lambda _p, _t, _s, _f, purpose="exchange": path)
    return asked


def import_through_the_page(qtbot: Any, page: FrameworkPage, runner: TaskRunner) -> FrameworkImportDialog:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog: FrameworkImportDialog = wait_dialog(qtbot, FrameworkImportDialog)
    settle(runner)
    return dialog


def tree_codes(page: FrameworkPage) -> set[str]:
    found = page.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive, 0)
    return {item.text(0) for item in found}


def test_import_a_new_competency_and_see_it_in_the_tree(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                                        workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = load_workbook(workbook)
    wb["Competencies"].append(["LOG.01.9", "LOG.01", "LOG", "Logistics", "Fuel accounting"])
    wb.save(workbook)
    asked = choose(monkeypatch, workbook)
    assert "LOG.01.9" not in tree_codes(page)
    dialog = import_through_the_page(qtbot, page, runner)
    assert asked == ["frameworks"]
    assert dialog.preview().unchanged == 61 and [c.code for c in dialog.preview().new] == ["LOG.01.9"]
    assert dialog.shown_lines()[0] == "New: LOG.01.9 Fuel accounting"
    assert dialog.apply_button.isEnabled() and dialog.apply_button.isVisible()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "LOG.01.9" in tree_codes(page), timeout=5000)
    settle(runner)
    assert "62 competencies" in page.framework.currentText()


def test_a_workbook_with_errors_is_shown_and_nothing_changes(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                                             workbook: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wb = load_workbook(workbook)
    ws = wb["Competencies"]
    ws["B2"] = "NOPE"
    ws.append(["LOG.99", None, "LOG", None, "=1+1"])
    wb.save(workbook)
    choose(monkeypatch, workbook)
    dialog = import_through_the_page(qtbot, page, runner)
    lines = dialog.shown_lines()
    assert lines == [
        "starter.xlsx, sheet Competencies, row 63, column Title: holds a formula (\"=1+1\"); type the value itself, "
        "not a formula",
        "starter.xlsx, sheet Competencies, row 2, column Parent code: the parent NOPE is neither in the file nor in "
        "the framework",
    ]
    assert "cannot be imported" in dialog.heading.text()
    assert not dialog.apply_button.isVisible()
    dialog.reject()
    settle(runner)
    assert "LOG.99" not in tree_codes(page) and "61 competencies" in page.framework.currentText()


def test_import_of_another_framework_selects_it(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                                workbook: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "national.xlsx"
    wb = load_workbook(workbook)
    wb["Framework"]["A2"], wb["Framework"]["B2"] = "NAT", "National framework"
    wb.save(other)
    choose(monkeypatch, other)
    dialog = import_through_the_page(qtbot, page, runner)
    assert "creates the framework" in dialog.heading.text()
    dialog.accept()
    qtbot.waitUntil(lambda: page.framework.currentText().startswith("National framework"), timeout=5000)
    settle(runner)
    assert page.framework.count() == 2 and "LOG.01" in tree_codes(page)


def test_export_writes_the_current_framework(qtbot: Any, page: FrameworkPage, runner: TaskRunner, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.xlsx"
    choose(monkeypatch, out)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    settle(runner)
    assert messages == ["Saved out.xlsx: 61 competencies."]
    assert load_workbook(out, read_only=True)["Framework"]["A2"].value == "TM-START"
