"""One chart: a pyqtgraph plot with a date or category x axis, a legend above it and a read-out of
the exact value under the mouse. `show_figure()` updates the plot items it already has (setData /
setOpts) and only creates an item the first time a series key appears; a series that is absent
from a figure is hidden, not deleted, so a refresh never rebuilds the chart."""

from __future__ import annotations

import html
import math
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from trainmgr.ui.charts import palette
from trainmgr.ui.charts.date_axis import LocaleDateAxis
from trainmgr.ui.charts.export import save_png
from trainmgr.ui.charts.plotted import Plotted, PlottedBars, PlottedLine, make
from trainmgr.ui.charts.series import Bars, Figure, Line, Series
from trainmgr.ui.formatting import format_date

HOVER_PX = 24  # how near (in pixels) the mouse must be to a point for the read-out to name it
GROUP_WIDTH = 0.8  # share of a category's width taken by its bars
LEGEND_COLUMNS = 6
LEGEND_NAME_PX = 200
LEGEND_ENTRY_PX = 40  # a legend entry's sample and spacing beside its name
TICK_GAP_PX = 12  # the least space between two category names
EXPORT_SCALE = 2  # PNG exports at twice the screen size: sharp when pasted into a report


class ChartWidget(QWidget):
    """A chart with `x_axis` "date" (x in epoch seconds, see series.date_x) or "category"."""

    hovered = Signal(str)  # the read-out text ("" when the mouse is on no point)

    def __init__(self, title: str, x_axis: str = "date", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartWidget")
        self._title = title
        self._dates = x_axis == "date"
        self._plotted: dict[str, Plotted] = {}
        self._order: list[str] = []  # keys shown, in figure order
        self._hidden: set[str] = set()  # series the user switched off in the legend
        self._categories: list[str] = []
        self._legend_names: list[str] = []
        self._legend_shown: list[tuple[object, str]] = []
        self._y_label = ""
        self._build()

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("chartView")
        self.view.setBackground(palette.BACKGROUND)
        self.view.ci.setContentsMargins(6, 6, 12, 6)
        bottom = LocaleDateAxis() if self._dates else pg.AxisItem("bottom")
        self.title_item = self.view.addLabel(self._title, row=0, col=0, color=palette.AXIS, size="11pt", bold=True)
        self.legend = pg.LegendItem(colCount=4, labelTextColor=palette.AXIS, frame=False, labelTextSize="9pt")
        self.view.addItem(self.legend, row=1, col=0)
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.view.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignLeft)
        self.plot: pg.PlotItem = self.view.addPlot(row=2, col=0, axisItems={"bottom": bottom},
                                                   viewBox=pg.ViewBox(enableMenu=False))  # its menu is not translated
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=self._dates, y=True, alpha=palette.GRID_ALPHA)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(palette.AXIS))
            axis.setTextPen(pg.mkPen(palette.AXIS))
        self.plot.setMouseEnabled(x=False, y=False)  # the period filter chooses what is shown; no getting lost
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(palette.GREY, width=1, dash=[4, 4]))
        self.marker = pg.ScatterPlotItem(size=14, pen=pg.mkPen(palette.BLACK, width=2), brush=pg.mkBrush(None))
        for item in (self.crosshair, self.marker):
            item.setZValue(100)
            item.hide()
            self.plot.addItem(item, ignoreBounds=True)
        self.readout = QLabel()
        self.readout.setObjectName("chartReadout")
        self.readout.setMinimumHeight(20)
        self._clear_readout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readout)
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.vb.sigResized.connect(lambda _vb: self._category_ticks())
        self.view.installEventFilter(self)  # the legend's columns follow the chart's width
        self.legend.sigSampleClicked.connect(self._sample_clicked)

    # --- data ----------------------------------------------------------------------------------
    def show_figure(self, figure: Figure) -> None:
        """Show `figure`, reusing the plot items of series keys seen before."""
        self._categories = list(figure.categories)
        grouped = [s for s in figure.series if isinstance(s, Bars)]
        width = GROUP_WIDTH / max(1, len(grouped))
        self._order = []
        for series in figure.series:
            plotted = self._plotted.get(series.key)
            if plotted is None or not _fits(plotted, series):
                if plotted is not None:
                    self.plot.removeItem(plotted.item)  # the same key now names another kind of series
                plotted = self._plotted[series.key] = make(self.plot, series)
            self._update(plotted, series, grouped, width)
            self._order.append(series.key)
        for key, plotted in self._plotted.items():
            plotted.item.setVisible(key in self._order and key not in self._hidden)
        self._relegend()
        self._axes(figure)
        self._clear_readout()

    def _update(self, plotted: Plotted, series: Series, grouped: list[Series], width: float) -> None:
        count = len(series.ys)
        if isinstance(series, Line):
            xs = np.asarray(series.xs, dtype=float) if len(series.xs) or self._dates else np.arange(count, dtype=float)
            assert isinstance(plotted, PlottedLine)
            plotted.update(series, xs)
            return
        if self._dates:
            xs, width = np.asarray(series.xs, dtype=float), series.width
        else:
            slot = next(i for i, s in enumerate(grouped) if s is series)
            xs = np.arange(count, dtype=float) - GROUP_WIDTH / 2 + width * (slot + 0.5)
            width *= 0.9  # a hair of white between neighbours
        assert isinstance(plotted, PlottedBars)
        plotted.update(series, xs, width)

    def _relegend(self) -> None:
        entries = [self._plotted[key] for key in self._order if self._plotted[key].point_count()]
        shown = [(p.item, p.name) for p in entries]
        if shown == self._legend_shown:
            return  # the same entries: a refresh does not rebuild the legend (slow in pyqtgraph)
        self._legend_shown = shown
        self.legend.clear()
        metrics = self.fontMetrics()
        # a long unit name is cut short in the legend (the read-out and the table give it whole)
        self._legend_names = [metrics.elidedText(p.name, Qt.TextElideMode.ElideMiddle, LEGEND_NAME_PX)
                              for p in entries]
        self.legend.setColumnCount(self._legend_columns())
        for plotted, name in zip(entries, self._legend_names, strict=True):
            self.legend.addItem(plotted.item, html.escape(name))

    def _legend_columns(self) -> int:
        """As many legend columns as the widest name allows (long unit names take a row each)."""
        widest = max((self.fontMetrics().horizontalAdvance(n) for n in self._legend_names), default=0)
        fit = int((self.view.width() - 20) // (widest + LEGEND_ENTRY_PX))
        return max(1, min(len(self._legend_names), LEGEND_COLUMNS, fit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self._legend_names:
            columns = self._legend_columns()
            if columns != self.legend.columnCount:
                self.legend.setColumnCount(columns)
        return super().eventFilter(watched, event)

    def _axes(self, figure: Figure) -> None:
        if figure.y_label != self._y_label:  # pyqtgraph re-lays the label out even when it is the same
            self._y_label = figure.y_label
            self.plot.setLabel("left", figure.y_label, color=palette.AXIS)
        if not self._dates:
            self._category_ticks()
            self.plot.setXRange(-0.6, max(0, len(self._categories) - 1) + 0.6, padding=0)
        else:
            self.plot.enableAutoRange(x=True)
        if figure.y_range is not None:
            self.plot.setYRange(*figure.y_range, padding=0.02)
        else:
            self.plot.enableAutoRange(y=True)

    def _category_ticks(self) -> None:
        """Name every category whose name fits; when they do not all fit, every second (third…) one
        (the read-out and the table name them all)."""
        if self._dates:
            return
        count = len(self._categories)
        widest = max((self.fontMetrics().horizontalAdvance(c) for c in self._categories), default=0) + TICK_GAP_PX
        step = max(1, math.ceil(widest * (count + 0.2) / max(1.0, self.plot.vb.width())))
        self.plot.getAxis("bottom").setTicks([[(i, c) for i, c in enumerate(self._categories) if i % step == 0],
                                              [(i, "") for i in range(count) if i % step]])

    # --- reading it back (tests, the table, exports) --------------------------------------------
    def series_keys(self) -> list[str]:
        return list(self._order)

    def plotted(self, key: str) -> Plotted:
        return self._plotted[key]

    def plot_item(self, key: str) -> pg.GraphicsObject:
        return self._plotted[key].item

    def point_count(self, key: str) -> int:
        plotted = self._plotted.get(key)
        return plotted.point_count() if plotted is not None and plotted.visible() else 0

    def data_point(self, key: str, index: int) -> QPointF:
        """Where a series' point is, in data coordinates (tests point the mouse at it)."""
        plotted = self._plotted[key]
        return QPointF(float(plotted.xs[index]), float(plotted.ys[index]))

    def export_png(self, path: Path) -> None:
        """Write the chart (title, legend, axes) as a PNG, at twice its size on screen."""
        size = self.view.size()
        image = QImage(size.width() * EXPORT_SCALE, size.height() * EXPORT_SCALE, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(EXPORT_SCALE)  # drawn at screen size, so lines and text keep their proportions
        image.fill(QColor(palette.BACKGROUND))
        painter = QPainter(image)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            self.view.render(painter, QRectF(0, 0, size.width(), size.height()), self.view.viewport().rect())
        finally:
            painter.end()
        save_png(image, path)

    # --- hover ---------------------------------------------------------------------------------
    def x_text(self, x: float) -> str:
        if self._dates:
            return format_date(datetime.fromtimestamp(x, UTC).date())
        index = round(x)
        return self._categories[index] if 0 <= index < len(self._categories) else ""

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.plot.vb.sceneBoundingRect().contains(scene_pos):
            self._clear_readout()
            return
        point = self.plot.vb.mapSceneToView(scene_pos)
        px, py = self.plot.vb.viewPixelSize()
        best: tuple[float, str, int] | None = None
        for key in self._order:
            plotted = self._plotted[key]
            if not plotted.visible():
                continue
            hit = plotted.nearest(point.x(), point.y(), px or 1.0, py or 1.0)
            if hit is not None and hit[0] <= HOVER_PX and (best is None or hit[0] < best[0]):
                best = (hit[0], key, hit[1])
        if best is None:
            self._clear_readout()
            return
        self._show_readout(best[1], best[2])

    def _show_readout(self, key: str, index: int) -> None:
        plotted = self._plotted[key]
        x, y = float(plotted.xs[index]), float(plotted.ys[index])
        category_x = round(x) if not self._dates else x
        text = self.tr("{series} · {x}: {value}").format(series=plotted.name, x=self.x_text(category_x),
                                                        value=plotted.text(index))
        self.crosshair.setPos(x)
        self.crosshair.show()
        self.marker.setData([x], [y])
        self.marker.show()
        self.readout.setText(text)
        QToolTip.showText(QCursor.pos(), text, self.view)
        self.hovered.emit(text)

    def _clear_readout(self) -> None:
        self.crosshair.hide()
        self.marker.hide()
        self.readout.setText(self.tr("Point at the chart to read exact values."))
        self.hovered.emit("")

    def readout_text(self) -> str:
        return self.readout.text()

    def _sample_clicked(self, item: pg.GraphicsObject) -> None:
        for key, plotted in self._plotted.items():
            if plotted.item is item:  # the legend has just shown or hidden it
                (self._hidden.discard if item.isVisible() else self._hidden.add)(key)


def _fits(plotted: Plotted, series: Series) -> bool:
    return isinstance(plotted, PlottedLine) == isinstance(series, Line)
