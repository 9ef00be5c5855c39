"""Opening the database at start with the passphrase dialogs, and the idle lock: what app.py calls.

    services = open_database_interactively(db_path)        # instead of open_services(db_path)
    lock = install_idle_lock(window, services, runner)     # None for a plain database
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from trainmgr.services.container import Services
from trainmgr.services.protection import ProtectionService, create_encrypted, is_encrypted, open_unlocked
from trainmgr.ui.dialogs.unlock_dialog import NewDatabaseDialog, UnlockDialog
from trainmgr.ui.idle_lock import IDLE_LOCK_MS, IdleLock
from trainmgr.ui.tasks import TaskRunner


def open_database_interactively(db_path: Path, parent: QWidget | None = None) -> Services | None:
    """The services over `db_path`, asking what the database needs: a passphrase for a new database (or
    the explicit choice of none), the passphrase of an encrypted one. None when the user cancels.
    Errors other than a wrong passphrase propagate, as open_services' do."""
    if not db_path.exists():
        choice = NewDatabaseDialog(str(db_path), parent)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        if choice.passphrase is None:
            return open_unlocked(db_path, None)
        return create_encrypted(db_path, choice.passphrase)
    if not is_encrypted(db_path):
        return open_unlocked(db_path, None)
    dialog = UnlockDialog(db_path.name, lambda passphrase: open_unlocked(db_path, passphrase), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    services = dialog.result_value
    assert isinstance(services, Services)
    return services


def install_idle_lock(window: QWidget, services: Services, runner: TaskRunner,
                      timeout_ms: int = IDLE_LOCK_MS) -> IdleLock | None:
    """Lock an encrypted database after `timeout_ms` without input (never while a task runs)."""
    protection = ProtectionService(services.db)
    if not protection.encrypted:
        return None
    return IdleLock(window, protection, services.db.path.name, timeout_ms=timeout_ms,
                    busy=lambda: runner.busy)
