"""Screenshots of every main page in English, French and Arabic, for the README and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--db /tmp/demo.db] [--lang en fr ar]

Builds the demo database first when it is missing (`trainmgr demo --db DB --trainees 500`), compiles the
catalogues, then writes docs/screenshots/<page>-<lang>.png (1280×800). Settings are kept in a temporary
folder: the window opens at its default size, whatever the developer's own layout.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget

from trainmgr.services.session_open import open_services
from trainmgr.ui.i18n import install_translators, remove_translators
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def page_key(page: QWidget) -> str:
    """ProgrammesPage → "programmes"."""
    name = type(page).__name__.removesuffix("Page")
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def ensure_demo(db: Path, trainees: int) -> None:
    if not db.exists():
        trainmgr = Path(sys.executable).parent / "trainmgr"
        subprocess.run([str(trainmgr), "demo", "--db", str(db), "--trainees", str(trainees)], check=True)


def settle(app: QApplication, runner: TaskRunner) -> None:
    for _ in range(3):  # a load may start another (a page filling its detail after its list)
        app.processEvents()
        runner.wait_idle(60_000)
        app.processEvents()


def shoot(app: QApplication, db: Path, lang: str, out: Path, prepare: Callable[[QWidget], None]) -> list[Path]:
    translators = install_translators(app, lang)
    services = open_services(db)
    runner = TaskRunner()
    written: list[Path] = []
    try:
        window = MainWindow(services, runner)
        window.resize(*SIZE)
        window.show()
        settle(app, runner)
        for number, page in enumerate(window.pages):
            window.show_page(number)
            settle(app, runner)
            _unit_with_records(app, runner, page)
            for _level in range(2):  # a list, then the list its selection fills
                prepare(page)
                settle(app, runner)
            path = out / f"{page_key(page)}-{lang}.png"
            window.grab().save(str(path))
            written.append(path)
        window.close()
        window.deleteLater()
        settle(app, runner)
    finally:
        runner.shutdown()
        services.db.close()
        remove_translators(app, translators)
    return written


def _unit_with_records(app: QApplication, runner: TaskRunner, page: QWidget) -> None:
    """A page listing one unit's records (Assessments) opens on the first unit that has some."""
    combo, listing = getattr(page, "unit", None), getattr(page, "list", None)
    if not isinstance(combo, QComboBox) or not isinstance(listing, QAbstractItemView):
        return
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        settle(app, runner)
        if listing.model() is not None and listing.model().rowCount() > 0:
            return


def _select_first_rows(page: QWidget) -> None:
    """Open the first record of each list so the detail panels show data rather than a hint."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if (view.isVisible() and model is not None and view.selectionModel() is not None
                and not view.currentIndex().isValid() and model.rowCount() > 0):
            view.setCurrentIndex(model.index(0, 0))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/screenshots.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "demo.db")
    parser.add_argument("--trainees", type=int, default=500)
    parser.add_argument("--lang", nargs="+", default=["en", "fr", "ar"])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    ensure_demo(args.db, args.trainees)
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "compile"], check=True)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["trainmgr"])
    assert isinstance(app, QApplication)
    settings_dir = tempfile.mkdtemp(prefix="trainmgr-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    QCoreApplication.setOrganizationName("trainmgr-screenshots")
    QCoreApplication.setApplicationName("trainmgr")
    for lang in args.lang:
        for path in shoot(app, args.db, lang, args.out, _select_first_rows):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
