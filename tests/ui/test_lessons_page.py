"""The lessons-learned page: a lesson created through its dialog (Ctrl+N), an action on it pointing to the
curriculum version it changed, the action closed (Mark done), then the lesson closed; the status filter;
deleting with the confirmation (refused, then accepted); closing a lesson with an open action is refused
with the service's message shown in the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_helpers import settle, visible, wait_dialog

from trainmgr.domain.changes import Changes
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.lessons import LessonInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.ui.dialogs.lesson_dialogs import ActionDialog, LessonDialog
from trainmgr.ui.pages.lessons_page import LESSONS, LessonsPage
from trainmgr.ui.tasks import TaskRunner


@dataclass
class World:
    programme_id: str
    curriculum_id: str
    cohort_id: str


@pytest.fixture
def world(app_services: Services) -> World:
    sv = app_services
    pid = sv.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    cur = sv.curricula.create(pid, "Logistics")
    sv.curricula.add_module(cur.id, ModuleInput(title="Supply chain"))
    sv.curricula.approve(cur.id)
    cohort = sv.cohorts.create(CohortInput(pid, "Logistics 1", curriculum_id=cur.id)).id
    return World(pid, cur.id, cohort)


@pytest.fixture
def page(qtbot: Any, app_services: Services, runner: TaskRunner, world: World) -> Iterator[LessonsPage]:
    sv = app_services
    widget = LessonsPage(sv.programmes, sv.lessons, sv.curricula, sv.cohorts, runner)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    yield widget


def cells(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_lesson_action_to_curriculum_closed_filtered_and_deleted(qtbot: Any, page: LessonsPage, runner: TaskRunner,
                                                                 app_services: Services, world: World,
                                                                 answers: dict[str, Any]) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog: LessonDialog = wait_dialog(qtbot, LessonDialog, "lessonDialog")
    dialog.observation.setPlainText("Trainees could not plan a truck load")
    dialog.recommendation.setPlainText("Add a practical loading day")
    qtbot.keyClicks(dialog.source, "End-of-course review")
    dialog.cohort.setCurrentIndex(dialog.cohort.findData(world.cohort_id))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(LessonDialog)
    assert cells(page.table, 1) == ["Trainees could not plan a truck load"]
    assert (cells(page.table, 3), cells(page.table, 4), cells(page.table, 5)) == (
        ["End-of-course review"], ["Logistics 1"], ["Open"])
    assert page.lesson() is not None  # the new lesson is selected

    page.new_action_button.click()
    action: ActionDialog = wait_dialog(qtbot, ActionDialog, "actionDialog")
    action.description.setPlainText("Add a loading exercise to Supply chain")
    qtbot.keyClicks(action.owner, "Capt. Moreau")
    labels = [action.curriculum.itemText(i) for i in range(action.curriculum.count())]
    assert labels == ["(none)", "Logistics v1 (Approved)"]
    action.curriculum.setCurrentIndex(1)
    action.buttons.button(action.buttons.StandardButton.Save).click()
    settle(runner)
    assert cells(page.table, 6) == ["1"]
    assert cells(page.actions, 0) == ["Add a loading exercise to Supply chain"]
    assert (cells(page.actions, 1), cells(page.actions, 3), cells(page.actions, 4)) == (
        ["Capt. Moreau"], ["Open"], ["Logistics v1"])
    stored = app_services.lessons.list(world.programme_id)[0].actions[0]
    assert stored.curriculum_id == world.curriculum_id
    page.actions.selectRow(0)
    page.actions.setFocus()
    qtbot.keyClick(page.actions, Qt.Key.Key_Return)  # Enter in the actions table edits the action
    action = wait_dialog(qtbot, ActionDialog, "actionDialog")
    assert (action.owner.text(), action.curriculum.currentData()) == ("Capt. Moreau", world.curriculum_id)
    action.owner.setText("Maj. Traoré")
    action.buttons.button(action.buttons.StandardButton.Save).click()
    settle(runner)
    assert cells(page.actions, 1) == ["Maj. Traoré"] and cells(page.actions, 4) == ["Logistics v1"]

    # closing the lesson while its action is open: the service's refusal, in the dialog
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edit: LessonDialog = wait_dialog(qtbot, LessonDialog, "lessonDialog")
    edit.status.setCurrentIndex(edit.status.findData("closed"))
    edit.buttons.button(edit.buttons.StandardButton.Save).click()
    settle(runner)
    assert edit.isVisible() and "still has 1 open action" in edit.error.text()
    edit.reject()

    page.actions.selectRow(0)
    assert page.done_button.isEnabled()
    page.done_button.click()
    settle(runner)
    assert cells(page.actions, 3) == ["Done"] and cells(page.table, 6) == ["0"]
    assert not page.done_button.isEnabled() or page.action() is None

    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    edit = wait_dialog(qtbot, LessonDialog, "lessonDialog")
    assert edit.observation.toPlainText() == "Trainees could not plan a truck load"
    edit.status.setCurrentIndex(edit.status.findData("closed"))
    edit.buttons.button(edit.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(LessonDialog) and cells(page.table, 5) == ["Closed"]
    assert not page.new_action_button.isEnabled()  # a closed lesson takes no new action

    # a second, open lesson; the filter by status
    app_services.lessons.create(LessonInput(world.programme_id, "Radio drills too short", "Drill <2 h> more"))
    page.on_changed(Changes.of(LESSONS))
    settle(runner)
    assert sorted(cells(page.table, 1)) == ["Radio drills too short", "Trainees could not plan a truck load"]
    page.table.selectRow(cells(page.table, 1).index("Radio drills too short"))
    assert "Drill &lt;2 h&gt; more" in page.detail.text()
    assert "<2 h>" not in page.detail.text()  # shown as text, not swallowed as markup
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)  # Ins: a new lesson too (in the actions table: a new action)
    wait_dialog(qtbot, LessonDialog, "lessonDialog").reject()
    page.status.setCurrentIndex(page.status.findData("closed"))
    assert cells(page.table, 1) == ["Trainees could not plan a truck load"]
    page.status.setCurrentIndex(page.status.findData("open"))
    assert cells(page.table, 1) == ["Radio drills too short"]
    page.status.setCurrentIndex(0)
    page.cohort.setCurrentIndex(page.cohort.findData(world.cohort_id))  # the cohort filter
    settle(runner)
    assert cells(page.table, 1) == ["Trainees could not plan a truck load"]

    # Delete asks first: No keeps it, Yes deletes it and its action
    page.table.selectRow(0)
    page.table.setFocus()
    answers["ask"] = False
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(runner)
    assert "Trainees could not plan a truck load" in answers["asked"][-1]
    assert page.table.rowCount() == 1
    answers["ask"] = True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    settle(runner)
    assert page.table.rowCount() == 0
    assert [r.observation for r in app_services.lessons.list(world.programme_id)] == ["Radio drills too short"]
