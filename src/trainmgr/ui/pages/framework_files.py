"""The framework page's two file workflows (the chain itself: ui/pages/workbook_files.py):

import: choose the workbook → preview (progress, cancel) → dialog with counts and errors → on Apply
the import in one transaction, refused if the file changed since the preview;
export: choose the file → write it (progress, cancel).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from trainmgr.domain.changes import FRAMEWORK, Changes
from trainmgr.services.framework_io import FrameworkExport, FrameworkImportPreview, FrameworkIOService
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.dialogs.framework_import_dialog import FrameworkImportDialog
from trainmgr.ui.pages.workbook_files import WorkbookFileActions, slug
from trainmgr.ui.tasks import TaskRunner

PURPOSE = "frameworks"  # the last folder used is remembered apart from sync packages


class FrameworkFileActions(WorkbookFileActions):
    imported = Signal(str)  # the id of the framework an import created or changed

    purpose = PURPOSE
    changes = Changes.of(FRAMEWORK)

    def __init__(self, page: QWidget, framework_io: FrameworkIOService, runner: TaskRunner) -> None:
        super().__init__(page, runner)
        self._io = framework_io

    # --- import --------------------------------------------------------------------------------
    def _import_title(self) -> str:
        return self.tr("Import a framework workbook")

    def _preview(self, path: Path, progress: ProgressFn, cancel: CancelToken) -> FrameworkImportPreview:
        return self._io.preview(path, progress=progress, cancel=cancel)

    def _apply_previewed(self, path: Path, preview: Any, progress: ProgressFn,
                         cancel: CancelToken) -> FrameworkImportPreview:
        return self._io.apply(path, progress=progress, cancel=cancel, expected_sha256=preview.sha256 or None)

    def _preview_dialog(self, preview: Any) -> QDialog:
        return FrameworkImportDialog(preview, self._page)

    def _imported(self, path: Path, result: FrameworkImportPreview) -> None:
        self.imported.emit(result.framework_id)
        self.finished.emit(self.tr("Imported {file}: {new} new and {changed} changed competencies.").format(
            file=path.name, new=len(result.new), changed=len(result.changed)))

    # --- export --------------------------------------------------------------------------------
    def export_workbook(self, framework_id: str | None, label: str) -> None:
        if framework_id is None:
            return
        self.save_workbook(
            self.tr("Save the framework as"), f"{slug(label.split('(')[0]) or 'framework'}.xlsx",
            lambda path, progress, cancel: self._io.export(framework_id, path, progress=progress, cancel=cancel),
            self._exported)

    def _exported(self, result: FrameworkExport) -> None:
        self.finished.emit(self.tr("Saved {file}: {count} competencies.").format(
            file=Path(result.path).name, count=result.competencies))
