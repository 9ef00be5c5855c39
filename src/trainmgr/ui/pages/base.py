"""What every page shares: refresh only when a change touches its topics, and only when shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from trainmgr.domain.changes import Changes


class Page(QWidget):
    """A page of the main window. Subclasses set `topics` and implement `refresh()`; a change
    to one of the topics reloads the page now if it is visible, else the next time it is shown."""

    topics: tuple[str, ...] = ()
    status_message = Signal(str)  # for the main window's status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def can_close(self) -> bool:
        """Asked before the window closes (unsaved edits): False keeps the window open."""
        return True

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.topics):
            return
        self._stale = True
        if self.isVisible():
            self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        self.refresh()
