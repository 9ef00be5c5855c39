"""Progress and cancel for long operations, without Qt: the GUI adapts these to signals."""

from __future__ import annotations

import threading
from collections.abc import Callable

from trainmgr.errors import Cancelled

# progress(done, total, message); total 0 means "unknown".
ProgressFn = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _message: str) -> None:
    return None


class CancelToken:
    """Set from any thread; long work calls `check()` between steps and stops with `Cancelled`."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled; nothing was changed.")


NEVER = CancelToken()
