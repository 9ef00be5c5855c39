"""The framework page: adding and removing a competency's standard references, a new framework version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import settle, wait_dialog

from trainmgr.ui.dialogs.framework_edit_dialogs import FrameworkVersionDialog, StandardRefDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.tasks import TaskRunner


def test_references_are_added_and_removed_and_a_new_version_is_made(
        qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    page = window.framework_page
    editor = page.editor
    assert not editor.add_reference_button.isEnabled()  # nothing selected

    target = page.tree.findItems("LOG.02", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    page.tree.setCurrentItem(target)
    settle(runner)
    before = editor.standards.count()
    assert editor.add_reference_button.isEnabled() and not editor.remove_reference_button.isEnabled()

    qtbot.mouseClick(editor.add_reference_button, Qt.MouseButton.LeftButton)
    settle(runner)
    dialog: StandardRefDialog = wait_dialog(qtbot, StandardRefDialog)
    assert dialog.standard.count() > 0
    chosen = dialog.standard.currentText().split(" — ")[0]
    qtbot.keyClicks(dialog.detail, "chapter 4")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    settle(runner)
    texts = [editor.standards.item(i).text() for i in range(editor.standards.count())]
    assert editor.standards.count() == before + 1
    assert any(t.startswith(chosen) and t.endswith(": chapter 4") for t in texts)

    row = next(i for i, t in enumerate(texts) if t.startswith(chosen))
    editor.standards.setCurrentRow(row)
    assert editor.remove_reference_button.isEnabled()
    qtbot.mouseClick(editor.remove_reference_button, Qt.MouseButton.LeftButton)
    settle(runner)
    settle(runner)
    assert editor.standards.count() == before

    # unsaved edits: references wait for the save
    qtbot.keyClicks(editor.title_edit, " x")
    assert not editor.add_reference_button.isEnabled()
    editor.revert_button.click()
    assert editor.add_reference_button.isEnabled()

    old_id = page.framework_id()
    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    version: FrameworkVersionDialog = wait_dialog(qtbot, FrameworkVersionDialog)
    qtbot.keyClicks(version.version, "2.0")
    version.buttons.button(version.buttons.StandardButton.Save).click()
    settle(runner)
    settle(runner)
    assert page.framework.count() == 2
    assert page.framework_id() != old_id
    assert "v2.0" in page.framework.currentText()
    assert page.tree.findItems("LOG.02", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)
