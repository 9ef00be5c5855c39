"""What a roster workbook would change: new, updated and unchanged trainees, the likely duplicates to
check (they do not block the import), or the errors (sheet, row, column) that stop it whole.
Nothing is written until "Apply"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainmgr.services.roster_io import RosterPreview
from trainmgr.ui.dialogs.workbook_import_dialog import WorkbookImportDialog, html


class RosterImportDialog(WorkbookImportDialog):
    def __init__(self, preview: RosterPreview, parent: QWidget | None = None) -> None:
        super().__init__(preview, parent)
        self.setObjectName("rosterImportDialog")

    def _title(self) -> str:
        return self.tr("Import a roster")

    def _columns(self) -> list[str]:
        return [self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Likely duplicates")]

    def _count_rows(self) -> list[tuple[str, list[str], bool]]:
        p: RosterPreview = self._preview
        return [(self.tr("Trainees"), [str(len(p.new)), str(len(p.updated)), str(p.unchanged),
                                       str(len(p.duplicates))], True)]

    def _heading(self) -> str:
        p: RosterPreview = self._preview
        if p.errors:
            return self.tr("<b>{file}</b> cannot be imported: %n error(s) were found. Correct the roster and "
                           "import it again; nothing was changed.", "", len(p.errors)).format(file=html(p.file_name))
        return self.tr("<b>{file}</b> was checked. Importing it changes the trainees as follows.").format(
            file=html(p.file_name))

    def _change_lines(self) -> list[str]:
        p: RosterPreview = self._preview
        lines = [self.tr("Row {row}: new trainee {name} {number}").format(
            row=c.row, name=c.name, number=c.service_number).rstrip() for c in p.new]
        lines += [self.tr("Row {row}: {name} — {fields}").format(row=c.row, name=c.name, fields=", ".join(c.fields))
                  for c in p.updated]
        lines += [self.tr("Row {row}: {name} may be the same person as {other} ({reason})").format(
            row=d.row, name=d.name, other=d.other, reason=d.reason) for d in p.duplicates]
        return lines + list(p.warnings)

    def _note(self) -> str:
        p: RosterPreview = self._preview
        if p.errors:
            return self.tr("A roster is imported whole or not at all.")
        if not p.has_changes:
            return self.tr("Nothing to import: every trainee of the roster is already up to date.")
        dup = self.tr(" Check the likely duplicates afterwards: merge them from the trainee list if they are "
                      "the same person.") if p.duplicates else ""
        return self.tr("Nothing is written until you click Apply; the import then runs in one step.") + dup
