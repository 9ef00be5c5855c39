"""Showing errors: a TrainmgrError's message is shown as it is (it was written for a person);
anything else is an unexpected error, logged with its traceback and shown as a short message that
names the log file. The app keeps running either way."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainmgr.errors import TrainmgrError

log = logging.getLogger(__name__)

_state: dict[str, object] = {"log_file": None, "showing_unexpected": False}
_open_boxes: set[QMessageBox] = set()


def set_log_file(path: Path | None) -> None:
    """Tell the error dialogs where the log is (the composition root knows)."""
    _state["log_file"] = path


def log_file() -> Path | None:
    value = _state["log_file"]
    return value if isinstance(value, Path) else None


def error_text(exc: BaseException) -> str:
    """The message a user sees for `exc`."""
    if isinstance(exc, TrainmgrError):
        return str(exc)
    where = log_file()
    detail = f"{type(exc).__name__}: {exc}"
    if where is not None:
        return QCoreApplication.translate(
            "errors", "An unexpected error occurred ({detail}).\n\nThe details were written to the log "
            "file:\n{log}\n\nYou can keep working. If something looks wrong, save your work and restart "
            "trainmgr.").format(detail=detail, log=str(where))
    return QCoreApplication.translate(
        "errors", "An unexpected error occurred ({detail}).\n\nYou can keep working. If something looks "
        "wrong, restart trainmgr.").format(detail=detail)


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
    """Show `exc` in a message box (window-modal, not blocking) and return the box."""
    unexpected = not isinstance(exc, TrainmgrError)
    if unexpected and _state["showing_unexpected"]:
        return None  # one unexpected-error box at a time; the rest are in the log
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Critical if unexpected else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "trainmgr"))
    box.setText(error_text(exc))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if unexpected:
        _state["showing_unexpected"] = True
        box.finished.connect(lambda _result: _state.update(showing_unexpected=False))
    # without a parent nothing owns the box but this reference: keep it until it is closed
    _open_boxes.add(box)
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: log the traceback, tell the user, keep running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return  # widgets only on the GUI thread; the log has it
    try:
        show_error(QApplication.activeWindow(), exc)
    except Exception:  # never let the error handler itself crash the app
        log.exception("could not show the error dialog")


def install_excepthook(path: Path | None) -> None:
    set_log_file(path)
    sys.excepthook = excepthook
