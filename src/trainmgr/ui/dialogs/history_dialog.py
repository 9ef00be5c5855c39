"""The history of one record: every change the audit trail holds about it, oldest first.

Pages attach it to their context menus with `show_history(parent, audit, runner, entity, record_id,
label)`, e.g. for a trainee: `show_history(self, services.audit, runner, "person", person_id, name)`, or
give a list of records a History… entry with `add_history_action` (the Trainees page does it for its
list, the main window for the programme, unit, assessment, curriculum and cohort lists).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from trainmgr.domain.account_records import AuditRow
from trainmgr.services.audit import AuditService
from trainmgr.ui.errors import show_error
from trainmgr.ui.table_models.audit_model import RECORD, TABLE, AuditTableModel
from trainmgr.ui.tasks import TaskRunner


class HistoryDialog(QDialog):
    def __init__(self, audit: AuditService, runner: TaskRunner, entity: str, record_id: str, label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of {record}").format(record=label or record_id))
        self.resize(900, 420)
        self.summary = QLabel(self.tr("Loading…"))
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (TABLE, RECORD):  # the same on every line: the dialog is about one record
            self.table.setColumnHidden(column, True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        runner.run(lambda: audit.history(entity, record_id), on_done=self._show, on_error=self._failed)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.summary.setText(self.tr("{count} recorded change(s), oldest first.").format(count=len(rows))
                             if rows else self.tr("Nothing is recorded about this record yet."))

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText("")
        show_error(self, exc)


def show_history(parent: QWidget | None, audit: AuditService, runner: TaskRunner, entity: str, record_id: str,
                 label: str = "") -> HistoryDialog:
    """Open the history of one record (non-modal) and return the dialog."""
    dialog = HistoryDialog(audit, runner, entity, record_id, label, parent)
    dialog.show()
    return dialog


def record_label(row: Any) -> str:
    """What a record is called in the History dialog's title: its name, else its title, else its id."""
    return str(getattr(row, "display_name", "") or getattr(row, "name", "") or getattr(row, "title", "")
               or getattr(row, "id", ""))


def add_history_action(view: QWidget, audit: AuditService, runner: TaskRunner, entity: str,
                       selected: Callable[[], Any]) -> QAction:
    """Give a list of records (`view`) a History… entry in its context menu (right click, or the Menu
    key) for the record `selected()` returns (a row with an `id`; None when nothing is selected)."""
    action = QAction(QCoreApplication.translate("HistoryDialog", "&History…"), view)
    action.setObjectName("historyAction")
    action.setToolTip(QCoreApplication.translate("HistoryDialog", "Every recorded change to the selected record"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def open_history() -> None:
        row = selected()
        if row is not None:
            show_history(view, audit, runner, entity, row.id, record_label(row))

    action.triggered.connect(open_history)
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
