"""Lock an encrypted database after a period without keyboard or mouse input.

When the time runs out (and no background task is running), the database is closed and its key
wiped (ProtectionService.lock), the main window hides, and the unlock dialog asks for the passphrase;
the right one reopens the database and shows the window again, Quit ends the application."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from trainmgr.services.protection import ProtectionService
from trainmgr.ui.dialogs.unlock_dialog import UnlockDialog

IDLE_LOCK_MS = 15 * 60 * 1000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QWidget, protection: ProtectionService, database_name: str, *,
                 timeout_ms: int = IDLE_LOCK_MS, busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(window)
        self._window = window
        self._protection = protection
        self._name = database_name
        self._busy = busy
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self._timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.dialog is None:
            self.timer.start()  # restarts the countdown
        return False

    def _timed_out(self) -> None:
        if self._busy():  # never close the database under a running task: look again later
            self.timer.start()
            return
        self.lock_now()

    def lock_now(self) -> None:
        if self.dialog is not None:
            return
        self.timer.stop()
        self._protection.lock()
        self._window.hide()
        self.dialog = UnlockDialog(self._name, self._protection.unlock, locked_after_idle=True)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._quit)
        self.locked.emit()
        self.dialog.open()

    def _unlocked(self) -> None:
        self._forget_dialog()
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        self.timer.start()
        self.unlocked.emit()

    def _quit(self) -> None:
        self._forget_dialog()
        QApplication.quit()

    def _forget_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
