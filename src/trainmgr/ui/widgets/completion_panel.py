"""The completion tab of the evaluations page: each trainee's decision under the cohort's rules, the
button that applies them, the certificate list and the follow-up observations due. Layout and
filling only; the page wires the behaviour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.enums import EnrolmentStatus
from trainmgr.domain.evaluation_records import CertificateRow, CompletionDecision, FollowUpRow
from trainmgr.ui.formatting import format_date, format_number
from trainmgr.ui.labels import enum_label

DECISION_COLOURS = {"completed": "#c8e6c9", "failed": "#ffcdd2", "pending": "#fff3c4"}


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(number, column, item)


def _day(value: date | None) -> str:
    return format_date(value)


class CompletionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("&Apply decisions…"))
        self.apply_button.setToolTip(self.tr("Set completed / failed on the roster and schedule the follow-ups"))
        self.decisions = read_only_table("completionDecisions", [
            self.tr("Trainee"), self.tr("Service no."), self.tr("Status"), self.tr("Attendance"),
            self.tr("Post-test"), self.tr("Decision"), self.tr("Reason")])
        self.certificates = read_only_table("certificateList", [
            self.tr("Name"), self.tr("Service no."), self.tr("Rank"), self.tr("Completed on"), self.tr("Unit")])
        self.follow_ups = read_only_table("followUpsDue", [
            self.tr("Due"), self.tr("Name"), self.tr("After"), self.tr("Cohort"), self.tr("Unit")])
        header = self.follow_ups.horizontalHeader()  # a long cohort name leaves the unit in view
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.follow_ups.setColumnWidth(3, 200)
        top = QHBoxLayout()
        top.addWidget(self.rules, 1)
        top.addWidget(self.apply_button)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self._titled(self.tr("<b>Certificates</b> (completed trainees)"), self.certificates))
        lower.addWidget(self._titled(self.tr("<b>Follow-up observations due</b> (programme, next 14 days)"),
                                     self.follow_ups))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.decisions)
        splitter.addWidget(lower)
        splitter.setSizes([360, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _titled(title: str, table: QTableWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(table, 1)
        return box

    # --- filling -------------------------------------------------------------------------------
    def show_decisions(self, rows: list[CompletionDecision]) -> None:
        def attendance(d: CompletionDecision) -> str:
            if d.attendance_rate is None:
                return "—"
            return f"{format_number(d.attendance_rate, 1)} % ({d.attended}/{d.expected})"

        def post_test(d: CompletionDecision) -> str:  # the detail is in the reason (and the tooltip)
            return {True: self.tr("Passed"), False: self.tr("Not passed"), None: "—"}[d.post_test_passed]

        labels = {"completed": self.tr("Completed"), "failed": self.tr("Failed"), "pending": self.tr("Pending")}
        fill(self.decisions, [[d.display_name, d.service_number, enum_label(EnrolmentStatus, d.current_status),
                               attendance(d), post_test(d), labels.get(d.decision, d.decision), d.reason]
                              for d in rows])
        for number, d in enumerate(rows):
            self.decisions.item(number, 4).setToolTip(d.post_test_detail)
            item = self.decisions.item(number, 5)
            if d.decision in DECISION_COLOURS:
                item.setBackground(QColor(DECISION_COLOURS[d.decision]))
                item.setForeground(QColor("#202020"))

    def show_certificates(self, rows: list[CertificateRow]) -> None:
        fill(self.certificates, [[f"{r.family_name} {r.given_names}".strip(), r.service_number, r.rank_name,
                                  _day(r.completed_on), r.unit_name] for r in rows])

    def show_follow_ups(self, rows: list[FollowUpRow]) -> None:
        fill(self.follow_ups, [[_day(r.due_on) + (self.tr(" (overdue)") if r.overdue else ""),
                                f"{r.family_name} {r.given_names}".strip(), self.tr("+%n days", "", r.offset_days),
                                r.cohort_name, r.unit_name] for r in rows])
        for number, r in enumerate(rows):
            if r.overdue:
                self.follow_ups.item(number, 0).setForeground(QColor("#b00020"))
