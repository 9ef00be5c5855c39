"""The traceability page: the matrix lists each gap with the modules addressing it, highlights a gap
no module addresses, lists modules serving no gap; the filter narrows, the columns sort."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from ui_helpers import settle

from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.units import UnitInput
from trainmgr.ui.assessment_labels import NO_MODULE
from trainmgr.ui.pages.traceability_page import TraceabilityPage
from trainmgr.ui.table_models.traceability_model import CODE, GAP, MODULES, TraceabilityTableModel
from trainmgr.ui.tasks import TaskRunner


@pytest.fixture
def world(app_services: Services) -> dict[str, Any]:
    s = app_services
    programme = s.programmes.create(ProgrammeInput(code="EUTM-ML", name="Mali training mission"))
    unit = s.units.create(programme.id, UnitInput(name="2nd Infantry Battalion", kind="battalion"))
    framework = s.frameworks.list()[0]
    assessment = s.assessments.create(AssessmentInput(programme.id, unit.id, framework.id, date(2025, 3, 1)))
    a, b = s.assessments.findings(assessment.id)[:2]
    s.assessments.set_finding(assessment.id, a.competency_id, current_level=1, required_level=4, priority="high")
    s.assessments.set_finding(assessment.id, b.competency_id, current_level=2, required_level=3)
    curriculum = s.curricula.create(programme.id, "Logistics course")
    module = s.curricula.add_module(curriculum.id, ModuleInput(title="Supply chain basics", code="LOG-1", hours=8))
    s.curricula.set_target(module.id, a.competency_id, 4)
    s.curricula.add_module(curriculum.id, ModuleInput(title="Drill and ceremony", code="DRL-1"))
    return {"a": a, "b": b}


@pytest.fixture
def page(qtbot: Any, app_services: Services, runner: TaskRunner, world: dict[str, Any]) -> TraceabilityPage:
    widget = TraceabilityPage(app_services.programmes, app_services.traceability, runner)
    runner.changed.connect(widget.on_changed)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(runner)
    return widget


def shown(page: TraceabilityPage, column: int) -> list[str]:
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_matrix_lists_gaps_modules_and_highlights_the_unaddressed(page: TraceabilityPage,
                                                                  world: dict[str, Any]) -> None:
    a, b = world["a"], world["b"]
    assert shown(page, CODE) == [a.code, b.code]  # ranked: high priority × 3 first
    assert shown(page, MODULES) == ["LOG-1 Supply chain basics", "— no module —"]
    assert page.proxy.index(1, CODE).data(Qt.ItemDataRole.BackgroundRole) == NO_MODULE
    assert page.proxy.index(0, CODE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 with no module" in page.summary.text()
    assert page.unserved.rowCount() == 1
    assert page.unserved.item(0, 0).text() == "DRL-1 Drill and ceremony"
    assert page.unserved.item(0, 3).text() == "Targets no competency"


def test_filter_narrows_and_columns_sort(qtbot: Any, page: TraceabilityPage, world: dict[str, Any]) -> None:
    a, b = world["a"], world["b"]
    qtbot.keyClicks(page.search, "supply chain")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert shown(page, CODE) == [a.code]
    page.search.clear()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    qtbot.mouseClick(page.only_unaddressed, Qt.MouseButton.LeftButton)
    assert shown(page, CODE) == [b.code]
    qtbot.mouseClick(page.only_unaddressed, Qt.MouseButton.LeftButton)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, GAP))
    assert shown(page, GAP) == ["1", "3"]  # ascending by number


def _section_centre(header: Any, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_model_passes_qt_checks(page: TraceabilityPage, qapp: Any) -> None:
    model = TraceabilityTableModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([page.model.row_at(i) for i in range(page.model.rowCount())])
    assert model.rowCount() == 2 and tester is not None
