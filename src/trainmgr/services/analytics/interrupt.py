"""Cancel a figure while SQLite computes it, not only between figures.

A programme-wide figure on a large database is one long statement; when the user changes a filter
again, the page cancels the stale computation, and it should stop at once rather than after the
statement. SQLite calls a progress handler every N virtual-machine steps; returning non-zero
interrupts the statement (sqlite3.OperationalError "interrupted"), which becomes `Cancelled`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from trainmgr.errors import Cancelled
from trainmgr.services.tasks import CancelToken

STEPS = 20_000  # SQLite VM instructions between two looks at the token (well under a millisecond)


@contextmanager
def interruptible(s: Session, cancel: CancelToken) -> Iterator[None]:
    """Within the block, statements of `s` stop soon after `cancel` is set (raising Cancelled)."""
    raw = s.connection().connection.dbapi_connection
    handler = getattr(raw, "set_progress_handler", None)
    if handler is None:  # a driver without progress handlers: cancel between statements only
        yield
        return
    handler(lambda: 1 if cancel.cancelled else 0, STEPS)
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as error:
        if cancel.cancelled and "interrupted" in str(error):
            raise Cancelled("Cancelled; nothing was changed.") from error
        raise
    finally:
        handler(None, STEPS)  # the connection goes back to the pool without it
