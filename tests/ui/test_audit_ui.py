"""The audit page: filter by who and table, see before and after, export to Excel (text stays text);
the history of one record; a trainer is told the trail is not theirs to read."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainmgr.db.stamping import WriteContext
from trainmgr.services.audit import AuditService
from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.ui.dialogs.history_dialog import show_history
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
