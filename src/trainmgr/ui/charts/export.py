"""Saving a chart as a PNG: where (asked through here, so tests answer instead of a native dialog)
and how (a complete file or none: written beside the target, then renamed into place)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from trainmgr.errors import TrainmgrError
from trainmgr.fileio import atomic_path
from trainmgr.ui.file_dialogs import last_folder, remember_folder

PURPOSE = "charts"
translate = QCoreApplication.translate  # lupdate extracts translate("charts", "...") with its context


def suggested_name(title: str) -> str:
    """"Attendance rate — per session" → "attendance-rate-per-session.png"."""
    slug = re.sub(r"[^\w]+", "-", title.casefold(), flags=re.UNICODE).strip("-")
    return f"{slug or 'chart'}.png"


def png_path(parent: QWidget | None, title: str) -> Path | None:
    """Ask where to save the chart; None when the user cancels. Adds .png when the name has none."""
    chosen, _selected = QFileDialog.getSaveFileName(
        parent, translate("charts", "Export chart as PNG"), str(last_folder(PURPOSE) / suggested_name(title)),
        translate("charts", "PNG images (*.png)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() != ".png":
        path = path.with_name(path.name + ".png")
    remember_folder(PURPOSE, path)
    return path


def save_png(image: QImage, path: Path) -> None:
    """Write `image` to `path` whole, or leave `path` as it was and raise an error naming the file."""
    try:
        with atomic_path(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(translate("charts", "the image could not be encoded"))
    except OSError as exc:
        raise TrainmgrError(translate("charts", "The chart could not be saved to {path}: {reason}").format(
            path=str(path), reason=exc.strerror or str(exc))) from exc
