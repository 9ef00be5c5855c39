"""The assessments page: create an assessment, type levels with the keyboard, see the gap and its
colour, validate and sign (then read-only), undo, refused edits reverted, areas, compare, gaps."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QInputDialog
from ui_helpers import settle, wait_dialog, wait_error

from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.assessment_labels import GAP_AMBER, GAP_GREEN, GAP_RED
from trainmgr.ui.dialogs.assessment_dialog import AssessmentDialog
from trainmgr.ui.dialogs.compare_dialog import CompareDialog
from trainmgr.ui.pages.assessments_page import AssessmentsPage
from trainmgr.ui.table_models.findings_model import CURRENT, GAP, PRIORITY, REQUIRED, TRAINABLE
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def world(app_services: Services) -> dict[str, str]:
    programme = app_services.programmes.create(ProgrammeInput(code="EUTM-ML", name="Mali training mission"))
    unit = app_services.units.create(programme.id, UnitInput(name="2nd Infantry Battalion", kind="battalion"))
    framework = app_services.frameworks.list()[0]
    return {"programme": programme.id, "unit": unit.id, "framework": framework.id}


@pytest.fixture
def page(qtbot: Any, app_services: Services, runner: TaskRunner, world: dict[str, str],
         answers: dict[str, Any]) -> AssessmentsPage:
    s = app_services
    widget = AssessmentsPage(s.programmes, s.units, s.frameworks, s.assessments, s.gaps, runner)
    runner.changed.connect(widget.on_changed)  # as the main window does
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    return widget


def assess(services: Services, world: dict[str, str], kind: str = "baseline", on: date = date(2025, 3, 1)) -> str:
    return services.assessments.create(AssessmentInput(world["programme"], world["unit"], world["framework"], on,
                                                       kind=kind, host_counterparts="Cdt Traoré")).id


def click_cell(qtbot: Any, page: AssessmentsPage, row: int, column: int) -> None:
    grid = page.panel.grid
    index = grid.model().index(row, column)
    grid.scrollTo(index)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center())
    assert grid.currentIndex() == index


def cell(page: AssessmentsPage, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.panel.model.index(row, column).data(role)


def test_assess_a_unit_with_the_keyboard_then_validate_and_sign(qtbot: Any, page: AssessmentsPage,
                                                                runner: TaskRunner, app_services: Services,
                                                                world: dict[str, str]) -> None:
    assert page.unit.currentText() == "2nd Infantry Battalion"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog: AssessmentDialog = wait_dialog(qtbot, AssessmentDialog)
    qtbot.keyClicks(dialog.assessors, "Maj Dupont, Capt Silva")
    qtbot.keyClicks(dialog.counterparts, "Cdt ")  # QTest types ASCII only: the rest is pasted
    dialog.counterparts.insert("Traoré")
    box: QCheckBox = dialog.methods["interview"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert page.list.topLevelItemCount() == 1
    assert page.list.topLevelItem(0).text(0) == "Baseline" and page.list.topLevelItem(0).text(2) == "Draft"
    assert page.panel.model.rowCount() > 2
    first, second = page.panel.model.row_at(0), page.panel.model.row_at(1)

    click_cell(qtbot, page, 0, CURRENT)
    qtbot.keyClicks(page.panel.grid, "12")  # each digit commits and moves down
    click_cell(qtbot, page, 0, REQUIRED)
    qtbot.keyClicks(page.panel.grid, "43")
    click_cell(qtbot, page, 2, CURRENT)
    qtbot.keyClicks(page.panel.grid, "4")
    qtbot.keyClicks(page.panel.grid, "3")  # row 3
    click_cell(qtbot, page, 2, REQUIRED)
    qtbot.keyClicks(page.panel.grid, "3")
    settle(runner)
    assert [cell(page, 0, c) for c in (CURRENT, REQUIRED, GAP)] == ["1", "4", "+3"]
    assert [cell(page, 1, c) for c in (CURRENT, REQUIRED, GAP)] == ["2", "3", "+1"]
    assert [cell(page, 2, c) for c in (CURRENT, REQUIRED, GAP)] == ["4", "3", "-1"]
    assert cell(page, 0, GAP, Qt.ItemDataRole.BackgroundRole) == GAP_RED
    assert cell(page, 1, GAP, Qt.ItemDataRole.BackgroundRole) == GAP_AMBER
    assert cell(page, 2, GAP, Qt.ItemDataRole.BackgroundRole) == GAP_GREEN
    assessment_id = page.selected_id()
    assert assessment_id is not None
    saved = {f.code: (f.current_level, f.required_level) for f in app_services.assessments.findings(assessment_id)}
    assert saved[first.code] == (1, 4) and saved[second.code] == (2, 3)

    qtbot.mouseClick(page.panel.validate_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.list.topLevelItem(0).text(2) == "Validated"
    qtbot.mouseClick(page.panel.sign_button, Qt.MouseButton.LeftButton)
    signer: QInputDialog = wait_dialog(qtbot, QInputDialog, "signDialog")
    assert signer.textValue() == "Cdt Traoré"
    signer.setTextValue("Cdt Amadou Traoré")  # the box's own line edit, as if typed
    signer.accept()
    settle(runner)
    assert page.list.topLevelItem(0).text(2) == "Signed"
    assert "Signed by Cdt Amadou Traoré" in page.panel.status.text()
    assert page.panel.model.is_read_only()
    assert not page.panel.model.flags(page.panel.model.index(0, CURRENT)) & Qt.ItemFlag.ItemIsEditable
    click_cell(qtbot, page, 0, CURRENT)
    qtbot.keyClicks(page.panel.grid, "5")
    settle(runner)
    assert cell(page, 0, CURRENT) == "1"  # nothing changed
    assert page.panel.grid.state() != page.panel.grid.State.EditingState
    assert page.panel.amend_button.isEnabled() and not page.panel.sign_button.isEnabled()

    qtbot.mouseClick(page.panel.amend_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert page.list.topLevelItemCount() == 2
    assert page.selected() is not None and page.selected().version == 2  # the amendment is open, editable
    assert not page.panel.model.is_read_only() and cell(page, 0, CURRENT) == "1"


def test_out_of_range_digit_priority_letters_trainable_and_undo(qtbot: Any, page: AssessmentsPage,
                                                                runner: TaskRunner, app_services: Services,
                                                                world: dict[str, str]) -> None:
    assessment_id = assess(app_services, world)
    page.refresh()
    settle(runner)
    click_cell(qtbot, page, 0, REQUIRED)
    qtbot.keyClicks(page.panel.grid, "0")  # required is 1 to 5
    assert cell(page, 0, REQUIRED) == "" and page.panel.grid.currentIndex().row() == 0
    qtbot.keyClicks(page.panel.grid, "x")  # a letter is not a level: no text editor opens
    assert page.panel.grid.state() != page.panel.grid.State.EditingState and cell(page, 0, REQUIRED) == ""
    qtbot.keyClicks(page.panel.grid, "3")
    click_cell(qtbot, page, 0, PRIORITY)
    qtbot.keyClicks(page.panel.grid, "h")
    click_cell(qtbot, page, 0, TRAINABLE)
    qtbot.keyClick(page.panel.grid, Qt.Key.Key_Space)
    settle(runner)
    assert cell(page, 0, PRIORITY) == "High"
    assert cell(page, 0, TRAINABLE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.keyClick(page.panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.panel.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(runner)
    assert cell(page, 0, TRAINABLE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(page, 0, PRIORITY) == "Medium" and cell(page, 0, REQUIRED) == "3"
    row = app_services.assessments.findings(assessment_id)[0]
    assert (row.required_level, row.priority, row.trainable) == (3, "medium", True)


def test_a_refused_edit_is_shown_and_the_cell_reverted(qtbot: Any, page: AssessmentsPage, runner: TaskRunner,
                                                       app_services: Services, world: dict[str, str]) -> None:
    assessment_id = assess(app_services, world)
    page.refresh()
    settle(runner)
    competency = page.panel.model.row_at(0).competency_id
    app_services.assessments.set_finding(assessment_id, competency, current_level=1, required_level=3)
    app_services.assessments.set_status(assessment_id, "signed", "Cdt Traoré")  # signed on another screen
    click_cell(qtbot, page, 1, CURRENT)
    qtbot.keyClicks(page.panel.grid, "2")
    assert "signed and cannot be changed" in wait_error(qtbot)
    settle(runner)
    assert cell(page, 1, CURRENT) == ""


def test_area_filter_compare_and_gaps(qtbot: Any, page: AssessmentsPage, runner: TaskRunner,
                                      app_services: Services, world: dict[str, str]) -> None:
    baseline = assess(app_services, world)
    midterm = assess(app_services, world, "midterm", date(2025, 9, 1))
    rows = app_services.assessments.findings(baseline)
    a, b = rows[0], rows[1]
    app_services.assessments.set_finding(baseline, a.competency_id, current_level=1, required_level=4)
    app_services.assessments.set_finding(baseline, b.competency_id, current_level=2, required_level=3,
                                         trainable=False, non_training_response="Issue radios")
    app_services.assessments.set_finding(midterm, a.competency_id, current_level=3, required_level=4)
    page.refresh()
    settle(runner)
    everything = page.panel.model.rowCount()
    page.panel.area.setCurrentIndex(2)  # the second capability area
    assert 0 < page.panel.model.rowCount() < everything
    assert {page.panel.model.row_at(i).area_title for i in range(page.panel.model.rowCount())} == {
        page.panel.area.currentText()}

    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    compare: CompareDialog = wait_dialog(qtbot, CompareDialog)
    table = compare.table
    texts = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert texts[0][:2] == [a.code, a.title] and texts[0][2:] == ["1", "3", "4", "+2"]
    compare.reject()

    page.panel.setCurrentWidget(page.panel.gaps)
    settle(runner)
    ranked, apart = page.panel.gaps.ranked, page.panel.gaps.non_trainable
    assert ranked.rowCount() == 1 and ranked.item(0, 1).text() == a.code and ranked.item(0, 6).text() == "1"
    assert apart.rowCount() == 0  # the midterm is current: b was not assessed there
    app_services.assessments.set_finding(midterm, b.competency_id, current_level=1, required_level=3,
                                         trainable=False, non_training_response="Issue radios")
    page.panel.gaps.whole_programme.setChecked(True)
    settle(runner)
    assert apart.rowCount() == 1 and apart.item(0, 4).text() == "Issue radios"


def test_findings_model_passes_qt_checks_and_parses_typed_values(app_services: Services, world: dict[str, str],
                                                                 qapp: Any) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    from trainmgr.ui.table_models.findings_model import INVALID, FindingsTableModel, parse_value

    model = FindingsTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = app_services.assessments.findings(assess(app_services, world))
    model.set_rows(rows, read_only=False)
    edits: list[tuple[str, str, Any, Any]] = []
    model.edit_requested.connect(lambda *args: edits.append(args))
    assert model.setData(model.index(0, CURRENT), "3") and not model.setData(model.index(0, CURRENT), "6")
    assert edits == [(rows[0].competency_id, "current_level", 3, None)]
    model.set_area(rows[-1].area_id)
    assert 0 < model.rowCount() < len(rows) and tester is not None
    assert parse_value(CURRENT, "0") == 0 and parse_value(REQUIRED, "0") is INVALID
    assert parse_value(REQUIRED, "") is None and parse_value(PRIORITY, "urgent") is INVALID


def test_closing_waits_for_typed_levels_to_be_saved(qtbot: Any, page: AssessmentsPage, runner: TaskRunner,
                                                    app_services: Services, world: dict[str, str]) -> None:
    assessment_id = assess(app_services, world)
    page.refresh()
    settle(runner)
    click_cell(qtbot, page, 0, CURRENT)
    qtbot.keyClicks(page.panel.grid, "1234")
    assert page.can_close()  # no settle: the saves were still queued
    saved = [f.current_level for f in app_services.assessments.findings(assessment_id)[:4]]
    assert saved == [1, 2, 3, 4]
    assert page.panel.grid.currentIndex().row() == 4
    page.refresh()  # a reload (another screen changed something) keeps the cursor where it was
    settle(runner)
    assert (page.panel.grid.currentIndex().row(), page.panel.grid.currentIndex().column()) == (4, CURRENT)
