"""Print a session's attendance sheet or an instrument's score sheet to PDF: ask where (a save dialog),
then read the register or score grid and paint the PDF on the worker thread, with progress and cancel
(QPainter on QPdfWriter is allowed off the GUI thread). One sentence on `message` when done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from trainmgr.domain.delivery_records import SessionRow
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.evaluations import EvaluationService
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui import file_dialogs
from trainmgr.ui.errors import show_error
from trainmgr.ui.printing.sheet_pdf import write_pdf
from trainmgr.ui.printing.sheets import attendance_sheet, score_sheet
from trainmgr.ui.tasks import TaskRunner


def _safe_name(text: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in "-_ " else " " for ch in text)
    return "-".join(kept.split())[:60] or "sheet"


def pdf_path(chosen: Path) -> Path:
    """The save dialog adds .xlsx to a bare name: a sheet is always a .pdf."""
    if chosen.suffix.lower() == ".pdf":
        return chosen
    return chosen.with_suffix(".pdf") if chosen.suffix.lower() == ".xlsx" else chosen.with_name(chosen.name + ".pdf")


class PaperSheets(QObject):
    message = Signal(str)
    written = Signal(object)  # the Path of the PDF, once complete

    def __init__(self, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner, self._widget = runner, parent

    def _ask(self, title: str, suggested: str) -> Path | None:
        chosen = file_dialogs.save_path(self._widget, title, suggested, self.tr("PDF files (*.pdf)"),
                                        purpose="printing")
        return pdf_path(chosen) if chosen is not None else None

    def _run(self, work: Callable[[ProgressFn, CancelToken], int], path: Path) -> None:
        def done(pages: int) -> None:
            self.message.emit(self.tr("Sheet saved: {name} (%n page(s)).", "", pages).format(name=path.name))
            self.written.emit(path)

        self._runner.run(work, on_done=done, on_error=lambda exc: show_error(self._widget, exc),
                         progress_dialog_title=self.tr("Printing to PDF"), parent=self._widget)

    def print_attendance(self, attendance: AttendanceService, session: SessionRow, programme: str) -> Path | None:
        path = self._ask(self.tr("Save the attendance sheet"),
                         _safe_name(f"attendance {session.cohort_name} {session.session_date:%Y-%m-%d}") + ".pdf")
        if path is None:
            return None

        def work(progress: ProgressFn, cancel: CancelToken) -> int:
            register = attendance.register(session.id)
            cancel.check()
            return write_pdf(attendance_sheet(programme, session, register), path, progress, cancel)

        self._run(work, path)
        return path

    def print_scores(self, evaluations: EvaluationService, instrument_id: str, title: str, programme: str,
                     cohort: str) -> Path | None:
        path = self._ask(self.tr("Save the score sheet"), _safe_name(f"scores {cohort} {title}") + ".pdf")
        if path is None:
            return None

        def work(progress: ProgressFn, cancel: CancelToken) -> int:
            grid = evaluations.score_grid(instrument_id)
            cancel.check()
            return write_pdf(score_sheet(programme, cohort, grid), path, progress, cancel)

        self._run(work, path)
        return path
