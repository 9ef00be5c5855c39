"""Sign-in and first-administrator dialogs, driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainmgr.services.accounts import AccountService
from trainmgr.services.container import Services
from trainmgr.ui.dialogs.first_admin_dialog import FirstAdminDialog
from trainmgr.ui.dialogs.login_dialog import LoginDialog

PASSWORD = "river-stone-42"


def test_the_first_start_creates_the_administrator(qtbot: QtBot, app_services: Services) -> None:
    accounts = AccountService(app_services.db)
    dialog = FirstAdminDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    dialog.display_name.setText("Capt. Moreau")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.confirm, "river-stone-43")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "differ" in dialog.error.text()
    assert not accounts.has_accounts()
    qtbot.keyClicks(dialog.confirm, PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.has_accounts() and app_services.db.context.role == "administrator"


def test_a_weak_password_is_refused_inline(qtbot: QtBot, app_services: Services) -> None:
    dialog = FirstAdminDialog(AccountService(app_services.db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    for field in (dialog.password, dialog.confirm):
        qtbot.keyClicks(field, "abc")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "at least 8 characters" in dialog.error.text()
    assert dialog.isVisible() and not AccountService(app_services.db).has_accounts()


def test_sign_in_wrong_then_right(qtbot: QtBot, app_services: Services) -> None:
    accounts = AccountService(app_services.db)
    accounts.create_first_administrator("admin", "", PASSWORD)
    accounts.add("ali", "Ali", "trainer", PASSWORD)
    accounts.sign_out()
    dialog = LoginDialog(accounts, database="field.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "ali")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and app_services.db.context.role is None
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (app_services.db.context.user, app_services.db.context.role) == ("ali", "trainer")
