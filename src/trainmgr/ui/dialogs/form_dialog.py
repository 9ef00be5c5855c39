"""The dialogs that save a record: Save runs the service in the background, the dialog stays open
and shows the service's message inline when it refuses, and closes only once the record is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QVBoxLayout, QWidget

from trainmgr.domain.changes import Changes
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.error_label import ErrorLabel


class FormDialog(QDialog):
    saved = Signal(object)  # the read model the service returned, once stored

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, form: QLayout) -> None:
        """The form, then the error line, then Save/Cancel."""
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        raise NotImplementedError

    def _store(self, work: Callable[[], Any], changes: Changes) -> None:
        """Run `work` (the service call) off the GUI thread; announce `changes` when it succeeded."""
        self.error.clear_message()
        self._set_busy(True)
        self._runner.run(work, on_done=self._saved, on_error=self._failed, changes=changes)

    def _saved(self, row: object) -> None:
        self._set_busy(False)
        self.saved.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_exception(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # a save in flight still reports back to this dialog
            super().reject()
