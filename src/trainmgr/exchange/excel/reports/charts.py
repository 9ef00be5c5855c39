"""Native Excel charts (openpyxl chart objects that reference the table's cells, not pictures): a
clerk can restyle them, and they always show the numbers printed beside them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference

from trainmgr.exchange.excel.reports.writer import HEADER_ROW, TableRef

CHART_WIDTH_CM = 18
CHART_HEIGHT_CM = 9
BAR_CM = 0.3
MAX_HEIGHT_CM = 120


def bar_chart(ws: Any, ref: TableRef, category_col: int, value_cols: Sequence[int], title: str, y_title: str,
              anchor: str, horizontal: bool = False, percent: bool = False) -> None:
    """Bars of `value_cols` (1-based, headers as series names) per row of `category_col`."""
    if ref.rows < 1 or ref.last_row < ref.first_row:
        return
    chart = BarChart()
    chart.type = "bar" if horizontal else "col"
    _dress(chart, title, y_title)
    for col in value_cols:
        data = Reference(ws, min_col=col, max_col=col, min_row=HEADER_ROW, max_row=ref.last_row)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=category_col, max_col=category_col, min_row=ref.first_row,
                                   max_row=ref.last_row))
    if percent:
        chart.y_axis.numFmt = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
    if len(value_cols) == 1:
        chart.legend = None
    if horizontal:  # one readable bar per category, however many there are
        chart.height = min(max(CHART_HEIGHT_CM, BAR_CM * ref.rows * len(value_cols)), MAX_HEIGHT_CM)
        chart.x_axis.scaling.orientation = "maxMin"  # first row on top, as in the table
    ws.add_chart(chart, anchor)


def line_chart(ws: Any, ref: TableRef, category_col: int, value_cols: Sequence[int], title: str, y_title: str,
               anchor: str) -> None:
    if ref.rows < 1 or ref.last_row < ref.first_row:
        return
    chart = LineChart()
    _dress(chart, title, y_title)
    for col in value_cols:
        chart.add_data(Reference(ws, min_col=col, max_col=col, min_row=HEADER_ROW, max_row=ref.last_row),
                       titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=category_col, max_col=category_col, min_row=ref.first_row,
                                   max_row=ref.last_row))
    ws.add_chart(chart, anchor)


def _dress(chart: Any, title: str, y_title: str) -> None:
    chart.title = title[:250]
    chart.y_axis.title = y_title[:250]
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    chart.y_axis.delete = False  # openpyxl 3.1 hides axes by default; LibreOffice then draws none
    chart.x_axis.delete = False
