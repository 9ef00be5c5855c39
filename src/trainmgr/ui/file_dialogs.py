"""Choosing files, in one injectable place: pages call `file_dialogs.save_path(...)` /
`file_dialogs.open_path(...)` through this module, so tests replace them instead of driving the
platform's native dialog. The last folder used is remembered per purpose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def package_filter() -> str:
    return QCoreApplication.translate("file_dialogs", "Sync packages (*.xlsx);;All files (*)")


def last_folder(purpose: str) -> Path:
    value = QSettings().value(f"folders/{purpose}")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(purpose: str, path: Path) -> None:
    QSettings().setValue(f"folders/{purpose}", str(path.parent))


def save_path(parent: QWidget | None, title: str, suggested_name: str, file_filter: str,
              purpose: str = "exchange") -> Path | None:
    """Ask where to save; None when the user cancels. Adds .xlsx when the name has no suffix."""
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(last_folder(purpose) / suggested_name),
                                                    file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".xlsx")
    remember_folder(purpose, path)
    return path


def open_path(parent: QWidget | None, title: str, file_filter: str, purpose: str = "exchange") -> Path | None:
    """Ask which file to open; None when the user cancels."""
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose)), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(purpose, path)
    return path
