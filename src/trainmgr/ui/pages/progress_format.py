"""How the Progress page writes numbers: one place, so a chart's read-out and its table agree.
A value that cannot be computed (nothing to divide by) shows as a dash, never as zero."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

DASH = "—"
NONE_SORT = float("-inf")  # a missing number sorts before every number

Cell = tuple[str, object]


def tr(text: str) -> str:
    return QCoreApplication.translate("ProgressFigures", text)


def level(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def pct(value: float | None) -> str:
    return DASH if value is None else tr("{value} %").format(value=f"{value:.1f}")


def points(value: float | None) -> str:
    """A difference of percentages (percentage points), signed."""
    return DASH if value is None else tr("{value} pts").format(value=f"{value:+.1f}")


def ratio(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def count(value: int) -> str:
    return f"{value:,}"


def text(value: str) -> Cell:
    return value, value.casefold()


def num(shown: str, value: float | int | None) -> Cell:
    return shown, NONE_SORT if value is None else float(value)


def n(value: int) -> Cell:
    """A count cell."""
    return count(value), value
