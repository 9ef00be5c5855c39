"""The trainee page's roster workbooks, ranks and merge, driven through the widgets: save a template in
the UI language, import a filled roster (preview first, Apply applies, Cancel changes nothing, errors
name sheet/row/column), export; pick a rank in the dialog; merge a likely duplicate."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from ui_helpers import settle, visible, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.ranks import RankInput
from trainmgr.services.trainees import TraineeInput
from trainmgr.ui import file_dialogs
from trainmgr.ui.dialogs.merge_dialog import MergeDialog
from trainmgr.ui.dialogs.roster_import_dialog import RosterImportDialog
from trainmgr.ui.dialogs.trainee_dialog import TraineeDialog
from trainmgr.ui.pages.trainees_page import TraineesPage
from trainmgr.ui.table_models.trainees_model import RANK
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def programme_id(app_services: Services) -> str:
    sv = app_services
    pid = sv.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    sgt = sv.ranks.create(pid, RankInput("SGT", "Sergent", "Armée", "nco", 5)).id
    sv.ranks.create(pid, RankInput("CNE", "Capitaine", "Armée", "officer", 12))
    sv.trainees.create(TraineeInput(pid, "Traoré", "Mohamed", service_number="0123", rank_id=sgt))
    sv.trainees.create(TraineeInput(pid, "Diallo", "Aminata", service_number="0456"))
    return pid


@pytest.fixture
def page(qtbot: Any, programme_id: str, app_services: Services, runner: TaskRunner) -> Iterator[TraineesPage]:
    sv = app_services
    widget = TraineesPage(sv.programmes, sv.units, sv.trainees, runner, ranks=sv.ranks, roster_io=sv.roster_io,
                          people_merge=sv.people_merge)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    yield widget
    settle(runner)


@pytest.fixture
def messages(page: TraineesPage) -> list[str]:
    said: list[str] = []
    page.status_message.connect(said.append)
    return said


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "open_path", lambda _p, _t, _f, purpose="exchange": path)
    monkeypatch.setattr(file_dialogs, "save_path", lambda _p, _t, _s, _f, purpose="exchange": path)


def names(page: TraineesPage) -> list[str]:
    return [page.model.row_at(i).family_name for i in range(page.model.rowCount())]


def import_through_the_page(qtbot: Any, page: TraineesPage, runner: TaskRunner) -> RosterImportDialog:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog: RosterImportDialog = wait_dialog(qtbot, RosterImportDialog)
    settle(runner)
    return dialog


def test_template_in_the_ui_language_filled_and_imported(qtbot: Any, page: TraineesPage, runner: TaskRunner,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         messages: list[str]) -> None:
    path = tmp_path / "roster.xlsx"
    choose(monkeypatch, path)
    previous = QLocale()
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
        settle(runner)
    finally:
        QLocale.setDefault(previous)
    assert "roster.xlsx" in messages[-1]
    wb = load_workbook(path)
    ws = wb["Stagiaires"]
    assert ws["C1"].value == "Nom de famille"
    ws.append([None, "0789", "Keita", "Seydou", None, "Homme", "Capitaine", None, None, None, "En attente"])
    ws.append([None, "0123", "Traoré", "Mohamed", None, "Homme", None, None, None, None, None])  # an update
    wb.save(path)
    dialog = import_through_the_page(qtbot, page, runner)
    assert dialog.shown_counts() == [["Trainees", "1", "1", "0", "0"]]
    assert dialog.shown_lines()[0] == "Row 2: new trainee Keita Seydou 0789"
    assert names(page) == ["Diallo", "Traoré"], "nothing is written before Apply"
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Keita" in names(page), timeout=5000)
    settle(runner)
    assert "1 new and 1 updated" in messages[-1]
    keita = page.model.row_at(names(page).index("Keita"))
    assert (keita.rank_name, keita.vetting_status) == ("Capitaine", "pending")


def test_a_roster_with_errors_names_the_cells_and_changes_nothing(qtbot: Any, page: TraineesPage,
                                                                   runner: TaskRunner, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch,
                                                                   messages: list[str]) -> None:
    path = tmp_path / "bad.xlsx"
    choose(monkeypatch, path)
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    settle(runner)
    wb = load_workbook(path)
    wb["Roster"].append([None, 991, "Sow", None, None, None, "General", None, None, "March 3 2024"])
    wb.save(path)
    dialog = import_through_the_page(qtbot, page, runner)
    lines = dialog.shown_lines()
    assert any("bad.xlsx, sheet Roster, row 2, column Service number" in line for line in lines)
    assert any("row 2, column Birth date" in line for line in lines)
    assert not dialog.apply_button.isVisible() and not dialog.table.isVisible()
    dialog.buttons.rejected.emit()
    settle(runner)
    assert not visible(RosterImportDialog)
    assert "nothing was changed" in messages[-1]
    assert names(page) == ["Diallo", "Traoré"]


def test_export_then_import_back_changes_nothing(qtbot: Any, page: TraineesPage, runner: TaskRunner,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 messages: list[str]) -> None:
    path = tmp_path / "export.xlsx"
    choose(monkeypatch, path)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert "2 trainee(s)" in messages[-1]
    assert sorted(load_workbook(path)["Roster"]["C"][i].value for i in (1, 2)) == ["Diallo", "Traoré"]
    dialog = import_through_the_page(qtbot, page, runner)
    assert dialog.shown_counts() == [["Trainees", "0", "0", "2", "0"]]
    assert not dialog.apply_button.isEnabled()


def test_rank_chosen_in_the_dialog_shows_and_sorts(qtbot: Any, page: TraineesPage, runner: TaskRunner,
                                                   app_services: Services, programme_id: str) -> None:
    page.table.selectRow(names(page).index("Diallo"))
    dialog = page.open_dialog(page.selected())
    assert isinstance(dialog, TraineeDialog)
    assert [dialog.rank.itemText(i) for i in range(dialog.rank.count())] == [
        "— no rank —", "Sergent (Armée)", "Capitaine (Armée)"]
    dialog.rank.setCurrentIndex(dialog.rank.findText("Capitaine (Armée)"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert app_services.trainees.search(programme_id, "Diallo").rows[0].rank_name == "Capitaine"
    page.table.horizontalHeader().setSortIndicator(RANK, Qt.SortOrder.DescendingOrder)
    settle(runner)
    assert names(page) == ["Diallo", "Traoré"]  # the captain outranks the sergeant
    assert page.model.index(0, RANK).data() == "Capitaine"
    page.rank.setCurrentIndex(page.rank.findText("Sergent (Armée)"))
    settle(runner)
    assert names(page) == ["Traoré"]


def test_merge_a_likely_duplicate(qtbot: Any, page: TraineesPage, runner: TaskRunner, app_services: Services,
                                  programme_id: str, answers: dict[str, Any], messages: list[str]) -> None:
    app_services.trainees.create(TraineeInput(programme_id, "Traore", "Mohammed", service_number="0999",
                                              position="Chauffeur"))
    page.reload()
    settle(runner)
    page.table.selectRow(names(page).index("Traoré"))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog: MergeDialog = wait_dialog(qtbot, MergeDialog)
    settle(runner)
    assert "Traore Mohammed 0999" in dialog.candidate.currentText()
    shown = dict((field, (left, right)) for field, left, right in dialog.shown())
    assert shown["Service number"] == ("0123", "0999")
    assert shown["Position"] == ("", "Chauffeur")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "Say why" in dialog.error.text() and not answers["asked"]
    dialog.keep_right.setChecked(True)
    dialog.reason.setText("Même personne, deux équipes")
    answers["ask"] = False
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert dialog.isVisible() and app_services.trainees.search(programme_id, "traore").total == 2
    answers["ask"] = True
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    settle(runner)
    assert not visible(MergeDialog)
    assert "Keep Traore Mohammed 0999 and close Traoré Mohamed 0123" in answers["asked"][-1]
    assert [r.service_number for r in app_services.trainees.search(programme_id, "traore").rows] == ["0999"]
    assert "Merged into" in messages[-1]
    qtbot.waitUntil(lambda: names(page).count("Traore") == 1 and "Traoré" not in names(page), timeout=5000)


def test_no_duplicate_no_dialog(qtbot: Any, page: TraineesPage, runner: TaskRunner, messages: list[str]) -> None:
    page.table.selectRow(names(page).index("Diallo"))
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert not visible(MergeDialog)
    assert "No likely duplicate" in messages[-1]
