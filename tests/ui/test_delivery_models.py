"""The trainee list and attendance register models alone, under QAbstractItemModelTester (no widgets)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from trainmgr.domain.delivery_records import RegisterRow, TraineePage, TraineeRow
from trainmgr.ui.table_models.register_model import MARK, RegisterTableModel
from trainmgr.ui.table_models.trainees_model import FAMILY, VETTING, TraineesTableModel

MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def trainee(i: int) -> TraineeRow:
    return TraineeRow(id=f"p{i}", programme_id="x", family_name=f"Name{i:03d}", given_names="A", name_native="",
                      service_number=f"{i:05d}", sex="male", birth_date=None, rank_id=None, rank_name="",
                      unit_id=None, unit_name="", position="", phone="", vetting_status="cleared",
                      vetting_date=date(2025, 1, 2), vetting_reference="", notes="")


def test_trainees_model_pages_and_drops_stale_answers(qapp: QApplication) -> None:
    model = TraineesTableModel()
    QAbstractItemModelTester(model, MODE)
    asked: list[tuple[int, int]] = []
    model.fetch_requested.connect(lambda g, o: asked.append((g, o)))
    generation = model.restart()
    model.add_page(generation, 0, TraineePage(tuple(trainee(i) for i in range(200)), 450))
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert asked == [(generation, 200)] and not model.canFetchMore()  # one request at a time
    model.add_page(generation - 1, 200, TraineePage((trainee(999),), 450))  # an older query's answer
    assert model.rowCount() == 200
    model.add_page(generation, 200, TraineePage(tuple(trainee(i) for i in range(200, 400)), 450))
    assert model.rowCount() == 400
    assert model.index(0, VETTING).data() == "Cleared (2025-01-02)"
    sorts: list[str] = []
    model.sort_requested.connect(sorts.append)
    model.sort(FAMILY, Qt.SortOrder.DescendingOrder)
    assert sorts == ["-family_name"]


def test_register_model_marks_optimistically_and_reverts(qapp: QApplication) -> None:
    model = RegisterTableModel()
    QAbstractItemModelTester(model, MODE)
    rows = [RegisterRow("s", f"p{i}", f"Fam{i}", "G", "", "", "", None, None, "", "", None) for i in range(3)]
    model.set_rows(rows, read_only=False)
    asked: list[tuple[str, str, object]] = []
    model.mark_requested.connect(lambda p, s, o: asked.append((p, s, o)))
    assert model.set_mark(1, "absent")
    assert model.index(1, MARK).data() == "Absent" and asked == [("p1", "absent", None)]
    model.revert("p1", None)
    assert model.index(1, MARK).data() == "—"
    model.set_rows(rows, read_only=True)
    assert not model.set_mark(0, "present")
