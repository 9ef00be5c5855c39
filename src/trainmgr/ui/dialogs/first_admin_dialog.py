"""The first start of a database: create the administrator account (who then adds the others)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from trainmgr.errors import TrainmgrError
from trainmgr.services.accounts import AccountService
from trainmgr.ui.widgets.error_label import ErrorLabel


class FirstAdminDialog(QDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Create the administrator"))
        intro = QLabel(self.tr(
            "This database has no accounts yet. Create the administrator account: it signs in at every "
            "start and adds the accounts of the team (viewer, trainer, evaluator, programme manager).\n\n"
            "The database holds personal data of foreign security personnel: choose a password nobody "
            "can guess, of at least 8 characters."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassword")
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Full name:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.confirm)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("&Create administrator"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.username.setFocus()

    def _create(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.show_message(self.tr("The two passwords differ."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            self._accounts.create_first_administrator(self.username.text(), self.display_name.text(),
                                                      self.password.text())
        except TrainmgrError as exc:
            self.error.show_exception(exc)
            return
        self.accept()
