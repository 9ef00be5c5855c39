"""The Conflicts page on a real conflict: two laptops renamed the same programme apart and exchanged
crossed packages. Read both values, keep one (confirmed), one by one and in bulk."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sync_ui_helpers import Laptop, make_conflict
from ui_helpers import settle

from trainmgr.ui.pages.conflicts_page import ConflictsPage
from trainmgr.ui.sync_labels import format_stamp
from trainmgr.ui.table_models.conflicts_model import (
    FIELD,
    KEPT,
    KEPT_AT,
    KEPT_BY,
    ORIGIN_ROLE,
    OTHER,
    OTHER_AT,
    OTHER_BY,
    RECORD,
    STATUS,
    TABLE,
)
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def pair(make_db: Callable[..., Path]) -> Iterator[tuple[Laptop, Laptop]]:
    a, b = Laptop(make_db, "field"), Laptop(make_db, "hq")
    yield a, b
    a.close()
    b.close()


def conflicts_page(qtbot: Any, laptop: Laptop, runner: TaskRunner) -> ConflictsPage:
    return laptop.show(qtbot, ConflictsPage(laptop.services.conflicts, runner, laptop.history), runner)


def cell(page: ConflictsPage, row: int, column: int) -> str:
    return page.proxy.index(row, column).data()


def select_rows(qtbot: Any, page: ConflictsPage, *rows: int) -> None:
    """Click the first row, Ctrl+click the others, as a user does."""
    for number, row in enumerate(rows):
        rect = page.table.visualRect(page.proxy.index(row, RECORD))
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(page.selected()) == len(rows)


def test_both_values_side_by_side_then_keep_the_other(qtbot: Any, pair: tuple[Laptop, Laptop], runner: TaskRunner,
                                                      answers: dict[str, Any], tmp_path: Path) -> None:
    a, b = pair
    programme_id = make_conflict(a, b, tmp_path, "SAH", "Sahel A", "Sahel B")
    [conflict] = b.services.conflicts.list()
    page = conflicts_page(qtbot, b, runner)
    assert page.proxy.rowCount() == 1 and page.table.isColumnHidden(STATUS)
    kept, other = cell(page, 0, KEPT), cell(page, 0, OTHER)
    assert {kept, other} == {"Sahel A", "Sahel B"}
    assert kept == b.services.programmes.get(programme_id).name  # the provisional winner is what shows
    assert (cell(page, 0, RECORD), cell(page, 0, TABLE), cell(page, 0, FIELD)) == ("SAH " + kept, "Programmes", "name")
    laptops = {a.replica_id: "field", b.replica_id: "hq"}
    assert cell(page, 0, KEPT_BY) == laptops[conflict.laptop_b]
    assert cell(page, 0, OTHER_BY) == laptops[conflict.laptop_a]
    origin = page.proxy.index(0, OTHER).data(ORIGIN_ROLE)
    assert origin == f"{laptops[conflict.laptop_a]} · {format_stamp(conflict.stamp_a)}"
    assert [page.table.isColumnHidden(c) for c in (KEPT, OTHER, KEPT_BY, OTHER_AT)] == [False, False, True, True]
    assert cell(page, 0, KEPT_AT) == format_stamp(conflict.stamp_b) and cell(page, 0, KEPT_AT)[:2] == "20"
    assert cell(page, 0, OTHER_AT) == format_stamp(conflict.stamp_a)
    assert not page.other_button.isEnabled()

    select_rows(qtbot, page, 0)
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete):  # nothing destructive on a key
        qtbot.keyClick(page.table, key)
    settle(runner)
    assert answers["asked"] == [] and len(b.services.conflicts.list()) == 1

    answers["ask"] = False  # the user says No: nothing happens
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    settle(runner)
    assert len(b.services.conflicts.list()) == 1
    answers["ask"] = True
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    settle(runner)
    settle(runner)
    assert f"Keep “{other}” as the name of Programmes" in answers["asked"][-1]
    assert b.services.conflicts.list() == [] and page.proxy.rowCount() == 0
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert b.services.programmes.get(programme_id).name == other
    assert b.messages[-1].startswith("1 conflict(s) resolved")

    page.show_resolved.setChecked(True)
    settle(runner)
    assert page.proxy.rowCount() == 1 and not page.table.isColumnHidden(STATUS)
    assert cell(page, 0, STATUS) == f"Resolved: kept {other}"
    select_rows(qtbot, page, 0)
    assert not page.keep_button.isEnabled()  # a resolved conflict is not resolved again


def test_bulk_keep_this_value_for_two_conflicts(qtbot: Any, pair: tuple[Laptop, Laptop], runner: TaskRunner,
                                                answers: dict[str, Any], tmp_path: Path) -> None:
    a, b = pair
    first = make_conflict(a, b, tmp_path, "SAH", "Sahel A", "Sahel B")
    second = make_conflict(a, b, tmp_path, "NIG", "Niger A", "Niger B")
    shown = {pid: b.services.programmes.get(pid).name for pid in (first, second)}
    page = conflicts_page(qtbot, b, runner)
    assert page.proxy.rowCount() == 2 and page.count_label.text() == "2 open"
    select_rows(qtbot, page, 0, 1)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    settle(runner)
    settle(runner)
    assert answers["asked"] == ["Keep the value shown now for the 2 selected conflicts?"]
    assert b.services.conflicts.list() == [] and page.proxy.rowCount() == 0
    assert {pid: b.services.programmes.get(pid).name for pid in (first, second)} == shown
    assert b.messages[-1].startswith("2 conflict(s) resolved")


def test_selecting_everything_with_the_keyboard_then_keep_the_other(
        qtbot: Any, pair: tuple[Laptop, Laptop], runner: TaskRunner, answers: dict[str, Any], tmp_path: Path) -> None:
    a, b = pair
    ids = [make_conflict(a, b, tmp_path, code, f"{code} A", f"{code} B") for code in ("SAH", "NIG")]
    others = {c.row_id: c.value_a for c in b.services.conflicts.list()}
    page = conflicts_page(qtbot, b, runner)
    page.table.setFocus()
    page.table.selectionModel().setCurrentIndex(page.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected()) == 2
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    settle(runner)
    settle(runner)
    assert "other laptop's value for the 2 selected" in answers["asked"][-1]
    assert {pid: b.services.programmes.get(pid).name for pid in ids} == others
