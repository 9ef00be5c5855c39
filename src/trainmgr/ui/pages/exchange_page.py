"""Exchange: this laptop's sync identity, the laptops it knows, the packages sent and received, and
the two actions: export a package, import one (checked by a dry run and previewed before applying)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import Changes
from trainmgr.domain.records import ExchangeRow, PeerRow, SyncIdentity
from trainmgr.services.conflicts import ConflictService
from trainmgr.services.sync import SyncService
from trainmgr.services.sync_history import SyncHistoryService
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.exchange_actions import SYNC, ExchangeActions
from trainmgr.ui.table_models.rows_model import RowsTableModel, make_proxy
from trainmgr.ui.table_models.sync_models import (
    FILE,
    PEER_LAST_SEEN,
    PEER_NAME,
    WHEN,
    ExchangesTableModel,
    PeersTableModel,
)
from trainmgr.ui.tasks import TaskRunner

__all__ = ["SYNC", "ExchangePage"]


@dataclass(frozen=True)
class _Snapshot:
    identity: SyncIdentity
    peers: list[PeerRow]
    history: list[ExchangeRow]
    open_conflicts: int


class ExchangePage(Page):
    topics = (SYNC,)
    conflicts_requested = Signal()  # the user followed the pointer to open conflicts

    def __init__(self, sync: SyncService, history: SyncHistoryService, conflicts: ConflictService,
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._history = history
        self._conflicts = conflicts
        self._runner = runner
        self._identity: SyncIdentity | None = None
        self.actions = ExchangeActions(self, sync, runner)
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Exchange")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("exchangePage")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("e.g. Field team 2 — Gao"))
        self.save_name_button = QPushButton(self.tr("&Save name"))
        self.replica_label = _selectable()
        self.network_label = _selectable()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.save_name_button)
        form = QFormLayout()
        name_label = QLabel(self.tr("Laptop &name:"))
        name_label.setBuddy(self.name_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(name_label, name_row)
        form.addRow(self.tr("Replica id:"), self.replica_label)
        form.addRow(self.tr("Network:"), self.network_label)
        identity_box = QGroupBox(self.tr("This laptop"))
        identity_box.setLayout(form)
        self.export_button = QPushButton(self.tr("&Export package…"))
        self.import_button = QPushButton(self.tr("&Import package…"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.result_label, 1)
        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("openConflictsPointer")
        self.conflicts_label.setStyleSheet("QLabel#openConflictsPointer { background: #fff4ce; color: #5c4400;"
                                           " border: 1px solid #e0c060; border-radius: 3px; padding: 6px; }")
        self.conflicts_label.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts_label.hide()
        self.peers_model = PeersTableModel(self)
        self.peers_table = _table(self.peers_model, self, PEER_LAST_SEEN, PEER_NAME)
        self.history_model = ExchangesTableModel(self)
        self.history_table = _table(self.history_model, self, WHEN, FILE)
        self.peers_empty = QLabel(self.tr("No other laptop yet: import a package from one and it appears here."))
        self.history_empty = QLabel(self.tr(
            "No package sent or received yet.\n\nTo bring another laptop in: Export package… → Full package "
            "here, carry the file (USB stick, e-mail), then Import package… on the other laptop."))
        for empty in (self.peers_empty, self.history_empty):
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setWordWrap(True)
            empty.setEnabled(False)  # greyed: a hint, not data
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_boxed(self.tr("Known laptops"), self.peers_table, self.peers_empty))
        splitter.addWidget(_boxed(self.tr("Packages sent and received"), self.history_table, self.history_empty))
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([130, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(identity_box)
        layout.addLayout(buttons)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(splitter, 1)
        self._update_name_button()

    def _connect(self) -> None:
        self.name_edit.textChanged.connect(lambda _t: self._update_name_button())
        self.name_edit.returnPressed.connect(self._save_name)
        self.save_name_button.clicked.connect(self._save_name)
        self.export_button.clicked.connect(lambda: self.actions.export_package(self.peers_model.rows(), self.name()))
        self.import_button.clicked.connect(self.actions.import_package)
        self.actions.finished.connect(self._show_result)
        self.actions.busy_changed.connect(self._set_busy)
        self.conflicts_label.linkActivated.connect(lambda _link: self.conflicts_requested.emit())

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load() -> _Snapshot:
            return _Snapshot(self._sync.identity(), self._history.peers(), self._history.history(),
                             self._conflicts.count_open())

        self._runner.run(load, on_done=self._show)

    def _show(self, snapshot: _Snapshot) -> None:
        identity = self._identity = snapshot.identity
        if not self.name_edit.isModified():  # never overwrite what the user is typing
            self.name_edit.setText(identity.name)
        self.replica_label.setText(identity.replica_id)
        self.network_label.setText(identity.network_id or self.tr("not joined yet (the first export or import "
                                                                  "joins one)"))
        self.peers_model.set_rows(snapshot.peers)
        self.history_model.set_rows(snapshot.history)
        for table, empty, rows in ((self.peers_table, self.peers_empty, snapshot.peers),
                                   (self.history_table, self.history_empty, snapshot.history)):
            table.setVisible(bool(rows))
            empty.setVisible(not rows)
        self._show_open_conflicts(snapshot.open_conflicts)
        self._update_name_button()

    def _show_open_conflicts(self, count: int) -> None:
        self.conflicts_label.setVisible(count > 0)
        self.conflicts_label.setText(self.tr(
            "<b>%n open conflict(s)</b>: the same field was changed on two laptops. "
            "<a href='conflicts'>Open the Conflicts page</a> to choose which values to keep.", "", count))

    def name(self) -> str:
        return self._identity.name if self._identity is not None else ""

    def open_conflicts_shown(self) -> bool:
        return not self.conflicts_label.isHidden()

    # --- the laptop's name ---------------------------------------------------------------------
    def _update_name_button(self) -> None:
        text = self.name_edit.text().strip()
        self.save_name_button.setEnabled(self._identity is not None and bool(text) and text != self.name())

    def _save_name(self) -> None:
        name = self.name_edit.text().strip()
        if not self.save_name_button.isEnabled():
            return
        self.save_name_button.setEnabled(False)

        def saved(_result: object) -> None:
            self.name_edit.setModified(False)
            self.status_message.emit(self.tr("Laptop name saved: packages from now on carry “{name}”.")
                                     .format(name=name))

        self._runner.run(lambda: self._sync.rename(name), on_done=saved, changes=Changes.of(SYNC))

    def _set_busy(self, busy: bool) -> None:
        """One package at a time: a second import could otherwise start while the first is checked."""
        self.export_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _show_result(self, message: str) -> None:
        self.result_label.setText(self.tr("{time} — {message}").format(
            time=datetime.now().strftime("%H:%M"), message=message))
        self.status_message.emit(message)


def _selectable() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(model: RowsTableModel, owner: QWidget, sort_column: int, stretch_column: int) -> QTableView:
    table = QTableView()
    table.setModel(make_proxy(model, owner))
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)  # numbers stay by their headers
    return table


def _boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box
