"""Questions to the user, in one injectable place: pages call `confirm.ask(...)` through this
module, so tests replace `ask` / `ask_unsaved` instead of clicking a blocking modal box."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

Unsaved = Literal["save", "discard", "cancel"]


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose safe answer (No) is the default."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Unsaved edits of `what`: save them, discard them, or stay where you are."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("confirm", "Unsaved changes"),
                      QCoreApplication.translate("confirm", "{what} has unsaved changes. Save them?").format(what=what),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed in a masked field, or None when the user cancels."""
    password, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return password if ok and password else None
