"""The Gaps tab: trainable gaps ranked by priority × size, and apart, the gaps training cannot
close with their recommended non-training response."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from trainmgr.domain.assessment_records import GapRow
from trainmgr.domain.enums import Priority
from trainmgr.ui.assessment_labels import TEXT_DARK, gap_colour, gap_text
from trainmgr.ui.labels import enum_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # rank (or code) first until the user sorts
    return table


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, value)  # sorts as a number
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class GapsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole_programme = QCheckBox(self.tr("All units of the programme"))
        self.ranked = _table([self.tr("Rank"), self.tr("Code"), self.tr("Competency"), self.tr("Unit"),
                              self.tr("Current"), self.tr("Required"), self.tr("Gap"), self.tr("Priority"),
                              self.tr("Score")])
        self.non_trainable = _table([self.tr("Code"), self.tr("Unit"), self.tr("Competency"), self.tr("Gap"),
                                     self.tr("Non-training response")])
        self.non_trainable.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.ranked_label = QLabel()
        self.apart_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole_programme)
        layout.addWidget(self.ranked_label)
        layout.addWidget(self.ranked, 3)
        layout.addWidget(self.apart_label)
        layout.addWidget(self.non_trainable, 1)

    def show_gaps(self, ranked: list[GapRow], non_trainable: list[GapRow]) -> None:
        self.ranked_label.setText(self.tr("Gaps training can close, highest priority × gap first ({n}):").format(
            n=len(ranked)))
        self.apart_label.setText(self.tr("Gaps training cannot close ({n}):").format(n=len(non_trainable)))
        self.ranked.setSortingEnabled(False)
        self.ranked.setRowCount(len(ranked))
        for number, gap in enumerate(ranked):
            cells: list[QTableWidgetItem] = [
                _number(number + 1), QTableWidgetItem(gap.code), QTableWidgetItem(gap.title),
                QTableWidgetItem(gap.unit_name), _number(gap.current_level), _number(gap.required_level),
                _number(gap.gap), QTableWidgetItem(enum_label(Priority, gap.priority)), _number(gap.score)]
            cells[6].setBackground(gap_colour(gap.gap) or TEXT_DARK)
            cells[6].setForeground(TEXT_DARK)
            for column, item in enumerate(cells):
                self.ranked.setItem(number, column, item)
        self.ranked.setSortingEnabled(True)
        self.non_trainable.setSortingEnabled(False)
        self.non_trainable.setRowCount(len(non_trainable))
        for number, gap in enumerate(non_trainable):
            for column, text in enumerate((gap.code, gap.unit_name, gap.title, gap_text(gap.gap),
                                           gap.non_training_response or self.tr("(none recorded)"))):
                self.non_trainable.setItem(number, column, QTableWidgetItem(text))
        self.non_trainable.setSortingEnabled(True)
