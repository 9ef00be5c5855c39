"""Hybrid logical clock (HLC) stamps for merging edits made on many laptops.

A stamp is a string `WWWWWWWWWWWWW.CCCCC.<replica>`: wall-clock milliseconds, a logical counter
and the replica that made it. Fixed widths make plain string comparison the clock's total order,
with the replica id as the deterministic tie-break, so stamps can be compared in SQL and in Python
alike. A replica's stamps only ever grow, even when its wall clock jumps back or lags a day behind
a peer whose stamps it has seen: that is what keeps a later edit from losing to an earlier one made
on a laptop whose clock runs fast.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_MAX = 99_999
ZERO = "0000000000000.00000."


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    replica: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.replica}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        try:
            wall, counter, replica = text.split(".", 2)
            # Only the canonical spelling: int() would also take "+…", "1_0…" or non-ASCII digits,
            # which sort differently as text than as a clock.
            digits = wall + counter
            if len(wall) != 13 or len(counter) != 5 or not (digits.isascii() and digits.isdigit()):
                raise ValueError
            return cls(int(wall), int(counter), replica)
        except ValueError:
            raise ValueError(f"not a clock stamp: {text!r}") from None


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """One replica's clock. `last` is persisted by the caller in the same transaction as the write."""

    def __init__(self, replica: str, last: str | None = None, now: Callable[[], int] | None = None) -> None:
        self.replica = replica
        # Looked up at each tick (not bound at import), so a test can skew a laptop's wall clock.
        self._now = now or (lambda: wall_ms())
        parsed = Stamp.parse(last) if last else None
        self._wall = parsed.wall_ms if parsed else 0
        self._counter = parsed.counter if parsed else 0

    @property
    def last(self) -> str:
        return str(Stamp(self._wall, self._counter, self.replica))

    def tick(self) -> str:
        """A new stamp for a local write, greater than every stamp this replica has made or seen."""
        now = self._now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._bump()
        return self.last

    def observe(self, remote: str) -> None:
        """Take in a stamp from another replica so that our next stamp is greater than it."""
        other = Stamp.parse(remote)
        now = self._now()
        wall = max(now, self._wall, other.wall_ms)
        if wall == self._wall == other.wall_ms:
            self._counter = max(self._counter, other.counter)
            self._bump()
        elif wall == self._wall:
            self._bump()
        elif wall == other.wall_ms:
            self._wall, self._counter = wall, other.counter
            self._bump()
        else:
            self._wall, self._counter = wall, 0

    def _bump(self) -> None:
        if self._counter >= _COUNTER_MAX:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            self._wall, self._counter = self._wall + 1, 0
        else:
            self._counter += 1
