"""Cohorts of a programme: a new cohort (curriculum version, dates, units), the roster with enrolment
status and status changes with their reason, enrolment through the vetting rule,
the cohort's sessions (schedule, hold, cancel with a reason), the keyboard attendance register of a
session (each mark saved in the background) and the cohort's attendance rate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from trainmgr.domain.assessment_records import CurriculumDetail, CurriculumRow, ModuleRow
from trainmgr.domain.changes import CURRICULA, DELIVERY, PEOPLE, PROGRAMMES, Changes
from trainmgr.domain.delivery_records import AttendanceRate, CohortRow, EnrolmentRow, RegisterRow, SessionRow
from trainmgr.domain.enums import EnrolmentStatus, SessionStatus
from trainmgr.domain.records import ProgrammeRow, UnitRow
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.cohorts import CohortService
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.sessions import SessionService
from trainmgr.services.trainees import TraineeService
from trainmgr.services.units import UnitService
from trainmgr.ui.dialogs.cohort_dialog import CohortDialog
from trainmgr.ui.dialogs.enrol_dialog import EnrolDialog
from trainmgr.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from trainmgr.ui.dialogs.session_dialog import SessionDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.formatting import format_date, format_number
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.enrolment_flow import EnrolmentFlow
from trainmgr.ui.pages.session_actions import SessionActions
from trainmgr.ui.printing.paper_sheets import PaperSheets
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.widgets.cohort_list import CohortList
from trainmgr.ui.widgets.cohort_panel import CohortPanel, selected_id
from trainmgr.ui.widgets.combos import combo_id, compact, refill_programmes

ATTENDANCE = "attendance"  # a mark changed: announced apart, so the register being typed is not reloaded


class CohortsPage(Page):
    topics = (PROGRAMMES, CURRICULA, PEOPLE, DELIVERY)

    def __init__(self, programmes: ProgrammeService, curricula: CurriculumService, cohorts: CohortService,
                 trainees: TraineeService, sessions: SessionService, attendance: AttendanceService,
                 runner: TaskRunner, parent: QWidget | None = None, *, units: UnitService | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self._created_cohort: str | None = None
        self._roster_rows: list[EnrolmentRow] = []
        self._programmes, self._curricula, self._cohorts = programmes, curricula, cohorts
        self._trainees, self._sessions, self._attendance, self._runner = trainees, sessions, attendance, runner
        self._session_rows: list[SessionRow] = []
        self._modules: list[ModuleRow] = []
        self._roster_ids: set[str] = set()
        self._register_of: str | None = None  # the session whose register is shown
        self._saving = 0
        self._build()
        self._connect()

    def title(self) -> str:
        return self.tr("Cohorts")

    def _build(self) -> None:
        self.setObjectName("cohortsPage")
        self.programme = compact(QComboBox())
        self.cohorts = CohortList()
        self.panel = CohortPanel()
        self.enrolment = EnrolmentFlow(self._cohorts, self._runner, self, self.status_message.emit)
        self.session_actions = SessionActions(self._sessions, self._runner, self)
        self.paper = PaperSheets(self._runner, self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cohorts)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 900])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:")))
        top.addWidget(self.programme, 1)
        self._build_cohort_buttons(top)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _connect(self) -> None:
        p = self.panel
        self.programme.currentIndexChanged.connect(lambda _i: self._load_cohorts())
        self.cohorts.currentItemChanged.connect(lambda _c, _p: self._load_cohort())
        p.sessions.itemSelectionChanged.connect(self._session_changed)
        p.enrol_button.clicked.connect(self.open_enrol)
        p.schedule_button.clicked.connect(self.open_schedule)
        p.hold_button.clicked.connect(self.hold)
        p.cancel_button.clicked.connect(self.cancel)
        p.print_button.clicked.connect(self.print_attendance_sheet)
        self.paper.message.connect(self.status_message)
        p.register_model.mark_requested.connect(self._save_mark)
        p.register.hint.connect(self.status_message)
        self.session_actions.message.connect(self.status_message)
        self.session_actions.scheduled.connect(self._scheduled)
        self.session_actions.cancelled.connect(p.cancel_note.clear)
        self._connect_cohort_buttons()

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._runner.run(self._programmes.list, on_done=self._show_programmes)

    def _show_programmes(self, rows: list[ProgrammeRow]) -> None:
        refill_programmes(self.programme, rows)
        self._load_cohorts()

    def _load_cohorts(self) -> None:
        pid = combo_id(self.programme)
        self._runner.run(lambda: self._cohorts.list(pid) if pid else [], on_done=self._show_cohorts)

    def _show_cohorts(self, rows: list[CohortRow]) -> None:
        self.cohorts.show_rows(rows)
        self._select_created_cohort()
        self._load_cohort()

    def cohort_id(self) -> str | None:
        return self.cohorts.selected_id()

    def cohort(self) -> CohortRow | None:
        return self.cohorts.selected()

    def _load_cohort(self) -> None:
        cohort = self.cohort()
        if cohort is None:
            self.panel.show_roster([])
            self._show_sessions([])
            self.panel.rate.clear()
            return
        cid, cur = cohort.id, cohort.curriculum_id
        self._runner.run(lambda: self._cohorts.roster(cid), on_done=self._show_roster)
        self._runner.run(lambda: self._curricula.get(cur) if cur else None, on_done=self._show_modules)
        self._runner.run(lambda: self._sessions.list_for_cohort(cid), on_done=self._show_sessions)
        self._load_rate()

    def _show_roster(self, rows: list[EnrolmentRow]) -> None:
        self._roster_ids = {r.person_id for r in rows}
        self._roster_rows = rows
        self.panel.show_roster(rows)
        self._update_cohort_buttons()

    def _show_modules(self, detail: CurriculumDetail | None) -> None:
        self._modules = list(detail.modules) if detail else []

    def _load_rate(self) -> None:
        cid = self.cohort_id()
        if cid:
            self._runner.run(lambda: self._attendance.rate_for_cohort(cid), on_done=self._show_rate)

    def _show_rate(self, rate: AttendanceRate) -> None:
        if rate.rate is None:
            self.panel.rate.setText(self.tr("Attendance: no held session marked yet."))
            return
        text = self.tr("Attendance: {rate} % ({attended} of {expected} expected attendances)").format(
            rate=format_number(rate.rate, 1), attended=rate.attended, expected=rate.expected)
        if rate.unmarked:
            text += self.tr(" · %n not marked yet", "", rate.unmarked)
        self.panel.rate.setText(text)

    def _show_sessions(self, rows: list[SessionRow]) -> None:
        self._session_rows = rows
        self.panel.show_sessions(rows, self.panel.session_id() or self._register_of)
        self._session_changed()

    def session(self) -> SessionRow | None:
        sid = self.panel.session_id()
        return next((r for r in self._session_rows if r.id == sid), None)

    def _session_changed(self) -> None:
        self._update_buttons()
        session = self.session()
        if session is None:
            self._register_of = None
            self.panel.register_model.set_rows([], read_only=True)
            self.panel.register_label.setText(self.tr("Select a session to take its attendance."))
            return
        sid = session.id
        self._runner.run(lambda: self._attendance.register(sid),
                         on_done=lambda rows: self._show_register(session, rows))

    def _show_register(self, session: SessionRow, rows: list[RegisterRow]) -> None:
        if session.id != self.panel.session_id():
            return  # another session was selected meanwhile
        grid, model = self.panel.register, self.panel.register_model
        cursor = grid.currentIndex().row() if session.id == self._register_of else 0
        self._register_of = session.id
        markable = session.status != SessionStatus.CANCELLED.value and session.session_date <= date.today()
        model.set_rows(rows, read_only=not markable)
        if rows:
            grid.setCurrentIndex(model.index(min(max(cursor, 0), len(rows) - 1), 4))
        title = f"{format_date(session.session_date)} — {session.title or session.module_title}"
        hint = (self.tr("type P, L, A, E or N for each trainee; arrows move") if markable
                else self.tr("cannot be marked (cancelled, or not yet taken place)"))
        self.panel.register_label.setText(f"<b>{title}</b>: {hint}")

    def _update_buttons(self) -> None:
        self.panel.update_buttons(self.cohort_id() is not None, self.session())
        self._update_cohort_buttons()

    def can_close(self) -> bool:
        """Every mark is saved in the background: let the saves still queued finish first."""
        if self._saving:
            self._runner.wait_idle(10_000)
        return True

    # --- editing -------------------------------------------------------------------------------
    def open_enrol(self) -> EnrolDialog | None:
        cohort = self.cohort()
        if cohort is None:
            return None
        dialog = EnrolDialog(self._trainees, self._runner, cohort.programme_id, set(self._roster_ids), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda rows: self.enrolment.start(cohort.id, rows))
        dialog.open()
        return dialog

    def open_schedule(self) -> SessionDialog | None:
        cid = self.cohort_id()
        return self.session_actions.schedule(cid, self._modules) if cid else None

    def _scheduled(self, session_id: str) -> None:
        self._register_of = session_id  # the reload that follows selects it

    def hold(self) -> None:
        session = self.session()
        if session is not None:
            self.session_actions.hold(session)

    def cancel(self) -> None:
        session = self.session()
        if session is not None:
            self.session_actions.cancel(session, str(self.panel.cancel_reason.currentData()),
                                        self.panel.cancel_note.text())

    def print_attendance_sheet(self) -> None:
        session = self.session()
        if session is not None:
            self.paper.print_attendance(self._attendance, session, self.programme.currentText())

    def _save_mark(self, person_id: str, status: str | None, old: str | None) -> None:
        session_id, model = self._register_of, self.panel.register_model
        if session_id is None:
            return

        def saved(row: RegisterRow | None) -> None:
            self._saving -= 1
            if row is not None:
                model.apply_saved(row)
            self._load_rate()
            current = self.session()
            if current is not None and current.id == session_id and current.status == SessionStatus.PLANNED.value:
                cid = current.cohort_id  # a mark makes a planned session held: show it
                self._runner.run(lambda: self._sessions.list_for_cohort(cid), on_done=self._show_sessions)

        def failed(exc: BaseException) -> None:
            self._saving -= 1
            if self._register_of == session_id:
                model.revert(person_id, old)
            show_error(self, exc)

        self._saving += 1
        def work() -> RegisterRow | None:
            if status is None:
                self._attendance.unmark(session_id, person_id)
                return None
            return self._attendance.mark(session_id, person_id, status)

        self._runner.run(work, on_done=saved,
                         on_error=failed, changes=Changes.of(ATTENDANCE))

    # --- new cohort, enrolment status ------------------------------------------------------------
    def _build_cohort_buttons(self, top: QHBoxLayout) -> None:
        self.new_cohort_button = QPushButton(self.tr("&New cohort…"))
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.status_button.setToolTip(self.tr("Change the status of the trainee selected on the roster"))
        top.addWidget(self.new_cohort_button)
        top.addWidget(self.status_button)

    def _connect_cohort_buttons(self) -> None:
        self.new_cohort_button.clicked.connect(self.open_new_cohort)
        self.status_button.clicked.connect(self.open_status)
        self.panel.roster.itemSelectionChanged.connect(self._update_cohort_buttons)
        self.panel.roster.doubleClicked.connect(lambda _i: self.open_status())

    def _update_cohort_buttons(self) -> None:
        if hasattr(self, "new_cohort_button"):
            self.new_cohort_button.setEnabled(combo_id(self.programme) is not None)
            self.status_button.setEnabled(self.enrolment_selected() is not None)

    def enrolment_selected(self) -> EnrolmentRow | None:
        eid = selected_id(self.panel.roster)
        return next((r for r in self._roster_rows if r.id == eid), None)

    def open_new_cohort(self) -> None:
        """Read the programme's curricula and units in the background, then open the dialog."""
        pid, units = combo_id(self.programme), self._units
        if pid is None:
            return
        self._runner.run(lambda: (self._curricula.list(pid), units.list(pid) if units else []),
                         on_done=lambda found: self._show_new_cohort(pid, *found),
                         on_error=lambda exc: show_error(self, exc))

    def _show_new_cohort(self, pid: str, curricula: list[CurriculumRow], units: list[UnitRow]) -> CohortDialog:
        dialog = CohortDialog(self._cohorts, self._runner, pid, curricula, units, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._cohort_created)
        dialog.open()
        return dialog

    def _cohort_created(self, row: CohortRow) -> None:
        self._created_cohort = row.id  # the reload that the DELIVERY change brings selects it
        self.status_message.emit(self.tr("Cohort “{name}” created.").format(name=row.name))

    def open_status(self) -> EnrolmentStatusDialog | None:
        row = self.enrolment_selected()
        if row is None:
            return None
        dialog = EnrolmentStatusDialog(self._cohorts, self._runner, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved: self.status_message.emit(
            self.tr("{name}: {status}.").format(name=f"{saved.family_name} {saved.given_names}".strip(),
                                                status=enum_label(EnrolmentStatus, saved.status))))
        dialog.open()
        return dialog

    def _select_created_cohort(self) -> None:
        created, self._created_cohort = self._created_cohort, None
        for i in range(self.cohorts.count()):
            if created is not None and self.cohorts.item(i).data(Qt.ItemDataRole.UserRole) == created:
                self.cohorts.blockSignals(True)
                self.cohorts.setCurrentRow(i)
                self.cohorts.blockSignals(False)
