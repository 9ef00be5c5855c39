"""Audit trail: who changed what, when, on which laptop, before and after, and why; filtered by
person, action, table or record and period; exported to Excel in the background. Programme managers
and administrators only (the service refuses the others, and the page says so)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.account_records import AuditChoices, AuditFilter, AuditPage
from trainmgr.domain.changes import ALL
from trainmgr.services.audit import AuditService
from trainmgr.services.permissions import PermissionDenied
from trainmgr.ui.errors import show_error
from trainmgr.ui.file_dialogs import save_path
from trainmgr.ui.pages.base import Page
from trainmgr.ui.table_models.audit_model import CHANGES, RECORD, AuditTableModel
from trainmgr.ui.tasks import TaskRunner

PAGE_SIZE = 1000
PERIOD_DAYS = (0, 1, 7, 30, 365)  # 0: all time


class AuditTrailPage(Page):
    topics = (ALL,)  # every change writes to the trail

    def __init__(self, audit: AuditService, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._runner = runner
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Audit trail")

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("auditPage")
        self.who = self._combo("auditWho")
        self.action = self._combo("auditAction")
        self.table_name = self._combo("auditTable")
        self.record = QLineEdit()
        self.record.setObjectName("auditRecord")
        self.record.setPlaceholderText(self.tr("record id"))
        self.record.setClearButtonEnabled(True)
        self.period = QComboBox()
        self.period.setObjectName("auditPeriod")
        labels = {0: self.tr("All time"), 1: self.tr("Last 24 hours"), 7: self.tr("Last 7 days"),
                  30: self.tr("Last 30 days"), 365: self.tr("Last year")}
        for days in PERIOD_DAYS:
            self.period.addItem(labels[days], days)
        filters = QFormLayout()
        filters.addRow(self.tr("&Who:"), self.who)
        filters.addRow(self.tr("&Action:"), self.action)
        filters.addRow(self.tr("&Table:"), self.table_name)
        filters.addRow(self.tr("&Record:"), self.record)
        filters.addRow(self.tr("&Period:"), self.period)
        self.apply_button = QPushButton(self.tr("&Show"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        bar = QHBoxLayout()
        bar.addWidget(self.apply_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.count_label, 1)
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full changes in the tooltip
        self.refused = QLabel()
        self.refused.setObjectName("auditRefused")
        self.refused.setWordWrap(True)
        self.refused.hide()
        top = QHBoxLayout()
        top.addLayout(filters)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.refused)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)  # type a name, or choose one
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(18)
        return combo

    def _connect(self) -> None:
        self.apply_button.clicked.connect(self._load)
        self.record.returnPressed.connect(self._load)
        self.period.currentIndexChanged.connect(lambda _i: self._load())
        self.export_button.clicked.connect(self._export)

    # --- reading -------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        days = int(self.period.currentData() or 0)
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # the trail is in naive UTC
        since = now - timedelta(days=days) if days else None
        return AuditFilter(actor=self.who.currentText().strip(), action=self.action.currentText().strip(),
                           entity=self.table_name.currentText().strip(), entity_id=self.record.text().strip(),
                           since=since)

    def refresh(self) -> None:
        self._runner.run(self._audit.choices, on_done=self._show_choices, on_error=self._refused)
        self._load()

    def _load(self) -> None:
        query = self.current_filter()
        self._runner.run(lambda: self._audit.search(query, limit=PAGE_SIZE), on_done=self._show,
                         on_error=self._refused)

    def _show_choices(self, choices: AuditChoices) -> None:
        for combo, values in ((self.who, choices.actors), (self.action, choices.actions),
                              (self.table_name, choices.entities)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(["", *values])
            combo.setCurrentText(current)
            combo.blockSignals(False)

    def _show(self, page: AuditPage) -> None:
        self.refused.hide()
        self.table.setEnabled(True)
        self.export_button.setEnabled(True)
        self.model.set_rows(page.rows)
        self.table.resizeColumnsToContents()
        for column, widest in ((RECORD, 150), (CHANGES, 420)):  # ids and long changes elide (full in tooltip)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        if page.total > len(page.rows):
            self.count_label.setText(self.tr("The newest {shown} of {total} events: narrow the filter to see the "
                                             "others, or export them.").format(shown=len(page.rows), total=page.total))
        else:
            self.count_label.setText(self.tr("{total} event(s)").format(total=page.total))

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, PermissionDenied):
            show_error(self, exc)
            return
        self.model.set_rows([])
        self.refused.setText(str(exc))
        self.refused.show()
        self.table.setEnabled(False)
        self.export_button.setEnabled(False)
        self.count_label.clear()

    # --- export --------------------------------------------------------------------------------
    def _export(self) -> None:
        path = save_path(self, self.tr("Export the audit trail"), "audit-trail.xlsx",
                         self.tr("Excel workbook (*.xlsx)"), purpose="reports")
        if path is None:
            return
        query = self.current_filter()

        def done(count: object) -> None:
            self.status_message.emit(self.tr("{count} audit event(s) written to {file}").format(count=count,
                                                                                            file=path.name))

        self._runner.run(lambda progress, cancel: self._audit.export(path, query, progress, cancel), on_done=done,
                         progress_dialog_title=self.tr("Exporting the audit trail"), parent=self)
