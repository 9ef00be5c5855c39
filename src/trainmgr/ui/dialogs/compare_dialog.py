"""Repeated assessments of a unit side by side (baseline → mid-term → end-line): the current level
in each, the required level of the latest, and the change from the first to the last."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.assessment_records import Comparison
from trainmgr.ui.assessment_labels import GAP_GREEN, GAP_RED, assessment_header, assessment_title, gap_text, level_text


class CompareDialog(QDialog):
    def __init__(self, comparison: Comparison, unit_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare assessments — {unit}").format(unit=unit_name))
        self.resize(900, 560)
        names = [assessment_header(a) for a in comparison.assessments]
        self.table = QTableWidget(len(comparison.rows), len(names) + 4)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Competency"), *names,
                                              self.tr("Required\n(latest)"), self.tr("Change")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        for number, row in enumerate(comparison.rows):
            required = next((r for r in reversed(row.required) if r is not None), None)
            cells = [row.code, row.title, *(level_text(c) for c in row.current), level_text(required),
                     gap_text(row.change)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(number, column, item)
            change = self.table.item(number, len(cells) - 1)
            if row.change:  # progress is green, a drop red
                change.setBackground(GAP_GREEN if row.change > 0 else GAP_RED)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for number, row in enumerate(comparison.assessments, start=2):  # signed or draft, in the tooltip
            self.table.horizontalHeaderItem(number).setToolTip(assessment_title(row))
        self.summary = QLabel(self.tr("{count} competencies recorded across {n} assessments.").format(
            count=len(comparison.rows), n=len(comparison.assessments)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
