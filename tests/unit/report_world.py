"""Fixtures for the report tests (no Qt): a small demo programme built once per session, helpers to
export a report and to read every cell of a workbook back. The application is imported inside the
functions (as in tests/conftest.py): this module is loaded by tests/unit/conftest.py for every unit test."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from trainmgr.services.container import Services
    from trainmgr.services.reports import ReportService

DEMO_TRAINEES = 120


@dataclass
class Demo:
    services: Services
    reports: ReportService
    programme_id: str
    tmp: Path

    def export(self, kind: str, name: str | None = None, **kw: Any) -> Path:
        from trainmgr.services.report_context import PersonalData, ReportKind, ReportRequest

        level = kw.pop("personal_data", "full")
        path = self.tmp / (name or f"{kind}-{level}-{kw.get('language', 'en')}.xlsx")
        self.reports.export(ReportRequest(ReportKind(kind), programme_id=self.programme_id,
                                          personal_data=PersonalData(level), **kw), path)
        return path

    def cohort_id(self) -> str:
        """The demo cohort with the most sessions held and instruments (a full register)."""
        cohorts = self.services.cohorts.list(self.programme_id)
        return max(cohorts, key=lambda c: (len(self.services.evaluations.list_instruments(c.id)),
                                           len(self.services.sessions.list_for_cohort(c.id)), c.enrolled)).id

    def assessed_unit_id(self) -> str:
        return self.services.gaps.ranked(self.programme_id)[0].unit_id


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from trainmgr.services.demo import DemoBuilder
    from trainmgr.services.session_open import open_services

    path = tmp_path_factory.mktemp("reports") / "demo.db"
    services = open_services(path, user="tester")
    try:
        DemoBuilder(services.db).build(trainees=DEMO_TRAINEES, seed=3)
    finally:
        services.db.close()
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Iterator[Demo]:
    """The session's demo programme (reports only read it) and this test's folder for the files."""
    from trainmgr.db.engine import Database, make_engine
    from trainmgr.services.container import Services
    from trainmgr.services.reports import ReportService

    services = Services.build(Database(demo_db, make_engine(demo_db), "tester"))
    try:
        programme_id = services.programmes.list()[0].id
        yield Demo(services, ReportService(services.db), programme_id, tmp_path)
    finally:
        services.db.close()


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return [tuple(row) for row in wb[sheet].iter_rows(values_only=True)]


def table(path: Path, sheet: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The header (row 4) and the data rows of a report table (totals row included if any)."""
    rows = sheet_rows(path, sheet)
    return [str(h) for h in rows[3]], rows[4:]


def every_text(path: Path) -> str:
    """Every cell value of every sheet and the document properties, as one text (to search)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    parts = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    props = wb.properties
    parts += [str(x) for x in (props.title, props.subject, props.description, props.keywords) if x]
    with zipfile.ZipFile(path) as z:  # charts and anything else openpyxl does not load as cells
        parts += [z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml")]
    return "\n".join(parts)
