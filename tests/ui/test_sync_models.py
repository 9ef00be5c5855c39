"""The sync tables (peers, exchange history, conflicts) and their labels, without a window:
checked by Qt's own model tester and directly."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from trainmgr.domain.records import ConflictRow, ExchangeRow, PeerRow
from trainmgr.ui import sync_labels
from trainmgr.ui.table_models import conflicts_model as cm
from trainmgr.ui.table_models import sync_models as sm
from trainmgr.ui.table_models.rows_model import ROW_ROLE, SORT_ROLE, RowsTableModel, make_proxy

MAY = datetime(2025, 5, 4, 8, 30)  # naive UTC, as stored
JUNE = datetime(2025, 6, 1, 17, 5)
PEERS = [PeerRow("aaaa1111bbbb2222", "Field team 2", 12, 40, MAY), PeerRow("cccc3333dddd4444", "", 0, 0, None)]
HISTORY = [
    ExchangeRow("p2", "import", "aaaa1111bbbb2222", "Field team 2", r"C:\Users\hq\Desktop\ft2.xlsx", JUNE, 1500),
    ExchangeRow("p1", "export", "", "", "/media/usb/trainmgr-hq-full.xlsx", MAY, 7),
]
STAMP_A = "1746347400000.00003.aaaa1111bbbb2222"  # 2025-05-04 08:30:00 UTC
STAMP_B = "1748797500000.00000.cccc3333dddd4444"  # 2025-06-01 17:05:00 UTC
CONFLICTS = [
    ConflictRow("c1", "programme", "r1", "name", "Sahel A", STAMP_A, "aaaa1111bbbb2222", "Sahel B", STAMP_B,
                "cccc3333dddd4444", "open", None, "", "SAH Sahel B"),
    ConflictRow("c2", "person", "r2", "notes", None, STAMP_B, "cccc3333dddd4444", "x" * 300, STAMP_A,
                "aaaa1111bbbb2222", "resolved", "x" * 300, "hq", ""),
]


def local(value: datetime) -> str:
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("model_class", "rows"), [
    (sm.PeersTableModel, PEERS), (sm.ExchangesTableModel, HISTORY), (cm.ConflictsTableModel, CONFLICTS),
])
def test_qt_model_tester_accepts_each_model_and_its_proxy(qtmodeltester: Any, qapp: Any,
                                                          model_class: type[RowsTableModel], rows: list[Any]) -> None:
    model = model_class()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=False)
    qtmodeltester.check(make_proxy(model), force_py=False)
    model.set_rows([])
    qtmodeltester.check(model, force_py=False)
    assert model.rowCount(model.index(0, 0)) == 0 and model.index(5, 0).data() is None
    del tester


def test_peers_show_name_time_and_numbers(qapp: Any) -> None:
    model = sm.PeersTableModel()
    model.set_rows(PEERS)
    assert model.index(0, sm.PEER_NAME).data() == "Field team 2"
    assert model.index(1, sm.PEER_NAME).data() == "(unnamed)"
    assert model.index(0, sm.PEER_LAST_SEEN).data() == local(MAY)
    assert model.index(1, sm.PEER_LAST_SEEN).data() == "" and model.index(1, sm.PEER_LAST_SEEN).data(SORT_ROLE) == ""
    assert model.index(0, sm.PEER_RECEIVED).data(SORT_ROLE) == 40
    assert model.index(0, sm.PEER_ACKED).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "12" in model.index(0, sm.PEER_ACKED).data(Qt.ItemDataRole.ToolTipRole)


def test_history_rows_read_as_people_say_them(qapp: Any) -> None:
    model = sm.ExchangesTableModel()
    model.set_rows(HISTORY)
    assert [model.index(0, c).data() for c in range(5)] == [local(JUNE), "Received", "Field team 2", "ft2.xlsx", "1500"]
    assert [model.index(1, c).data() for c in range(5)] == [
        local(MAY), "Sent", "anyone (full package)", "trainmgr-hq-full.xlsx", "7"]
    assert model.index(0, sm.FILE).data(Qt.ItemDataRole.ToolTipRole) == r"C:\Users\hq\Desktop\ft2.xlsx"
    assert model.index(0, sm.ROWS).data(SORT_ROLE) == 1500
    assert model.index(0, sm.WHEN).data(SORT_ROLE) > model.index(1, sm.WHEN).data(SORT_ROLE)
    assert model.index(1, 0).data(ROW_ROLE) is HISTORY[1]


def test_conflicts_show_both_sides_with_laptop_and_local_time(qapp: Any) -> None:
    model = cm.ConflictsTableModel()
    model.set_rows(CONFLICTS)
    changed: list[Any] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_laptop_names({"aaaa1111bbbb2222": "Field team 2"})
    assert changed  # names arrive after the rows: the cells say so
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["SAH Sahel B", "Programmes", "name", "Sahel B", "cccc3333dddd4444", local(JUNE),
                   "Sahel A", "Field team 2", local(MAY), "Open"]
    assert model.index(0, cm.OTHER).data(cm.ORIGIN_ROLE) == f"Field team 2 · {local(MAY)}"
    assert model.index(0, cm.KEPT).data(cm.ORIGIN_ROLE) == f"cccc3333dddd4444 · {local(JUNE)}"
    assert model.index(0, cm.KEPT_BY).data(Qt.ItemDataRole.ToolTipRole) == "Replica cccc3333dddd4444"
    assert model.index(1, cm.RECORD).data() == "r2"  # no label: the id
    assert model.index(1, cm.TABLE).data() == "People"
    assert model.index(1, cm.OTHER).data() == "(empty)"
    assert len(model.index(1, cm.KEPT).data()) == 80 and model.index(1, cm.KEPT).data().endswith("…")
    assert len(model.index(1, cm.KEPT).data(Qt.ItemDataRole.ToolTipRole)) == 300
    assert model.index(1, cm.STATUS).data().startswith("Resolved: kept xxx")
    assert model.index(0, cm.KEPT_AT).data(SORT_ROLE) == STAMP_B
    assert model.row_of("c2") == 1 and model.row_of("zz") == -1


@pytest.mark.parametrize(("value", "shown"), [
    (None, "(empty)"), ("", "(empty)"), (True, "Yes"), (False, "No"), (3, "3"), ("2025-01-31", "2025-01-31"),
    ({"fr": "Sahel"}, '{"fr": "Sahel"}'), ("two\nlines", "two lines"),
])
def test_conflict_values_as_text(qapp: Any, value: object, shown: str) -> None:
    assert sync_labels.format_value(value) == shown


def test_labels_for_tables_times_and_laptops(qapp: Any) -> None:
    assert sync_labels.table_label("training_session") == "Training sessions"
    assert sync_labels.table_label("future_table") == "Future table"  # a newer release's table
    assert sync_labels.format_stamp("garbage") == "" and sync_labels.format_when(None) == ""
    assert sync_labels.stamp_time(STAMP_A) == datetime(2025, 5, 4, 8, 30, tzinfo=UTC)
    assert sync_labels.laptop_label("abcd", {}) == "abcd"
    assert sync_labels.direction_label("import") == "Received"
