"""The report export dialog, driven as a user drives it: choose the report, its scope, language,
personal-data level and password, export in the background, cancel, read what it says."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from ui_helpers import settle, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.demo import DemoBuilder
from trainmgr.ui.dialogs.report_dialog import ReportDialog
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def demo_services(app_services: Services) -> Services:
    DemoBuilder(app_services.db).build(trainees=40, seed=2)
    return app_services


@pytest.fixture
def dialog(qtbot, demo_services: Services, runner: TaskRunner) -> Iterator[ReportDialog]:  # type: ignore[no-untyped-def]
    d = ReportDialog(demo_services.reports, runner)
    qtbot.addWidget(d)
    d.show()
    settle(runner)
    settle(runner)  # programmes, then the scopes of the first one
    yield d


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_exports_a_french_pseudonymised_register(qtbot, dialog: ReportDialog, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                 demo_services: Services, tmp_path: Path) -> None:
    choose(dialog.kind, "Attendance register")
    assert all(dialog.scope.itemText(i).startswith("Cohort: ") for i in range(dialog.scope.count()))
    assert not dialog.suppress.isEnabled()
    choose(dialog.language, "Français")
    choose(dialog.personal, "Pseudonymised")
    assert not dialog.encrypt.isChecked()
    out = tmp_path / "registre.xlsx"
    dialog.file.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert dialog.status.text() == f"Report written to {out} (3 sheets)."
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["À propos", "Séances", "Registre"]
    assert wb["Registre"]["A4"].value == "Code stagiaire"


def test_full_personal_data_asks_for_a_confirmed_password(qtbot, dialog: ReportDialog, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    choose(dialog.kind, "Results and certificates")
    choose(dialog.personal, "Full")
    assert dialog.encrypt.isChecked() and dialog.password.isEnabled()
    out = tmp_path / "results.xlsx"
    dialog.file.setText(str(out))
    qtbot.keyClicks(dialog.password, "ministry-2025")
    qtbot.keyClicks(dialog.confirm, "ministry-2024")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "The two passwords differ." and not out.exists()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "ministry-2025")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert dialog.written == out and out.exists() and not zipfile.is_zipfile(out)


def test_cancel_in_the_progress_dialog_writes_nothing(qtbot, dialog: ReportDialog, runner: TaskRunner,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    choose(dialog.kind, "Programme summary")
    out = tmp_path / "summary.xlsx"
    dialog.file.setText(str(out))
    runner.run(lambda: time.sleep(1.0), on_done=None)  # the worker is busy: the export waits its turn
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    progress: QProgressDialog = wait_dialog(qtbot, QProgressDialog, "taskProgressDialog")
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # its Cancel button
    settle(runner)
    assert dialog.status.text() == "Cancelled; no file was written."
    assert not out.exists() and list(tmp_path.glob(".summary.xlsx.*")) == []
    assert dialog.export_button.isEnabled()


def test_assessment_matrix_offers_units_and_assessments(dialog: ReportDialog) -> None:
    choose(dialog.kind, "Needs-assessment matrix")
    texts = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
    assert texts and all(t.startswith(("Unit: ", "Assessment: ")) for t in texts)
    assert any(t.startswith("Assessment: ") for t in texts)
    choose(dialog.kind, "Disaggregated statistics")
    assert dialog.scope.itemText(0) == "The whole programme" and dialog.suppress.isEnabled()
