"""Interface language: Qt's own translations (standard buttons, dialogs) and trainmgr's `.qm`.

The language is `--lang`, else the one saved in QSettings ("language"), else the system locale.
A missing translation is not an error: the interface falls back to English. Installing a language also
makes its locale the default (dates and numbers) and lays the interface out right to left for Arabic.
"""

from __future__ import annotations

import logging
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SETTINGS_KEY = "language"
APP_CATALOGUE = "trainmgr"
# The languages trainmgr ships, each named in itself (a user must find their own in any interface).
SHIPPED = (("en", "English"), ("fr", "Français"), ("ar", "العربية"))


def choose_language(cli_value: str | None) -> str:
    """The language code to use, e.g. "fr" or "pt_BR"."""
    if cli_value:
        return cli_value.strip().replace("-", "_")
    return saved_language() or QLocale.system().name()  # e.g. "fr_FR"


def _candidates(lang: str) -> list[str]:
    """"pt_BR" → ["pt_BR", "pt"]: the most specific catalogue first."""
    names = [lang]
    if "_" in lang:
        names.append(lang.split("_", 1)[0])
    return names


def _app_catalogue(lang: str) -> Traversable | None:
    try:
        folder = resources.files("trainmgr._resources").joinpath("i18n")
    except ModuleNotFoundError:
        return None
    for name in _candidates(lang):
        candidate = folder.joinpath(f"{APP_CATALOGUE}_{name}.qm")
        if candidate.is_file():
            return candidate
    return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for `lang` into `app` and return them (keep them alive; pass them
    to `remove_translators` to undo)."""
    _apply_locale(app, lang)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in _candidates(lang):
        translator = QTranslator(app)
        if translator.load(f"qtbase_{name}", qt_dir):
            app.installTranslator(translator)
            installed.append(translator)
            break
    catalogue = _app_catalogue(lang)
    if catalogue is not None:
        translator = QTranslator(app)
        # from bytes: the catalogue may sit inside a zip (frozen bundle), not on disk. Qt does not
        # copy the data, so the translator keeps a reference to it.
        data = catalogue.read_bytes()
        translator._catalogue = data  # type: ignore[attr-defined]
        if translator.load(data):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load the translation catalogue %s", catalogue)
    log.info("interface language %s: %d catalogue(s) installed", lang, len(installed))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo `install_translators`: English strings, the system locale, left to right."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _apply_locale(app: QCoreApplication, lang: str) -> None:
    """Dates and numbers in the language's conventions; right to left where it is written so."""
    # Plain "ar" is Modern Standard Arabic for every country (ar_001: Western digits, as in the figures
    # and charts); a system locale such as ar_EG keeps its own digits.
    locale = QLocale("ar_001" if lang == "ar" else lang)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        # set explicitly: Qt only infers it from qtbase's catalogue, which may be missing
        app.setLayoutDirection(locale.textDirection())


def saved_language() -> str:
    """The language chosen in Settings, or "" to follow the system."""
    saved = QSettings().value(SETTINGS_KEY, "")
    return saved.strip() if isinstance(saved, str) else ""


def save_language(lang: str) -> None:
    """Remember `lang` ("" = the system's) for the next start."""
    settings = QSettings()
    if lang:
        settings.setValue(SETTINGS_KEY, lang)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()
