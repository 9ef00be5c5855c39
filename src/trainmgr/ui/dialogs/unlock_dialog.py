"""The passphrase dialogs of an encrypted database: unlock at start (and after the idle lock), and
choose a passphrase when a new database is created (with an explicit "no encryption" choice)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainmgr.errors import TrainmgrError, ValidationError, WrongPassphraseError
from trainmgr.services.protection import validate_passphrase
from trainmgr.ui.widgets.error_label import ErrorLabel


def _show_message(dialog: QDialog, error: ErrorLabel, text: str) -> None:
    error.show_message(text)
    dialog.adjustSize()  # the wrapped message needs the height; Qt does not grow a shown dialog by itself


def _passphrase_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


class UnlockDialog(QDialog):
    """Asks for the passphrase until `unlock(passphrase)` succeeds or the user quits. A wrong passphrase
    keeps the dialog open with a clear message and an empty field; `attempts` counts the failures."""

    def __init__(self, database_name: str, unlock: Callable[[str], object], *, locked_after_idle: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self.attempts = 0
        self.result_value: object = None
        self.setWindowTitle(self.tr("Unlock {name}").format(name=database_name))
        self.setMinimumWidth(440)
        if locked_after_idle:
            intro = self.tr("trainmgr was locked after a period of inactivity.\n"
                            "Enter the passphrase of {name} to continue.").format(name=database_name)
        else:
            intro = self.tr("{name} is encrypted. Enter its passphrase to open it.").format(name=database_name)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.passphrase = _passphrase_field()
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit trainmgr"), QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _try(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            _show_message(self, self.error, self.tr("Type the passphrase first."))
            return
        self.error.clear_message()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a moment
        try:
            self.result_value = self._unlock(passphrase)
        except WrongPassphraseError:
            self.attempts += 1
            _show_message(self, self.error, self.tr(
                "Wrong passphrase (attempt {count}). Nothing was opened or changed; check the keyboard layout "
                "and Caps Lock, then try again.").format(count=self.attempts))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        except TrainmgrError as exc:
            self.error.show_exception(exc)
            self.adjustSize()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.accept()


class NewDatabaseDialog(QDialog):
    """First start: protect the new database with a passphrase (the default) or explicitly not.
    After `exec()`, `passphrase` is the chosen passphrase, or None for "no encryption"."""

    def __init__(self, database_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("New database"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "trainmgr will create a new database:\n{path}\n\n"
            "It will hold names, ranks, service numbers and vetting status. Protect it with a passphrase: "
            "without it, a lost or seized laptop reveals nothing. trainmgr asks for it at every start and "
            "after 15 minutes without use. Keep it safe: without it (or HQ's recovery key, if one is added "
            "later) the data cannot be opened by anyone.").format(path=database_path))
        intro.setWordWrap(True)
        self.first = _passphrase_field()
        self.second = _passphrase_field()
        form = QFormLayout()
        first_label, second_label = QLabel(self.tr("&Passphrase:")), QLabel(self.tr("&Repeat it:"))
        first_label.setBuddy(self.first)
        second_label.setBuddy(self.second)
        form.addRow(first_label, self.first)
        form.addRow(second_label, self.second)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.encrypt_button = self.buttons.addButton(self.tr("&Encrypt and create"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.plain_button = QPushButton(self.tr("Create &without encryption"))
        self.buttons.addButton(self.plain_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.encrypt_button.setDefault(True)
        self.buttons.accepted.connect(self._encrypt)
        self.buttons.rejected.connect(self.reject)
        self.plain_button.clicked.connect(self._plain)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.first.setFocus()

    def _encrypt(self) -> None:
        first, second = self.first.text(), self.second.text()
        try:
            validate_passphrase(first)
        except ValidationError:
            _show_message(self, self.error, self.tr("The passphrase must have at least 8 characters; a few "
                                                    "words are easier to remember and harder to guess."))
            self.first.setFocus()
            return
        if first != second:
            _show_message(self, self.error, self.tr("The two passphrases differ. Type the same passphrase twice."))
            self.second.clear()
            self.second.setFocus()
            return
        self.passphrase = first
        self.accept()

    def _plain(self) -> None:
        self.passphrase = None
        self.done(int(QDialog.DialogCode.Accepted))
