"""The Exchange page, driven through its widgets on two real databases: export a full package from
laptop A, preview and apply it on laptop B, refuse what must be refused, and say so by file name."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton
from sync_ui_helpers import Laptop, send
from ui_helpers import settle, visible, wait_dialog, wait_error

from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui import file_dialogs
from trainmgr.ui.dialogs.export_dialog import ExportDialog
from trainmgr.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from trainmgr.ui.pages.exchange_page import ExchangePage
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def laptops(make_db: Callable[..., Path]) -> Iterator[Callable[[str], Laptop]]:
    opened: list[Laptop] = []

    def laptop(name: str) -> Laptop:
        opened.append(Laptop(make_db, name))
        return opened[-1]

    yield laptop
    for item in opened:
        item.close()


@pytest.fixture
def files(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The file the user 'chooses' in the save / open dialogs (None: the user cancels)."""
    chosen: dict[str, Any] = {"save": None, "open": None, "suggested": []}

    def save_path(_parent: Any, _title: str, suggested: str, _filter: str, purpose: str = "exchange") -> Path | None:
        chosen["suggested"].append(suggested)
        return chosen["save"]

    monkeypatch.setattr(file_dialogs, "save_path", save_path)
    monkeypatch.setattr(file_dialogs, "open_path", lambda *_args, **_kw: chosen["open"])
    return chosen


def exchange_page(qtbot: Any, laptop: Laptop, runner: TaskRunner) -> ExchangePage:
    s = laptop.services
    return laptop.show(qtbot, ExchangePage(s.sync, laptop.history, s.conflicts, runner), runner)


def export_full(qtbot: Any, page: ExchangePage, runner: TaskRunner) -> None:
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog: ExportDialog = wait_dialog(qtbot, ExportDialog)
    dialog.full.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(runner)


def start_import(qtbot: Any, page: ExchangePage, runner: TaskRunner) -> None:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(runner)


def preview_rows(dialog: ImportPreviewDialog) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in dialog.shown_rows()}


def shown(page: ExchangePage, table: str) -> list[list[str]]:
    proxy = (page.history_table if table == "history" else page.peers_table).model()
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_export_from_a_then_preview_and_apply_on_b(qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner,
                                                   files: dict[str, Any], tmp_path: Path) -> None:
    a, b = laptops("field"), laptops("hq")
    programme = a.services.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    army = a.services.units.create(programme.id, UnitInput(name="Armée de terre", kind="service"))
    a.services.units.create(programme.id, UnitInput(name="1er bataillon", parent_id=army.id, kind="battalion"))
    page_a = exchange_page(qtbot, a, runner)
    assert page_a.name_edit.text() == "field" and page_a.replica_label.text() == a.replica_id
    files["save"] = package = tmp_path / "field-full.xlsx"
    export_full(qtbot, page_a, runner)
    assert package.exists()
    assert files["suggested"][0].startswith("trainmgr-field-full-") and files["suggested"][0].endswith(".xlsx")
    assert "field-full.xlsx" in a.messages[-1]
    assert [row[1:4] for row in shown(page_a, "history")] == [["Sent", "anyone (full package)", "field-full.xlsx"]]

    page_b = exchange_page(qtbot, b, runner)
    assert page_b.peers_empty.isVisibleTo(page_b) and not page_b.peers_table.isVisibleTo(page_b)
    files["open"] = package
    start_import(qtbot, page_b, runner)
    preview: ImportPreviewDialog = wait_dialog(qtbot, ImportPreviewDialog)
    counts = preview_rows(preview)
    assert counts["Programmes"][0] == "1" and counts["Units"][0] == "2"  # new
    assert "field-full.xlsx" in preview.heading.text() and "field" in preview.heading.text()
    assert b.services.programmes.list() == []  # a dry run wrote nothing
    preview.apply_button.click()
    settle(runner)

    assert [p.name for p in b.services.programmes.list()] == ["Sahel Central"]
    assert [u.name for u in b.services.units.list(programme.id)] == ["Armée de terre", "1er bataillon"]
    assert b.messages[-1].startswith("Imported field-full.xlsx from field: ")
    assert b.messages[-1].endswith(": 3 new, 0 updated, 0 deleted, 0 conflict(s).")
    assert "field-full.xlsx" in page_b.result_label.text()
    settle(runner)  # the page reloads after the import's changes
    assert [row[1:4] for row in shown(page_b, "history")] == [["Received", "field", "field-full.xlsx"]]
    assert [row[:2] for row in shown(page_b, "peers")] == [["field", a.replica_id]]
    assert not page_b.open_conflicts_shown()


def test_the_same_package_twice_says_already_imported(qtbot: Any, laptops: Callable[[str], Laptop],
                                                      runner: TaskRunner, files: dict[str, Any],
                                                      tmp_path: Path) -> None:
    a, b = laptops("field"), laptops("hq")
    a.services.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    files["open"] = package = tmp_path / "p.xlsx"
    a.services.sync.export(package, full=True)
    page = exchange_page(qtbot, b, runner)
    start_import(qtbot, page, runner)
    wait_dialog(qtbot, ImportPreviewDialog).apply_button.click()
    settle(runner)
    before = (b.services.programmes.list(), b.history.history())

    start_import(qtbot, page, runner)
    box: QMessageBox = wait_dialog(qtbot, QMessageBox, "exchangeInfoBox")
    assert box.text() == "p.xlsx was already imported here; nothing changed."
    box.done(0)
    assert not visible(ImportPreviewDialog)  # no preview: there is nothing to apply
    assert (b.services.programmes.list(), b.history.history()) == before
    assert "already imported" in b.messages[-1]


def _text_file(path: Path) -> Path:
    path.write_text("service number;name\n1234;Traoré\n", encoding="utf-8")
    return path


def _plain_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "Trainees"
    book.save(path)
    return path


@pytest.mark.parametrize(("make_file", "name", "reason"), [
    (_text_file, "trainees.xlsx", "is not an .xlsx workbook"),
    (_plain_workbook, "attendance.xlsx", "is not a trainmgr sync package"),
])
def test_a_file_that_is_not_a_package_is_refused_by_name(
        qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner, files: dict[str, Any], tmp_path: Path,
        make_file: Callable[[Path], Path], name: str, reason: str) -> None:
    b = laptops("hq")
    page = exchange_page(qtbot, b, runner)
    before = (b.services.programmes.list(), b.history.history(), b.history.peers())
    files["open"] = make_file(tmp_path / name)
    start_import(qtbot, page, runner)
    message = wait_error(qtbot)
    assert name in message and reason in message
    assert (b.services.programmes.list(), b.history.history(), b.history.peers()) == before
    assert b.messages[-1] == f"Import of {name} failed; nothing was changed."


def test_cancelling_the_preview_or_the_file_choice_changes_nothing(
        qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner, files: dict[str, Any],
        tmp_path: Path) -> None:
    a, b = laptops("field"), laptops("hq")
    a.services.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    page = exchange_page(qtbot, b, runner)
    start_import(qtbot, page, runner)  # the user closed the file dialog
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    wait_dialog(qtbot, ExportDialog).buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(runner)  # ... and this one too
    assert b.history.history() == [] and not list(tmp_path.glob("*.xlsx"))
    files["open"] = package = tmp_path / "p.xlsx"
    a.services.sync.export(package, full=True)
    start_import(qtbot, page, runner)
    wait_dialog(qtbot, ImportPreviewDialog).reject()
    settle(runner)
    assert b.services.programmes.list() == [] and b.history.history() == []
    assert b.messages[-1] == "Import of p.xlsx cancelled; nothing was changed."


def test_incremental_package_for_a_known_laptop_and_renaming(
        qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner, files: dict[str, Any],
        tmp_path: Path) -> None:
    a, b = laptops("field"), laptops("hq")
    a.services.sync.export(tmp_path / "seed.xlsx", full=True)
    b.services.sync.import_package(tmp_path / "seed.xlsx")
    page = exchange_page(qtbot, b, runner)
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "HQ Bamako")
    qtbot.mouseClick(page.save_name_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert b.services.sync.identity().name == "HQ Bamako" and not page.save_name_button.isEnabled()
    files["save"] = package = tmp_path / "for-field.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog: ExportDialog = wait_dialog(qtbot, ExportDialog)
    assert dialog.incremental.isChecked() and dialog.peer.currentText().startswith("field (")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(runner)
    assert files["suggested"][-1].startswith("trainmgr-hq-bamako-for-field-")
    assert a.services.sync.import_package(package).applied
    assert "other laptop has not confirmed" in b.messages[-1]


def test_an_import_with_conflicts_previews_them_and_points_to_them(
        qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner, files: dict[str, Any],
        tmp_path: Path) -> None:
    a, b = laptops("field"), laptops("hq")
    programme = a.services.programmes.create(ProgrammeInput(code="SAH", name="Sahel"))
    send(a, b, tmp_path / "seed.xlsx")
    a.services.programmes.update(programme.id, ProgrammeInput(code="SAH", name="Sahel A"))
    b.services.programmes.update(programme.id, ProgrammeInput(code="SAH", name="Sahel B"))
    files["open"] = package = tmp_path / "a.xlsx"
    a.services.sync.export(package, full=True)
    page = exchange_page(qtbot, b, runner)
    assert not page.open_conflicts_shown()
    start_import(qtbot, page, runner)
    preview: ImportPreviewDialog = wait_dialog(qtbot, ImportPreviewDialog)
    assert preview_rows(preview)["Programmes"][4] == "1"  # conflicts
    assert "Conflicts page" in preview.note.text()
    preview.apply_button.click()
    settle(runner)
    settle(runner)
    assert b.messages[-1].endswith("1 conflict(s).")
    assert page.open_conflicts_shown() and "1 open conflict" in page.conflicts_label.text()
    with qtbot.waitSignal(page.conflicts_requested, timeout=1000):
        page.conflicts_label.linkActivated.emit("conflicts")


def test_cancel_in_the_progress_dialog_stops_the_check(qtbot: Any, laptops: Callable[[str], Laptop],
                                                       runner: TaskRunner, files: dict[str, Any], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = laptops("field"), laptops("hq")
    files["open"] = package = tmp_path / "big.xlsx"
    a.services.sync.export(package, full=True)

    def slow_check(path: Path, *, dry_run: bool = False, password: str | None = None, progress: Any,
                   cancel: Any) -> None:
        """Stands for a long check: reports progress until the user cancels (5 s at most)."""
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            progress(1, 10, "programme")
            cancel.check()
            time.sleep(0.01)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(b.services.sync, "import_package", slow_check)
    page = exchange_page(qtbot, b, runner)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    progress: QProgressDialog = wait_dialog(qtbot, QProgressDialog, "taskProgressDialog")
    assert progress.windowTitle() == "Checking big.xlsx"
    assert not page.import_button.isEnabled() and not page.export_button.isEnabled()  # one package at a time
    progress.findChild(QPushButton).click()
    settle(runner)
    assert b.messages[-1] == "Import of big.xlsx cancelled; nothing was changed."
    assert not visible(QMessageBox) and not visible(ImportPreviewDialog)
    assert page.import_button.isEnabled() and b.history.history() == []


def test_a_package_that_cannot_be_written_is_reported_by_name(
        qtbot: Any, laptops: Callable[[str], Laptop], runner: TaskRunner, files: dict[str, Any],
        tmp_path: Path) -> None:
    a = laptops("field")
    page = exchange_page(qtbot, a, runner)
    files["save"] = target = tmp_path / "field.xlsx"
    target.mkdir()  # a folder of that name is in the way: the package cannot be written there
    export_full(qtbot, page, runner)
    message = wait_error(qtbot)
    assert "field.xlsx" in message and "cannot be written" in message
    assert a.messages[-1] == "Export of field.xlsx failed; nothing was changed."
    assert a.history.history() == [] and page.export_button.isEnabled()


def test_a_password_protected_package_through_the_page(qtbot: Any, laptops: Callable[[str], Laptop],
                                                       runner: TaskRunner, files: dict[str, Any], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from trainmgr.ui import confirm

    a, b = laptops("field"), laptops("hq")
    a.services.programmes.create(ProgrammeInput(code="SAH", name="Sahel Central"))
    page_a = exchange_page(qtbot, a, runner)
    files["save"] = package = tmp_path / "sealed.xlsx"
    qtbot.mouseClick(page_a.export_button, Qt.MouseButton.LeftButton)
    dialog: ExportDialog = wait_dialog(qtbot, ExportDialog)
    dialog.full.click()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.password.isEnabled()
    dialog.protect.click()
    qtbot.keyClicks(dialog.password, "long secret 1")
    qtbot.keyClicks(dialog.confirm, "long secret 2")
    assert not ok.isEnabled() and dialog.mismatch.isVisible()  # the two differ
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "long secret 1")
    assert ok.isEnabled()
    ok.click()
    settle(runner)
    assert package.exists() and not package.read_bytes().startswith(b"PK")  # not a readable zip

    answers = iter(["wrong password", "long secret 1"])
    asked: list[str] = []

    def ask_password(_parent: Any, _title: str, text: str) -> str | None:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(confirm, "ask_password", ask_password)
    page_b = exchange_page(qtbot, b, runner)
    files["open"] = package
    start_import(qtbot, page_b, runner)
    settle(runner)
    preview: ImportPreviewDialog = wait_dialog(qtbot, ImportPreviewDialog)
    assert asked == ["sealed.xlsx is protected by a password. Password:",
                     "The password does not open sealed.xlsx. Try again:"]
    assert b.services.programmes.list() == []
    preview.apply_button.click()
    settle(runner)
    assert [p.name for p in b.services.programmes.list()] == ["Sahel Central"]
