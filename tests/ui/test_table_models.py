"""The programmes table model, checked by Qt's own model tester and directly (no window)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from trainmgr.domain.records import ProgrammeRow
from trainmgr.ui.table_models.programmes_model import (
    CODE,
    END,
    LANGUAGE,
    NAME,
    ROW_ROLE,
    SORT_ROLE,
    START,
    TRAINEES,
    ProgrammesTableModel,
    make_proxy,
)


def row(code: str, name: str, start: date | None = None, trainees: int = 0, language: str = "fr") -> ProgrammeRow:
    return ProgrammeRow(id=f"id-{code}", code=code, name=name, host_country="Mali", language=language,
                        start_date=start, end_date=None, description="", units=2, trainees=trainees)


ROWS = [
    row("B", "Bravo", date(2025, 2, 1), 120),
    row("A", "alpha", None, 9, language="en"),
    row("C", "Charlie", date(2024, 12, 31), 1500, language="xx"),
]


@pytest.fixture
def model(qapp: Any, qtlog: Any) -> Iterator[ProgrammesTableModel]:
    """A model watched by Qt's model tester for the whole test: any rule it breaks fails the test."""
    model = ProgrammesTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    yield model
    complaints = [r.message for r in qtlog.records if "modeltest" in (r.context.category or "") or "FAIL" in r.message]
    del tester
    assert not complaints


def test_qt_model_tester_accepts_the_model_and_its_proxy(qtmodeltester: Any, qapp: Any) -> None:
    model = ProgrammesTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=False)
    proxy = make_proxy(model)
    qtmodeltester.check(proxy, force_py=False)
    model.set_rows([])
    qtmodeltester.check(model, force_py=False)


def test_reset_around_reload(model: ProgrammesTableModel) -> None:
    events: list[str] = []
    model.modelAboutToBeReset.connect(lambda: events.append("about"))
    model.modelReset.connect(lambda: events.append("reset"))
    model.set_rows(ROWS)
    assert events == ["about", "reset"]
    assert (model.rowCount(), model.columnCount()) == (3, 8)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_display_sort_and_row_roles(model: ProgrammesTableModel) -> None:
    model.set_rows(ROWS)
    assert model.index(0, CODE).data() == "B"
    assert model.index(1, LANGUAGE).data() == "English"
    assert model.index(2, LANGUAGE).data() == "xx"  # an unknown code is shown as it is
    assert model.index(1, START).data() == ""
    assert model.index(0, START).data(SORT_ROLE) == "2025-02-01"
    assert model.index(0, TRAINEES).data(SORT_ROLE) == 120
    assert model.index(0, NAME).data(ROW_ROLE) is ROWS[0]
    assert model.index(0, TRAINEES).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(5, 0).data() is None
    assert model.headerData(END, Qt.Orientation.Horizontal) == "End"
    assert model.row_of("id-C") == 2 and model.row_of("nope") == -1


@pytest.mark.parametrize(("column", "order", "expected"), [
    (NAME, Qt.SortOrder.AscendingOrder, ["A", "B", "C"]),  # case-insensitive: "alpha" first
    (TRAINEES, Qt.SortOrder.DescendingOrder, ["C", "B", "A"]),  # numbers, not text ("9" > "1500")
    (START, Qt.SortOrder.AscendingOrder, ["A", "C", "B"]),  # no date first, then by date
])
def test_proxy_sorts_by_the_sort_role(model: ProgrammesTableModel, column: int, order: Qt.SortOrder,
                                      expected: list[str]) -> None:
    model.set_rows(ROWS)
    proxy = make_proxy(model)
    proxy.sort(column, order)
    assert [proxy.index(r, CODE).data() for r in range(proxy.rowCount(QModelIndex()))] == expected


def test_proxy_searches_every_column_ignoring_case(model: ProgrammesTableModel) -> None:
    model.set_rows(ROWS)
    proxy = make_proxy(model)
    proxy.setFilterFixedString("CHAR")
    assert proxy.rowCount() == 1
    proxy.setFilterFixedString("english")
    assert [proxy.index(r, CODE).data() for r in range(proxy.rowCount())] == ["A"]
