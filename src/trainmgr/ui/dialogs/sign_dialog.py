"""Signing an assessment records the host counterpart who signs: asked in a window-modal box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QWidget


def sign_dialog(parent: QWidget, suggested_name: str) -> QInputDialog:
    """The box, not yet open: connect `textValueSelected`, then `open()` it."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("signDialog")
    dialog.setWindowTitle(QCoreApplication.translate("sign_dialog", "Sign the assessment"))
    dialog.setLabelText(QCoreApplication.translate("sign_dialog", "Name of the host counterpart who signs:"))
    dialog.setTextValue(suggested_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
