"""A date axis in the interface language: ticks every 1, 2, 7 or 14 days over a few weeks, else on month
starts (every 1, 2, 3 or 6 months, as many as fit). pyqtgraph's own axis writes English month names,
shows only years on a two-year span at this size, and overlaps day and month labels on a short one."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale

DAY_S = 86_400
MONTH_S = 30.44 * DAY_S
LABEL_PX = 64  # room a month label needs ("sept. 2025")
MONTH_STEPS = (1, 2, 3, 6)
DAY_STEPS = (1, 2, 7, 14)
MAX_DAY_TICKS = 12
MONDAY_S = 4 * DAY_S  # 1970-01-05, a Monday


def _day(value: float) -> date | None:
    try:
        return datetime.fromtimestamp(value, UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def _month_starts(first: date, last: date, step: int) -> list[float]:
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        if (month - 1) % step == 0:
            out.append(datetime(year, month, 1, tzinfo=UTC).timestamp())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


class LocaleDateAxis(pg.DateAxisItem):
    """x values are UTC midnights (series.date_x)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom", utcOffset=0)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # pyqtgraph's name
        first, last = _day(minVal), _day(maxVal)
        if first is None or last is None or size <= 0 or maxVal <= minVal:
            return super().tickValues(minVal, maxVal, size)
        days = (maxVal - minVal) / DAY_S
        day_step = next((s for s in DAY_STEPS if size / days * s >= LABEL_PX), None)
        if day_step is not None and days / day_step <= MAX_DAY_TICKS:  # a few weeks: every 1, 2, 7 or 14 days
            step_s = day_step * DAY_S  # weeks start on Mondays
            start = MONDAY_S + math.ceil((minVal - MONDAY_S) / step_s) * step_s
            return [(day_step * DAY_S, [float(v) for v in range(int(start), int(maxVal) + 1, day_step * DAY_S)])]
        months = days * DAY_S / MONTH_S
        step = next((s for s in MONTH_STEPS if size / months * s >= LABEL_PX), None)
        if step is None:
            return super().tickValues(minVal, maxVal, size)  # decades: years, as pyqtgraph writes them
        return [(step * MONTH_S, [v for v in _month_starts(first, last, step) if minVal <= v <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # pyqtgraph's name
        locale = QLocale()
        if spacing >= 300 * DAY_S:
            fmt = "yyyy"
        elif spacing >= 25 * DAY_S:
            fmt = "MMM"
        else:
            fmt = "d MMM"
        out = []
        for index, value in enumerate(values):
            day = _day(value)
            if day is None:
                out.append("")
                continue
            # the first tick and each January carry the year: "janv. 2025"
            dated = index == 0 or (fmt == "MMM" and day.month == 1)
            shown = f"{fmt} yyyy" if fmt != "yyyy" and dated else fmt
            out.append(locale.toString(QDate(day.year, day.month, day.day), shown))
        return out
