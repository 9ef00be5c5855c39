"""The inline error line that dialogs and editors show under their fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from trainmgr.errors import TrainmgrError
from trainmgr.ui.errors import show_error


class ErrorLabel(QLabel):
    """Red, word-wrapped, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")

    def show_exception(self, exc: BaseException) -> None:
        """A TrainmgrError (validation, not found...) is shown inline, so the user can correct the
        input; anything else is unexpected and goes to the error dialog."""
        if isinstance(exc, TrainmgrError):
            self.show_message(str(exc))
        else:
            self.clear_message()
            show_error(self.window(), exc)
