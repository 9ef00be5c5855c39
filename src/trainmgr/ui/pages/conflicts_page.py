"""Conflicts: fields changed on two laptops before they exchanged. Each shows the value every laptop
keeps for now and the other one; people keep one or the other for a selection, after confirming.
Nothing here happens on Enter or Delete: a choice is always a button and a confirmation."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.changes import EVERYTHING, Changes
from trainmgr.domain.enums import ConflictStatus
from trainmgr.domain.records import ConflictRow
from trainmgr.services.conflicts import KEEP_A, KEEP_B, ConflictService
from trainmgr.services.sync_history import SyncHistoryService
from trainmgr.ui import confirm
from trainmgr.ui.errors import show_error
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.exchange_page import SYNC
from trainmgr.ui.sync_labels import format_value, table_label
from trainmgr.ui.table_models.conflicts_model import (
    KEPT,
    KEPT_AT,
    KEPT_BY,
    ORIGIN_ROLE,
    OTHER,
    OTHER_AT,
    OTHER_BY,
    RECORD,
    STATUS,
    ConflictsTableModel,
)
from trainmgr.ui.table_models.rows_model import ROW_ROLE, make_proxy
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.two_line_delegate import TwoLineDelegate

MAX_COLUMN = 260  # pixels


@dataclass(frozen=True)
class _Loaded:
    rows: list[ConflictRow]
    names: dict[str, str]


class ConflictsPage(Page):
    topics = (SYNC,)

    def __init__(self, conflicts: ConflictService, runner: TaskRunner, history: SyncHistoryService | None = None,
                 parent: QWidget | None = None) -> None:
        """`history`, when given, names laptops ("Field team 2") instead of showing replica ids."""
        super().__init__(parent)
        self._conflicts = conflicts
        self._runner = runner
        self._history = history
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Conflicts")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("conflictsPage")
        intro = QLabel(self.tr("These fields were changed on two laptops before they exchanged packages. Every "
                               "laptop shows the value kept for now until someone chooses; the choice reaches "
                               "the other laptops with the next package."))
        intro.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep this value"))
        self.keep_button.setToolTip(self.tr("Keep the value every laptop shows now, for the selected conflicts"))
        self.other_button = QPushButton(self.tr("Keep the &other value"))
        self.other_button.setToolTip(self.tr("Replace it by the other laptop's value, for the selected conflicts"))
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        self.model = ConflictsTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("conflictsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RECORD, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # full text in the tooltip
        # Each value shows with its laptop and time under it: two columns instead of six, side by side.
        self.origin_delegate = TwoLineDelegate(ORIGIN_ROLE, self.table)
        for column in (KEPT, OTHER):
            self.table.setItemDelegateForColumn(column, self.origin_delegate)
        for column in (KEPT_BY, KEPT_AT, OTHER_BY, OTHER_AT, STATUS):
            self.table.setColumnHidden(column, True)
        self.empty = QLabel(self.tr("No open conflicts: every laptop agrees."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.keep_button)
        bar.addWidget(self.other_button)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.show_resolved)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self._update_buttons()

    def _connect(self) -> None:
        self.keep_button.clicked.connect(lambda: self._resolve(KEEP_B))
        self.other_button.clicked.connect(lambda: self._resolve(KEEP_A))
        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        open_only = not self.show_resolved.isChecked()
        history = self._history

        def load() -> _Loaded:
            return _Loaded(self._conflicts.list(open_only=open_only), history.laptop_names() if history else {})

        self._runner.run(load, on_done=self._show)

    def _show(self, loaded: _Loaded) -> None:
        keep = {row.id for row in self.selected()}
        self.model.set_laptop_names(loaded.names)
        self.model.set_rows(loaded.rows)
        resolved = self.show_resolved.isChecked()
        self.table.setColumnHidden(STATUS, not resolved)
        self._fit_columns()
        self.table.setVisible(bool(loaded.rows))
        self.empty.setVisible(not loaded.rows)
        self.empty.setText(self.tr("No conflicts recorded.") if resolved else
                           self.tr("No open conflicts: every laptop agrees."))
        open_count = sum(1 for r in loaded.rows if r.status == ConflictStatus.OPEN.value)
        self.count_label.setText(self.tr("%n open", "", open_count) if loaded.rows else "")
        for number in range(self.proxy.rowCount()):
            if self.proxy.index(number, 0).data(ROW_ROLE).id in keep:
                self.table.selectionModel().select(
                    self.proxy.index(number, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents but no wider than MAX_COLUMN, to fit a laptop screen;
        a long value is elided and shown whole in its tooltip."""
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > MAX_COLUMN:
                self.table.setColumnWidth(column, MAX_COLUMN)

    def selected(self) -> list[ConflictRow]:
        rows = [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]
        return [row for row in rows if isinstance(row, ConflictRow)]

    def _update_buttons(self) -> None:
        has_open = any(row.status == ConflictStatus.OPEN.value for row in self.selected())
        self.keep_button.setEnabled(has_open)
        self.other_button.setEnabled(has_open)

    # --- resolving -----------------------------------------------------------------------------
    def _resolve(self, keep: str) -> None:
        rows = [row for row in self.selected() if row.status == ConflictStatus.OPEN.value]
        if not rows:
            return
        if not confirm.ask(self, self.tr("Resolve conflicts"), self._question(rows, keep)):
            return
        ids = [row.id for row in rows]
        count = len(ids)

        def done(resolved: int) -> None:
            self.status_message.emit(self.tr("%n conflict(s) resolved; the other laptops follow at their next "
                                             "exchange.", "", resolved or count))

        # Keeping the other value writes it into its record, which any page may show.
        self._runner.run(lambda: self._conflicts.resolve(ids, keep), on_done=done,
                         on_error=lambda exc: show_error(self, exc), changes=EVERYTHING | Changes.of(SYNC))

    def _question(self, rows: list[ConflictRow], keep: str) -> str:
        if len(rows) == 1:
            row = rows[0]
            value = row.value_b if keep == KEEP_B else row.value_a
            return self.tr("Keep “{value}” as the {field} of {table} “{record}”?\n\nThe other value is "
                           "dropped on every laptop at their next exchange.").format(
                value=format_value(value), field=row.field, table=table_label(row.table),
                record=row.label or row.row_id[:8])
        if keep == KEEP_B:
            return self.tr("Keep the value shown now for the %n selected conflicts?", "", len(rows))
        return self.tr("Replace the value shown now by the other laptop's value for the %n selected "
                       "conflicts?", "", len(rows))

