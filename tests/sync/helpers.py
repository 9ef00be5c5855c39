"""Reading a whole database's synced content, to compare laptops."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from trainmgr.services.container import Services
from trainmgr.services.sync_tables import LOCAL_COLUMNS, synced_tables


def content(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, every exported column, sorted by id (what must converge)."""
    result = {}
    with services.db.engine.connect() as conn:
        for spec in synced_tables():
            if spec.name == "audit_event":
                # Append-only, and every package sent or received is itself an event recorded after the
                # package was written: two laptops' trails match only up to the last exchange (the audit
                # tests check that events travel and their chains verify).
                continue
            cols = [c for c in spec.table.c if c.name not in LOCAL_COLUMNS]
            rows = conn.execute(select(*cols).order_by(spec.table.c.id)).all()
            result[spec.name] = [tuple(r) for r in rows]
    return result
