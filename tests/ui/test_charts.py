"""The chart widget on its own: it keeps its plot items across refreshes, reads out the exact value
under the mouse, shows the same numbers in its table, exports a real PNG and says when there is no data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from ui_helpers import move_mouse

from trainmgr.ui.charts import export, palette
from trainmgr.ui.charts.chart_panel import ChartPanel
from trainmgr.ui.charts.chart_widget import ChartWidget
from trainmgr.ui.charts.date_axis import LocaleDateAxis
from trainmgr.ui.charts.series import Bars, Figure, Line, Table, date_x

DAYS = [date(2025, 1, 6), date(2025, 2, 3), date(2025, 3, 3)]


def bars_figure(baseline: list[float], latest: list[float]) -> Figure:
    codes = ["LOG-1", "C2-1", "IHL-1"][: len(baseline)]
    table = Table(("Code", "Baseline", "Latest"),
                  [((c, c), (f"{b:.2f}", b), (f"{v:.2f}", v)) for c, b, v in zip(codes, baseline, latest, strict=True)],
                  numeric=(1, 2))
    return Figure([Bars("baseline", "Baseline", palette.BEFORE, baseline, [f"{v:.2f}" for v in baseline]),
                   Bars("latest", "Latest", palette.AFTER, latest, [f"{v:.2f}" for v in latest])],
                  table, codes, y_range=(0, 5))


def line_figure(values: list[float]) -> Figure:
    """Its read-out texts are written only for the point hovered (a function of the point's index)."""
    return Figure([Line("rate", "Monthly rate", palette.BLUE, [date_x(d) for d in DAYS[: len(values)]], values,
                        lambda i: f"{values[i]:.1f} %")], Table(("Month", "Rate")), y_range=(0, 100))


@pytest.fixture
def panel(qtbot: Any) -> ChartPanel:
    widget = ChartPanel("Capability", "category")
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point_at(chart: ChartWidget, x: float, y: float) -> QPoint:
    """Where data point (x, y) is on the chart's viewport."""
    scene = chart.plot.vb.mapViewToScene(QPointF(x, y))
    return chart.view.mapFromScene(scene)


def colour_share(image: QImage, colour: str, step: int = 4) -> float:
    """Share of the sampled pixels of exactly `colour`."""
    target = QColor(colour).rgb()
    samples = [image.pixel(x, y) == target
               for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(samples) / len(samples)


def hover(chart: ChartWidget, x: float, y: float) -> str:
    move_mouse(chart.view.viewport(), point_at(chart, x, y))
    return chart.readout_text()


def test_a_refresh_updates_the_same_plot_items(panel: ChartPanel) -> None:
    panel.show_figure(bars_figure([1.0, 2.0, 1.5], [2.0, 3.0, 2.5]))
    before = {key: panel.chart.plot_item(key) for key in ("baseline", "latest")}
    panel.show_figure(bars_figure([1.5, 2.5], [3.0, 4.0]))
    for key, item in before.items():
        assert panel.chart.plot_item(key) is item  # the same object, updated
    assert panel.chart.point_count("latest") == 2
    assert list(panel.chart.plotted("latest").ys) == [3.0, 4.0]
    assert panel.table_text() == [["LOG-1", "1.50", "3.00"], ["C2-1", "2.50", "4.00"]]


def test_a_series_left_out_is_hidden_and_comes_back_with_its_item(panel: ChartPanel) -> None:
    panel.show_figure(bars_figure([1.0], [2.0]))
    latest = panel.chart.plot_item("latest")
    figure = bars_figure([1.0], [2.0])
    panel.show_figure(Figure(figure.series[:1], figure.table, figure.categories))
    assert not latest.isVisible() and panel.chart.point_count("latest") == 0
    panel.show_figure(bars_figure([1.0], [2.5]))
    assert panel.chart.plot_item("latest") is latest and latest.isVisible()


def test_hovering_a_bar_reads_out_its_exact_value(panel: ChartPanel) -> None:
    panel.show_figure(bars_figure([1.25, 2.0, 1.5], [2.0, 3.75, 2.5]))
    latest = panel.chart.plotted("latest")
    assert hover(panel.chart, float(latest.xs[1]), 2.0) == "Latest · C2-1: 3.75"  # inside the bar
    assert panel.chart.crosshair.isVisible()
    baseline = panel.chart.plotted("baseline")
    assert hover(panel.chart, float(baseline.xs[0]), 1.25) == "Baseline · LOG-1: 1.25"


def test_hovering_near_a_dated_point_reads_out_its_date_and_value(qtbot: Any) -> None:
    panel = ChartPanel("Attendance", "date")
    qtbot.addWidget(panel)
    panel.resize(900, 450)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_figure(line_figure([81.5, 90.0, 72.25]))
    assert hover(panel.chart, date_x(DAYS[1]), 89.0) == "Monthly rate · 2025-02-03: 90.0 %"
    assert hover(panel.chart, date_x(DAYS[1]) + 86400 * 12, 40.0) == "Point at the chart to read exact values."
    assert not panel.chart.crosshair.isVisible()


def test_export_writes_a_real_png(panel: ChartPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel.show_figure(bars_figure([1.0, 2.0, 3.0], [2.0, 3.0, 4.0]))
    target = tmp_path / "capability.png"
    monkeypatch.setattr(export, "png_path", lambda _parent, _title: target)
    written: list[str] = []
    panel.exported.connect(written.append)
    QTest.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert written == [str(target)]
    image = QImage(str(target))
    assert not image.isNull() and image.width() == 2 * panel.chart.view.width()  # twice the screen size
    assert colour_share(image, palette.AFTER) > 0.01  # the "latest" bars are in it
    assert colour_share(image, palette.BACKGROUND) > 0.5
    assert list(tmp_path.iterdir()) == [target]  # nothing half-written left beside it


def test_export_to_an_unwritable_folder_shows_an_error_and_writes_nothing(
        panel: ChartPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel.show_figure(bars_figure([1.0], [2.0]))
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    shown: list[str] = []
    monkeypatch.setattr("trainmgr.ui.charts.chart_panel.show_error", lambda _p, exc: shown.append(str(exc)))
    monkeypatch.setattr(export, "png_path", lambda _parent, _title: blocked / "chart.png")
    panel.export_png()
    assert len(shown) == 1 and "could not be saved" in shown[0] and "chart.png" in shown[0]


def test_no_data_shows_a_clear_state_not_an_empty_plot(panel: ChartPanel) -> None:
    panel.show_figure(bars_figure([1.0], [2.0]))
    assert not panel.is_empty() and panel.export_button.isEnabled()
    panel.show_figure(bars_figure([], []))
    assert panel.is_empty() and panel.empty.isVisible() and not panel.chart.isVisible()
    assert panel.empty.text() == "No data for these filters."
    assert not panel.export_button.isEnabled()


def test_the_table_can_be_hidden_and_sorts_by_number(panel: ChartPanel, qtbot: Any) -> None:
    panel.show_figure(bars_figure([3.0, 1.0, 2.0], [10.0, 9.0, 4.0]))
    assert panel.table.isVisible()
    QTest.mouseClick(panel.table_button, Qt.MouseButton.LeftButton)
    assert not panel.table.isVisible()
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # 4 < 9 < 10, not "10" < "4"
    assert [row[2] for row in panel.table_text()] == ["4.00", "9.00", "10.00"]


def test_a_warning_is_shown_above_the_chart(panel: ChartPanel) -> None:
    figure = bars_figure([1.0], [2.0])
    panel.show_figure(Figure(figure.series, figure.table, figure.categories, warning="Group too small (n<5): LOG-1."))
    assert panel.warning.isVisible() and "n<5" in panel.warning.text()
    panel.show_figure(figure)
    assert not panel.warning.isVisible()


def test_switching_a_series_off_in_the_legend_survives_a_refresh(panel: ChartPanel) -> None:
    panel.show_figure(bars_figure([1.0, 2.0], [2.0, 3.0]))
    latest = panel.chart.plot_item("latest")
    sample = next(sample for sample, _label in panel.chart.legend.items if sample.item is latest)
    centre = panel.chart.view.mapFromScene(sample.sceneBoundingRect().center())
    QTest.mouseClick(panel.chart.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not latest.isVisible()
    panel.show_figure(bars_figure([1.5, 2.5], [2.5, 3.5]))
    assert not latest.isVisible()
    assert hover(panel.chart, float(panel.chart.plotted("latest").xs[0]), 1.0) != "Latest · LOG-1: 2.50"


@pytest.fixture
def french() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_the_date_axis_ticks_month_starts_in_the_interface_language(qtbot: Any, french: None) -> None:
    axis = LocaleDateAxis()
    start, end = date_x(date(2024, 11, 20)), date_x(date(2025, 4, 10))
    (spacing, values), = axis.tickValues(start, end, 600)  # room for a label every month
    assert [datetime.fromtimestamp(v, UTC).date() for v in values] == [
        date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1)]
    assert axis.tickStrings(values, 1.0, spacing)[:3] == ["déc. 2024", "janv. 2025", "févr."]  # 1st: its year
    (spacing, values), = axis.tickValues(date_x(date(2023, 1, 1)), date_x(date(2025, 1, 1)), 300)
    assert len(values) == 5  # every sixth month on a narrow axis


def test_a_few_weeks_tick_on_mondays(qtbot: Any, french: None) -> None:
    axis = LocaleDateAxis()
    (spacing, values), = axis.tickValues(date_x(date(2023, 4, 3)), date_x(date(2023, 5, 9)), 550)
    days = [datetime.fromtimestamp(v, UTC).date() for v in values]
    assert days[0] == date(2023, 4, 3) and all(d.weekday() == 0 for d in days) and len(days) == 6
    assert axis.tickStrings(values, 1.0, spacing)[:2] == ["3 avr. 2023", "10 avr."]  # 1st: its year
