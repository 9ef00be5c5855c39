"""Helpers shared by the GUI tests: wait for background work, find the dialogs that appeared."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from trainmgr.ui.tasks import TaskRunner


def close_popups() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


def move_mouse(widget: QWidget, at: QPoint) -> None:
    """Move the mouse (no button held) to `at` on `widget`. The event goes to the widget itself: in
    Qt 6 a QTest.mouseMove after another one is now and then never delivered (seen in CI)."""
    local = QPointF(at)
    QApplication.sendEvent(widget, QMouseEvent(QEvent.Type.MouseMove, local, QPointF(widget.mapToGlobal(local)),
                                               Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                               Qt.KeyboardModifier.NoModifier))
    QApplication.processEvents()


def settle(runner: TaskRunner) -> None:
    """Wait until every background operation delivered its result."""
    assert runner.wait_idle(), "background operations did not finish"
    QApplication.processEvents()


def visible(kind: type[QWidget], name: str | None = None) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)]


def wait_dialog(qtbot: Any, kind: type[QWidget], name: str | None = None) -> Any:
    qtbot.waitUntil(lambda: bool(visible(kind, name)), timeout=5000)
    return visible(kind, name)[-1]


def wait_error(qtbot: Any) -> str:
    """The text of the error box that appears, which is then closed."""
    box: QMessageBox = wait_dialog(qtbot, QMessageBox, "errorBox")
    text = box.text()
    box.done(0)
    return text
