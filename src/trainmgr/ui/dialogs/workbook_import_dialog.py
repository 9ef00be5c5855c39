"""What a workbook would change (counts per kind of row, then one line per change) or why it cannot be
imported (one line per error, naming sheet, row and column). Nothing is written until "Apply".
A subclass supplies the heading, the count rows, the lines and the note of one kind of workbook."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Base-class strings keep their own context: a subclass's tr() would look them up under its name.
translate = QCoreApplication.translate

MAX_LISTED = 500  # a preview to read, not a report: past this, a line says how many more


class WorkbookImportDialog(QDialog):
    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._build()
        self.buttons.rejected.connect(self.reject)

    # --- what a subclass provides ----------------------------------------------------------------
    def _title(self) -> str:
        raise NotImplementedError

    def _columns(self) -> list[str]:
        """Headers of the count columns (after the first, "What")."""
        raise NotImplementedError

    def _count_rows(self) -> list[tuple[str, list[str], bool]]:
        """(label, counts, bold) per row of the table."""
        raise NotImplementedError

    def _heading(self) -> str:
        raise NotImplementedError

    def _change_lines(self) -> list[str]:
        raise NotImplementedError

    def _note(self) -> str:
        raise NotImplementedError

    # --- shared ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(self._title())
        p = self._preview
        self.heading = QLabel(self._heading())
        self.heading.setWordWrap(True)
        columns = self._columns()
        self.table = counts_table([translate("WorkbookImportDialog", "What"), *columns])
        for label, counts, bold in self._count_rows():
            self._add_row(label, counts, bold)
        self._fit_table()
        self.table.setVisible(not p.errors)  # counts of a file that cannot be imported only mislead
        self.details_label = QLabel()
        self.details = QListWidget()
        self.details.setObjectName("importDetails")
        self.details.setAlternatingRowColors(True)
        self.details.setWordWrap(True)
        self._fill_details()
        self.note = QLabel(self._note())
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(translate("WorkbookImportDialog", "&Apply"))
        self.apply_button.clicked.connect(self.accept)
        can_apply = p.can_apply and p.has_changes
        self.apply_button.setEnabled(can_apply)
        self.apply_button.setVisible(p.can_apply)
        if can_apply:
            self.apply_button.setDefault(True)
            self.apply_button.setFocus()
        else:
            close = translate("WorkbookImportDialog", "Close")
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def _fill_details(self) -> None:
        if self._preview.errors:
            self.details_label.setText(translate("WorkbookImportDialog", "Errors (sheet, row, column):"))
            lines = self._preview.error_lines()
        else:
            self.details_label.setText(translate("WorkbookImportDialog", "Changes:"))
            lines = self._change_lines()
        shown = lines[:MAX_LISTED]
        if len(lines) > MAX_LISTED:
            shown.append(translate("WorkbookImportDialog", "… and %n more.", "", len(lines) - MAX_LISTED))
        self.details.addItems(shown)
        self.details_label.setVisible(bool(shown))
        self.details.setVisible(bool(shown))

    def _add_row(self, label: str, counts: list[str], bold: bool = False) -> None:
        add_count_row(self.table, label, counts, bold)

    def _fit_table(self) -> None:
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += self.table.verticalHeader().defaultSectionSize() * self.table.rowCount() + 2
        self.table.setFixedHeight(height)

    def preview(self) -> Any:
        return self._preview

    def shown_lines(self) -> list[str]:
        return [self.details.item(i).text() for i in range(self.details.count())]

    def shown_counts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]


def counts_table(headers: list[str]) -> QTableWidget:
    """A read-only table of counts: a label column that stretches, then one column per count."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a summary to read; the keyboard belongs to Apply
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def add_count_row(table: QTableWidget, label: str, counts: list[str], bold: bool = False) -> None:
    """A row of a counts table: the label, then the counts right-aligned (all bold for a total)."""
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate([label, *counts]):
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, column, item)


def html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
