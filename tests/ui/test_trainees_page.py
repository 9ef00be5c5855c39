"""The trainee list: search narrows it, pages load as it scrolls, add through the dialog, and the
likely-duplicate warning before saving."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import settle, visible, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.trainees import TraineeInput
from trainmgr.ui.dialogs.history_dialog import HistoryDialog
from trainmgr.ui.dialogs.trainee_dialog import TraineeDialog
from trainmgr.ui.pages.trainees_page import SEARCH_DELAY_MS, TraineesPage
from trainmgr.ui.table_models.audit_model import CHANGES
from trainmgr.ui.table_models.trainees_model import FAMILY, SEX
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def programme_id(app_services: Services) -> str:
    pid = app_services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    for family, given, number in (("Traoré", "Mohamed", "0123"), ("Diallo", "Aminata", "0456"),
                                  ("Keita", "Seydou", "0789")):
        app_services.trainees.create(TraineeInput(pid, family, given, service_number=number))
    return pid


@pytest.fixture
def page(qtbot: Any, programme_id: str, app_services: Services, runner: TaskRunner) -> Iterator[TraineesPage]:
    sv = app_services
    widget = TraineesPage(sv.programmes, sv.units, sv.trainees, runner)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    yield widget
    settle(runner)


def names(page: TraineesPage) -> list[str]:
    return [page.model.row_at(i).family_name for i in range(page.model.rowCount())]


def save(dialog: TraineeDialog, runner: TaskRunner) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)


def test_lists_and_searches(qtbot: Any, page: TraineesPage, runner: TaskRunner) -> None:
    assert names(page) == ["Diallo", "Keita", "Traoré"]
    assert "3" in page.count.text()
    qtbot.keyClicks(page.search, "0456")
    qtbot.wait(SEARCH_DELAY_MS + 50)
    settle(runner)
    assert names(page) == ["Diallo"]
    page.search.clear()
    qtbot.wait(SEARCH_DELAY_MS + 50)
    settle(runner)
    page.sex.setCurrentIndex(page.sex.findData("female"))
    settle(runner)
    assert names(page) == []
    assert page.count.text() == "No trainee matches."


def test_header_click_sorts_through_the_service(page: TraineesPage, runner: TaskRunner) -> None:
    page.table.horizontalHeader().setSortIndicator(FAMILY, Qt.SortOrder.DescendingOrder)
    settle(runner)
    assert names(page) == ["Traoré", "Keita", "Diallo"]
    page.table.horizontalHeader().setSortIndicator(SEX, Qt.SortOrder.AscendingOrder)
    settle(runner)
    assert page.model.rowCount() == 3


def test_pages_load_as_the_list_scrolls(app_services: Services, programme_id: str, page: TraineesPage,
                                        runner: TaskRunner) -> None:
    for i in range(450):
        app_services.trainees.create(TraineeInput(programme_id, f"Zz{i:04d}", "Test"))
    page.reload()
    settle(runner)
    assert page.model.rowCount() == 200 and page.model.total() == 453
    page.table.scrollToBottom()
    settle(runner)
    page.table.scrollToBottom()
    settle(runner)
    assert page.model.rowCount() > 200
    assert "453" in page.count.text()


def test_add_a_trainee(qtbot: Any, page: TraineesPage, app_services: Services, programme_id: str,
                       runner: TaskRunner) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog: TraineeDialog = wait_dialog(qtbot, TraineeDialog)
    qtbot.keyClicks(dialog.family_name, "Coulibaly")
    qtbot.keyClicks(dialog.given_names, "Fatoumata")
    qtbot.keyClicks(dialog.service_number, "00991")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    save(dialog, runner)
    assert not visible(TraineeDialog)
    found = app_services.trainees.search(programme_id, "Coulibaly").rows
    assert [(r.service_number, r.sex) for r in found] == [("00991", "female")]
    assert "Coulibaly" in names(page)


def test_duplicate_warning_before_saving(qtbot: Any, page: TraineesPage, app_services: Services,
                                         programme_id: str, runner: TaskRunner) -> None:
    dialog = page.open_dialog(None)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.family_name, "Traore")
    qtbot.keyClicks(dialog.given_names, "Mohammed")
    save(dialog, runner)
    assert dialog.isVisible(), "the warning keeps the dialog open"
    assert dialog.duplicates.isVisible() and dialog.duplicates.count() == 1
    assert "Traoré Mohamed" in dialog.duplicates.item(0).text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).text() == "Save &anyway"
    assert app_services.trainees.search(programme_id, "Mohammed").total == 0
    save(dialog, runner)  # "save anyway"
    assert not visible(TraineeDialog)
    assert app_services.trainees.search(programme_id, "Mohammed").total == 1


def test_history_of_a_trainee_from_the_list(qtbot: Any, programme_id: str, app_services: Services,
                                            runner: TaskRunner) -> None:
    """History… in the list's context menu shows every recorded change to the selected trainee."""
    sv = app_services
    widget = TraineesPage(sv.programmes, sv.units, sv.trainees, runner, audit=sv.audit)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    keita = next(i for i in range(widget.model.rowCount()) if widget.model.row_at(i).family_name == "Keita")
    widget.table.selectRow(keita)
    widget.open_dialog(widget.selected())
    dialog: TraineeDialog = wait_dialog(qtbot, TraineeDialog)
    dialog.service_number.clear()
    qtbot.keyClicks(dialog.service_number, "0790")
    save(dialog, runner)
    settle(runner)
    widget.table.selectRow(keita)
    widget.activateWindow()
    widget.table.setFocus()
    assert widget.selected() is not None and widget.selected().family_name == "Keita"
    menu = {a.text(): a for a in widget.table.actions() if a.isVisible()}
    assert set(menu) == {"&Edit…", "&History…"}  # no analytics given: no Progress… here
    menu["&History…"].trigger()  # what choosing it in the context menu does
    history: HistoryDialog = wait_dialog(qtbot, HistoryDialog)
    settle(runner)
    assert "Keita" in history.windowTitle()
    assert "2 recorded change(s)" in history.summary.text()  # created, then the service number
    shown = [history.model.data(history.model.index(r, CHANGES)) for r in range(history.model.rowCount())]
    assert any("0789" in text and "0790" in text for text in shown)
    history.close()
