"""A page's workbook file workflows, each a chain of background steps (framework and roster pages):

import: choose the workbook → preview (progress, cancel) → dialog with counts and errors → on Apply
the import in one transaction, refused if the file changed since the preview;
save (an export or a template): choose the file → write it (progress, cancel).
Each ends with one sentence on `finished` for the status bar; errors are shown naming the file.
A subclass says how to preview, apply and show one kind of workbook.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from trainmgr.domain.changes import Changes
from trainmgr.errors import Cancelled, TrainmgrError
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui import file_dialogs
from trainmgr.ui.errors import show_error
from trainmgr.ui.tasks import TaskRunner

# Base-class strings keep their own context: a subclass's tr() would look them up under its name.
translate = QCoreApplication.translate

Work = Callable[[Path, ProgressFn, CancelToken], Any]


class WorkbookFileActions(QObject):
    finished = Signal(str)  # one sentence saying what happened

    purpose = "workbooks"  # the last folder used is remembered per purpose
    changes: Changes | None = None  # what an applied import changes

    def __init__(self, page: QWidget, runner: TaskRunner) -> None:
        super().__init__(page)
        self._page = page
        self._runner = runner
        self.dialog: QDialog | None = None

    # --- what a subclass provides ----------------------------------------------------------------
    def _import_title(self) -> str:
        raise NotImplementedError

    def _preview(self, path: Path, progress: ProgressFn, cancel: CancelToken) -> Any:
        raise NotImplementedError

    def _apply_previewed(self, path: Path, preview: Any, progress: ProgressFn, cancel: CancelToken) -> Any:
        raise NotImplementedError

    def _preview_dialog(self, preview: Any) -> QDialog:
        raise NotImplementedError

    def _imported(self, path: Path, result: Any) -> None:
        raise NotImplementedError

    # --- shared ------------------------------------------------------------------------------------
    def _filter(self) -> str:
        return translate("WorkbookFileActions", "Excel workbooks (*.xlsx);;All files (*)")

    def _run(self, fn: Work, on_done: Callable[[Any], None], path: Path, what: str, title: str,
             changes: Changes | None = None) -> None:
        self._runner.run(lambda progress, cancel: fn(path, progress, cancel), on_done=on_done,
                         on_error=lambda exc: self._failed(path, exc, what), changes=changes,
                         progress_dialog_title=title, parent=self._page)

    def import_workbook(self) -> None:
        path = file_dialogs.open_path(self._page, self._import_title(), self._filter(), self.purpose)
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """Step 1: read and compare in the background; nothing is written."""
        self._run(self._preview, lambda preview: self._show_preview(path, preview), path,
                  translate("WorkbookFileActions", "Import"),
                  translate("WorkbookFileActions", "Checking {file}").format(file=path.name))

    def _show_preview(self, path: Path, preview: Any) -> QDialog:
        dialog = self._preview_dialog(preview)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(path, preview))
        cancelled = translate("WorkbookFileActions", "Import of {file} cancelled; nothing was changed.")
        cancelled = cancelled.format(file=path.name)
        dialog.rejected.connect(lambda: self.finished.emit(cancelled))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply(self, path: Path, preview: Any) -> None:
        """Step 2: the import in one transaction."""
        self._run(lambda p, progress, cancel: self._apply_previewed(p, preview, progress, cancel),
                  lambda result: self._imported(path, result), path, translate("WorkbookFileActions", "Import"),
                  translate("WorkbookFileActions", "Importing {file}").format(file=path.name),
                  changes=self.changes)

    def save_workbook(self, title: str, suggested: str, write: Work, on_done: Callable[[Any], None]) -> None:
        """Ask where to save, then write there in the background (an export or a template)."""
        path = file_dialogs.save_path(self._page, title, suggested, self._filter(), self.purpose)
        if path is not None:
            self._run(write, on_done, path, translate("WorkbookFileActions", "Export"),
                      translate("WorkbookFileActions", "Exporting {file}").format(file=path.name))

    def _failed(self, path: Path, exc: BaseException, what: str) -> None:
        if isinstance(exc, Cancelled):
            text = translate("WorkbookFileActions", "{what} of {file} cancelled; nothing was changed.")
            self.finished.emit(text.format(what=what, file=path.name))
            return
        if isinstance(exc, TrainmgrError) and path.name not in str(exc):
            exc = TrainmgrError(f"{path.name}: {exc}")  # the user must know which file was refused
        show_error(self._page, exc)
        text = translate("WorkbookFileActions", "{what} of {file} failed; nothing was changed.")
        self.finished.emit(text.format(what=what, file=path.name))


def slug(text: str) -> str:
    """A file-name-safe form of a label."""
    return re.sub(r"[^\w-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")[:60]
