"""The main window: menus, navigation on the left, pages on the right, the database in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from trainmgr import __version__
from trainmgr.domain.account_records import AccountRow
from trainmgr.domain.changes import EVERYTHING, PROGRAMMES, Changes
from trainmgr.domain.records import DatabaseInfo
from trainmgr.domain.roles import Role
from trainmgr.errors import Cancelled
from trainmgr.services.container import Services
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui.dialogs.history_dialog import add_history_action
from trainmgr.ui.dialogs.report_dialog import ReportDialog
from trainmgr.ui.dialogs.settings_dialog import SettingsDialog
from trainmgr.ui.errors import show_error
from trainmgr.ui.labels import enum_label
from trainmgr.ui.pages.assessments_page import AssessmentsPage
from trainmgr.ui.pages.audit_page import AuditTrailPage
from trainmgr.ui.pages.base import Page
from trainmgr.ui.pages.cohorts_page import CohortsPage
from trainmgr.ui.pages.conflicts_page import ConflictsPage
from trainmgr.ui.pages.curricula_page import CurriculaPage
from trainmgr.ui.pages.evaluations_page import EvaluationsPage
from trainmgr.ui.pages.exchange_page import ExchangePage
from trainmgr.ui.pages.framework_page import FrameworkPage
from trainmgr.ui.pages.lessons_page import LessonsPage
from trainmgr.ui.pages.programmes_page import ProgrammesPage
from trainmgr.ui.pages.progress_page import ProgressPage
from trainmgr.ui.pages.traceability_page import TraceabilityPage
from trainmgr.ui.pages.trainees_page import TraineesPage
from trainmgr.ui.pages.units_page import UnitsPage
from trainmgr.ui.pages.welcome_page import WelcomePage
from trainmgr.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DemoBuilder = Callable[[ProgressFn, CancelToken], object]
GEOMETRY_KEY, STATE_KEY, SPLITTER_KEY = "main_window/geometry", "main_window/state", "main_window/splitter"


class MainWindow(QMainWindow):
    def __init__(self, services: Services, runner: TaskRunner, build_demo: DemoBuilder | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._build_demo = build_demo
        self._has_programmes: bool | None = None  # unknown until counted
        self._build()
        self._build_menus()
        self._connect()
        self._restore_geometry()
        self._load_status()
        self._count_programmes()

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("trainmgr — {file}").format(file=self.db_path.name))
        self.welcome_page = WelcomePage()
        self.welcome_page.set_demo_available(self._build_demo is not None)
        self.programmes_page = ProgrammesPage(self._services.programmes, self._runner)
        self.units_page = UnitsPage(self._services.programmes, self._services.units, self._runner)
        self.framework_page = FrameworkPage(self._services.frameworks, self._services.framework_io, self._runner,
                                            edits=self._services.framework_edits)
        sv = self._services
        self.assessments_page = AssessmentsPage(sv.programmes, sv.units, sv.frameworks, sv.assessments, sv.gaps,
                                                self._runner)
        self.curricula_page = CurriculaPage(sv.programmes, sv.assessments, sv.curricula, self._runner)
        self.traceability_page = TraceabilityPage(sv.programmes, sv.traceability, self._runner)
        self.trainees_page = TraineesPage(sv.programmes, sv.units, sv.trainees, self._runner, ranks=sv.ranks,
                                          roster_io=sv.roster_io, people_merge=sv.people_merge,
                                          analytics=sv.analytics, audit=sv.audit)
        self.cohorts_page = CohortsPage(sv.programmes, sv.curricula, sv.cohorts, sv.trainees, sv.sessions,
                                        sv.attendance, self._runner, units=sv.units)
        self.evaluations_page = EvaluationsPage(sv.programmes, sv.cohorts, sv.evaluations, sv.completion,
                                                self._runner, curricula=sv.curricula)
        self.lessons_page = LessonsPage(sv.programmes, sv.lessons, sv.curricula, sv.cohorts, self._runner)
        self.progress_page = ProgressPage(sv.programmes, sv.analytics, self._runner)
        self.exchange_page = ExchangePage(sv.sync, sv.sync_history, sv.conflicts, self._runner)
        self.conflicts_page = ConflictsPage(sv.conflicts, self._runner, sv.sync_history)
        self.audit_page = AuditTrailPage(sv.audit, self._runner)
        for view, entity, selected in (  # right click → History… on each list of records (trainees: their page)
                (self.programmes_page.table, "programme", self.programmes_page.selected),
                (self.units_page.tree, "unit", self.units_page.selected),
                (self.assessments_page.list, "assessment", self.assessments_page.selected),
                (self.curricula_page.list, "curriculum", self.curricula_page.selected),
                (self.cohorts_page.cohorts, "cohort", self.cohorts_page.cohorts.selected)):
            add_history_action(view, sv.audit, self._runner, entity, selected)
        self.pages: list[Page] = [self.programmes_page, self.units_page, self.framework_page, self.assessments_page,
                                  self.curricula_page, self.traceability_page, self.trainees_page,
                                  self.cohorts_page, self.evaluations_page, self.progress_page,
                                  self.lessons_page, self.exchange_page, self.conflicts_page, self.audit_page]
        self.stack = QStackedWidget()
        for page in (*self.pages, self.welcome_page):
            self.stack.addWidget(page)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for number, page in enumerate(self.pages, start=1):
            self.nav.addItem(page.title())
            if number <= 10:
                self.nav.item(number - 1).setToolTip(self.tr("Ctrl+{n}").format(n=number % 10))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(140)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1030])
        self.setCentralWidget(self.splitter)
        self.db_label = QLabel(self.db_path.name)
        self.db_label.setToolTip(str(self.db_path))
        self.replica_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("signedInUser")
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.statusBar().addPermanentWidget(self.replica_label)
        self.resize(1200, 760)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New programme…"))
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.demo_action = file_menu.addAction(self.tr("Open &demo programme…"))
        self.demo_action.setEnabled(self._build_demo is not None)
        file_menu.addSeparator()
        self.report_action = file_menu.addAction(self.tr("Export &report…"))
        self.report_action.setShortcut(QKeySequence("Ctrl+E"))
        self.report_action.setToolTip(self.tr("An Excel report for the host ministry: language, personal data, "
                                              "password"))
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up now"))
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._build_settings_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About trainmgr"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.page_actions: list[QAction] = []
        for number in range(1, min(len(self.pages), 10) + 1):  # Ctrl+1..9, then Ctrl+0 for the tenth
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _checked=False, n=number - 1: self.show_page(n))
            self.addAction(action)
            self.page_actions.append(action)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.new_action.triggered.connect(self.new_programme)
        self.demo_action.triggered.connect(self.open_demo)
        self.backup_action.triggered.connect(self.back_up_now)
        self.report_action.triggered.connect(self.export_report)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.welcome_page.new_requested.connect(self.new_programme)
        self.welcome_page.demo_requested.connect(self.open_demo)
        self.programmes_page.programme_saved.connect(lambda _row: self.show_page(0))
        self.exchange_page.conflicts_requested.connect(
            lambda: self.show_page(self.pages.index(self.conflicts_page)))
        self._runner.changed.connect(self._on_changed)
        for page in (*self.pages, self.welcome_page):
            page.status_message.connect(self.show_status)

    @property
    def db_path(self) -> Path:
        return Path(self._services.admin.path)

    # --- navigation ----------------------------------------------------------------------------
    def show_page(self, number: int) -> None:
        self.nav.setCurrentRow(number)
        self._nav_changed(number)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def _nav_changed(self, number: int) -> None:
        if not 0 <= number < len(self.pages):
            return
        page: Page = self.pages[number]
        if page is self.programmes_page and self._has_programmes is False:
            page = self.welcome_page  # an empty database: the programmes page greets instead
        self.stack.setCurrentWidget(page)

    def _on_changed(self, changes: Changes) -> None:
        for page in (*self.pages, self.welcome_page):
            page.on_changed(changes)
        if changes.touches(PROGRAMMES):
            self._count_programmes()

    def _count_programmes(self) -> None:
        self._runner.run(self._services.programmes.count, on_done=self._programmes_counted)

    def _programmes_counted(self, count: int) -> None:
        first = self._has_programmes is None
        self._has_programmes = count > 0
        if first and self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._nav_changed(self.nav.currentRow())

    # --- status bar ----------------------------------------------------------------------------
    def _load_status(self) -> None:
        self._runner.run(self._services.admin.info, on_done=self._show_info,
                         on_error=lambda exc: log.warning("database info unavailable: %s", exc))
        self._runner.run(self._services.accounts.signed_in, on_done=self._show_user,
                         on_error=lambda exc: log.warning("signed-in account unavailable: %s", exc))

    def _show_user(self, account: AccountRow | None) -> None:
        """Who is signed in (nothing on a database without accounts: single-user mode)."""
        self.user_label.setVisible(account is not None)
        if account is not None:
            self.user_label.setText(self.tr("Signed in as {user} ({role})").format(
                user=account.display_name or account.username, role=enum_label(Role, account.role)))

    def _show_info(self, info: DatabaseInfo) -> None:
        self.replica_label.setText(self.tr("Replica {id}").format(id=info.replica_id))
        self.replica_label.setToolTip(self.tr("This laptop's copy of the data: {id}").format(id=info.replica_id))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- actions -------------------------------------------------------------------------------
    def export_report(self) -> ReportDialog:
        dialog = ReportDialog(self._services.reports, self._runner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_programme(self) -> None:
        self.programmes_page.new_programme()

    def open_demo(self) -> None:
        if self._build_demo is None:
            return
        builder = self._build_demo
        self.welcome_page.demo_button.setEnabled(False)
        self.demo_action.setEnabled(False)

        def done(summary: object) -> None:
            self._demo_finished()
            log.info("demo programme built: %s", summary)
            self.show_status(self.tr("The demo programme is ready."))
            self.show_page(0)

        def failed(exc: BaseException) -> None:
            self._demo_finished()
            if isinstance(exc, Cancelled):
                self.show_status(self.tr("Demo cancelled; nothing was added."))
            else:
                show_error(self, exc)

        self._runner.run(lambda progress, cancel: builder(progress, cancel), on_done=done, on_error=failed,
                         changes=EVERYTHING, progress_dialog_title=self.tr("Building the demo programme"),
                         parent=self)

    def _demo_finished(self) -> None:
        self.welcome_page.demo_button.setEnabled(True)
        self.demo_action.setEnabled(True)

    def back_up_now(self) -> None:
        self.show_status(self.tr("Backing up…"))
        self._runner.run(lambda: self._services.admin.backup(reason="manual"),
                         on_done=lambda path: self.show_status(self.tr("Backed up to {path}").format(path=path)))

    def show_about(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About trainmgr"), "", QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("aboutBox")
        box.setText(self.tr("<b>trainmgr {version}</b>").format(version=__version__))
        box.setInformativeText(self.tr(
            "Training programmes for host-nation security forces, offline.\n\nDatabase: {path}").format(
            path=self.db_path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _build_settings_menu(self) -> None:
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = tools_menu.addAction(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)

    def show_settings(self) -> SettingsDialog:
        """The settings (interface language); a new language applies at the next start, as the status says."""
        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.show_status(
            self.tr("The new language is used the next time trainmgr starts.")) if dialog.restart_needed else None)
        dialog.open()
        return dialog

    # --- geometry and closing -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        for key, restore in ((GEOMETRY_KEY, self.restoreGeometry), (STATE_KEY, self.restoreState),
                             (SPLITTER_KEY, self.splitter.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                restore(QByteArray(value))

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self.pages):
            event.ignore()
            return
        self.save_geometry()
        super().closeEvent(event)
