"""What every bench module shares: the `Figure` record, `median_time`, and the table printer."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass(frozen=True)
class Figure:
    """One measured figure: our median against a baseline's median from the same run."""

    name: str
    ours: float
    baseline: float | None = None
    runs: int = 1
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times the baseline's cost ours is (lower is better)."""
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.ours / self.baseline


def median_time(fn: Callable[..., Any], runs: int = 3, setup: Callable[[], Any] | None = None,
                teardown: Callable[[Any], Any] | None = None) -> float:
    """Median wall-clock seconds of `fn` over `runs` runs.

    With `setup`, each run first calls it (untimed) and passes its result to `fn`, e.g. a fresh
    database; `teardown` then gets that result (untimed) to close or delete it. The median, not the
    mean, because one run disturbed by another process should not move the figure."""
    times = []
    for _ in range(max(1, runs)):
        state = setup() if setup is not None else None
        try:
            started = time.perf_counter()
            fn(state) if setup is not None else fn()
            times.append(time.perf_counter() - started)
        finally:
            if teardown is not None:
                teardown(state)
    return statistics.median(times)


def _quantity(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:,.2f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def format_table(figures: Sequence[Figure]) -> str:
    header = ("figure", "ours", "baseline", "ratio", "runs", "note")
    lines = [(f.name, _quantity(f.ours, f.unit), _quantity(f.baseline, f.unit),
              "—" if f.ratio is None else f"{f.ratio:.1f}×", str(f.runs), f.note) for f in figures]
    widths = [max(len(row[i]) for row in (header, *lines)) for i in range(len(header))]
    right = {1, 2, 3, 4}  # numbers align right

    def render(row: tuple[str, ...]) -> str:
        cells = [cell.rjust(w) if i in right else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths,
                                                                                                   strict=True))]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([render(header), rule, *(render(row) for row in lines)])


def print_table(figures: Sequence[Figure], file: TextIO | None = None) -> None:
    print(format_table(figures), file=file or sys.stdout)
