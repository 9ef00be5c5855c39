"""Progress messages of the core shown in the interface language: every message the services, the
exchange formats and the database layer pass to progress(...) is in the GUI's catalogue, and the
progress dialog shows it translated."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from i18n_helpers import ROOT
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from trainmgr.services.analytics.facts import PREPARING
from trainmgr.services.sync_tables import synced_tables
from trainmgr.services.tasks import CancelToken, ProgressFn
from trainmgr.ui import i18n
from trainmgr.ui.progress_text import is_catalogued, progress_text
from trainmgr.ui.tasks import TaskRunner

CORE = [ROOT / "src" / "trainmgr" / part for part in ("services", "exchange", "db")]
# progress(…, "text"), self._progress(…, f"…"), ctx.step(…, "text"): the message is the last argument
LITERAL = re.compile(r"""\b(?:progress|_progress|step)\((?:[^()"]|\([^()"]*\))*,\s*(f?)"([^"\n]*)"\s*\)""")
# progress(…, name): a message held in a variable or constant
VARIABLE = re.compile(r"""\b(?:progress|_progress|step)\((?:[^()"]|\([^()"]*\))*,\s*([A-Za-z_][\w.]*)\s*\)""")
MESSAGE_VAR = re.compile(r"""\bmessage = (f?)"([^"\n]*)"$""", re.MULTILINE)
STEP_LABEL = re.compile(r"""\("([^"\n]+)", _\w+\.\w+\)""")  # analytics' dashboard: ("Label", _module.figure)
CHOICE = re.compile(r"""\b(\w+) = "([^"\n]*)" if .* else "([^"\n]*)"$""", re.MULTILINE)  # verb = "A" if … else "B"
FIELD = re.compile(r"\{([^{}]*)\}")
# The variables a core module passes as its message, and where their texts come from (checked below).
KNOWN_VARIABLES = {
    "message": "a `message = …` assignment in the same module",
    "label": "analytics' dashboard steps",
    "PREPARING": "trainmgr.services.analytics.facts.PREPARING",
    "spec.name": "a synced table's name (services.sync)",
}


def _core_sources() -> Iterator[tuple[Path, str]]:
    for folder in CORE:
        for path in sorted(folder.rglob("*.py")):
            yield path, path.read_text(encoding="utf-8")


def _samples(template: str, text: str) -> list[str]:
    """What an f-string message looks like at run time: numbers for numeric fields, a table name for
    the others, each alternative of a `verb = "A" if … else "B"` variable."""
    choices = {m.group(1): [m.group(2), m.group(3)] for m in CHOICE.finditer(text)}
    results = [""]
    for part in re.split(r"(\{[^{}]*\})", template):
        field = FIELD.fullmatch(part)
        if field is None:
            values = [part]
        else:
            expr = field.group(1)
            name = expr.split(":")[0].strip()
            if name in choices:
                values = choices[name]
            elif ":," in expr:
                values = ["1,200"]
            elif "//" in expr or name in ("done", "total", "count", "row", "number"):
                values = ["12"]
            else:
                values = ["person"]
        results = [r + v for r in results for v in values]
    return results


def core_messages() -> dict[str, str]:
    """Every progress message the core can send, as it looks at run time → where it was found."""
    found: dict[str, str] = {}
    variables: list[str] = []
    for path, text in _core_sources():
        where = str(path.relative_to(ROOT))
        literals = [(m.group(1), m.group(2)) for m in LITERAL.finditer(text)]
        literals += [(m.group(1), m.group(2)) for m in MESSAGE_VAR.finditer(text)]
        for is_f, literal in literals:
            for message in _samples(literal, text) if is_f else [literal]:
                found[message] = where
        for match in VARIABLE.finditer(text):
            name = match.group(1)
            if name not in KNOWN_VARIABLES:
                variables.append(f"{where}: progress message in variable {name}")
            if name == "label":
                found.update({label: where for label in STEP_LABEL.findall(text)})
    assert not variables, ("a new kind of progress message: catalogue it in ui/progress_text.py and teach "
                           "this test where its texts come from:\n" + "\n".join(variables))
    found[PREPARING] = "src/trainmgr/services/analytics/facts.py (PREPARING)"
    found.update({table.name: "src/trainmgr/services/sync.py (spec.name)" for table in synced_tables()})
    found.pop("", None)  # progress(total, total, ""): clears nothing, shows nothing
    return found


def test_every_core_progress_message_is_catalogued() -> None:
    messages = core_messages()
    # the scan really reads the sources (a broken pattern would find nothing and pass)
    for expected in ("Saving the workbook", "Completion funnel", "Reading row 1,200", "Demo: person",
                     "Writing person", "Encrypting: 12 of 12 MB", "Decrypting: done", "Capability", "Done"):
        assert expected in messages
    assert len(messages) > 40
    missing = sorted(f"{where}: {message!r}" for message, where in messages.items() if not is_catalogued(message))
    assert not missing, "progress messages shown in English to every user:\n" + "\n".join(missing)


def test_unknown_messages_pass_through_unchanged() -> None:
    assert progress_text("Page 2 of 3") == "Page 2 of 3"  # the GUI's own, already translated
    assert progress_text("Creating units…") == "Creating units…"
    assert progress_text("") == ""
    assert not is_catalogued("Creating units…")


@pytest.fixture(scope="module")
def compiled() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "compile"], check=True)


@pytest.fixture
def french(qapp: QApplication, compiled: None) -> Iterator[None]:
    translators = i18n.install_translators(qapp, "fr")
    yield
    i18n.remove_translators(qapp, translators)


def test_core_messages_are_shown_in_french(french: None) -> None:
    assert progress_text("Saving the workbook") == "Enregistrement du classeur"
    assert progress_text("Completion funnel") == "Entonnoir de validation"
    assert progress_text(PREPARING) == "Préparation des chiffres"
    # the number as the service formats it, and as the French locale writes it (narrow no-break space)
    assert progress_text("Reading row 1,200") == "Lecture de la ligne 1\u202f200"
    assert progress_text("Reading row 1200") == "Lecture de la ligne 1\u202f200"
    assert progress_text("Demo: person") == "Création des données de démonstration"
    assert progress_text("Demo: planning") == "Planification du programme de démonstration"
    assert progress_text("Encrypting: 3 of 40 MB") == "Chiffrement de la base de données\u00a0: 3 Mo sur 40"
    assert progress_text("attendance") == "Traitement des enregistrements"  # a synced table, during a sync
    untranslated = sorted(m for m in core_messages() if progress_text(m) == m)
    assert not untranslated, f"catalogued but not translated into French: {untranslated}"


def test_the_progress_dialog_shows_the_message_in_french(qtbot: Any, french: None, runner: TaskRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reported = threading.Event()
    release = threading.Event()
    raw: list[str] = []

    def save(progress: ProgressFn, cancel: CancelToken) -> str:
        progress(1, 2, "Saving the workbook")
        reported.set()
        while not release.wait(0.01):
            cancel.check()
        return "saved"

    results: list[str] = []
    runner.run(save, on_done=results.append, progress_dialog_title="Export", parent=parent,
               on_progress=lambda _done, _total, message: raw.append(message))
    dialog = parent.findChild(QProgressDialog, "taskProgressDialog")
    assert dialog is not None
    try:
        assert reported.wait(5)
        qtbot.waitUntil(lambda: dialog.labelText() == "Enregistrement du classeur")
        assert raw == ["Saving the workbook"]  # a page's own handler still compares the service's text
        assert dialog.value() == 1 and dialog.maximum() == 2
    finally:
        release.set()
    assert runner.wait_idle(5000)
    assert results == ["saved"]
