"""The trainee page's roster workbooks (the chain itself: ui/pages/workbook_files.py):

template: choose where → a blank roster with the programme's drop-down lists, in the UI language;
import: choose the filled roster → background dry run (new / updated / unchanged / likely duplicates /
errors naming sheet, row and column) → on Apply the import in one transaction, refused if the file
changed since the check;
export: choose where → the programme's trainees in the same layout, to edit in Excel and import back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QDialog, QWidget

from trainmgr.domain.changes import PEOPLE, Changes
from trainmgr.services.roster_io import RosterExport, RosterIOService, RosterPreview
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.dialogs.roster_import_dialog import RosterImportDialog
from trainmgr.ui.pages.workbook_files import WorkbookFileActions, slug
from trainmgr.ui.tasks import TaskRunner


def ui_language() -> str:
    """The language of the interface ("fr", "en"...), which the workbooks trainmgr writes follow."""
    return QLocale().name().split("_")[0] or "en"


class RosterFileActions(WorkbookFileActions):
    imported = Signal(str)  # the programme whose trainees an import changed

    purpose = "rosters"
    changes = Changes.of(PEOPLE)

    def __init__(self, page: QWidget, roster_io: RosterIOService, runner: TaskRunner,
                 programme: Callable[[], tuple[str, str] | None]) -> None:
        """`programme` gives the (id, code) of the page's programme, or None."""
        super().__init__(page, runner)
        self._io = roster_io
        self._programme = programme
        self._checked_programme = ""  # read on the GUI thread when a check starts

    # --- import --------------------------------------------------------------------------------
    def import_workbook(self) -> None:
        if self._programme() is not None:
            super().import_workbook()

    def check(self, path: Path) -> None:
        programme = self._programme()
        if programme is not None:
            self._checked_programme = programme[0]
            super().check(path)

    def _import_title(self) -> str:
        return self.tr("Import a roster")

    def _preview(self, path: Path, progress: ProgressFn, cancel: CancelToken) -> RosterPreview:
        return self._io.preview(self._checked_programme, path, progress=progress, cancel=cancel)

    def _apply_previewed(self, path: Path, preview: Any, progress: ProgressFn, cancel: CancelToken) -> RosterPreview:
        return self._io.apply(preview.programme_id, path, progress=progress, cancel=cancel,
                              expected_sha256=preview.sha256 or None)

    def _preview_dialog(self, preview: Any) -> QDialog:
        return RosterImportDialog(preview, self._page)

    def _imported(self, path: Path, result: RosterPreview) -> None:
        self.imported.emit(result.programme_id)
        self.finished.emit(self.tr("Imported {file}: {new} new and {updated} updated trainees; {dup} likely "
                                   "duplicate(s) to check.").format(file=path.name, new=len(result.new),
                                                                    updated=len(result.updated),
                                                                    dup=len(result.duplicates)))

    # --- template and export ---------------------------------------------------------------------
    def save_template(self) -> None:
        programme = self._programme()
        if programme is None:
            return
        pid, lang = programme[0], ui_language()
        self.save_workbook(self.tr("Save the roster template as"), self._file_name(programme[1], self.tr("template")),
                           lambda path, _progress, _cancel: self._io.template(pid, path, lang=lang),
                           lambda result: self._saved(result, template=True))

    def export_roster(self) -> None:
        programme = self._programme()
        if programme is None:
            return
        pid, lang = programme[0], ui_language()
        self.save_workbook(self.tr("Export the roster as"), self._file_name(programme[1], self.tr("roster")),
                           lambda path, progress, cancel: self._io.export(pid, path, progress=progress,
                                                                          cancel=cancel, lang=lang),
                           lambda result: self._saved(result, template=False))

    @staticmethod
    def _file_name(code: str, what: str) -> str:
        return f"{slug(code) or 'programme'}-{slug(what)}.xlsx"

    def _saved(self, result: RosterExport, template: bool) -> None:
        name = Path(result.path).name
        if template:
            self.finished.emit(self.tr("Saved the roster template {file}: fill it in, then import it.").format(
                file=name))
        else:
            self.finished.emit(self.tr("Saved {file}: %n trainee(s).", "", result.trainees).format(file=name))
