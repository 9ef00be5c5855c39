"""The Exchange page's two workflows, each a chain of steps in the background:

export: choose full / for a laptop → choose the file → write the package (progress, cancel);
import: choose the file → dry run (progress, cancel) → preview → on Apply the real import.
Each ends with one sentence on `finished` (for the page and the status bar); errors are shown as
the service wrote them, naming the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from trainmgr.domain.changes import (
    EVERYTHING,
    SYNC,
    Changes,
)
from trainmgr.domain.records import ExportSummary, ImportSummary, PeerRow
from trainmgr.errors import Cancelled, TrainmgrError
from trainmgr.exchange.sync.sealed import PasswordRequired, WrongPassword
from trainmgr.services.sync import SyncService
from trainmgr.ui import confirm, file_dialogs
from trainmgr.ui.dialogs.export_dialog import ExportDialog
from trainmgr.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.tasks import TaskRunner


class ExchangeActions(QObject):
    finished = Signal(str)  # one sentence saying what happened
    busy_changed = Signal(bool)  # a package is being written, checked or imported

    def __init__(self, page: QWidget, sync: SyncService, runner: TaskRunner) -> None:
        super().__init__(page)
        self._page = page
        self._sync = sync
        self._runner = runner
        self.info_box: QMessageBox | None = None
        self._busy = False
        self._password: str | None = None  # of the package being imported, asked for when it is protected

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _run(self, fn: Callable[..., Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             title: str, changes: Changes | None = None) -> None:
        """One step in the background, with a progress dialog whose Cancel stops it; busy meanwhile."""
        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            on_error(exc)

        self._set_busy(True)
        self._runner.run(fn, on_done=done, on_error=failed, changes=changes, progress_dialog_title=title,
                         parent=self._page)

    # --- export --------------------------------------------------------------------------------
    def export_package(self, peers: Sequence[PeerRow], my_name: str) -> ExportDialog:
        dialog = ExportDialog(peers, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export_to_file(dialog.peer_id(), dialog.peer_name(), my_name,
                                                             dialog.password_text()))
        dialog.open()
        return dialog

    def _export_to_file(self, peer: str | None, peer_name: str, my_name: str, password: str | None = None) -> None:
        what = f"for-{_slug(peer_name)}" if peer else "full"
        suggested = f"trainmgr-{_slug(my_name) or 'laptop'}-{what}-{datetime.now():%Y%m%d-%H%M}.xlsx"
        path = file_dialogs.save_path(self._page, self.tr("Save the sync package as"), suggested,
                                      file_dialogs.package_filter())
        if path is None:
            return
        full = peer is None
        self._run(
            lambda progress, cancel: self._sync.export(path, peer=peer, full=full, password=password,
                                                       progress=progress, cancel=cancel),
            self._exported, lambda exc: self._failed(path, exc, self.tr("Export")),
            self.tr("Exporting {file}").format(file=path.name), changes=Changes.of(SYNC))

    def _exported(self, summary: ExportSummary) -> None:
        name = Path(summary.path).name
        if summary.covers == "full":
            text = self.tr("Full package {file} saved: {rows} rows.")
        else:
            text = self.tr("Package {file} saved: {rows} rows the other laptop has not confirmed yet.")
        self.finished.emit(text.format(file=name, rows=summary.rows))

    # --- import --------------------------------------------------------------------------------
    def import_package(self) -> None:
        path = file_dialogs.open_path(self._page, self.tr("Import a sync package"), file_dialogs.package_filter())
        if path is not None:
            self.check_package(path)

    def check_package(self, path: Path, password: str | None = None) -> None:
        """Step 1: verify and merge in a transaction that is rolled back, to preview the result."""
        self._password = password
        self._run(
            lambda progress, cancel: self._sync.import_package(path, dry_run=True, password=password,
                                                               progress=progress, cancel=cancel),
            lambda summary: self._preview(path, summary), lambda exc: self._check_failed(path, exc),
            self.tr("Checking {file}").format(file=path.name))

    def _check_failed(self, path: Path, exc: BaseException) -> None:
        """A protected package: ask for its password (again, when the one given was wrong)."""
        if not isinstance(exc, PasswordRequired | WrongPassword):
            self._failed(path, exc, self.tr("Import"))
            return
        prompt = (self.tr("{file} is protected by a password. Password:") if isinstance(exc, PasswordRequired)
                  else self.tr("The password does not open {file}. Try again:")).format(file=path.name)
        password = confirm.ask_password(self._page, self.tr("Protected package"), prompt)
        if password is None:
            self.finished.emit(self.tr("Import of {file} cancelled; nothing was changed.").format(file=path.name))
            return
        self.check_package(path, password)

    def _preview(self, path: Path, summary: ImportSummary) -> ImportPreviewDialog | None:
        if summary.already_imported:
            text = self.tr("{file} was already imported here; nothing changed.").format(file=path.name)
            self._inform(self.tr("Already imported"), text)
            self.finished.emit(text)
            return None
        dialog = ImportPreviewDialog(summary, path.name, self._page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply(path))
        dialog.rejected.connect(lambda: self.finished.emit(
            self.tr("Import of {file} cancelled; nothing was changed.").format(file=path.name)))
        dialog.open()
        return dialog

    def _apply(self, path: Path) -> None:
        """Step 2: the real import, in one transaction. It can touch any table: every page reloads."""
        password = self._password
        self._run(
            lambda progress, cancel: self._sync.import_package(path, password=password, progress=progress,
                                                               cancel=cancel),
            lambda summary: self._imported(path, summary), lambda exc: self._failed(path, exc, self.tr("Import")),
            self.tr("Importing {file}").format(file=path.name), changes=EVERYTHING | Changes.of(SYNC))

    def _imported(self, path: Path, summary: ImportSummary) -> None:
        if summary.already_imported:  # imported meanwhile, e.g. twice in a row
            self.finished.emit(self.tr("{file} was already imported here; nothing changed.").format(file=path.name))
            return
        text = self.tr("Imported {file} from {source}: {new} new, {updated} updated, {deleted} deleted, "
                       "{conflicts} conflict(s).").format(
            file=path.name, source=summary.source_name or summary.source_replica, new=summary.total("new"),
            updated=summary.total("updated"), deleted=summary.total("deleted"),
            conflicts=summary.total("conflicts"))
        self.finished.emit(text)

    # --- failures ------------------------------------------------------------------------------
    def _failed(self, path: Path, exc: BaseException, what: str) -> None:
        if isinstance(exc, Cancelled):
            self.finished.emit(self.tr("{what} of {file} cancelled; nothing was changed.").format(
                what=what, file=path.name))
            return
        if isinstance(exc, TrainmgrError) and path.name not in str(exc):
            exc = TrainmgrError(f"{path.name}: {exc}")  # the user must know which file was refused
        show_error(self._page, exc)
        if isinstance(exc, TrainmgrError):
            self.finished.emit(self.tr("{what} of {file} failed; nothing was changed.").format(
                what=what, file=path.name))

    def _inform(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._page)
        box.setObjectName("exchangeInfoBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.info_box = box


def _slug(text: str) -> str:
    """A file-name-safe short form of a laptop name."""
    return re.sub(r"[^\w-]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")[:40]
