"""What a chart shows, as plain values: the page turns service figures into these, the chart turns
them into plot items (kept across refreshes, keyed by `key`).

x values: on a date chart, seconds since the epoch (`date_x`); on a category chart the chart places
bars itself (one group per category, side by side) and lines at the category's centre.
`texts` are the exact values the hover read-out shows, one per point (already formatted), or a function
of the point's index that writes it when asked (thousands of points: only the hovered one is written)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

EPOCH = date(1970, 1, 1).toordinal()
Texts = Sequence[str] | Callable[[int], str]


def date_x(day: date) -> float:
    """A date as the x value of a date axis (UTC midnight: the axis shows it as that same day)."""
    return float((day.toordinal() - EPOCH) * 86_400)


@dataclass(frozen=True)
class Line:
    key: str
    name: str
    colour: str
    xs: Sequence[float]
    ys: Sequence[float]
    texts: Texts = ()
    step: bool = False  # a cumulative count: flat until the next change
    dashed: bool = False
    connect: bool = True  # False: markers only
    symbol: str = "o"
    segment: float = 0.0  # > 0: each point a level mark this wide (in categories), e.g. a required level
    symbol_size: int = 7


@dataclass(frozen=True)
class Bars:
    key: str
    name: str
    colour: str
    ys: Sequence[float]
    texts: Texts = ()
    xs: Sequence[float] = ()  # on a date chart; a category chart places them itself
    width: float = 0.0  # on a date chart, in seconds


Series = Line | Bars


@dataclass(frozen=True)
class Table:
    """The numbers behind a chart, as the table beside it shows them. Each cell is (shown, sort key)."""

    headers: Sequence[str]
    rows: Sequence[Sequence[tuple[str, object]]] = ()
    numeric: tuple[int, ...] = ()


@dataclass(frozen=True)
class Figure:
    """One chart's content: its series, its categories (a category chart) and its table."""

    series: Sequence[Series] = ()
    table: Table = field(default_factory=lambda: Table(()))
    categories: Sequence[str] = ()
    warning: str = ""  # shown above the chart (e.g. a group too small to say anything)
    note: str = ""  # a line under the chart (what the numbers are over)
    y_label: str = ""
    y_range: tuple[float, float] | None = None

    @property
    def empty(self) -> bool:
        return not any(_count(s) for s in self.series)


def _count(series: Series) -> int:
    return len(series.ys)
