"""Passphrases on the command line: from `--passphrase-file FILE` (automation, tests) or a prompt.

Every command that opens a database takes `--passphrase-file`; it is read only when the database is
encrypted, so scripts can pass it whether or not a database is."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from trainmgr.db.encryption import unlock
from trainmgr.db.keys import DataKey
from trainmgr.db.migrate import is_encrypted
from trainmgr.errors import ValidationError

PASSPHRASE_FILE_HELP = "read the passphrase of an encrypted database from the first line of FILE (default: ask)"


def read_passphrase_file(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"Cannot read the passphrase file {path} ({exc}).") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise ValidationError(f"The passphrase file {path} is empty: its first line is the passphrase.")
    return lines[0]


def read_passphrase(file: str | None, prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from `file` if given, else typed at a prompt (twice when `confirm`)."""
    if file:
        return read_passphrase_file(file)
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != first:
        raise ValidationError("The two passphrases differ; nothing was changed.")
    return first


def key_for(args: argparse.Namespace, path: Path) -> DataKey | None:
    """The data key of the database at `path` when it is encrypted (asking for its passphrase), else None."""
    if not path.exists() or not is_encrypted(path):
        return None
    cached = getattr(args, "_unlocked", None)
    if cached is not None and cached[0] == path:  # a command that opens the database twice asks once
        key: DataKey = cached[1]
        return key
    passphrase = read_passphrase(getattr(args, "passphrase_file", None), f"Passphrase of {path.name}")
    key = unlock(path, passphrase)
    args._unlocked = (path, key)
    return key


def read_password(name: str | None, what: str = "the workbook password") -> str | None:
    """The password on the first line of the file `name` (None when no file is named)."""
    if name is None:
        return None
    path = Path(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ValidationError(f"No password file at {path}.") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path}: the password file is not UTF-8 text.") from None
    password = lines[0] if lines else ""
    if not password:
        raise ValidationError(f"{path}: the first line ({what}) is empty.")
    return password
