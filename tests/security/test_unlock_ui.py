"""The passphrase dialogs and the idle lock, driven through real widgets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from tests.security.security_helpers import PASSPHRASE

from trainmgr.db.keys import FAST_FOR_TESTS, keys_path_for
from trainmgr.services.container import Services
from trainmgr.services.protection import ProtectionService, is_encrypted, open_unlocked
from trainmgr.ui.dialogs.unlock_dialog import NewDatabaseDialog, UnlockDialog
from trainmgr.ui.idle_lock import IdleLock
from trainmgr.ui.unlock_flow import open_database_interactively


def _type_and_unlock(qtbot, dialog: UnlockDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_unlock_dialog_refuses_a_wrong_passphrase_then_opens_with_the_right_one(qtbot, encrypted_db: Path) -> None:
    dialog = UnlockDialog(encrypted_db.name, lambda passphrase: open_unlocked(encrypted_db, passphrase))
    qtbot.addWidget(dialog)
    dialog.show()
    _type_and_unlock(qtbot, dialog, "Correct horse battery")
    assert dialog.isVisible() and dialog.result_value is None
    assert "Wrong passphrase (attempt 1)" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.passphrase.text() == ""
    _type_and_unlock(qtbot, dialog, PASSPHRASE)
    assert not dialog.isVisible()
    services = dialog.result_value
    assert isinstance(services, Services)
    try:
        assert services.admin.check().ok
    finally:
        services.db.close()


def _answer_modal(qtbot, answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal dialog (exec() blocks the test until it closes)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        answer(dialog)

    QTimer.singleShot(0, run)


def test_first_start_creates_an_encrypted_database_by_default(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "field.db"

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, NewDatabaseDialog)
        qtbot.keyClicks(dialog.first, "two words here")
        qtbot.keyClicks(dialog.second, "two words hare")
        qtbot.keyClick(dialog.second, Qt.Key.Key_Return)  # Enter: the default button, Encrypt
        assert dialog.isVisible() and "differ" in dialog.error.text()
        qtbot.keyClicks(dialog.second, "two words here")
        qtbot.mouseClick(dialog.encrypt_button, Qt.MouseButton.LeftButton)

    _answer_modal(qtbot, answer)
    services = open_database_interactively(path)
    assert services is not None
    try:
        assert is_encrypted(path) and keys_path_for(path).exists()
    finally:
        services.db.close()
    reopened = open_unlocked(path, "two words here")
    try:
        assert reopened.admin.check().ok
    finally:
        reopened.db.close()


def test_first_start_without_encryption_is_an_explicit_choice(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "plain.db"

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, NewDatabaseDialog)
        qtbot.mouseClick(dialog.plain_button, Qt.MouseButton.LeftButton)

    _answer_modal(qtbot, answer)
    services = open_database_interactively(path)
    assert services is not None
    services.db.close()
    assert path.read_bytes()[:16] == b"SQLite format 3\x00" and not keys_path_for(path).exists()


def test_start_asks_for_the_passphrase_of_an_encrypted_database(qtbot, encrypted_db: Path) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        _type_and_unlock(qtbot, dialog, "not it at all")
        assert dialog.attempts == 1
        _type_and_unlock(qtbot, dialog, PASSPHRASE)

    _answer_modal(qtbot, answer)
    services = open_database_interactively(encrypted_db)
    assert services is not None
    services.db.close()


def _window(qtbot) -> QWidget:
    window = QLabel("main window stand-in")
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_lock_hides_the_window_forgets_the_key_and_unlocks(qtbot, encrypted_db: Path, opener) -> None:
    services = opener(encrypted_db)
    protection = ProtectionService(services.db, FAST_FOR_TESTS)
    window = _window(qtbot)
    lock = IdleLock(window, protection, encrypted_db.name, timeout_ms=300)
    try:
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        assert not window.isVisible() and protection.locked and services.db.key is None
        assert lock.dialog is not None and lock.dialog.isVisible()
        _type_and_unlock(qtbot, lock.dialog, "wrong passphrase")
        assert protection.locked and lock.is_locked
        _type_and_unlock(qtbot, lock.dialog, PASSPHRASE)
        assert not lock.is_locked and window.isVisible()
        assert services.admin.check().ok
    finally:
        lock.stop()


def test_typing_keeps_the_lock_away_and_a_running_task_defers_it(qtbot, encrypted_db: Path, opener) -> None:
    services = opener(encrypted_db)
    protection = ProtectionService(services.db, FAST_FOR_TESTS)
    window = _window(qtbot)
    busy = [False]
    lock = IdleLock(window, protection, encrypted_db.name, timeout_ms=1000, busy=lambda: busy[0])
    try:
        for _ in range(10):  # two seconds of typing, a key every 200 ms
            qtbot.keyClick(window, Qt.Key.Key_A)
            qtbot.wait(200)
        assert not lock.is_locked
        busy[0] = True
        qtbot.wait(1500)
        assert not lock.is_locked and not protection.locked
        busy[0] = False
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        assert protection.locked
        assert lock.dialog is not None
        _type_and_unlock(qtbot, lock.dialog, PASSPHRASE)
        assert not protection.locked
    finally:
        lock.stop()
