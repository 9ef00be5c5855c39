"""The audit page: filter by who and table, see before and after, export to Excel (text stays text);
the history of one record; a trainer is told the trail is not theirs to read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import wait_dialog

from trainmgr.db.stamping import WriteContext
from trainmgr.services.audit import AuditService
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.ui.dialogs.history_dialog import HistoryDialog, show_history
from trainmgr.ui.pages.audit_page import AuditTrailPage
from trainmgr.ui.table_models.audit_model import ACTION, CHANGES, RECORD, WHO
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def programme_ids(app_services: Services) -> list[str]:
    app_services.db.context = WriteContext(user="ali")
    a = app_services.programmes.create(ProgrammeInput(code="A", name="=HYPERLINK(\"http://x\")"))
    app_services.programmes.update(a.id, ProgrammeInput(code="A", name="Alpha"))
    app_services.db.context = WriteContext(user="bea")
    b = app_services.programmes.create(ProgrammeInput(code="B", name="Beta"))
    return [a.id, b.id]


def shown(page: AuditTrailPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_filter_by_who_and_table_shows_before_and_after(qtbot: QtBot, app_services: Services, runner: TaskRunner,
                                                        programme_ids: list[str]) -> None:
    page = AuditTrailPage(AuditService(app_services.db), runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.who.count() > 1)
    page.who.setCurrentText("ali")
    page.table_name.setCurrentText("programme")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page, WHO) == ["ali", "ali"])
    assert shown(page, ACTION) == ["update", "create"]
    assert shown(page, RECORD) == [programme_ids[0]] * 2
    assert 'name: =HYPERLINK("http://x") → Alpha' in shown(page, CHANGES)[0]
    assert page.count_label.text() == "2 event(s)"


def test_export_writes_the_filtered_trail_as_text(qtbot: QtBot, app_services: Services, runner: TaskRunner,
                                                  programme_ids: list[str], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr("trainmgr.ui.pages.audit_page.save_path", lambda *a, **k: out)
    page = AuditTrailPage(AuditService(app_services.db), runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.who.count() > 1)
    page.who.setCurrentText("ali")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    runner.wait_idle(5000)
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert {r[1] for r in rows} == {"ali"}
    formula_cell = next(c for row in ws.iter_rows(min_row=2) for c in row if c.value == '=HYPERLINK("http://x")')
    assert formula_cell.data_type == "s"  # text, never a live formula
    exported = AuditService(app_services.db).search()
    assert exported.rows[0].action == "export.audit" and exported.rows[0].changes[1].after == "personal"


def test_a_trainer_is_told_the_trail_is_not_theirs(qtbot: QtBot, app_services: Services, runner: TaskRunner,
                                                   programme_ids: list[str]) -> None:
    from tests.security.account_helpers import act_as, add_account

    add_account(app_services, "admin", "administrator")
    act_as(app_services, "ali", "trainer")
    page = AuditTrailPage(AuditService(app_services.db), runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.refused.isVisible)
    assert "Only a programme manager or an administrator can read the audit trail" in page.refused.text()
    assert page.model.rowCount() == 0 and not page.export_button.isEnabled()


def test_the_history_of_one_record(qtbot: QtBot, app_services: Services, runner: TaskRunner,
                                   programme_ids: list[str]) -> None:
    dialog = show_history(None, AuditService(app_services.db), runner, "programme", programme_ids[0], "Alpha")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.windowTitle() == "History of Alpha"
    assert [dialog.model.index(r, ACTION).data() for r in range(2)] == ["create", "update"]
    assert dialog.summary.text() == "2 recorded change(s), oldest first."


def _history_action(view: Any) -> Any:
    return next(a for a in view.actions() if a.objectName() == "historyAction")


def test_the_lists_of_records_open_the_history_of_the_one_selected(
        qtbot: QtBot, app_services: Services, runner: TaskRunner, programme_ids: list[str], window: Any) -> None:
    app_services.cohorts.create(CohortInput(programme_ids[0], "Cohorte Nord"))
    window.nav.setCurrentRow(window.pages.index(window.programmes_page))
    assert runner.wait_idle()
    page = window.programmes_page
    row = next(r for r in range(page.table.model().rowCount())
               if page.table.model().index(r, 1).data() == "Alpha" or page.table.model().index(r, 0).data() == "Alpha")
    page.table.selectRow(row)
    action = _history_action(page.table)
    assert action.text() == "&History…" and action in page.table.actions()
    action.trigger()
    dialog = wait_dialog(qtbot, HistoryDialog, "historyDialog")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.windowTitle() == "History of Alpha"
    assert [dialog.model.index(r, ACTION).data() for r in range(2)] == ["create", "update"]
    dialog.close()

    window.nav.setCurrentRow(window.pages.index(window.cohorts_page))
    cohorts = window.cohorts_page
    cohorts.programme.setCurrentIndex(cohorts.programme.findData(programme_ids[0]))
    assert runner.wait_idle()
    cohorts.cohorts.setCurrentRow(0)
    _history_action(cohorts.cohorts).trigger()
    dialog = wait_dialog(qtbot, HistoryDialog, "historyDialog")
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1)
    assert dialog.windowTitle() == "History of Cohorte Nord"
    assert dialog.model.index(0, ACTION).data() == "create"
