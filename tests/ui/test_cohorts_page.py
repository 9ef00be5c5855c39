"""The cohorts page: create a cohort (curriculum version, dates, units), change an enrolment's status
with its reason, enrol through the vetting rule (refused blocked, pending with an override),
schedule and hold a session, take attendance with the keyboard, see the cohort's rate."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QInputDialog
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr.domain.delivery_records import TraineeRow
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.trainees import TraineeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.dialogs.cohort_dialog import UNIT_ROLE, CohortDialog
from trainmgr.ui.dialogs.enrol_dialog import ROW_ROLE, EnrolDialog
from trainmgr.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from trainmgr.ui.dialogs.session_dialog import SessionDialog
from trainmgr.ui.pages.cohorts_page import CohortsPage
from trainmgr.ui.tasks import TaskRunner

TODAY = date.today()


@dataclass
class World:
    programme_id: str
    cohort_id: str
    people: dict[str, str]  # family name -> id


@pytest.fixture
def world(app_services: Services) -> World:
    sv = app_services
    pid = sv.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    cur = sv.curricula.create(pid, "Logistics")
    sv.curricula.add_module(cur.id, ModuleInput(title="Supply chain"))
    sv.curricula.approve(cur.id)
    cohort = sv.cohorts.create(CohortInput(pid, "Logistics 1", curriculum_id=cur.id,
                                           start_date=TODAY - timedelta(days=7))).id
    people = {}
    for family, vetting in (("Diallo", "cleared"), ("Keita", "cleared"), ("Sangare", "cleared"),
                            ("Refuse", "refused"), ("Pending", "pending")):
        vetted = TODAY - timedelta(days=30) if vetting != "pending" else None
        people[family] = sv.trainees.create(TraineeInput(pid, family, "Test", vetting_status=vetting,
                                                         vetting_date=vetted)).id
    for family in ("Diallo", "Keita", "Sangare"):
        sv.cohorts.enrol(cohort, people[family])
    return World(pid, cohort, people)


@pytest.fixture
def page(qtbot: Any, world: World, app_services: Services, runner: TaskRunner) -> Iterator[CohortsPage]:
    sv = app_services
    widget = CohortsPage(sv.programmes, sv.curricula, sv.cohorts, sv.trainees, sv.sessions, sv.attendance, runner,
                         units=sv.units)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    yield widget
    settle(runner)


def roster_names(page: CohortsPage) -> list[str]:
    return [page.panel.roster.item(i, 0).text() for i in range(page.panel.roster.rowCount())]


def pick(qtbot: Any, runner: TaskRunner, page: CohortsPage, family: str) -> None:
    qtbot.mouseClick(page.panel.enrol_button, Qt.MouseButton.LeftButton)
    dialog: EnrolDialog = wait_dialog(qtbot, EnrolDialog)
    qtbot.keyClicks(dialog.search, family)
    dialog.find()
    settle(runner)
    items = [dialog.results.item(i) for i in range(dialog.results.count())]
    match = [i for i in items if isinstance(i.data(ROW_ROLE), TraineeRow) and i.data(ROW_ROLE).family_name == family]
    assert len(match) == 1
    match[0].setSelected(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    settle(runner)


def test_roster_shown(page: CohortsPage) -> None:
    assert page.cohort_id() is not None
    assert roster_names(page) == ["Diallo Test", "Keita Test", "Sangare Test"]


def test_refused_trainee_is_blocked_with_the_reason(qtbot: Any, page: CohortsPage, runner: TaskRunner,
                                                    app_services: Services, world: World) -> None:
    pick(qtbot, runner, page, "Refuse")
    assert "vetting refused; cannot be enrolled" in wait_error(qtbot)
    assert len(app_services.cohorts.roster(world.cohort_id)) == 3


def test_pending_trainee_needs_an_override(qtbot: Any, page: CohortsPage, runner: TaskRunner,
                                           app_services: Services, world: World) -> None:
    pick(qtbot, runner, page, "Pending")
    ask: QInputDialog = wait_dialog(qtbot, QInputDialog, "overrideDialog")
    assert "vetting pending" in ask.labelText()
    ask.setTextValue("Commander's written request, vetting file sent on 3 June")
    ask.done(1)
    settle(runner)
    assert not visible(QInputDialog, "overrideDialog")
    roster = {r.family_name: r for r in app_services.cohorts.roster(world.cohort_id)}
    assert roster["Pending"].status == "enrolled"
    assert roster["Pending"].vetting_override.startswith("Commander's")
    assert "Pending Test" in roster_names(page)


def test_schedule_hold_and_take_attendance(qtbot: Any, page: CohortsPage, runner: TaskRunner,
                                           app_services: Services, world: World) -> None:
    page.panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.panel.schedule_button, Qt.MouseButton.LeftButton)
    dialog: SessionDialog = wait_dialog(qtbot, SessionDialog)
    dialog.day.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    qtbot.keyClicks(dialog.place, "Camp Boiteux")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    sessions = app_services.sessions.list_for_cohort(world.cohort_id)
    assert [(s.session_date, s.place, s.module_title) for s in sessions] == [(TODAY, "Camp Boiteux", "Supply chain")]
    assert page.panel.session_id() == sessions[0].id
    assert page.panel.hold_button.isEnabled()
    qtbot.mouseClick(page.panel.hold_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert app_services.sessions.get(sessions[0].id).status == "held"
    assert "Held" in page.panel.sessions.item(0, 4).text()

    grid = page.panel.register
    assert page.panel.register_model.rowCount() == 3
    grid.setFocus()
    grid.setCurrentIndex(page.panel.register_model.index(0, 4))
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_L):
        qtbot.keyClick(grid, key)
    settle(runner)
    marks = {r.family_name: r.status for r in app_services.attendance.register(sessions[0].id)}
    assert marks == {"Diallo": "present", "Keita": "absent", "Sangare": "late"}
    assert [page.panel.register_model.index(i, 4).data() for i in range(3)] == ["Present", "Absent", "Late"]
    assert "66.7 %" in page.panel.rate.text()
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_P)  # Keita was present after all
    settle(runner)
    assert app_services.attendance.rate_for_cohort(world.cohort_id).rate == 100.0
    assert "100.0 %" in page.panel.rate.text()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)  # the cursor is on Sangare now: clear that mark
    settle(runner)
    marks = {r.family_name: r.status for r in app_services.attendance.register(sessions[0].id)}
    assert marks == {"Diallo": "present", "Keita": "present", "Sangare": None}
    assert "1 not marked yet" in page.panel.rate.text()


def test_a_mark_that_cannot_be_saved_is_reverted(qtbot: Any, page: CohortsPage, runner: TaskRunner,
                                                 app_services: Services, world: World) -> None:
    from trainmgr.services.sessions import SessionInput

    sid = app_services.sessions.schedule(SessionInput(world.cohort_id, TODAY, title="Drill")).id
    page.refresh()
    settle(runner)
    page.panel.tabs.setCurrentIndex(1)
    page.panel.sessions.selectRow(0)
    settle(runner)
    app_services.sessions.cancel(sid, "weather")  # cancelled elsewhere meanwhile
    grid = page.panel.register
    grid.setCurrentIndex(page.panel.register_model.index(0, 4))
    qtbot.keyClick(grid, Qt.Key.Key_P)
    settle(runner)
    assert "cancelled" in wait_error(qtbot)
    assert page.panel.register_model.index(0, 4).data() == "—"


def test_create_a_cohort_with_its_curriculum_version_dates_and_units(qtbot: Any, page: CohortsPage,
                                                                     runner: TaskRunner, app_services: Services,
                                                                     world: World) -> None:
    sv = app_services
    draft = sv.curricula.create(world.programme_id, "Draft course")  # not approved: not offered
    unit = sv.units.create(world.programme_id, UnitInput(name="1er Bataillon", kind="battalion")).id
    sv.units.create(world.programme_id, UnitInput(name="2e Bataillon", kind="battalion"))
    qtbot.mouseClick(page.new_cohort_button, Qt.MouseButton.LeftButton)
    dialog: CohortDialog = wait_dialog(qtbot, CohortDialog)
    versions = [dialog.curriculum.itemText(i) for i in range(dialog.curriculum.count())]
    assert versions == ["Logistics — version 1", "— none yet —"] and draft.name not in " ".join(versions)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    save.click()
    settle(runner)
    assert "Name is required" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Logistics 2")
    dialog.start_date.set_date(date(2026, 3, 2))
    dialog.end_date.set_date(date(2026, 3, 1))
    save.click()
    settle(runner)
    assert "end" in dialog.error.text().lower() and dialog.isVisible()  # the service's message, inline
    dialog.end_date.set_date(date(2026, 3, 27))
    items = [dialog.units.item(i) for i in range(dialog.units.count())]
    item = next(i for i in items if i.data(UNIT_ROLE) == unit)
    item.setCheckState(Qt.CheckState.Checked)
    save.click()
    settle(runner)
    assert not visible(CohortDialog)
    created = next(c for c in sv.cohorts.list(world.programme_id) if c.name == "Logistics 2")
    assert (created.start_date, created.end_date, created.min_attendance_pct) == (date(2026, 3, 2),
                                                                                 date(2026, 3, 27), 80.0)
    assert sv.cohorts.units(created.id) == [unit]
    assert page.cohort_id() == created.id  # the new cohort is selected


def test_change_an_enrolment_status_with_its_reason(qtbot: Any, page: CohortsPage, runner: TaskRunner,
                                                    app_services: Services, world: World) -> None:
    roster = page.panel.roster
    assert not page.status_button.isEnabled()
    roster.selectRow(roster_names(page).index("Keita Test"))
    assert page.status_button.isEnabled()
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    dialog: EnrolmentStatusDialog = wait_dialog(qtbot, EnrolmentStatusDialog)
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert offered == ["withdrawn", "completed", "failed", "transferred"]
    dialog.status.setCurrentIndex(offered.index("withdrawn"))
    assert "required" in dialog.hint.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert dialog.isVisible() and "reason" in dialog.error.text()
    dialog.reason.setPlainText("Posted to the north")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(EnrolmentStatusDialog)
    keita = next(r for r in app_services.cohorts.roster(world.cohort_id) if r.family_name == "Keita")
    assert (keita.status, keita.status_reason) == ("withdrawn", "Posted to the north")
    row = roster_names(page).index("Keita Test")
    assert "Withdrawn" in roster.item(row, 3).text()
