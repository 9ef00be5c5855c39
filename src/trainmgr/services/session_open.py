"""Opening a database for a user: migrate (with backup), seed the starter framework, build services."""

from __future__ import annotations

from pathlib import Path

from trainmgr.db.keys import DataKey
from trainmgr.db.migrate import open_database
from trainmgr.services.container import Services


def open_services(path: Path, user: str = "", *, upgrade: bool = True, key: DataKey | None = None) -> Services:
    """Open (creating and migrating as needed) the database at `path` and return its services.
    A new database receives the starter competency framework. `key`: the data key of an encrypted
    database (services/protection.py unlocks it)."""
    db = open_database(path, user, upgrade=upgrade, key=key)
    try:
        services = Services.build(db)
        services.frameworks.ensure_starter()
    except Exception:
        db.close()
        raise
    return services
