"""Encryption at rest for the GUI and the command line: open, create, lock and unlock an encrypted
database, change its passphrase, convert it. The key handling itself is in db/keys.py and
db/encryption.py; this module is what the layers above call (the GUI never sees a key object)."""

from __future__ import annotations

from pathlib import Path

from trainmgr.db import encryption
from trainmgr.db.engine import Database
from trainmgr.db.keys import STRONG, KdfParams, check_passphrase, keys_path_for
from trainmgr.db.migrate import is_encrypted as _is_encrypted
from trainmgr.services.container import Services
from trainmgr.services.session_open import open_services
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["ProtectionService", "create_encrypted", "is_encrypted", "open_unlocked", "validate_passphrase"]


def is_encrypted(path: Path) -> bool:
    """Whether the existing database at `path` is encrypted (its passphrase is needed to open it)."""
    return path.exists() and _is_encrypted(path)


def validate_passphrase(passphrase: str) -> None:
    """ValidationError with the rule when `passphrase` is too weak to protect a database."""
    check_passphrase(passphrase)


def open_unlocked(path: Path, passphrase: str | None, user: str = "", *, upgrade: bool = True) -> Services:
    """Open the database at `path`: with `passphrase` when it is encrypted (WrongPassphraseError, and
    nothing touched, when it does not unlock it), as it always was when it is plain."""
    key = encryption.unlock(path, passphrase) if passphrase is not None and is_encrypted(path) else None
    return open_services(path, user, upgrade=upgrade, key=key)


def create_encrypted(path: Path, passphrase: str, user: str = "", *, params: KdfParams = STRONG) -> Services:
    """Create a new database at `path`, encrypted with a new data key protected by `passphrase`."""
    key = encryption.create_keys(path, passphrase, params)
    try:
        return open_services(path, user, key=key)
    except Exception:
        if not path.exists():
            keys_path_for(path).unlink(missing_ok=True)
        raise


class ProtectionService:
    """Lock and unlock an open database (the idle lock), and change its passphrase."""

    def __init__(self, db: Database, params: KdfParams = STRONG) -> None:
        self._db = db
        self._params = params

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def locked(self) -> bool:
        return self._db.locked

    def lock(self) -> None:
        """Close the database and forget its key (nothing happens to a plain database)."""
        self._db.lock()

    def unlock(self, passphrase: str) -> None:
        """Reopen the locked database; WrongPassphraseError leaves it locked."""
        self._db.unlock(encryption.unlock(self._db.path, passphrase))

    def change_passphrase(self, old: str, new: str) -> None:
        encryption.change_passphrase(self._db.path, old, new, self._params)


def encrypt_file(path: Path, passphrase: str, *, params: KdfParams = STRONG,
                 progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> int:
    """Encrypt the (closed) plain database at `path`; returns how many of its backups were encrypted."""
    return encryption.encrypt(path, passphrase, params=params, progress=progress, cancel=cancel)


def decrypt_file(path: Path, passphrase: str, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken = NEVER) -> None:
    encryption.decrypt(path, passphrase, progress=progress, cancel=cancel)
