"""The one error a sync package raises, and the progress/cancel shapes its long operations take."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from trainmgr.errors import TrainmgrError


class PackageError(TrainmgrError):
    """A sync package cannot be written, or is damaged, forged or not a package. The message names
    the file and, where it applies, the sheet, row and column."""


# progress(done, total, message); total 0 means "unknown". Same shape as services.tasks.ProgressFn,
# restated here because exchange may not import services.
ProgressFn = Callable[[int, int, str], None]


class CancelCheck(Protocol):
    """Anything with `check()` that raises (e.g. services.tasks.CancelToken raising Cancelled)."""

    def check(self) -> None: ...
