"""The interface in French and Arabic: no English text escapes a page, dialog or menu; Arabic is laid out
right to left; the catalogues are complete; the language is chosen in Settings and used at the next start.

The .qm catalogues are build artefacts: the session compiles them (`tools/i18n.py compile`) first."""

from __future__ import annotations

import re
import secrets
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from i18n_helpers import ROOT, dialog_factories, i18n_tool, plain, texts_of
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QMenu
from ui_helpers import close_popups, settle, wait_dialog

from trainmgr.services.container import Services
from trainmgr.services.demo import DemoBuilder
from trainmgr.services.session_open import open_services
from trainmgr.services.tasks import CancelToken
from trainmgr.ui import i18n
from trainmgr.ui.dialogs.settings_dialog import SettingsDialog
from trainmgr.ui.formatting import format_date, format_number, format_signed
from trainmgr.ui.main_window import MainWindow
from trainmgr.ui.tasks import TaskRunner

# Words that are English and not French: a chrome text (label, button, title) holding one escaped tr().
ENGLISH_WORDS = {"the", "and", "of", "with", "from", "this", "to", "for", "is", "are", "not", "no", "yet", "new",
                 "all", "any", "none", "select", "choose", "save", "delete", "add", "edit", "search", "open",
                 "cancel", "apply", "name", "unit", "trainee", "trainees", "level", "help", "file", "quit",
                 "about", "show", "hide", "reset", "scale"}
# Texts that are the same in every language: the product's name, shortcuts, standard codes, units.
ALLOWED = {"trainmgr", "Ctrl+S", "Excel", "GO", "NO-GO", "OK"}
WORD = re.compile(r"\w+")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture(scope="session")
def compiled() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "compile"], check=True)


@pytest.fixture(scope="session")
def demo_template(ui_template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo programme (every page and dialog has something to show), built once."""
    path = tmp_path_factory.mktemp("i18n-demo") / "demo.db"
    _copy(ui_template_db, path)
    services = open_services(path, user="template")
    DemoBuilder(services.db).build(trainees=40, seed=3, progress=lambda *_a: None, cancel=CancelToken())
    services.db.close()
    return path


def _copy(source: Path, dest: Path) -> None:
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src, closing(sqlite3.connect(dest)) as out:
        src.backup(out)
        out.execute("UPDATE local_replica SET replica_id = ?, bound_path = '' WHERE slot = 1", (secrets.token_hex(8),))
        out.commit()


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    _copy(demo_template, tmp_path / "demo.db")
    services = open_services(tmp_path / "demo.db", user="tester")
    yield services
    services.db.close()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication, compiled: None) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def demo_window(qtbot: Any, demo_services: Services, runner: TaskRunner) -> Iterator[MainWindow]:
    window = MainWindow(demo_services, runner)
    window.show()
    qtbot.waitExposed(window)
    settle(runner)
    for number in range(len(window.pages)):  # every page loads what it shows
        window.show_page(number)
        settle(runner)
    yield window
    runner.wait_idle(5000)
    close_popups()
    window.hide()
    window.deleteLater()
    QApplication.processEvents()


def english_matcher(lang: str) -> Callable[[str], bool]:
    """True for a text that is an English source string of the catalogue whose translation differs."""
    tool = i18n_tool()
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    messages = list(tool.messages(tool.load(lang)))
    # the same in both languages somewhere (codes, "Total", "Table", "{name} ({id})"): not evidence
    same = {plain(m.source) for m in messages if all(plain(t) == plain(m.source) for t in m.texts)}
    for message in messages:
        source = plain(message.source)
        if not source or source in same:
            continue
        if "{" in source or "%n" in source:
            parts = re.split(r"\{[^{}]*\}|%n", source)
            if any(len(p.strip(" :·,.()—")) > 2 for p in parts):
                patterns.append(re.compile(".*?".join(re.escape(p) for p in parts) + "$", re.DOTALL))
        else:
            exact.add(source)
    return lambda text: text in exact or any(p.match(text) for p in patterns)


def user_data(services: Services) -> list[str]:
    """Texts that are data, not interface: the starter framework is English content, the path is a path."""
    data = [str(services.admin.path)]
    for framework in services.frameworks.list():
        data.append(framework.name)
        data.extend(level.description for level in services.frameworks.levels(framework.id))
    return sorted((d for d in data if d), key=len, reverse=True)


def escaped_english(roots: list[Any], lang: str, data: list[str]) -> list[str]:
    is_english = english_matcher(lang)
    found = []
    for root in roots:
        for where, raw in texts_of(root):
            text = plain(raw)
            for value in data:
                text = text.replace(value, "")
            if not text.strip() or text in ALLOWED:
                continue
            words = {w.lower() for w in WORD.findall(text)}
            if is_english(text) or (words & ENGLISH_WORDS and _chrome(where)):
                found.append(f"{where}: {text!r}")
            elif ISO_DATE.search(text):
                found.append(f"{where}: {text!r} (a date not in the language's format)")
    return sorted(set(found))


def _chrome(where: str) -> bool:
    """Labels, buttons, titles and menus carry no user data: any English word there escaped."""
    kinds = ("QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QTabWidget", "menu ")
    return any(kind in where for kind in kinds)


@pytest.mark.parametrize(("language", "file_menu"), [("fr", "&Fichier"), ("ar", "&ملف")], indirect=["language"])
def test_no_english_text_escapes(qtbot: Any, language: str, file_menu: str, demo_window: MainWindow,
                                 demo_services: Services, runner: TaskRunner) -> None:
    assert QLocale().name().startswith(language)
    assert demo_window.menuBar().actions()[0].text() == file_menu
    dialogs = []
    for name, make in dialog_factories().items():
        dialog = make(demo_services, runner, demo_window)
        dialog.setObjectName(dialog.objectName() or name)
        dialogs.append(dialog)
    settle(runner)
    found = escaped_english([demo_window, *dialogs, *demo_window.findChildren(QMenu)], language,
                            user_data(demo_services))
    for dialog in dialogs:
        dialog.deleteLater()
    assert menu_mnemonic_clashes(demo_window) == []
    assert not found, f"English left in the {language} interface:\n" + "\n".join(found)


def menu_mnemonic_clashes(window: MainWindow) -> list[str]:
    """Menus (and the menu bar) whose entries share a mnemonic letter, or an entry that lost its own."""
    bar = window.menuBar()
    groups = {"menu bar": [a.text() for a in bar.actions()]}
    groups.update({plain(a.text()): [b.text() for b in a.menu().actions()] for a in bar.actions() if a.menu()})
    found = []
    for group, texts in groups.items():
        keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
        if len(keys) != len(set(keys)) or len(keys) != len([t for t in texts if t]):
            found.append(f"{group}: {texts}")
    return found


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_lays_every_page_and_dialog_out_right_to_left(language: str, demo_window: MainWindow,
                                                             demo_services: Services, runner: TaskRunner) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert demo_window.isRightToLeft()
    for page in (*demo_window.pages, demo_window.welcome_page):
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft, page.title()
    dialog = dialog_factories()["trainee"](demo_services, runner, demo_window)
    assert dialog.isRightToLeft()
    buttons = dialog.findChild(QDialogButtonBox)
    assert "ألغِ" in {b.text() for b in buttons.buttons()}  # Qt's own Cancel, translated too
    dialog.deleteLater()


def test_catalogues_are_complete(compiled: None) -> None:
    tool = i18n_tool()
    assert tool.source_problems() == [], "strings lupdate cannot extract never reach a catalogue"
    for lang in (*tool.LANGUAGES, *tool.PLURAL_ONLY):
        assert tool.problems(lang) == [], f"{lang}: run tools/i18n.py check"
        assert Path(tool.ts_path(lang)).with_suffix(".qm").is_file()


@pytest.mark.parametrize(("lang", "expected"), [("fr", "2 stagiaires"), ("ar", "متدربان"), ("en", "2 trainees")])
def test_plural_forms_follow_the_language(qapp: QApplication, compiled: None, lang: str, expected: str) -> None:
    translators = i18n.install_translators(qapp, lang)
    try:
        assert qapp.translate("TraineesPage", "%n trainee(s)", None, 2) == expected
    finally:
        i18n.remove_translators(qapp, translators)


@pytest.mark.parametrize(("lang", "day", "number"), [("en", "2025-03-07", "87.5"), ("fr", "07/03/2025", "87,5"),
                                                     ("ar", "7\u200f/3\u200f/2025", "87.5")])
def test_dates_and_numbers_follow_the_language(qapp: QApplication, compiled: None, lang: str, day: str,
                                               number: str) -> None:
    translators = i18n.install_translators(qapp, lang)
    try:
        assert format_date(date(2025, 3, 7)) == day
        assert format_number(87.46, 1) == number
        assert format_number(12.0) == "12"
        assert format_signed(2) == ("\u200e+2" if lang == "ar" else "+2")  # not "2+" right to left
    finally:
        i18n.remove_translators(qapp, translators)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight  # undone


def test_settings_choose_the_language_used_at_next_start(qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.settings_action.trigger()
    dialog: SettingsDialog = wait_dialog(qtbot, SettingsDialog, "settingsDialog")
    combo = dialog.findChild(QComboBox, "languageCombo")
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["English", "Français", "العربية"]
    assert not dialog.note.isVisible()
    combo.setCurrentIndex(combo.findData("fr"))
    assert dialog.note.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert QSettings().value(i18n.SETTINGS_KEY) == "fr"
    assert i18n.choose_language(None) == "fr"
    assert i18n.choose_language("ar") == "ar"  # --lang still wins
    assert "next time" in window.statusBar().currentMessage()
    window.settings_action.trigger()
    dialog = wait_dialog(qtbot, SettingsDialog, "settingsDialog")
    assert dialog.chosen_language() == "fr"
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(0)  # back to the system's
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert QSettings().value(i18n.SETTINGS_KEY) is None
    assert i18n.choose_language(None) == QLocale.system().name()
