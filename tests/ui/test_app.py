"""The composition root: --self-test, refusing a bad database with a way out, translations, the
excepthook."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from ui_helpers import wait_error

from trainmgr import __version__, app, logsetup
from trainmgr.ui import errors
from trainmgr.ui.i18n import install_translators, remove_translators


@pytest.fixture(autouse=True)
def log_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """main() logs to the per-user folder: here, to the test's own, and the handler goes after."""
    folder = tmp_path / "logs"
    monkeypatch.setattr(logsetup, "log_dir", lambda: folder)
    root = logging.getLogger()
    # a log file set up by an earlier test (the CLI's) would be reused by setup_logging: set it aside
    earlier = [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    yield folder
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    for handler in earlier:
        root.addHandler(handler)


def test_self_test_opens_a_new_database_and_exits_0(qapp: Any, tmp_path: Path, capsys: Any,
                                                    log_in_tmp: Path) -> None:
    db = tmp_path / "new" / "trainmgr.db"
    hook = sys.excepthook
    assert app.main(["--db", str(db), "--self-test", "--lang", "en"]) == 0
    assert f"trainmgr {__version__} self-test ok" in capsys.readouterr().out
    assert db.is_file()
    assert (log_in_tmp / "trainmgr.log").is_file()
    assert sys.excepthook is hook  # put back


@pytest.mark.parametrize(("content", "expected"), [
    (b"PK\x03\x04 an excel workbook, not a database", "not a trainmgr database"),
    (b"SQLite format 3\x00" + b"\xff" * 200, "trainmgr db restore"),
])
def test_a_bad_file_is_refused_with_a_way_out_and_no_traceback(qapp: Any, tmp_path: Path, capsys: Any,
                                                               content: bytes, expected: str) -> None:
    db = tmp_path / "trainmgr.db"
    db.write_bytes(content)
    assert app.main(["--db", str(db), "--self-test"]) == app.EXIT_NO_DATABASE
    err = capsys.readouterr().err
    assert str(db) in err and expected in err
    assert "Traceback" not in err
    assert db.read_bytes() == content  # untouched


def test_corrupt_database_points_to_restore_and_the_backup_folder(tmp_path: Path) -> None:
    from trainmgr.errors import CorruptDatabaseError

    db = tmp_path / "trainmgr.db"
    text = app._way_out(db, CorruptDatabaseError("damaged"))
    assert f'trainmgr db restore --db "{db}" BACKUP' in text
    assert str(tmp_path / "trainmgr-backups") in text


def test_french_translations_of_qt_are_installed(qapp: Any) -> None:
    translators = install_translators(qapp, "fr_FR")
    try:
        assert translators
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_language_falls_back_to_english(qapp: Any) -> None:
    assert install_translators(qapp, "xx_YY") == []


def test_excepthook_shows_the_log_file_and_keeps_running(qtbot: Any, tmp_path: Path) -> None:
    errors.set_log_file(tmp_path / "trainmgr.log")
    try:
        errors.excepthook(ZeroDivisionError, ZeroDivisionError("division by zero"), None)
        text = wait_error(qtbot)
    finally:
        errors.set_log_file(None)
    assert "unexpected error" in text and str(tmp_path / "trainmgr.log") in text


def test_the_qt_binding_keeps_none_alive(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None on every Qt call returning nothing; on Python 3.11
    that aborts the app after some thousands of calls (pyproject.toml excludes it). Guard the pin."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 50
