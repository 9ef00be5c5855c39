"""The plot item behind one series, created once and updated in place with setData/setOpts.

Each holder knows how to find the point under the mouse: `nearest(x, y, px, py)` returns the pixel
distance and the index of the closest point (0 when the mouse is inside a bar)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from trainmgr.ui.charts.series import Bars, Line, Series, Texts
from trainmgr.ui.formatting import format_number

Hit = tuple[float, int]  # (distance in pixels, point index)


def _array(values: Sequence[float]) -> np.ndarray:
    return np.asarray(values, dtype=float)


class Plotted:
    """One series on one plot: its item, and the points and read-out texts it shows."""

    def __init__(self, plot: pg.PlotItem, item: pg.GraphicsObject) -> None:
        self.item = item
        plot.addItem(item)
        self.name = ""
        self._texts: Texts = ()
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)

    def point_count(self) -> int:
        return len(self.xs)

    def visible(self) -> bool:
        return bool(self.item.isVisible())

    def nearest(self, x: float, y: float, px: float, py: float) -> Hit | None:
        """Closest point in pixels (px, py: data units per pixel)."""
        if not len(self.xs):
            return None
        distance = np.hypot((self.xs - x) / px, (self.ys - y) / py)
        index = int(np.argmin(distance))
        return float(distance[index]), index

    def _take(self, series: Series, xs: np.ndarray) -> None:
        self.name, self.xs, self.ys = series.name, xs, _array(series.ys)
        self._texts = series.texts

    def text(self, index: int) -> str:
        """The read-out of point `index`: the series' own text, else the value."""
        if callable(self._texts):
            return self._texts(index)
        return self._texts[index] if self._texts else format_number(float(self.ys[index]))


class PlottedLine(Plotted):
    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(plot, pg.PlotDataItem())

    def update(self, series: Line, xs: np.ndarray) -> None:
        self._take(series, xs)
        style = Qt.PenStyle.DashLine if series.dashed else Qt.PenStyle.SolidLine
        if series.segment:  # a level mark across each category: pairs of points joined two by two
            half = series.segment / 2
            self.item.setData(np.repeat(xs, 2) + np.tile([-half, half], len(xs)), np.repeat(self.ys, 2),
                              pen=pg.mkPen(series.colour, width=3, style=style), connect="pairs", symbol=None,
                              name=series.name, stepMode=None)
            return
        pen = pg.mkPen(series.colour, width=2, style=style) if series.connect else None
        # stepMode "right": a running total holds its value from one point to the next
        self.item.setData(self.xs, self.ys, pen=pen, symbol=series.symbol, symbolSize=series.symbol_size,
                          symbolPen=pg.mkPen(series.colour), symbolBrush=pg.mkBrush(series.colour), antialias=True,
                          name=series.name, stepMode="right" if series.step else None, connect="all")


class PlottedBars(Plotted):
    def __init__(self, plot: pg.PlotItem) -> None:
        super().__init__(plot, pg.BarGraphItem(x=[], height=[], width=0.5))
        self.width = 0.5

    def update(self, series: Bars, xs: np.ndarray, width: float) -> None:
        self._take(series, xs)
        self.width = width
        self.item.setOpts(x=self.xs, height=self.ys, width=width, brush=pg.mkBrush(series.colour),
                          pen=pg.mkPen(None), name=series.name)  # no outline: a zero stays invisible

    def nearest(self, x: float, y: float, px: float, py: float) -> Hit | None:
        """The bar under the mouse, else the nearest bar top."""
        inside = (np.abs(self.xs - x) <= self.width / 2) & (y >= np.minimum(0, self.ys)) & (
            y <= np.maximum(0, self.ys))
        if inside.any():
            return 0.0, int(np.flatnonzero(inside)[0])
        return super().nearest(x, y, px, py)


def make(plot: pg.PlotItem, series: Series) -> Plotted:
    return PlottedLine(plot) if isinstance(series, Line) else PlottedBars(plot)
