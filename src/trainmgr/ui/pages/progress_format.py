"""How the Progress page writes numbers: one place, so a chart's read-out and its table agree, in the
interface language's own way (ui/formatting.py: 87,5 % in French). A value that cannot be computed
(nothing to divide by) shows as a dash, never as zero."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from trainmgr.ui.formatting import format_date, format_number

# Module functions translate with a literal context: lupdate extracts `translate("Progress", "...")`.
translate = QCoreApplication.translate

DASH = "—"
NONE_SORT = float("-inf")  # a missing number sorts before every number

Cell = tuple[str, object]


def level(value: float | None) -> str:
    return DASH if value is None else format_number(value, 2)


def pct(value: float | None) -> str:
    return DASH if value is None else translate("Progress", "{value} %").format(value=format_number(value, 1))


def points(value: float | None) -> str:
    """A difference of percentages (percentage points), signed."""
    if value is None:
        return DASH
    return translate("Progress", "{value} pts").format(value=("+" if value > 0 else "") + format_number(value, 1))


def ratio(value: float | None) -> str:
    return DASH if value is None else format_number(value, 2)


def count(value: int) -> str:
    return format_number(value, 0)


def text(value: str) -> Cell:
    return value, value.casefold()


def num(shown: str, value: float | int | None) -> Cell:
    return shown, NONE_SORT if value is None else float(value)


def n(value: int) -> Cell:
    """A count cell."""
    return count(value), value


def day(value: date | None) -> Cell:
    """A date cell, sorted by date whatever the language writes first."""
    return (format_date(value) or DASH), NONE_SORT if value is None else float(value.toordinal())
