"""The framework page's scale editor (meaning locked once findings use it), a new standard made from
the reference dialog, and a new version with its own name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from ui_helpers import settle, visible, wait_dialog

from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.dialogs.framework_edit_dialogs import FrameworkVersionDialog, NewStandardDialog, StandardRefDialog
from trainmgr.ui.dialogs.scale_dialog import DESCRIPTION, LABEL, PROFICIENT, ScaleDialog
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.pages.framework_page import FrameworkPage
from trainmgr.ui.tasks import TaskRunner


def framework_page(qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner) -> FrameworkPage:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    return window.framework_page


def open_scale(qtbot: Any, page: FrameworkPage, runner: TaskRunner) -> ScaleDialog:
    assert page.scale_button.isEnabled()
    qtbot.mouseClick(page.scale_button, Qt.MouseButton.LeftButton)
    settle(runner)
    return wait_dialog(qtbot, ScaleDialog)


def save(dialog: Any, runner: TaskRunner) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    settle(runner)


def test_a_free_scale_is_reworded_and_its_proficient_mark_moved(
        qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner, app_services: Services) -> None:
    page = framework_page(qtbot, make_window, runner)
    framework_id = page.framework_id()
    before = {lv.level: lv for lv in app_services.frameworks.levels(framework_id)}
    dialog = open_scale(qtbot, page, runner)
    assert dialog.table.rowCount() == len(before)
    assert "No finding uses this scale" in dialog.note.text()
    dialog.table.item(1, LABEL).setText("Beginner")
    dialog.table.item(1, DESCRIPTION).setText("Needs close supervision")
    was = dialog.table.item(1, PROFICIENT).checkState()
    flipped = Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked
    dialog.table.item(1, PROFICIENT).setCheckState(flipped)
    save(dialog, runner)
    assert not visible(ScaleDialog)  # closed once stored
    level = next(lv for lv in app_services.frameworks.levels(framework_id) if lv.level == 2)
    assert (level.label, level.description) == ("Beginner", "Needs close supervision")
    assert level.proficient == (flipped == Qt.CheckState.Checked)
    others = {lv.level: lv for lv in app_services.frameworks.levels(framework_id) if lv.level != 2}
    assert others == {n: lv for n, lv in before.items() if n != 2}  # nothing else touched


def test_a_scale_in_use_keeps_its_meaning(qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner,
                                          app_services: Services) -> None:
    s = app_services
    programme = s.programmes.create(ProgrammeInput(code="P1", name="Programme"))
    unit = s.units.create(programme.id, UnitInput(name="1st Battalion", kind="battalion"))
    framework = s.frameworks.list()[0]
    assessment = s.assessments.create(AssessmentInput(programme.id, unit.id, framework.id, date(2025, 3, 1)))
    competency = s.frameworks.tree(framework.id, "")[0].competencies[0].id
    s.assessments.set_finding(assessment.id, competency, current_level=1, required_level=3)

    page = framework_page(qtbot, make_window, runner)
    dialog = open_scale(qtbot, page, runner)
    assert "1 findings use this scale" in dialog.note.text()
    mark = dialog.table.item(0, PROFICIENT)
    assert not mark.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the user cannot tick it
    dialog.table.item(0, LABEL).setText("Novice")  # rewording is still allowed
    save(dialog, runner)
    assert next(lv for lv in s.frameworks.levels(framework.id) if lv.level == 1).label == "Novice"


def test_an_empty_label_is_refused_and_nothing_is_saved(
        qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner, app_services: Services) -> None:
    page = framework_page(qtbot, make_window, runner)
    framework_id = page.framework_id()
    before = app_services.frameworks.levels(framework_id)
    dialog = open_scale(qtbot, page, runner)
    dialog.table.item(0, LABEL).setText("Renamed")
    dialog.table.item(2, LABEL).setText("   ")
    save(dialog, runner)
    assert dialog.isVisible() and "Label of level 3" in dialog.error.text()
    assert app_services.frameworks.levels(framework_id) == before  # all or nothing
    dialog.reject()


def test_a_new_standard_from_the_reference_dialog_and_a_renamed_version(
        qtbot: Any, make_window: Callable[..., MainWindow], runner: TaskRunner, app_services: Services) -> None:
    page = framework_page(qtbot, make_window, runner)
    target = page.tree.findItems("LOG.02", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 0)[0]
    page.tree.setCurrentItem(target)
    settle(runner)
    qtbot.mouseClick(page.editor.add_reference_button, Qt.MouseButton.LeftButton)
    settle(runner)
    refs: StandardRefDialog = wait_dialog(qtbot, StandardRefDialog)
    qtbot.mouseClick(refs.new_standard_button, Qt.MouseButton.LeftButton)
    new: NewStandardDialog = wait_dialog(qtbot, NewStandardDialog)
    qtbot.keyClicks(new.code, "MALI-DOC-12")
    qtbot.keyClicks(new.title_edit, "Doctrine on checkpoints")
    new.body.setCurrentIndex(new.body.findData("National"))
    save(new, runner)
    assert refs.standard.currentText().startswith("MALI-DOC-12 — Doctrine on checkpoints")
    qtbot.keyClicks(refs.detail, "section 3")
    save(refs, runner)
    texts = [page.editor.standards.item(i).text() for i in range(page.editor.standards.count())]
    assert any(t.startswith("MALI-DOC-12") and t.endswith(": section 3") for t in texts)

    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    version: FrameworkVersionDialog = wait_dialog(qtbot, FrameworkVersionDialog)
    old_name = version.name.text()
    assert old_name  # prefilled with the current name
    qtbot.keyClicks(version.version, "2.0")
    version.name.clear()
    qtbot.keyClicks(version.name, "Starter framework, revised")
    save(version, runner)
    rows = {row.version: row.name for row in app_services.frameworks.list()}
    assert rows["2.0"] == "Starter framework, revised"
    assert "Starter framework, revised" in page.framework.currentText()
