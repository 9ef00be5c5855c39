"""The units page: add units and sub-units, the tree, refused moves and deletions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr.domain.enums import UnitKind
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.dialogs.unit_dialog import UnitDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.pages.units_page import UnitsPage
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def programme_id(app_services: Services) -> str:
    return app_services.programmes.create(ProgrammeInput(code="EUTM-ML", name="Mali training mission")).id


@pytest.fixture
def page(qtbot: Any, programme_id: str, make_window: Callable[..., MainWindow], runner: TaskRunner) -> UnitsPage:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    assert window.current_page() is window.units_page
    return window.units_page


def item_named(page: UnitsPage, name: str) -> QTreeWidgetItem:
    found = page.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert found, f"{name} not in the tree"
    return found[0]


def click(qtbot: Any, page: UnitsPage, name: str) -> None:
    item = item_named(page, name)
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected() is not None and page.selected().name == name


def fill_and_save(qtbot: Any, runner: TaskRunner, name: str, kind: UnitKind, code: str = "") -> UnitDialog:
    dialog: UnitDialog = wait_dialog(qtbot, UnitDialog)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.code, code)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    return dialog


def test_add_unit_and_sub_unit_shows_the_hierarchy(qtbot: Any, page: UnitsPage, runner: TaskRunner) -> None:
    assert page.programme.currentText() == "Mali training mission (EUTM-ML)"
    assert not page.add_sub_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    fill_and_save(qtbot, runner, "2nd Infantry Battalion", UnitKind.BATTALION, "2BI")
    assert not visible(UnitDialog)
    battalion = item_named(page, "2nd Infantry Battalion")
    assert battalion.text(1) == "Battalion" and battalion.text(2) == "2BI" and battalion.text(5) == "0"
    assert page.selected() is not None  # the new unit is selected, ready for a sub-unit
    qtbot.mouseClick(page.add_sub_button, Qt.MouseButton.LeftButton)
    dialog: UnitDialog = wait_dialog(qtbot, UnitDialog)
    assert dialog.parent_unit.currentText() == "2nd Infantry Battalion"
    fill_and_save(qtbot, runner, "Logistics cell", UnitKind.CELL)
    cell = item_named(page, "Logistics cell")
    assert cell.parent() is item_named(page, "2nd Infantry Battalion")
    assert cell.text(1) == "Cell"
    assert page.tree.topLevelItemCount() == 1


def test_unit_kind_labels_are_translated_labels(qtbot: Any, page: UnitsPage) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog: UnitDialog = wait_dialog(qtbot, UnitDialog)
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert labels[:3] == ["Ministry", "Service", "Region"]
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [k.value for k in UnitKind]
    assert dialog.kind.currentText() == "Battalion"  # the most common host unit
    dialog.reject()


def test_moving_a_unit_under_its_own_child_is_refused(qtbot: Any, app_services: Services, programme_id: str,
                                                      page: UnitsPage, runner: TaskRunner) -> None:
    brigade = app_services.units.create(programme_id, UnitInput(name="1st Brigade", kind="brigade"))
    app_services.units.create(programme_id, UnitInput(name="3rd Battalion", kind="battalion", parent_id=brigade.id))
    page.refresh()
    settle(runner)
    click(qtbot, page, "1st Brigade")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog: UnitDialog = wait_dialog(qtbot, UnitDialog)
    assert dialog.parent_unit.findText("1st Brigade") < 0  # never offered under itself
    dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findText("3rd Battalion — 1st Brigade"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert dialog.isVisible()
    assert "cannot be placed under itself or one of its sub-units" in dialog.error.text()
    assert app_services.units.list(programme_id)[0].parent_id is None  # unchanged
    dialog.reject()


def test_deleting_a_unit_with_sub_units_is_refused(qtbot: Any, app_services: Services, programme_id: str,
                                                   page: UnitsPage, runner: TaskRunner,
                                                   answers: dict[str, Any]) -> None:
    brigade = app_services.units.create(programme_id, UnitInput(name="1st Brigade", kind="brigade"))
    app_services.units.create(programme_id, UnitInput(name="3rd Battalion", kind="battalion", parent_id=brigade.id))
    page.refresh()
    settle(runner)
    click(qtbot, page, "1st Brigade")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    text = wait_error(qtbot)
    assert "“1st Brigade” still has 1 sub-unit(s)" in text
    assert answers["asked"] == ["Delete the unit “1st Brigade”?"]
    settle(runner)
    assert item_named(page, "3rd Battalion").parent() is item_named(page, "1st Brigade")


def test_delete_a_leaf_unit(qtbot: Any, app_services: Services, programme_id: str, page: UnitsPage,
                            runner: TaskRunner, answers: dict[str, Any]) -> None:
    app_services.units.create(programme_id, UnitInput(name="Signals company", kind="company"))
    page.refresh()
    settle(runner)
    click(qtbot, page, "Signals company")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.tree.topLevelItemCount() == 0
    assert app_services.units.list(programme_id) == []


def test_without_programme_the_page_says_what_to_do(qtbot: Any, make_window: Callable[..., MainWindow],
                                                    runner: TaskRunner) -> None:
    window = make_window()
    window.show_page(1)
    settle(runner)
    page = window.units_page
    assert page.empty.isVisible() and not page.tree.isVisible()
    assert not page.add_button.isEnabled()
