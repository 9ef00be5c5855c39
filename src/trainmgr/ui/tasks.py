"""The one background-operation API of the GUI.

Database work runs on a single worker thread, in the order it was asked for; its result (or
error) comes back to the GUI thread by signal. Long service functions take a `ProgressFn` and a
`CancelToken` (trainmgr.services.tasks) and know nothing of Qt: the runner adapts them to a
progress dialog whose Cancel button sets the token, its label the message in the interface language
(trainmgr.ui.progress_text). A mutation passes `changes=`, and after it
succeeded the runner announces them once on `changed`, so each page refreshes only its own data.
"""

from __future__ import annotations

import inspect
import itertools
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from trainmgr.domain.changes import Changes
from trainmgr.errors import Cancelled
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.progress_text import progress_text

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress signals a second: a million rows must not flood the GUI


@dataclass
class TaskHandle:
    """What `run` returns: cancel the operation, or ask whether it is still pending."""

    id: int
    token: CancelToken = field(default_factory=CancelToken)
    pending: bool = True

    def cancel(self) -> None:
        self.token.cancel()


@dataclass
class _Job:
    handle: TaskHandle
    fn: Callable[..., Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    changes: Changes | None
    dialog: QProgressDialog | None = None
    on_progress: ProgressFn | None = None


def _call(fn: Callable[..., Any], progress: ProgressFn, cancel: CancelToken) -> Any:
    """Call `fn` with the progress function and cancel token it accepts: by the names `progress`
    and `cancel`, else positionally as (progress, cancel) for as many required parameters as it has."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn()
    kwargs: dict[str, Any] = {}
    if "progress" in params:
        kwargs["progress"] = progress
    if "cancel" in params:
        kwargs["cancel"] = cancel
    if kwargs:
        return fn(**kwargs)
    kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    required = [p for p in params.values() if p.kind in kinds and p.default is inspect.Parameter.empty]
    return fn(*(progress, cancel)[: len(required)])


class _Worker(QObject):
    """Lives in the worker thread; runs one job at a time."""

    done = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception
    progressed = Signal(object, int, int, str)  # job, done, total, message

    @Slot(object)
    def execute(self, job: _Job) -> None:
        if job.handle.token.cancelled:
            self.failed.emit(job, Cancelled(QCoreApplication.translate("TaskRunner", "Cancelled.")))
            return
        last = [0.0]

        def progress(done: int, total: int, message: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL_S or (total and done >= total):
                last[0] = now
                self.progressed.emit(job, done, total, message)

        try:
            result = _call(job.fn, progress, job.handle.token)
        except Exception as exc:
            if not isinstance(exc, Cancelled):
                log.error("background operation failed", exc_info=exc)
            self.failed.emit(job, exc)
        else:
            self.done.emit(job, result)


class TaskRunner(QObject):
    """Runs database work on one worker thread and delivers results on the GUI thread."""

    changed = Signal(object)  # Changes, after a successful mutation
    busy_changed = Signal(bool)
    _submit = Signal(object)
    _instances: weakref.WeakSet[TaskRunner] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        TaskRunner._instances.add(self)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Job] = {}
        self._closed = False
        self._thread = QThread()
        self._thread.setObjectName("trainmgr-db-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    # --- the API -------------------------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *, on_done: Callable[[Any], None] | None,
            on_error: Callable[[BaseException], None] | None = None, changes: Changes | None = None,
            progress_dialog_title: str | None = None, parent: QWidget | None = None,
            on_progress: ProgressFn | None = None) -> TaskHandle:
        """Run `fn` off the GUI thread. `on_done(result)` / `on_error(exc)` are called on the GUI
        thread. Without `on_error`, a cancellation is ignored and any other error shown in a dialog.
        `on_progress(done, total, message)` (GUI thread) is for a page that shows progress itself."""
        handle = TaskHandle(next(self._ids))
        if self._closed:
            handle.pending = False
            log.warning("task submitted after shutdown was ignored")
            return handle
        job = _Job(handle, fn, on_done, on_error, changes, on_progress=on_progress)
        if progress_dialog_title is not None:
            job.dialog = self._make_dialog(progress_dialog_title, handle, parent)
        was_idle = not self._pending
        self._pending[handle.id] = job
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(job)
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @classmethod
    def running_instances(cls) -> list[TaskRunner]:
        """Runners whose worker thread is still alive (a test must shut its runner down)."""
        return [runner for runner in list(cls._instances) if runner.is_running()]

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every submitted operation has delivered its result (tests, exit)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(2)
        return not self._pending

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel what is pending, stop the worker thread and wait for it. Returns False if an
        operation did not stop in time (it is left to finish; nothing more is delivered)."""
        self._closed = True
        for job in list(self._pending.values()):
            job.handle.cancel()
            self._close_dialog(job)
        self._thread.quit()
        stopped = self._thread.wait(timeout_ms)
        if not stopped:
            log.warning("the database worker did not stop within %d ms", timeout_ms)
        self._pending.clear()
        return bool(stopped)

    # --- results, back on the GUI thread --------------------------------------------------------
    @Slot(object, object)
    def _on_done(self, job: _Job, result: Any) -> None:
        if not self._finish(job):
            return
        try:
            if job.on_done is not None:
                job.on_done(result)
        finally:
            if job.changes is not None:
                self.changed.emit(job.changes)

    @Slot(object, object)
    def _on_failed(self, job: _Job, exc: BaseException) -> None:
        if not self._finish(job):
            return
        if job.on_error is not None:
            job.on_error(exc)
        elif not isinstance(exc, Cancelled):
            from trainmgr.ui.errors import show_error

            show_error(QApplication.activeWindow(), exc)

    @Slot(object, int, int, str)
    def _on_progress(self, job: _Job, done: int, total: int, message: str) -> None:
        if job.on_progress is not None and job.handle.pending and not job.handle.token.cancelled:
            job.on_progress(done, total, message)
        dialog = job.dialog
        if dialog is None or job.handle.token.cancelled:
            return
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(progress_text(message))  # on_progress above gets the raw message

    def _finish(self, job: _Job) -> bool:
        if self._pending.pop(job.handle.id, None) is None:
            return False  # shut down meanwhile: nobody is listening any more
        job.handle.pending = False
        self._close_dialog(job)
        if not self._pending:
            self.busy_changed.emit(False)
        return True

    # --- the progress dialog --------------------------------------------------------------------
    def _make_dialog(self, title: str, handle: TaskHandle, parent: QWidget | None) -> QProgressDialog:
        parent = parent or QApplication.activeWindow()
        dialog = QProgressDialog(self.tr("Working…"), self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("taskProgressDialog")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)  # (re)starts Qt's show timer with 300 ms; otherwise it keeps its default 4 s

        def cancel() -> None:
            handle.cancel()
            dialog.setLabelText(self.tr("Cancelling…"))
            dialog.show()  # stays up until the operation has really stopped

        dialog.canceled.connect(cancel)
        return dialog

    @staticmethod
    def _close_dialog(job: _Job) -> None:
        if job.dialog is not None:
            job.dialog.canceled.disconnect()
            job.dialog.close()
            job.dialog.deleteLater()
            job.dialog = None
