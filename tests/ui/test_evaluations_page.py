"""The evaluations page: create pre- and post-test instruments through the dialog, type scores with the
keyboard (an out-of-range score is refused with the service's message and not saved), GO / NO-GO on a
checklist, and completion: decisions with reasons after "Apply", and the certificate list."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr.domain.evaluation_records import (
    GridColumn,
    InstrumentRow,
    MeasuredCompetency,
    ScoreCell,
    ScoreGrid,
    ScoreGridRow,
)
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.evaluations import InstrumentInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sessions import SessionInput
from trainmgr.services.trainees import TraineeInput
from trainmgr.ui.dialogs.instrument_dialog import InstrumentDialog
from trainmgr.ui.pages.evaluations_page import EvaluationsPage
from trainmgr.ui.table_models.score_model import ScoreTableModel
from trainmgr.ui.tasks import TaskRunner

TODAY = date.today()
START, END = TODAY - timedelta(days=30), TODAY - timedelta(days=1)
FAMILIES = ("Diallo", "Keita", "Sangare")


@dataclass
class World:
    programme_id: str
    cohort_id: str
    people: dict[str, str]  # family name -> id


@pytest.fixture
def world(app_services: Services) -> World:
    """A cohort that has ended: two held sessions (Keita absent from both), three trainees."""
    sv = app_services
    pid = sv.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    cur = sv.curricula.create(pid, "Logistics")
    sv.curricula.add_module(cur.id, ModuleInput(title="Supply chain"))
    sv.curricula.approve(cur.id)
    cohort = sv.cohorts.create(CohortInput(pid, "Logistics 1", curriculum_id=cur.id, start_date=START,
                                           end_date=END, min_attendance_pct=80.0, requires_post_test=True)).id
    people = {}
    for family in FAMILIES:
        people[family] = sv.trainees.create(TraineeInput(pid, family, "Test", vetting_status="cleared",
                                                         vetting_date=START - timedelta(days=30))).id
        sv.cohorts.enrol(cohort, people[family], today=START)
    for day in (START + timedelta(days=2), START + timedelta(days=5)):
        session = sv.sessions.schedule(SessionInput(cohort, day, title="Lesson"))
        sv.sessions.hold(session.id)
        for family in FAMILIES:
            sv.attendance.mark(session.id, people[family], "absent" if family == "Keita" else "present")
    return World(pid, cohort, people)


@pytest.fixture
def page(qtbot: Any, world: World, app_services: Services, runner: TaskRunner) -> Iterator[EvaluationsPage]:
    sv = app_services
    widget = EvaluationsPage(sv.programmes, sv.cohorts, sv.evaluations, sv.completion, runner, curricula=sv.curricula)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    yield widget
    settle(runner)


def create(qtbot: Any, runner: TaskRunner, page: EvaluationsPage, kind: str, title: str) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog: InstrumentDialog = wait_dialog(qtbot, InstrumentDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    qtbot.keyClicks(dialog.title_edit, title)
    dialog.max_score.setValue(100)
    dialog.pass_mark.setValue(60)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(InstrumentDialog)  # saved and closed


def select_instrument(page: EvaluationsPage, runner: TaskRunner, title: str) -> None:
    titles = [page.instruments.item(i, 2).text() for i in range(page.instruments.rowCount())]
    page.instruments.selectRow(titles.index(title))
    settle(runner)
    assert page.score_model.instrument() is not None and page.score_model.instrument().title == title


def type_score(qtbot: Any, page: EvaluationsPage, text: str) -> None:
    """The first digit opens the cell's editor; the rest is typed there; Enter commits and moves down."""
    grid = page.grid
    qtbot.keyClick(grid, text[0])
    editors = [e for e in grid.findChildren(QLineEdit, "scoreEditor") if e.isVisible()]  # closed ones wait deletion
    assert len(editors) == 1 and editors[0].text() == text[0]
    editor = editors[0]
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor by a queued call


def scores(app_services: Services, instrument_id: str) -> dict[str, Any]:
    grid = app_services.evaluations.score_grid(instrument_id)
    return {r.family_name: (r.cells[0].score, r.cells[0].passed) for r in grid.rows}


def test_create_instruments_and_type_scores(qtbot: Any, page: EvaluationsPage, runner: TaskRunner,
                                            app_services: Services, world: World) -> None:
    create(qtbot, runner, page, "pre_test", "Pre-test")
    create(qtbot, runner, page, "post_test", "Post-test")
    rows = app_services.evaluations.list_instruments(world.cohort_id)
    assert sorted((r.kind, r.title, r.max_score, r.pass_mark) for r in rows) == [
        ("post_test", "Post-test", 100.0, 60.0), ("pre_test", "Pre-test", 100.0, 60.0)]
    assert page.instruments.rowCount() == 2
    assert page.score_model.instrument().title == "Post-test"  # the new one is selected

    select_instrument(page, runner, "Pre-test")
    page.grid.setFocus()
    assert page.grid.currentIndex().row() == 0
    for text in ("35", "42.5", "20"):
        type_score(qtbot, page, text)
    settle(runner)
    pre = next(r.id for r in rows if r.kind == "pre_test")
    assert scores(app_services, pre) == {"Diallo": (35.0, None), "Keita": (42.5, None), "Sangare": (20.0, None)}
    assert [page.score_model.index(i, 2).data() for i in range(3)] == ["35", "42.5", "20"]


def test_out_of_range_score_is_refused_and_reverted(qtbot: Any, page: EvaluationsPage, runner: TaskRunner,
                                                    app_services: Services, world: World) -> None:
    inst = app_services.evaluations.create_instrument(InstrumentInput(world.cohort_id, "post_test", "Post-test",
                                                                      max_score=100, pass_mark=60))
    settle(runner)
    page.refresh()
    settle(runner)
    select_instrument(page, runner, "Post-test")
    page.grid.setFocus()
    type_score(qtbot, page, "150")
    assert "must be from 0 to 100, not 150" in wait_error(qtbot)
    settle(runner)
    assert page.score_model.index(0, 2).data() == ""
    assert scores(app_services, inst.id)["Diallo"] == (None, None)


def test_checklist_go_and_no_go_keys(qtbot: Any, page: EvaluationsPage, runner: TaskRunner,
                                     app_services: Services, world: World) -> None:
    inst = app_services.evaluations.create_instrument(InstrumentInput(world.cohort_id, "practical_checklist",
                                                                      "Convoy drill", max_score=10))
    page.refresh()
    settle(runner)
    select_instrument(page, runner, "Convoy drill")
    page.grid.setFocus()
    hints: list[str] = []
    page.status_message.connect(hints.append)
    qtbot.keyClick(page.grid, "7")  # a score before GO / NO-GO: a hint, no editor, nothing saved
    assert "GO (G) or NO-GO (N) first" in hints[-1]
    assert not [e for e in page.grid.findChildren(QLineEdit, "scoreEditor") if e.isVisible()]
    for key in (Qt.Key.Key_G, Qt.Key.Key_N, Qt.Key.Key_G):
        qtbot.keyClick(page.grid, key)
    settle(runner)
    assert scores(app_services, inst.id) == {"Diallo": (None, True), "Keita": (None, False), "Sangare": (None, True)}
    assert [page.score_model.index(i, 2).data() for i in range(3)] == ["GO", "NO-GO", "GO"]


def test_completion_after_apply_and_certificates(qtbot: Any, page: EvaluationsPage, runner: TaskRunner,
                                                 app_services: Services, world: World,
                                                 answers: dict[str, Any]) -> None:
    ev = app_services.evaluations
    post = ev.create_instrument(InstrumentInput(world.cohort_id, "post_test", "Post-test", max_score=100,
                                                pass_mark=60))
    for family, score in (("Diallo", 80), ("Keita", 75), ("Sangare", 40)):
        ev.set_score(post.id, world.people[family], None, score)
    page.refresh()
    settle(runner)
    page.tabs.setCurrentWidget(page.completion_panel)
    settle(runner)
    panel = page.completion_panel
    assert panel.decisions.rowCount() == 3
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert "Logistics 1" in answers["asked"][-1]
    table = panel.decisions
    shown = {table.item(i, 0).text(): (table.item(i, 2).text(), table.item(i, 5).text(), table.item(i, 6).text())
             for i in range(table.rowCount())}
    assert shown["Diallo Test"][:2] == ("Completed", "Completed")
    assert shown["Keita Test"][:2] == ("Failed", "Failed")
    assert "attendance 0 % below the minimum of 80 %" in shown["Keita Test"][2]
    assert shown["Sangare Test"][:2] == ("Failed", "Failed")
    assert "post-test not passed" in shown["Sangare Test"][2]
    certs = [panel.certificates.item(i, 0).text() for i in range(panel.certificates.rowCount())]
    assert certs == ["Diallo Test"]
    assert panel.certificates.item(0, 3).text() == END.isoformat()
    statuses = {r.family_name: r.status for r in app_services.cohorts.roster(world.cohort_id)}
    assert statuses == {"Diallo": "completed", "Keita": "failed", "Sangare": "failed"}


def test_score_model_per_competency_under_the_model_tester(qapp: Any) -> None:
    """Competency columns are headed by code and maximum; an edit is optimistic, then saved or reverted."""
    comps = (MeasuredCompetency("c1", "LOG.01", "Supply chain", 10.0),
             MeasuredCompetency("c2", "MED.02", "First aid", 20.0))
    inst = InstrumentRow("i", "p", "c", None, "post_test", "2_learning", "Final", None, 100.0, 60.0, comps)
    cells = (ScoreCell("c1", None, None), ScoreCell("c2", 15.0, None))
    grid = ScoreGrid(inst, tuple(GridColumn(c.competency_id, f"{c.code} {c.title}", c.max_score) for c in comps),
                     (ScoreGridRow("p1", "Diallo", "Awa", "001", "", "", "enrolled", cells),))
    model = ScoreTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_grid(grid)
    requested: list[tuple[Any, ...]] = []
    model.score_requested.connect(lambda *args: requested.append(args))
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Name", "Service no.", "LOG.01 (/10)", "MED.02 (/20)"]
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole).name() == "#c8e6c9"  # 15 ≥ 60 % of 20
    assert model.setData(model.index(0, 2), "4,5")
    assert model.index(0, 2).data() == "4.5" and requested[-1][:2] == ("p1", "c1")
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).name() == "#ffcdd2"  # 4.5 < 6
    model.revert("p1", requested[-1][3])
    assert model.index(0, 2).data() == ""
    assert not model.setData(model.index(0, 2), "abc")
    model.set_grid(None)
    assert model.rowCount() == 0
