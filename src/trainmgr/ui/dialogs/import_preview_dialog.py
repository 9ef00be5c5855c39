"""What an import would do, per table, from a dry run: nothing is written until "Apply"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from trainmgr.domain.records import ImportSummary, TableTally
from trainmgr.ui.dialogs.workbook_import_dialog import add_count_row, counts_table, html
from trainmgr.ui.sync_labels import table_label

COUNTS = ("new", "updated", "deleted", "unchanged", "conflicts")


class ImportPreviewDialog(QDialog):
    def __init__(self, summary: ImportSummary, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = summary
        self._file_name = file_name
        self._build()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(self.tr("Import preview"))
        s = self._summary
        source = s.source_name or s.source_replica
        self.heading = QLabel(self.tr("<b>{file}</b> from the laptop <b>{source}</b> ({id}) was checked: it is "
                                      "intact and signed. Importing it would change this database as follows.")
                              .format(file=html(self._file_name), source=html(source), id=s.source_replica[:8]))
        self.heading.setWordWrap(True)
        self.table = counts_table([self.tr("Table"), self.tr("New"), self.tr("Updated"), self.tr("Deleted"),
                                   self.tr("Unchanged"), self.tr("Conflicts")])
        tallies = [t for t in s.tables if any(getattr(t, c) for c in COUNTS)]
        for tally in sorted(tallies, key=lambda t: table_label(t.table).casefold()):
            self._add_row(table_label(tally.table), [getattr(tally, c) for c in COUNTS])
        self._add_row(self.tr("Total"), [s.total(c) for c in COUNTS], bold=True)
        self.note = QLabel(self._note())
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.apply_button.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (up to a dozen, then it scrolls): no empty table under a short summary."""
        rows = self.table.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += self.table.verticalHeader().defaultSectionSize() * min(rows, 12) + 2
        self.table.setMinimumHeight(height)
        if rows <= 12:
            self.table.setMaximumHeight(height)
        self.resize(640, self.sizeHint().height())

    def _add_row(self, label: str, counts: list[int], bold: bool = False) -> None:
        add_count_row(self.table, label, [str(n) for n in counts], bold)

    def _note(self) -> str:
        s = self._summary
        conflicts = s.total("conflicts")
        if conflicts:
            return self.tr("%n field(s) were changed both here and on the other laptop. Every laptop will "
                           "show the same value for now; choose which one to keep on the Conflicts page "
                           "after the import.", "", conflicts)
        if not any(s.total(c) for c in ("new", "updated", "deleted")):
            return self.tr("Nothing new: this database already has everything in the package. Applying it "
                           "still records that it arrived, so the next package to that laptop is smaller.")
        return self.tr("Nothing is written until you click Apply; the import then runs in one step.")

    def counts(self, table: str) -> TableTally | None:
        """The tally of one table (for tests and for the status line)."""
        return next((t for t in self._summary.tables if t.table == table), None)

    def shown_rows(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

