"""The programmes page: create, edit, delete (confirmed), validation in the dialog, search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from ui_helpers import settle, visible, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.ui.dialogs.programme_dialog import ProgrammeDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.pages.programmes_page import ProgrammesPage
from trainmgr.ui.tasks import TaskRunner

PROGRAMMES = [
    ProgrammeInput(code="EUTM-ML", name="Mali training mission", host_country="Mali", language="fr",
                   start_date=date(2024, 1, 8), end_date=date(2025, 12, 19)),
    ProgrammeInput(code="PT-MZ", name="Mozambique police training", host_country="Mozambique", language="pt"),
    ProgrammeInput(code="CIV-SO", name="Somalia civil protection", host_country="Somalia", language="ar"),
]


@pytest.fixture
def page(app_services: Services, make_window: Callable[..., MainWindow]) -> ProgrammesPage:
    for data in PROGRAMMES:
        app_services.programmes.create(data)
    window = make_window()
    assert window.current_page() is window.programmes_page
    return window.programmes_page


def shown(page: ProgrammesPage, column: int = 0) -> list[str]:
    return [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]


def select(qtbot: Any, page: ProgrammesPage, code: str) -> None:
    row = shown(page).index(code)
    rect = page.table.visualRect(page.proxy.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().code == code


def save(dialog: ProgrammeDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_lists_programmes_sorted_by_name(page: ProgrammesPage) -> None:
    assert shown(page, 1) == ["Mali training mission", "Mozambique police training", "Somalia civil protection"]
    row = shown(page).index("EUTM-ML")
    assert page.proxy.index(row, 2).data() == "Mali"
    assert page.proxy.index(row, 3).data() == "French"
    assert page.proxy.index(row, 4).data()  # the start date, in the locale's short format
    assert not page.edit_button.isEnabled()


def test_create_programme(qtbot: Any, page: ProgrammesPage, runner: TaskRunner, app_services: Services) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog: ProgrammeDialog = wait_dialog(qtbot, ProgrammeDialog)
    qtbot.keyClicks(dialog.code, "NE-GEN")
    qtbot.keyClicks(dialog.name, "Niger gendarmerie support")
    dialog.start.check.setChecked(True)
    dialog.start.edit.setDate(QDate(2025, 3, 1))
    save(dialog)
    qtbot.waitUntil(lambda: not visible(ProgrammeDialog))
    settle(runner)
    assert "NE-GEN" in shown(page)
    assert page.selected() is not None and page.selected().code == "NE-GEN"  # the new one is selected
    stored = next(p for p in app_services.programmes.list() if p.code == "NE-GEN")
    assert stored.start_date == date(2025, 3, 1) and stored.end_date is None


def test_edit_by_double_click(qtbot: Any, page: ProgrammesPage, runner: TaskRunner) -> None:
    row = shown(page).index("PT-MZ")
    rect = page.table.visualRect(page.proxy.index(row, 1))
    # a real double click is press, release, then the double-click event: QTest sends only the last
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog: ProgrammeDialog = wait_dialog(qtbot, ProgrammeDialog)
    assert dialog.name.text() == "Mozambique police training"
    assert dialog.language.currentData() == "pt"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Mozambique police academy")
    save(dialog)
    qtbot.waitUntil(lambda: not visible(ProgrammeDialog))
    settle(runner)
    assert "Mozambique police academy" in shown(page, 1)
    assert "Mozambique police training" not in shown(page, 1)


def test_end_before_start_is_refused_in_the_dialog(qtbot: Any, page: ProgrammesPage, runner: TaskRunner,
                                                    app_services: Services) -> None:
    select(qtbot, page, "EUTM-ML")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog: ProgrammeDialog = wait_dialog(qtbot, ProgrammeDialog)
    dialog.end.edit.setDate(QDate(2023, 6, 30))
    save(dialog)
    settle(runner)
    assert dialog.isVisible()  # stays open for a correction
    assert dialog.error.isVisible()
    assert "end date (2023-06-30) is before the start date (2024-01-08)" in dialog.error.text()
    stored = next(p for p in app_services.programmes.list() if p.code == "EUTM-ML")
    assert stored.end_date == date(2025, 12, 19)  # nothing saved
    dialog.end.check.setChecked(False)  # "no end date" is a way out
    save(dialog)
    qtbot.waitUntil(lambda: not visible(ProgrammeDialog))
    settle(runner)
    assert next(p for p in app_services.programmes.list() if p.code == "EUTM-ML").end_date is None


@pytest.mark.parametrize(("code", "name", "message"), [
    ("", "A name", "Code is required."),
    ("X1", "   ", "Name is required."),
    ("X" * 41, "A name", "Code is too long"),
])
def test_required_fields_are_explained(qtbot: Any, page: ProgrammesPage, runner: TaskRunner,
                                       code: str, name: str, message: str) -> None:
    dialog = page.new_programme()
    dialog.code.setText(code)
    dialog.name.setText(name)
    save(dialog)
    settle(runner)
    assert dialog.isVisible()
    assert message in dialog.error.text()
    assert len(shown(page)) == 3


def test_delete_asks_first(qtbot: Any, page: ProgrammesPage, runner: TaskRunner, answers: dict[str, Any]) -> None:
    select(qtbot, page, "CIV-SO")
    answers["ask"] = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert "Somalia civil protection" in answers["asked"][-1]
    assert "CIV-SO" in shown(page)  # "No" keeps it
    answers["ask"] = True
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert "CIV-SO" not in shown(page)
    assert len(shown(page)) == 2


def test_deleting_the_last_programme_brings_back_the_welcome(qtbot: Any, app_services: Services,
                                                             make_window: Callable[..., MainWindow],
                                                             runner: TaskRunner) -> None:
    app_services.programmes.create(PROGRAMMES[0])
    window = make_window()
    page = window.programmes_page
    select(qtbot, page, "EUTM-ML")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert window.current_page() is window.welcome_page


@pytest.mark.parametrize(("text", "expected"), [
    ("mali", ["EUTM-ML", "CIV-SO"]),  # Mali, and Somalia
    ("MOZ", ["PT-MZ"]),
    ("civil", ["CIV-SO"]),
    ("french", ["EUTM-ML"]),  # the language as shown, not its code
    ("nothing like this", []),
])
def test_search_filters_rows(qtbot: Any, page: ProgrammesPage, text: str, expected: list[str]) -> None:
    qtbot.keyClicks(page.search, text)
    assert sorted(shown(page)) == sorted(expected)
    page.search.clear()
    assert len(shown(page)) == 3
