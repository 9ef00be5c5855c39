"""Signing in at start: the sign-in dialog, and `sign_in_at_start`, which the composition root calls
before the main window opens (the first-administrator dialog on a database without accounts)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainmgr.services.accounts import AccountService, SignInFailed
from trainmgr.ui.widgets.error_label import ErrorLabel


class LoginDialog(QDialog):
    """User name and password; a refusal is shown inline and the password emptied for another try.
    Signing in takes a tenth of a second (a memory-hard hash), so it runs on the GUI thread."""

    def __init__(self, accounts: AccountService, database: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to trainmgr"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if database:
            where = QLabel(self.tr("Database: {path}").format(path=database))
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()

    def _sign_in(self) -> None:
        if not self.username.text().strip():
            self.error.show_message(self.tr("Type your user name."))
            self.username.setFocus()
            return
        try:
            self._accounts.sign_in(self.username.text(), self.password.text())
        except SignInFailed as exc:
            self.error.show_exception(exc)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def sign_in_at_start(accounts: AccountService, database: str = "", parent: QWidget | None = None) -> bool:
    """Before the main window: create the first administrator on a database without accounts, else
    sign in. False when the person chose to quit instead."""
    from trainmgr.ui.dialogs.first_admin_dialog import FirstAdminDialog

    dialog: QDialog = (LoginDialog(accounts, database, parent) if accounts.has_accounts()
                       else FirstAdminDialog(accounts, parent))
    return dialog.exec() == QDialog.DialogCode.Accepted
