"""The right side of the cohorts page: the cohort's attendance rate, its roster, its sessions and the
attendance register of the selected session. Layout only; the page wires the behaviour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.delivery_records import EnrolmentRow, SessionRow
from trainmgr.domain.enums import CancelReason, EnrolmentStatus, SessionStatus, VettingStatus
from trainmgr.ui.formatting import format_date
from trainmgr.ui.labels import choices, enum_label
from trainmgr.ui.table_models.register_model import RegisterTableModel
from trainmgr.ui.widgets.attendance_grid import AttendanceGrid

ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, list[str]]], keep: str | None) -> None:
    """Rows of (id, cells); the row with id `keep` stays current."""
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for number, (row_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, row_id)
            item.setToolTip(text)
            table.setItem(number, column, item)
    table.blockSignals(False)
    ids = [row_id for row_id, _cells in rows]
    if keep in ids:
        table.selectRow(ids.index(keep))
    elif rows:
        table.clearSelection()


def selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    value = table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None
    return value if isinstance(value, str) else None


class CohortPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rate = QLabel()
        self.rate.setObjectName("cohortRate")
        self.rate.setStyleSheet("font-weight: 600;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._roster_tab(), self.tr("&Roster"))
        self.tabs.addTab(self._sessions_tab(), self.tr("&Sessions and attendance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rate)
        layout.addWidget(self.tabs, 1)

    def _roster_tab(self) -> QWidget:
        self.enrol_button = QPushButton(self.tr("&Enrol…"))
        self.roster = _table([self.tr("Name"), self.tr("Service no."), self.tr("Unit"), self.tr("Status"),
                              self.tr("Enrolled on"), self.tr("Vetting"), self.tr("Vetting override")])
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.roster, 1)
        return tab

    def _sessions_tab(self) -> QWidget:
        self.schedule_button = QPushButton(self.tr("Sc&hedule…"))
        self.hold_button = QPushButton(self.tr("Mark &held"))
        self.print_button = QPushButton(self.tr("&Print attendance sheet…"))
        self.print_button.setToolTip(self.tr("A PDF of the register to fill by hand, in the order of the grid"))
        self.cancel_reason = QComboBox()
        for value, label in choices(CancelReason):
            self.cancel_reason.addItem(label, value)
        self.cancel_note = QLineEdit()
        self.cancel_note.setPlaceholderText(self.tr("Note (needed for “Other”)"))
        self.cancel_note.setMinimumWidth(140)
        self.cancel_button = QPushButton(self.tr("&Cancel session"))
        self.sessions = _table([self.tr("Date"), self.tr("Time"), self.tr("Module"), self.tr("Place"),
                                self.tr("Status")])
        header = self.sessions.horizontalHeader()  # the module title gives way, so the status stays in view
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((3, 210), (4, 180)):  # a long cancellation note reads in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.sessions.setColumnWidth(column, width)
        self.register_model = RegisterTableModel(self)
        self.register = AttendanceGrid(self.register_model)
        self.register_label = QLabel(self.tr("Select a session to take its attendance."))
        self.register_label.setWordWrap(True)
        # Two rows, so that the page still fits a small laptop screen.
        buttons = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        for widget in (self.schedule_button, self.hold_button, self.print_button):
            first.addWidget(widget)
        first.addStretch(1)
        for widget in (QLabel(self.tr("Reason:")), self.cancel_reason, self.cancel_note, self.cancel_button):
            second.addWidget(widget)
        buttons.addLayout(first)
        buttons.addLayout(second)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.register_label)
        lower_layout.addWidget(self.register, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.sessions)
        splitter.addWidget(lower)
        splitter.setSizes([200, 400])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        return tab

    # --- filling -------------------------------------------------------------------------------
    def show_roster(self, rows: list[EnrolmentRow]) -> None:
        _fill(self.roster, [(r.id, [f"{r.family_name} {r.given_names}".strip(), r.service_number, r.unit_name,
                                    enum_label(EnrolmentStatus, r.status) + (f" ({r.status_reason})"
                                                                             if r.status_reason else ""),
                                    format_date(r.enrolled_on),
                                    enum_label(VettingStatus, r.vetting_status), r.vetting_override])
                            for r in rows], selected_id(self.roster))

    def show_sessions(self, rows: list[SessionRow], keep: str | None) -> None:
        def when(r: SessionRow) -> str:
            return f"{r.start_time:%H:%M}–{r.end_time:%H:%M}" if r.start_time and r.end_time else ""

        def status(r: SessionRow) -> str:
            text = enum_label(SessionStatus, r.status)
            if r.cancel_reason:
                text += f" ({enum_label(CancelReason, r.cancel_reason)}{': ' + r.cancel_note if r.cancel_note else ''})"
            return text

        _fill(self.sessions, [(r.id, [format_date(r.session_date), when(r), r.title or r.module_title, r.place,
                                      status(r)]) for r in rows], keep)

    def session_id(self) -> str | None:
        return selected_id(self.sessions)

    def update_buttons(self, has_cohort: bool, session: SessionRow | None) -> None:
        self.enrol_button.setEnabled(has_cohort)
        self.schedule_button.setEnabled(has_cohort)
        planned = session is not None and session.status == SessionStatus.PLANNED.value
        self.hold_button.setEnabled(planned and session is not None and session.session_date <= date.today())
        for widget in (self.cancel_button, self.cancel_reason, self.cancel_note):
            widget.setEnabled(planned)
        self.print_button.setEnabled(session is not None and session.status != SessionStatus.CANCELLED.value)
