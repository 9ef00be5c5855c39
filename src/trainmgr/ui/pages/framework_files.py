"""The framework page's two file workflows, each a chain of background steps:

import: choose the workbook → preview (progress, cancel) → dialog with counts and errors → on Apply
the import in one transaction;
export: choose the file → write it (progress, cancel).
Each ends with one sentence on `finished` for the status bar; errors are shown naming the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.errors import Cancelled, TrainmgrError
from trainmgr.services.framework_io import FrameworkExport, FrameworkImportPreview, FrameworkIOService
from trainmgr.ui import file_dialogs
from trainmgr.ui.dialogs.framework_import_dialog import FrameworkImportDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.tasks import TaskRunner

PURPOSE = "frameworks"  # the last folder used is remembered apart from sync packages


class FrameworkFileActions(QObject):
    finished = Signal(str)  # one sentence saying what happened
    imported = Signal(str)  # the id of the framework an import created or changed

    def __init__(self, page: QWidget, framework_io: FrameworkIOService, runner: TaskRunner) -> None:
        super().__init__(page)
        self._page = page
        self._io = framework_io
        self._runner = runner
        self.dialog: FrameworkImportDialog | None = None

    def _filter(self) -> str:
        return self.tr("Excel workbooks (*.xlsx);;All files (*)")

    def _run(self, fn: Callable[..., Any], on_done: Callable[[Any], None], path: Path, what: str, title: str,
             changes: Changes | None = None) -> None:
        self._runner.run(fn, on_done=on_done, on_error=lambda exc: self._failed(path, exc, what), changes=changes,
                         progress_dialog_title=title, parent=self._page)

    # --- import --------------------------------------------------------------------------------
    def import_workbook(self) -> None:
        path = file_dialogs.open_path(self._page, self.tr("Import a framework workbook"), self._filter(), PURPOSE)
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Step 1: read and compare in the background; nothing is written."""
        self._run(lambda progress, cancel: self._io.preview(path, progress=progress, cancel=cancel),
                  lambda preview: self._show_preview(path, preview), path, self.tr("Import"),
                  self.tr("Checking {file}").format(file=path.name))

    def _show_preview(self, path: Path, preview: FrameworkImportPreview) -> FrameworkImportDialog:
        dialog = FrameworkImportDialog(preview, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(path, preview))
        dialog.rejected.connect(lambda: self.finished.emit(
            self.tr("Import of {file} cancelled; nothing was changed.").format(file=path.name)))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, path: Path, preview: FrameworkImportPreview) -> None:
        """Step 2: the import in one transaction, refused if the file changed since the preview."""
        self._run(lambda progress, cancel: self._io.apply(path, progress=progress, cancel=cancel,
                                                          expected_sha256=preview.sha256 or None),
                  lambda result: self._imported(path, result), path, self.tr("Import"),
                  self.tr("Importing {file}").format(file=path.name), changes=Changes.of(FRAMEWORK))

    def _imported(self, path: Path, result: FrameworkImportPreview) -> None:
        self.imported.emit(result.framework_id)
        self.finished.emit(self.tr("Imported {file}: {new} new and {changed} changed competencies.").format(
            file=path.name, new=len(result.new), changed=len(result.changed)))

    # --- export --------------------------------------------------------------------------------
    def export_workbook(self, framework_id: str | None, label: str) -> None:
        if framework_id is None:
            return
        suggested = f"{_slug(label.split('(')[0]) or 'framework'}.xlsx"
        path = file_dialogs.save_path(self._page, self.tr("Save the framework as"), suggested, self._filter(),
                                      PURPOSE)
        if path is None:
            return
        self._run(lambda progress, cancel: self._io.export(framework_id, path, progress=progress, cancel=cancel),
                  lambda result: self._exported(result), path, self.tr("Export"),
                  self.tr("Exporting {file}").format(file=path.name))

    def _exported(self, result: FrameworkExport) -> None:
        self.finished.emit(self.tr("Saved {file}: {count} competencies.").format(
            file=Path(result.path).name, count=result.competencies))

    # --- failures ------------------------------------------------------------------------------
    def _failed(self, path: Path, exc: BaseException, what: str) -> None:
        if isinstance(exc, Cancelled):
            self.finished.emit(self.tr("{what} of {file} cancelled; nothing was changed.").format(
                what=what, file=path.name))
            return
        if isinstance(exc, TrainmgrError) and path.name not in str(exc):
            exc = TrainmgrError(f"{path.name}: {exc}")  # the user must know which file was refused
        show_error(self._page, exc)
        self.finished.emit(self.tr("{what} of {file} failed; nothing was changed.").format(what=what, file=path.name))


def _slug(text: str) -> str:
    return re.sub(r"[^\w-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")[:60]
