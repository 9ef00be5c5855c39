"""What a framework workbook would change (new / changed / unchanged competencies) or why it cannot
be imported (one line per error, naming sheet, row and column). Nothing is written until "Apply"."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from trainmgr.services.framework_io import FrameworkImportPreview

MAX_LISTED = 500  # a preview to read, not a report: past this, a line says how many more


class FrameworkImportDialog(QDialog):
    def __init__(self, preview: FrameworkImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._build()
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        self.setObjectName("frameworkImportDialog")
        self.setWindowTitle(self.tr("Import a framework"))
        p = self._preview
        self.heading = QLabel(self._heading())
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("New"), self.tr("Changed"),
                                              self.tr("Unchanged")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._add_row(self.tr("Competencies"), [str(len(p.new)), str(len(p.changed)), str(p.unchanged)], bold=True)
        self._add_row(self.tr("Capability areas"), [str(len(p.new_areas)), str(len(p.changed_areas)), ""])
        self._add_row(self.tr("Standards"), [str(len(p.new_standards)), "", ""])
        self._fit_table()
        self.table.setVisible(not p.errors)  # counts of a file that cannot be imported only mislead
        self.details_label = QLabel()
        self.details = QListWidget()
        self.details.setObjectName("frameworkImportDetails")
        self.details.setAlternatingRowColors(True)
        self.details.setWordWrap(True)
        self._fill_details()
        self.note = QLabel(self._note())
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.accept)
        can_apply = p.can_apply and p.has_changes
        self.apply_button.setEnabled(can_apply)
        self.apply_button.setVisible(p.can_apply)
        if can_apply:
            self.apply_button.setDefault(True)
            self.apply_button.setFocus()
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def _heading(self) -> str:
        p = self._preview
        name = _html(f"{p.framework_name} ({p.framework_code} {p.framework_version})")
        if p.errors:
            return self.tr("<b>{file}</b> cannot be imported: %n error(s) were found. Correct the workbook and "
                           "import it again; nothing was changed.", "", len(p.errors)).format(file=_html(p.file_name))
        if p.new_framework:
            return self.tr("<b>{file}</b> was checked. Importing it creates the framework <b>{name}</b>.").format(
                file=_html(p.file_name), name=name)
        text = self.tr("<b>{file}</b> was checked. Importing it updates the framework <b>{name}</b> as follows.")
        return text.format(file=_html(p.file_name), name=name)

    def _fill_details(self) -> None:
        p = self._preview
        if p.errors:
            self.details_label.setText(self.tr("Errors (sheet, row, column):"))
            lines = p.error_lines()
        else:
            self.details_label.setText(self.tr("Changes:"))
            lines = [self.tr("New: {code} {title}").format(code=c.code, title=c.title) for c in p.new]
            lines += [self.tr("Changed: {code} {title} ({fields})").format(
                code=c.code, title=c.title, fields=", ".join(c.fields)) for c in p.changed]
            lines += [self.tr("New area: {code}").format(code=code) for code in p.new_areas]
            lines += [self.tr("New standard: {code}").format(code=code) for code in p.new_standards]
            lines += list(p.warnings)
        shown = lines[:MAX_LISTED]
        if len(lines) > MAX_LISTED:
            shown.append(self.tr("… and %n more.", "", len(lines) - MAX_LISTED))
        self.details.addItems(shown)
        self.details_label.setVisible(bool(shown))
        self.details.setVisible(bool(shown))

    def _note(self) -> str:
        p = self._preview
        if p.errors:
            return self.tr("A framework is imported whole or not at all.")
        if not p.has_changes:
            return self.tr("Nothing to import: this framework already matches the workbook.")
        kept = self.tr(" %n competency(ies) of the framework are not in the workbook; they are kept.", "", p.kept) \
            if p.kept else ""
        return self.tr("Nothing is written until you click Apply; the import then runs in one step.") + kept

    def _add_row(self, label: str, counts: list[str], bold: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate([label, *counts]):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def _fit_table(self) -> None:
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += self.table.verticalHeader().defaultSectionSize() * self.table.rowCount() + 2
        self.table.setFixedHeight(height)

    def preview(self) -> FrameworkImportPreview:
        return self._preview

    def shown_lines(self) -> list[str]:
        return [self.details.item(i).text() for i in range(self.details.count())]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
