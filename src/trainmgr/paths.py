"""Where trainmgr keeps its files: the per-user data, log and backup folders.

`--db PATH` and the TRAINMGR_DB environment variable override the default database location.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "trainmgr"
APP_AUTHOR = "trainmgr"
DB_ENV = "TRAINMGR_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "trainmgr.db"


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """The database to open: the command line wins, then TRAINMGR_DB, then the per-user default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in a folder named after it, so they travel together."""
    return db_path.parent / f"{db_path.stem}-backups"
