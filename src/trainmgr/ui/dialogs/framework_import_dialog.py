"""What a framework workbook would change (new / changed / unchanged competencies) or why it cannot
be imported (one line per error, naming sheet, row and column). Nothing is written until "Apply"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainmgr.services.framework_io import FrameworkImportPreview
from trainmgr.ui.dialogs.workbook_import_dialog import MAX_LISTED, WorkbookImportDialog, html

__all__ = ["MAX_LISTED", "FrameworkImportDialog"]


class FrameworkImportDialog(WorkbookImportDialog):
    def __init__(self, preview: FrameworkImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(preview, parent)
        self.setObjectName("frameworkImportDialog")
        self.details.setObjectName("frameworkImportDetails")

    def _title(self) -> str:
        return self.tr("Import a framework")

    def _columns(self) -> list[str]:
        return [self.tr("New"), self.tr("Changed"), self.tr("Unchanged")]

    def _count_rows(self) -> list[tuple[str, list[str], bool]]:
        p = self._preview
        return [(self.tr("Competencies"), [str(len(p.new)), str(len(p.changed)), str(p.unchanged)], True),
                (self.tr("Capability areas"), [str(len(p.new_areas)), str(len(p.changed_areas)), ""], False),
                (self.tr("Standards"), [str(len(p.new_standards)), "", ""], False)]

    def _heading(self) -> str:
        p = self._preview
        name = html(f"{p.framework_name} ({p.framework_code} {p.framework_version})")
        if p.errors:
            return self.tr("<b>{file}</b> cannot be imported: %n error(s) were found. Correct the workbook and "
                           "import it again; nothing was changed.", "", len(p.errors)).format(file=html(p.file_name))
        if p.new_framework:
            return self.tr("<b>{file}</b> was checked. Importing it creates the framework <b>{name}</b>.").format(
                file=html(p.file_name), name=name)
        text = self.tr("<b>{file}</b> was checked. Importing it updates the framework <b>{name}</b> as follows.")
        return text.format(file=html(p.file_name), name=name)

    def _change_lines(self) -> list[str]:
        p = self._preview
        lines = [self.tr("New: {code} {title}").format(code=c.code, title=c.title) for c in p.new]
        lines += [self.tr("Changed: {code} {title} ({fields})").format(
            code=c.code, title=c.title, fields=", ".join(c.fields)) for c in p.changed]
        lines += [self.tr("New area: {code}").format(code=code) for code in p.new_areas]
        lines += [self.tr("New standard: {code}").format(code=code) for code in p.new_standards]
        return lines + list(p.warnings)

    def _note(self) -> str:
        p = self._preview
        if p.errors:
            return self.tr("A framework is imported whole or not at all.")
        if not p.has_changes:
            return self.tr("Nothing to import: this framework already matches the workbook.")
        kept = self.tr(" %n competency(ies) of the framework are not in the workbook; they are kept.", "", p.kept) \
            if p.kept else ""
        return self.tr("Nothing is written until you click Apply; the import then runs in one step.") + kept
