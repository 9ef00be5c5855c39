"""Pick trainees to enrol: type part of a name, service number or unit, tick people, Enrol.
The search goes through TraineeService.search (first 100 matches), so it stays quick at 100 000."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.delivery_records import TraineePage, TraineeRow
from trainmgr.domain.enums import VettingStatus
from trainmgr.services.trainees import TraineeService
from trainmgr.ui.errors import show_error
from trainmgr.ui.labels import enum_label
from trainmgr.ui.tasks import TaskRunner

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN = 100


class EnrolDialog(QDialog):
    chosen = Signal(list)  # the TraineeRows picked

    def __init__(self, trainees: TraineeService, runner: TaskRunner, programme_id: str, on_roster: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trainees, self._runner, self._programme_id = trainees, runner, programme_id
        self._on_roster = on_roster
        self._asked = 0  # the latest search; older answers are dropped
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol trainees"))
        self.resize(640, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, service number, unit or rank"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.count = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enrol"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.find)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.results.itemDoubleClicked.connect(lambda _item: self._accept())
        self.find()

    def find(self) -> None:
        self._timer.stop()
        self._asked += 1
        asked, text, pid = self._asked, self.search.text(), self._programme_id
        self._runner.run(lambda: self._trainees.search(pid, text, limit=SHOWN),
                         on_done=lambda page: self._show(asked, page), on_error=lambda exc: show_error(self, exc))

    def _show(self, asked: int, page: TraineePage) -> None:
        if asked != self._asked:
            return
        self.results.clear()
        for row in page.rows:
            vetting = enum_label(VettingStatus, row.vetting_status)
            # vetting first: it decides whether the person can be enrolled, and a narrow list cuts the end
            details = " · ".join(x for x in (vetting, row.service_number, row.rank_name, row.unit_name) if x)
            item = QListWidgetItem(f"{row.display_name} — {details}")
            item.setToolTip(item.text())
            item.setData(ROW_ROLE, row)
            if row.id in self._on_roster:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(item.text() + self.tr(" (on the roster)"))
            self.results.addItem(item)
        more = page.total - len(page.rows)
        self.count.setText(self.tr("%n match(es)", "", page.total) if more <= 0 else
                           self.tr("{shown} of {total} matches: type more to narrow.").format(shown=len(page.rows),
                                                                                          total=page.total))

    def picked(self) -> list[TraineeRow]:
        return [item.data(ROW_ROLE) for item in self.results.selectedItems()]

    def _accept(self) -> None:
        rows = self.picked()
        if rows:
            self.chosen.emit(rows)
            self.accept()
