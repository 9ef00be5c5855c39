"""The Progress page on a demo database: each chart draws the service's figures, the tables beside
them show the same numbers, filters recompute (a newer filter supersedes an older one), a data
change refreshes the charts in place, and a trainee's own progress opens from an id."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from ui_helpers import move_mouse, settle, wait_dialog

from trainmgr.domain.analytics_records import BY_SEX, STAGE_NOMINATED, AnalyticsFilter
from trainmgr.domain.changes import Changes
from trainmgr.domain.enums import AttendanceStatus, Sex
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.container import Services
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.session_open import open_services
from trainmgr.ui.charts import export, palette
from trainmgr.ui.charts.chart_panel import ChartPanel
from trainmgr.ui.pages.cohorts_page import ATTENDANCE
from trainmgr.ui.pages.progress_page import ProgressPage
from trainmgr.ui.pages.progress_people import FUNNEL_TOTAL
from trainmgr.ui.pages.trainee_progress import TraineeProgressDialog
from trainmgr.ui.pages.trainees_page import TraineesPage
from trainmgr.ui.tasks import TaskRunner

DEMO_TRAINEES = 200


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo programme, built once for the module (each test works on its own copy)."""
    path = tmp_path_factory.mktemp("progress-demo") / "demo.db"
    services = open_services(path, user="demo")
    try:
        DemoBuilder(services.db).build(trainees=DEMO_TRAINEES)
    finally:
        services.db.close()
    return path


def open_copy(demo_db: Path, folder: Path) -> Services:
    copy = folder / "trainmgr.db"
    with closing(sqlite3.connect(f"file:{demo_db}?mode=ro", uri=True)) as src, closing(sqlite3.connect(copy)) as out:
        src.backup(out)
    return open_services(copy, user="tester")


@pytest.fixture(scope="module")
def services(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One copy for the tests that only read (opening a database is the slow part of a test)."""
    opened = open_copy(demo_db, tmp_path_factory.mktemp("progress-read"))
    yield opened
    opened.db.close()


@pytest.fixture
def own_services(demo_db: Path, tmp_path: Path) -> Iterator[Services]:
    """This test's own copy: it changes data."""
    opened = open_copy(demo_db, tmp_path)
    yield opened
    opened.db.close()


@pytest.fixture(scope="module")
def analytics(services: Services) -> AnalyticsService:
    return services.analytics


def make_page(qtbot: Any, services: Services, analytics: AnalyticsService, runner: TaskRunner) -> ProgressPage:
    widget = ProgressPage(services.programmes, analytics, runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    wait_computed(qtbot, widget, runner)
    return widget


@pytest.fixture
def page(qtbot: Any, services: Services, analytics: AnalyticsService, runner: TaskRunner) -> ProgressPage:
    return make_page(qtbot, services, analytics, runner)


def wait_computed(qtbot: Any, page: ProgressPage, runner: TaskRunner) -> None:
    """Wait out the filter debounce and the computation."""
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=2000)
    settle(runner)
    settle(runner)  # programme list → options → dashboard
    assert not page.busy()


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def column(panel: ChartPanel, header: str) -> list[str]:
    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.proxy.columnCount())]
    at = headers.index(header)
    return [row[at] for row in panel.table_text()]


def row_of(panel: ChartPanel, first_cell: str) -> list[str]:
    return next(row for row in panel.table_text() if row[0] == first_cell)


def flt(page: ProgressPage, **kwargs: Any) -> AnalyticsFilter:
    return AnalyticsFilter(programme_id=page.filters.programme_id(), **kwargs)


def test_every_chart_shows_the_services_numbers(page: ProgressPage, analytics: AnalyticsService) -> None:
    assert page.status.text().startswith("Computed in")
    for name, panel in page.panels().items():
        assert not panel.is_empty(), name
    funnel = analytics.funnel(flt(page))
    nominated = next(s for s in funnel.stages if s.stage == STAGE_NOMINATED)
    assert row_of(page.funnel, "Nominated")[1:6] == [f"{nominated.count:,}", f"{nominated.female:,}",
                                                    f"{nominated.male:,}", f"{nominated.not_recorded:,}", "100.0 %"]
    assert nominated.count == DEMO_TRAINEES
    trained = analytics.trained(flt(page)).totals(BY_SEX)
    assert row_of(page.trained, "Female")[1] == f"{trained[Sex.FEMALE.value]:,}"
    assert row_of(page.trained, "Male")[1] == f"{trained[Sex.MALE.value]:,}"
    capability = analytics.capability(flt(page))
    assert column(page.capability, "Code") == [r.code for r in capability.rows]
    first = capability.rows[0]
    assert row_of(page.capability, first.code)[4:6] == [f"{first.baseline_level:.2f}", f"{first.latest_level:.2f}"]
    assert page.capability.note.text().startswith(f"{capability.units_assessed} unit(s) assessed")
    attendance = analytics.attendance(flt(page))
    assert column(page.attendance, "Cohort") == [c.cohort_name for c in attendance.cohorts]
    assert f"{attendance.total.attended} of {attendance.total.counted}" in page.attendance.note.text()
    gains = analytics.scores(flt(page)).gains
    assert len(page.gains.table_text()) == len(gains)


def test_filters_recompute_the_figures(qtbot: Any, page: ProgressPage, runner: TaskRunner,
                                       analytics: AnalyticsService) -> None:
    before = row_of(page.funnel, "Nominated")
    choose(page.filters.sex, Sex.FEMALE.value)
    wait_computed(qtbot, page, runner)
    female = row_of(page.funnel, "Nominated")
    assert female[1] == before[2] and female[3] == "0"  # all of them women, no man left
    assert [row[0] for row in page.trained.table_text()] == ["Female"]
    assert page.dashboard is not None and page.dashboard.filter.sex == Sex.FEMALE.value

    page.filters.reset()
    cohort_id = page.filters.cohort.itemData(1)
    choose(page.filters.cohort, cohort_id)
    wait_computed(qtbot, page, runner)
    expected = analytics.attendance(flt(page, cohort_id=cohort_id))
    assert column(page.attendance, "Cohort") == [c.cohort_name for c in expected.cohorts] and len(expected.cohorts) == 1
    assert column(page.attendance, "Rate")[0] == f"{expected.cohorts[0].tally.rate:.1f} %"


def test_a_unit_includes_its_sub_units(qtbot: Any, page: ProgressPage, runner: TaskRunner,
                                       analytics: AnalyticsService) -> None:
    units = analytics.filter_options(str(page.filters.programme_id())).units
    parent, child = next((a, b) for a, b in itertools.pairwise(units) if a.depth >= 1 and b.depth > a.depth)

    def nominated(unit_id: str) -> int:
        figure = analytics.funnel(flt(page, unit_id=unit_id))
        return next(s for s in figure.stages if s.stage == STAGE_NOMINATED).count

    choose(page.filters.unit, parent.id)
    wait_computed(qtbot, page, runner)
    assert row_of(page.funnel, "Nominated")[1] == f"{nominated(parent.id):,}"
    assert nominated(child.id) < nominated(parent.id) < DEMO_TRAINEES
    assert page.filters.unit.currentText() == "    " * parent.depth + parent.label  # indented in its tree


def test_a_filter_that_selects_nothing_says_so(qtbot: Any, page: ProgressPage, runner: TaskRunner) -> None:
    shown = page.dashboard
    page.filters.set_period(date(2025, 6, 1), date(2025, 1, 1))  # ends before it starts: refused, not computed
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=2000)
    settle(runner)
    assert "ends before it starts" in page.status.text()
    assert page.dashboard is shown

    page.filters.set_period(date(2040, 1, 1), date(2040, 12, 31))  # nothing happened then
    wait_computed(qtbot, page, runner)
    for name, panel in page.panels().items():
        assert panel.is_empty(), name
        assert panel.empty.text() == "No data for these filters."


def test_a_newer_filter_supersedes_a_computation_still_running(qtbot: Any, page: ProgressPage,
                                                               runner: TaskRunner) -> None:
    page.recompute()
    first = page._pending
    choose(page.filters.sex, Sex.MALE.value)
    page.recompute()  # at once, without the debounce
    assert first is not None and first.token.cancelled
    wait_computed(qtbot, page, runner)
    assert page.dashboard is not None and page.dashboard.filter.sex == Sex.MALE.value
    assert [row[0] for row in page.trained.table_text()] == ["Male"]


def plot_pixels(panel: ChartPanel) -> QImage:
    """The plot area (inside the axes) as drawn on screen."""
    chart = panel.chart
    area = chart.view.mapFromScene(chart.plot.vb.sceneBoundingRect()).boundingRect()
    image = chart.view.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.copy(QRect(int(area.x() * ratio), int(area.y() * ratio), int(area.width() * ratio),
                            int(area.height() * ratio)))


def share_of(image: QImage, colour: str) -> float:
    """Share of the (sampled) pixels painted exactly in `colour`."""
    target = QColor(colour).rgb()
    grid = [image.pixel(x, y) == target for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    return sum(grid) / len(grid)


def test_each_chart_draws_its_data(page: ProgressPage, tmp_path: Path) -> None:
    d = page.dashboard
    assert d is not None
    # (chart, series, its colour): number of points it must hold
    expected = {
        ("capability", "baseline", palette.BEFORE): len(d.capability.rows),
        ("gains", "post", palette.AFTER): len(d.scores.gains),
        ("distribution", "pre", palette.BEFORE): 10,
        ("attendance", "months", palette.BLUE): len([m for m in d.attendance.months if m.tally.rate is not None]),
        ("trained", f"{BY_SEX}:{Sex.MALE.value}", palette.sex_colour(Sex.MALE)): len(d.trained.months),
        ("funnel", "total", FUNNEL_TOTAL): 5,
    }
    panels = page.panels()
    for (name, key, colour), count in expected.items():
        panel = panels[name]
        page.tabs.setCurrentIndex(next(i for i in range(page.tabs.count())
                                       if page.tabs.widget(i).isAncestorOf(panel) or page.tabs.widget(i) is panel))
        QApplication.processEvents()
        assert panel.chart.point_count(key) == count > 0, name
        pixels = plot_pixels(panel)
        pixels.save(str(tmp_path / f"{name}.png"))
        assert pixels.width() > 300 and pixels.height() > 150, name
        assert share_of(pixels, colour) > 0.001, f"{name}: {key} is not drawn in the plot area"
        assert share_of(pixels, palette.BACKGROUND) > 0.2, name


def test_a_data_change_refreshes_the_charts_in_place(qtbot: Any, own_services: Services, runner: TaskRunner) -> None:
    services = own_services
    page = make_page(qtbot, services, services.analytics, runner)
    items = {name: {key: panel.chart.plot_item(key) for key in panel.chart.series_keys()}
             for name, panel in page.panels().items()}
    on_plots = {name: len(panel.chart.plot.items) for name, panel in page.panels().items()}
    assert page.dashboard is not None
    session = page.dashboard.attendance.sessions[0]
    before = row_of(page.attendance, session.cohort_name)
    present = next(r for r in services.attendance.register(session.session_id)
                   if r.status == AttendanceStatus.PRESENT.value)
    services.attendance.mark(session.session_id, present.person_id, AttendanceStatus.ABSENT.value)
    page.on_changed(Changes.of(ATTENDANCE))
    wait_computed(qtbot, page, runner)
    after = row_of(page.attendance, session.cohort_name)
    assert int(after[4]) == int(before[4]) - 1 and int(after[5]) == int(before[5]) + 1  # attended, absent
    for name, panel in page.panels().items():
        for key, kept in items[name].items():
            assert panel.chart.plot_item(key) is kept, (name, key)
        assert len(panel.chart.plot.items) == on_plots[name], name  # nothing added beside them


def test_a_trainees_own_progress_opens_from_the_trainee_list(qtbot: Any, services: Services,
                                                             analytics: AnalyticsService, runner: TaskRunner) -> None:
    programme_id = services.programmes.list()[0].id
    session = analytics.attendance(AnalyticsFilter(programme_id=programme_id)).sessions[0]
    person = services.attendance.register(session.session_id)[0]
    expected = analytics.trainee_progress(person.person_id)
    trainees = TraineesPage(services.programmes, services.units, services.trainees, runner, analytics=analytics)
    qtbot.addWidget(trainees)
    trainees.show()
    qtbot.waitExposed(trainees)
    settle(runner)
    assert trainees.progress_button.isVisible() and not trainees.progress_button.isEnabled()
    trainees.search.setText(person.service_number)
    trainees.reload()
    settle(runner)
    trainees.table.selectRow(0)
    assert trainees.selected() is not None and trainees.selected().id == person.person_id
    QTest.mouseClick(trainees.progress_button, Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, TraineeProgressDialog, "traineeProgressDialog")
    settle(runner)
    assert expected.display_name in dialog.windowTitle()
    assert len(dialog.panel.table_text()) == len(expected.points) > 0
    drawn = sum(dialog.panel.chart.point_count(key) for key in dialog.panel.chart.series_keys())
    assert drawn == len(expected.points)
    first = expected.points[0]
    assert dialog.panel.table_text()[0][0] == first.on.isoformat()
    dialog.close()


def test_hover_reads_out_the_exact_value_and_a_chart_exports(page: ProgressPage, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page.tabs.setCurrentWidget(page.funnel)
    QApplication.processEvents()
    chart = page.funnel.chart
    total = chart.plotted("total")
    point = chart.view.mapFromScene(chart.plot.vb.mapViewToScene(QPointF(float(total.xs[0]), 10.0)))
    move_mouse(chart.view.viewport(), point)
    assert chart.readout_text() == f"All · Nominated: {DEMO_TRAINEES:,}"

    target = tmp_path / "funnel.png"
    monkeypatch.setattr(export, "png_path", lambda _parent, _title: target)
    messages: list[str] = []
    page.status_message.connect(messages.append)
    page.funnel.export_button.click()
    assert not QImage(str(target)).isNull()
    assert messages == [f"Chart saved to {target}."]


def test_the_filters_are_reached_by_keyboard(qtbot: Any, page: ProgressPage) -> None:
    page.activateWindow()
    QTest.keyClick(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert page.filters.unit.hasFocus()
    QTest.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "From": its "Set" box first
    assert page.filters.date_from.check.hasFocus()
    QTest.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert page.filters.rank.hasFocus()
