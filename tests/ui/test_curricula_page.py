"""The curricula page: propose a curriculum from a signed assessment, see its modules, edit a
module's hours, a prerequisite cycle refused, approve (then read-only), new version."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget
from ui_helpers import settle, wait_dialog, wait_error

from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.dialogs.propose_dialog import ProposeDialog
from trainmgr.ui.pages.curricula_page import CurriculaPage
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def world(app_services: Services) -> dict[str, Any]:
    s = app_services
    programme = s.programmes.create(ProgrammeInput(code="EUTM-ML", name="Mali training mission"))
    unit = s.units.create(programme.id, UnitInput(name="2nd Infantry Battalion", kind="battalion"))
    framework = s.frameworks.list()[0]
    assessment = s.assessments.create(AssessmentInput(programme.id, unit.id, framework.id, date(2025, 3, 1)))
    a, b, c = s.assessments.findings(assessment.id)[:3]
    s.assessments.set_finding(assessment.id, a.competency_id, current_level=1, required_level=4, priority="high")
    s.assessments.set_finding(assessment.id, b.competency_id, current_level=2, required_level=3)
    s.assessments.set_finding(assessment.id, c.competency_id, current_level=1, required_level=3, trainable=False,
                              non_training_response="Issue radios")
    s.assessments.set_status(assessment.id, "signed", "Cdt Traoré")
    return {"programme": programme.id, "a": a, "c": c}


@pytest.fixture
def page(qtbot: Any, app_services: Services, runner: TaskRunner, world: dict[str, Any],
         answers: dict[str, Any]) -> CurriculaPage:
    s = app_services
    widget = CurriculaPage(s.programmes, s.assessments, s.curricula, runner)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    return widget


def click_item(qtbot: Any, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_propose_edit_approve_then_read_only(qtbot: Any, page: CurriculaPage, runner: TaskRunner,
                                            app_services: Services, world: dict[str, Any],
                                            answers: dict[str, Any]) -> None:
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    dialog: ProposeDialog = wait_dialog(qtbot, ProposeDialog)
    assert dialog.assessments.count() == 1 and dialog.chosen()  # the signed assessment, ticked
    qtbot.keyClicks(dialog.name, "Logistics cell course")
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    settle(runner)
    summary = dialog.summary.toPlainText()
    assert "New modules" in summary and world["a"].code in summary
    assert "Issue radios" in summary  # the non-trainable gap is left out, with its response
    dialog.reject()

    assert page.list.topLevelItemCount() == 1
    assert [page.list.topLevelItem(0).text(c) for c in (0, 1, 2)] == ["Logistics cell course", "1", "Draft"]
    assert page.modules.count() >= 1
    assert page.editor.title.text() and world["a"].code in [
        page.editor.targets.item(r, 0).text() for r in range(page.editor.targets.rowCount())]

    page.editor.hours.selectAll()
    qtbot.keyClicks(page.editor.hours.lineEdit(), "12")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.modules.item(0).text().endswith("— 12 h")
    module_id = page.module_id()
    assert module_id is not None and app_services.curricula.module(module_id).hours == 12.0

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert answers["asked"] and "Approve “Logistics cell course” version 1" in answers["asked"][-1]
    assert page.list.topLevelItem(0).text(2) == "Approved"
    assert page.editor.read_only_note.isVisible() and page.editor.hours.isReadOnly()
    assert not page.editor.save_button.isEnabled() and not page.add_module_button.isEnabled()
    qtbot.keyClicks(page.editor.hours.lineEdit(), "9")
    assert page.editor.hours.value() == 12.0  # editing refused

    qtbot.mouseClick(page.version_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.list.topLevelItemCount() == 2
    assert page.selected() is not None and page.selected().version == 2 and page.selected().editable
    assert not page.editor.hours.isReadOnly()


def test_a_prerequisite_cycle_is_refused_and_shown(qtbot: Any, page: CurriculaPage, runner: TaskRunner,
                                                   app_services: Services, world: dict[str, Any]) -> None:
    app_services.curricula.propose(world["programme"], app_services.gaps.current_assessment_ids(
        world["programme"]), "Course")
    page.refresh()
    settle(runner)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    settle(runner)
    qtbot.mouseClick(page.add_module_button, Qt.MouseButton.LeftButton)
    settle(runner)
    last = page.modules.count() - 1
    assert page.modules.currentRow() == last and page.editor.title.text() == "New module"
    prerequisites = page.editor.prerequisites
    click_item(qtbot, prerequisites, 0)
    qtbot.keyClick(prerequisites, Qt.Key.Key_Space)  # the new module needs the first
    assert prerequisites.item(0).checkState() == Qt.CheckState.Checked
    settle(runner)
    click_item(qtbot, page.modules, 0)
    settle(runner)
    click_item(qtbot, prerequisites, prerequisites.count() - 1)
    qtbot.keyClick(prerequisites, Qt.Key.Key_Space)  # the first module needing the new one: a cycle
    assert "would make a cycle" in wait_error(qtbot)
    settle(runner)
    assert prerequisites.item(prerequisites.count() - 1).checkState() == Qt.CheckState.Unchecked


@pytest.mark.parametrize(("answer", "saved_title"), [("save", "Supply chain basics"), ("discard", None)])
def test_leaving_a_module_with_unsaved_edits_asks(qtbot: Any, page: CurriculaPage, runner: TaskRunner,
                                                  app_services: Services, world: dict[str, Any],
                                                  answers: dict[str, Any], answer: str,
                                                  saved_title: str | None) -> None:
    app_services.curricula.propose(world["programme"], app_services.gaps.current_assessment_ids(
        world["programme"]), "Course")
    page.refresh()
    settle(runner)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    settle(runner)
    qtbot.mouseClick(page.add_module_button, Qt.MouseButton.LeftButton)
    settle(runner)
    first = page.module_id()
    assert first is not None and page.editor.title.text() == "New module"
    page.editor.title.selectAll()
    qtbot.keyClicks(page.editor.title, "Supply chain basics")
    answers["unsaved"] = answer
    click_item(qtbot, page.modules, 0)
    settle(runner)
    assert answers["asked"] == ["The module “New module”"]
    assert page.module_id() != first and not page.editor.is_dirty()
    assert app_services.curricula.module(first).title == (saved_title or "New module")


def test_target_a_competency_type_its_level_and_remove_it(qtbot: Any, page: CurriculaPage, runner: TaskRunner,
                                                          app_services: Services, world: dict[str, Any]) -> None:
    app_services.curricula.propose(world["programme"], app_services.gaps.current_assessment_ids(
        world["programme"]), "Course")
    page.refresh()
    settle(runner)
    page.list.setCurrentItem(page.list.topLevelItem(0))
    settle(runner)
    editor, code = page.editor, world["c"].code

    def codes() -> list[str]:
        return [editor.targets.item(r, 0).text() for r in range(editor.targets.rowCount())]

    assert code not in codes()
    qtbot.keyClicks(editor.target_choice.lineEdit(), f"{code} {world['c'].title}")
    qtbot.mouseClick(editor.add_target, Qt.MouseButton.LeftButton)
    settle(runner)
    assert code in codes()
    row = codes().index(code)
    level = editor.targets.item(row, 2)
    editor.targets.setCurrentItem(level)
    qtbot.keyClicks(editor.targets, "3")  # any key opens the cell editor with it
    cell_editor = editor.targets.viewport().findChild(QLineEdit)
    assert cell_editor is not None and cell_editor.text() == "3"
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not runner.busy and editor.targets.state() != editor.targets.State.EditingState)
    settle(runner)
    module = app_services.curricula.module(page.module_id() or "")
    assert [t.target_level for t in module.targets if t.code == code] == [3]
    editor.targets.setCurrentCell(codes().index(code), 0)
    qtbot.mouseClick(editor.remove_target, Qt.MouseButton.LeftButton)
    settle(runner)
    assert code not in codes()
