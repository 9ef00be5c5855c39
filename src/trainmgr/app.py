"""The composition root of the GUI: paths → logging → QApplication → translations → database
(backed up and migrated by `open_services`) → services → task runner → main window.

Nothing imports this module. It is the one place that may import everything.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trainmgr import __version__, paths
from trainmgr.errors import CorruptDatabaseError, NewerDatabaseError, NotADatabaseError, TrainmgrError
from trainmgr.logsetup import setup_logging
from trainmgr.services.container import Services
from trainmgr.services.session_open import open_services
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui import errors as ui_errors
from trainmgr.ui.dialogs.login_dialog import sign_in_at_start
from trainmgr.ui.i18n import choose_language, install_translators, remove_translators
from trainmgr.ui.main_window import DemoBuilder, MainWindow
from trainmgr.ui.tasks import TaskRunner
from trainmgr.ui.unlock_flow import install_idle_lock, open_database_interactively  # encryption at rest

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_NO_DATABASE = 0, 1, 2
BACKUP_INTERVAL_MS = 15 * 60 * 1000
DEMO_TRAINEES, DEMO_SEED = 2000, 1
ICON_NAMES = ("trainmgr.svg", "trainmgr.png", "trainmgr.ico", "app.svg", "app.png")


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options; whatever is left (e.g. Qt's `-platform offscreen`) goes to QApplication."""
    parser = argparse.ArgumentParser(prog="trainmgr", description="Open the trainmgr window.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $TRAINMGR_DB, else the per-user one)")
    parser.add_argument("--lang", metavar="CODE", help="interface language (en, fr, pt, ar)")
    parser.add_argument("--self-test", action="store_true", help="open the database and main window, then exit")
    args, rest = parser.parse_known_args(list(argv))
    return args, rest


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    db_path = paths.resolve_db_path(args.db)
    log_file = setup_logging()
    log.info("trainmgr %s starting on %s", __version__, db_path)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "trainmgr", *qt_args])
    assert isinstance(app, QApplication)
    _identify(app)
    translators = install_translators(app, choose_language(args.lang))
    previous_hook = sys.excepthook
    ui_errors.install_excepthook(log_file)
    try:
        services = _open(db_path, log_file, quiet=args.self_test)
        if services is None:
            return EXIT_NO_DATABASE
        return _run(app, services, self_test=args.self_test)
    finally:
        sys.excepthook = previous_hook
        remove_translators(app, translators)


def _identify(app: QApplication) -> None:
    """Names QSettings uses for where it keeps the window layout and the chosen language."""
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    folder = resources.files("trainmgr._resources").joinpath("icons")
    for name in ICON_NAMES:
        candidate = folder.joinpath(name)
        if candidate.is_file():
            app.setWindowIcon(QIcon(str(candidate)))
            return  # no icon yet is fine: Qt's default is used


def _open(db_path: Path, log_file: Path | None, *, quiet: bool) -> Services | None:
    """Open the database, or explain to the user why not (never a traceback) and return None."""
    try:
        # encryption at rest: a new database asks for a passphrase (or "no encryption"), an encrypted one
        # for its passphrase; the self-test never asks (an encrypted database is then refused as locked)
        return open_services(db_path) if quiet else open_database_interactively(db_path)
    except TrainmgrError as exc:
        log.error("cannot open %s: %s", db_path, exc)
        _report_open_error(db_path, exc, quiet=quiet)
    except Exception as exc:
        log.exception("unexpected error opening %s", db_path)
        _report_open_error(db_path, exc, quiet=quiet, log_file=log_file)
    return None


def _way_out(db_path: Path, exc: BaseException) -> str:
    translate = QCoreApplication.translate
    if isinstance(exc, CorruptDatabaseError):
        return translate("app", "Restore a backup with:\n    trainmgr db restore --db \"{db}\" BACKUP\n\n"
                  "The backups of this database are in:\n    {folder}").format(
            db=db_path, folder=paths.backup_dir_for(db_path))
    if isinstance(exc, NewerDatabaseError):
        return translate("app", "This is trainmgr {version}. Install the newer release to open this file, or open "
                  "another database with:\n    trainmgr --db OTHER_FILE").format(version=__version__)
    if isinstance(exc, NotADatabaseError):
        return translate("app",
                         "Check that you chose the right file, or open another one with:\n    trainmgr --db FILE")
    if isinstance(exc, TrainmgrError):
        return translate("app", "Check that the folder is writable and the disk is not full, then start trainmgr "
                         "again, or open another database with:\n    trainmgr --db FILE")
    return ui_errors.error_text(exc)


def _report_open_error(db_path: Path, exc: BaseException, *, quiet: bool, log_file: Path | None = None) -> None:
    ui_errors.set_log_file(log_file)
    title = QCoreApplication.translate("app", "trainmgr cannot open the database")
    message = QCoreApplication.translate("app", "trainmgr cannot open the database\n{path}").format(path=db_path)
    detail = str(exc) if isinstance(exc, TrainmgrError) else ""
    way_out = _way_out(db_path, exc)
    if quiet:
        print(f"trainmgr: {message}\n{detail}\n{way_out}".replace("\n\n\n", "\n\n"), file=sys.stderr)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, message)
    box.setInformativeText(f"{detail}\n\n{way_out}" if detail else way_out)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    folder = paths.backup_dir_for(db_path)
    open_folder = None
    if isinstance(exc, CorruptDatabaseError) and folder.is_dir():
        open_folder = box.addButton(QCoreApplication.translate("app", "Open the backup folder"),
                                    QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if open_folder is not None and box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def make_demo_builder(services: Services) -> DemoBuilder | None:
    """The demo programme builder, if this build has it (the window only sees a callable)."""
    try:
        from trainmgr.services.demo import DemoBuilder as Builder
    except ImportError:
        log.info("demo builder not available in this build")
        return None

    def build(progress: ProgressFn, cancel: CancelToken) -> object:
        return Builder(services.db).build(trainees=DEMO_TRAINEES, seed=DEMO_SEED, progress=progress, cancel=cancel)

    return build


def start_periodic_backup(services: Services, runner: TaskRunner, window: MainWindow) -> QTimer:
    """Every 15 minutes, back up if anything changed (on the database thread, never blocking typing)."""
    timer = QTimer(window)
    timer.setInterval(BACKUP_INTERVAL_MS)

    def done(path: object) -> None:
        if path is not None:
            log.info("periodic backup written to %s", path)

    def failed(exc: BaseException) -> None:
        log.warning("periodic backup failed: %s", exc)
        window.show_status(QCoreApplication.translate("app", "The automatic backup failed: {error}").format(error=exc))

    timer.timeout.connect(lambda: None if services.db.locked else runner.run(  # locked: nothing to back up
        lambda: services.admin.auto_backup("periodic"), on_done=done, on_error=failed))
    timer.start()
    return timer


def _run(app: QApplication, services: Services, *, self_test: bool) -> int:
    runner = TaskRunner()
    window: MainWindow | None = None
    try:
        # accounts: the first start creates the administrator, later starts sign in (Quit leaves)
        if not self_test and not sign_in_at_start(services.accounts, str(services.db.path)):
            return EXIT_OK
        window = MainWindow(services, runner, build_demo=make_demo_builder(services))
        if self_test:
            return _self_test(app, window, runner)
        timer = start_periodic_backup(services, runner, window)
        idle_lock = install_idle_lock(window, services, runner)  # encryption at rest: None for a plain database
        window.show()
        code = app.exec()
        timer.stop()
        if idle_lock is not None:
            idle_lock.stop()
        return code
    finally:
        runner.shutdown()
        if window is not None:
            window.deleteLater()
        _exit_backup(services)
        services.db.close()


def _self_test(app: QApplication, window: MainWindow, runner: TaskRunner) -> int:
    """Build and show the window, let its first loads finish, and report (installer smoke test)."""
    window.show()
    app.processEvents()
    idle = runner.wait_idle(30_000)
    app.processEvents()
    window.hide()
    if not idle:
        print("trainmgr self-test: the first loads did not finish in 30 s", file=sys.stderr)
        return EXIT_FAILED
    print(f"trainmgr {__version__} self-test ok: {window.db_path}")
    return EXIT_OK


def _exit_backup(services: Services) -> None:
    if services.db.locked:  # quit from the idle lock: the key is gone; the next exit backs up the changes
        return
    try:
        path = services.admin.auto_backup("exit")
    except Exception:
        log.exception("backup on exit failed")
        return
    if path is not None:
        log.info("backup on exit written to %s", path)
