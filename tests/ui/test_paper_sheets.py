"""Paper fallback: the attendance sheet (cohorts page) and the score sheet (evaluations page) printed to PDF
for a 60-trainee cohort: the file is a PDF of 3 A4 pages ("Page n of 3" on each, the header repeated), the
trainees are listed with line numbers in the order of the on-screen grids, with their service numbers;
a sheet with many competency columns is landscape; a cancelled print, or one into a folder that does not exist
(a clear message), leaves no file behind."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from ui_helpers import settle

from trainmgr.domain.evaluation_records import GridColumn, InstrumentRow, ScoreGrid, ScoreGridRow
from trainmgr.errors import Cancelled, TrainmgrError
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.evaluations import InstrumentInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sessions import SessionInput
from trainmgr.services.tasks import CancelToken, no_progress
from trainmgr.services.trainees import TraineeInput
from trainmgr.ui import file_dialogs
from trainmgr.ui.pages.cohorts_page import CohortsPage
from trainmgr.ui.pages.evaluations_page import EvaluationsPage
from trainmgr.ui.printing.sheet_pdf import write_pdf
from trainmgr.ui.printing.sheets import score_sheet
from trainmgr.ui.tasks import TaskRunner

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                                reason="needs poppler-utils (pdftotext, pdfinfo) to read the PDF back")
TODAY = date.today()
SIZE = 60


@dataclass
class World:
    cohort_id: str
    register_order: list[tuple[str, str]]  # (name as printed, service number), by family then given names


@pytest.fixture
def world(app_services: Services) -> World:
    sv = app_services
    pid = sv.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    cur = sv.curricula.create(pid, "Logistics")
    module = sv.curricula.add_module(cur.id, ModuleInput(title="Supply chain"))
    sv.curricula.approve(cur.id)
    cohort = sv.cohorts.create(CohortInput(pid, "Logistics 1", curriculum_id=cur.id,
                                           start_date=TODAY - timedelta(days=10))).id
    people = [(f"Family{(i * 37) % SIZE:02d}", f"Given{i:02d}", f"00{i:04d}") for i in range(SIZE)]
    random.Random(4).shuffle(people)  # created in no particular order
    for family, given, number in people:
        pid_ = sv.trainees.create(TraineeInput(pid, family, given, service_number=number, vetting_status="cleared",
                                               vetting_date=TODAY - timedelta(days=60))).id
        sv.cohorts.enrol(cohort, pid_, today=TODAY - timedelta(days=10))
    sv.sessions.schedule(SessionInput(cohort, TODAY - timedelta(days=1), module_id=module.id, title="Loading drill",
                                      start_time=time(8), end_time=time(10), place="Camp Boiro"))
    sv.evaluations.create_instrument(InstrumentInput(cohort, "post_test", "Post-test logistics",
                                                     given_on=TODAY, max_score=100, pass_mark=60))
    order = sorted(people, key=lambda p: (p[0].lower(), p[1].lower()))
    return World(cohort, [(f"{f} {g}", n) for f, g, n in order])


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The save dialog answers a bare name, which the real dialog turns into NAME.xlsx."""
    asked: list[Path] = []

    def save_path(_parent: Any, _title: str, suggested: str, file_filter: str, purpose: str = "") -> Path:
        assert suggested.endswith(".pdf") and "*.pdf" in file_filter
        asked.append(tmp_path / f"sheet{len(asked)}.xlsx")
        return asked[-1]

    monkeypatch.setattr(file_dialogs, "save_path", save_path)
    return asked


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def assert_register_order(path: Path, world: World) -> None:
    text = pdf_text(path)
    lines = [line for line in text.splitlines() if re.match(r"\s*\d+\s+Family", line)]
    assert len(lines) == SIZE
    for number, (line, (name, service_number)) in enumerate(zip(lines, world.register_order, strict=True), 1):
        assert re.match(rf"\s*{number}\s+{name}\s+{service_number}\b", line), (number, line)
    for page in (1, 2, 3):  # the header and the page number on every page
        on_page = pdf_text(path, page)
        assert f"Page {page} of 3" in on_page and "Service no." in on_page and "Programme:" in on_page


def test_attendance_sheet_of_a_session(qtbot: Any, app_services: Services, runner: TaskRunner, world: World,
                                       save_to: list[Path]) -> None:
    sv = app_services
    page = CohortsPage(sv.programmes, sv.curricula, sv.cohorts, sv.trainees, sv.sessions, sv.attendance, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settle(runner)
    assert not page.panel.print_button.isEnabled()  # no session selected
    page.panel.sessions.selectRow(0)
    settle(runner)
    screen = [page.panel.register_model.index(r, 0).data() for r in range(page.panel.register_model.rowCount())]
    assert screen == [name for name, _n in world.register_order]
    page.panel.print_button.click()
    settle(runner)
    pdf = save_to[0].with_suffix(".pdf")
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF") and not save_to[0].exists()
    assert pdf_pages(pdf) == 3
    assert_register_order(pdf, world)
    first = pdf_text(pdf, 1)
    for expected in ("Attendance sheet", "Sahel (SAH)", "Logistics 1", "Loading drill", "Camp Boiro", "08:00–10:00",
                     "Signature", "P = Present"):
        assert expected in first
    page.close()


def test_score_sheet_of_an_instrument(qtbot: Any, app_services: Services, runner: TaskRunner, world: World,
                                      save_to: list[Path]) -> None:
    sv = app_services
    page = EvaluationsPage(sv.programmes, sv.cohorts, sv.evaluations, sv.completion, runner, curricula=sv.curricula)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settle(runner)
    assert not page.print_button.isEnabled()
    page.instruments.selectRow(0)
    settle(runner)
    screen = [page.score_model.index(r, 0).data() for r in range(page.score_model.rowCount())]
    assert screen == [name for name, _n in world.register_order]
    page.print_button.click()
    settle(runner)
    pdf = save_to[0].with_suffix(".pdf")
    assert pdf_pages(pdf) == 3
    assert_register_order(pdf, world)
    first = pdf_text(pdf, 1)
    for expected in ("Score sheet", "Post-test logistics", "Score (max 100)", "pass mark 60", "Initials"):
        assert expected in first
    assert re.search(r"Page size:\s+595 x 842 pts", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                   text=True).stdout)  # A4 portrait
    page.close()


def grid(columns: int, rows: int) -> ScoreGrid:
    inst = InstrumentRow("i", "p", "c", None, "practical_checklist", "behaviour", "Convoy checklist", TODAY, 100, 60)
    return ScoreGrid(inst, tuple(GridColumn(f"c{k}", f"LOG-{k} Plan a convoy", 20) for k in range(columns)),
                     tuple(ScoreGridRow(f"p{i}", f"Family{i:02d}", "Given", f"{i:05d}", "", "", "enrolled", ())
                           for i in range(rows)))


def test_many_columns_print_landscape_and_a_cancelled_or_failed_print_leaves_nothing(qapp: Any, tmp_path: Path) -> None:
    sheet = score_sheet("Sahel (SAH)", "Logistics 1", grid(6, SIZE))
    path = tmp_path / "wide.pdf"
    pages = write_pdf(sheet, path, no_progress, CancelToken())
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+842 x 595 pts", info)  # A4 landscape: fewer rows a page
    assert pages == pdf_pages(path) == 5
    text = pdf_text(path, 1)
    assert "LOG-5 Plan a" in text and "GO / NO-GO" in text and f"Page 1 of {pages}" in text
    twelve = score_sheet("Sahel (SAH)", "Logistics 1", grid(12, 3)).columns
    assert [c.title for c in twelve[3:5]] == ["LOG-0 (max 20)", "LOG-1 (max 20)"]  # narrow: the code alone
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        write_pdf(sheet, tmp_path / "cancelled.pdf", no_progress, token)
    with pytest.raises(TrainmgrError, match=r"Cannot write the PDF .*missing.*x\.pdf"):
        write_pdf(sheet, tmp_path / "missing" / "x.pdf", no_progress, CancelToken())
    assert list(tmp_path.iterdir()) == [path]


@pytest.fixture(autouse=True)
def _close(runner: TaskRunner) -> Iterator[None]:
    yield
    settle(runner)
