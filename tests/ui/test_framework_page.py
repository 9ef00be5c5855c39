"""The framework page: the starter tree, search, editing a competency, unsaved edits, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr.services.container import Services
from trainmgr.ui.dialogs.competency_dialog import CompetencyDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.pages.framework_page import FrameworkPage
from trainmgr.ui.tasks import TaskRunner

STARTER_AREAS = ["LOG", "C2", "PLAN", "POC", "IHL", "MED", "COM", "CD", "GEN"]


@pytest.fixture
def window(qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner) -> MainWindow:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    assert window.current_page() is window.framework_page
    return window


@pytest.fixture
def page(window: MainWindow) -> FrameworkPage:
    return window.framework_page


def top_codes(page: FrameworkPage) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]


def item(page: FrameworkPage, code: str) -> QTreeWidgetItem:
    found = page.tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert found, f"{code} not in the tree"
    return found[0]


def click(qtbot: Any, page: FrameworkPage, runner: TaskRunner, code: str) -> None:
    target = item(page, code)
    parent = target.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    page.tree.scrollToItem(target)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=page.tree.visualItemRect(target).center())
    settle(runner)


def search(qtbot: Any, page: FrameworkPage, runner: TaskRunner, text: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: not page._search_timer.isActive())
    settle(runner)


def test_tree_shows_the_nine_starter_areas(page: FrameworkPage) -> None:
    assert top_codes(page) == STARTER_AREAS
    log = item(page, "LOG")
    assert log.text(1) == "Logistics"
    assert log.childCount() > 0 and item(page, "LOG.01").text(1) == "Supply management"
    assert item(page, "LOG.01").childCount() == 2  # sub-competencies
    assert "competencies" in page.framework.currentText()
    assert not page.editor.code.isEnabled()  # nothing selected yet


def test_search_narrows_the_tree(qtbot: Any, page: FrameworkPage, runner: TaskRunner) -> None:
    search(qtbot, page, runner, "civil")
    areas = top_codes(page)
    assert "POC" in areas and "LOG" not in areas
    assert 0 < len(areas) < len(STARTER_AREAS)
    for number in range(page.tree.topLevelItemCount()):
        assert page.tree.topLevelItem(number).isExpanded()  # the matches are in view
    leaves = [i for i in page.tree.items() if i.parent() is not None and i.childCount() == 0]
    assert leaves and all("civil" in f"{i.text(0)} {i.text(1)}".casefold() for i in leaves)
    search(qtbot, page, runner, "")
    assert top_codes(page) == STARTER_AREAS


def test_edit_title_and_descriptor_then_ctrl_s(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                               window: MainWindow, app_services: Services) -> None:
    click(qtbot, page, runner, "LOG.02")
    editor = page.editor
    assert editor.code.text() == "LOG.02"
    assert editor.title_edit.text() == "Ammunition management"
    assert editor.standards.count() >= 1  # read-only list of the standards it comes from
    assert not editor.save_button.isEnabled()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Ammunition and explosives management")
    editor.descriptors[3].selectAll()
    qtbot.keyClicks(editor.descriptors[3], "Runs the unit ammunition point to standard.")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    assert not editor.is_dirty()
    assert window.statusBar().currentMessage() == "Saved LOG.02."
    assert item(page, "LOG.02").text(1) == "Ammunition and explosives management"  # the tree followed
    stored = app_services.frameworks.competency(editor.detail().id)
    assert stored.title == "Ammunition and explosives management"
    assert stored.descriptors[3] == "Runs the unit ammunition point to standard."
    # away and back again: the saved text is what is shown
    click(qtbot, page, runner, "LOG.03")
    assert editor.code.text() == "LOG.03"
    click(qtbot, page, runner, "LOG.02")
    assert editor.title_edit.text() == "Ammunition and explosives management"
    assert editor.descriptors[3].toPlainText() == "Runs the unit ammunition point to standard."


def test_duplicate_code_shows_the_error_and_keeps_the_edit(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                                           window: MainWindow, app_services: Services) -> None:
    click(qtbot, page, runner, "LOG.02")
    page.editor.code.selectAll()
    qtbot.keyClicks(page.editor.code, "LOG.03")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.editor.error.isVisible()
    assert "The code LOG.03 is already used in this framework." in page.editor.error.text()
    assert page.editor.code.text() == "LOG.03" and page.editor.is_dirty()
    assert window.statusBar().currentMessage() != "Saved LOG.03."
    assert app_services.frameworks.competency(page.editor.detail().id).code == "LOG.02"


@pytest.mark.parametrize(("answer", "shown_code", "saved_title"), [
    ("cancel", "LOG.02", "Ammunition management"),  # stay, edits kept
    ("discard", "LOG.03", "Ammunition management"),  # move on, edits dropped
    ("save", "LOG.03", "Edited title"),  # saved, then move on
])
def test_unsaved_edits_ask_before_switching(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                            app_services: Services, answers: dict[str, Any],
                                            answer: str, shown_code: str, saved_title: str) -> None:
    click(qtbot, page, runner, "LOG.02")
    competency_id = page.editor.detail().id
    page.editor.title_edit.selectAll()
    qtbot.keyClicks(page.editor.title_edit, "Edited title")
    answers["unsaved"] = answer
    click(qtbot, page, runner, "LOG.03")
    assert answers["asked"] == ["The competency LOG.02"]
    assert page.editor.code.text() == shown_code
    assert app_services.frameworks.competency(competency_id).title == saved_title
    if answer == "cancel":
        assert page.editor.title_edit.text() == "Edited title" and page.editor.is_dirty()
        assert page.tree.current_node().id == competency_id


def test_add_and_delete_a_competency(qtbot: Any, page: FrameworkPage, runner: TaskRunner,
                                     answers: dict[str, Any]) -> None:
    click(qtbot, page, runner, "LOG")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog: CompetencyDialog = wait_dialog(qtbot, CompetencyDialog)
    qtbot.keyClicks(dialog.code, "LOG.99")
    qtbot.keyClicks(dialog.title_edit, "Fuel accounting")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(CompetencyDialog)
    assert item(page, "LOG.99").parent() is item(page, "LOG")
    assert page.editor.code.text() == "LOG.99"
    click(qtbot, page, runner, "LOG.99")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert answers["asked"] == ["Delete the competency “LOG.99 Fuel accounting”?"]
    assert not page.tree.findItems("LOG.99", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
    assert page.editor.detail() is None


def test_deleting_a_competency_with_sub_competencies_is_refused(qtbot: Any, page: FrameworkPage,
                                                               runner: TaskRunner) -> None:
    click(qtbot, page, runner, "LOG.01")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "LOG.01 has 2 sub-competencies" in wait_error(qtbot)
    settle(runner)
    assert item(page, "LOG.01")


@pytest.mark.parametrize(("answer", "closes"), [("cancel", False), ("discard", True)])
def test_closing_the_window_with_unsaved_edits_asks(qtbot: Any, window: MainWindow, page: FrameworkPage,
                                                    runner: TaskRunner, answers: dict[str, Any],
                                                    answer: str, closes: bool) -> None:
    click(qtbot, page, runner, "LOG.02")
    qtbot.keyClicks(page.editor.title_edit, " (draft)")
    answers["unsaved"] = answer
    window.close()
    assert answers["asked"] == ["The competency LOG.02"]
    assert window.isVisible() is not closes
