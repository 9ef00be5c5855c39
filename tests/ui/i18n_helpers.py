"""For the language tests: every dialog built from a demo programme's data, and the texts a user reads
on a widget tree (labels, buttons, titles, tabs, headers, placeholders, tooltips, menus)."""

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from trainmgr.domain.records import ImportSummary, TableTally
from trainmgr.services.container import Services
from trainmgr.ui.dialogs.assessment_dialog import AssessmentDialog
from trainmgr.ui.dialogs.cohort_dialog import CohortDialog
from trainmgr.ui.dialogs.compare_dialog import CompareDialog
from trainmgr.ui.dialogs.competency_dialog import CompetencyDialog
from trainmgr.ui.dialogs.enrol_dialog import EnrolDialog
from trainmgr.ui.dialogs.enrolment_status_dialog import EnrolmentStatusDialog
from trainmgr.ui.dialogs.export_dialog import ExportDialog
from trainmgr.ui.dialogs.first_admin_dialog import FirstAdminDialog
from trainmgr.ui.dialogs.framework_edit_dialogs import FrameworkVersionDialog, NewStandardDialog, StandardRefDialog
from trainmgr.ui.dialogs.framework_import_dialog import FrameworkImportDialog
from trainmgr.ui.dialogs.history_dialog import HistoryDialog
from trainmgr.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from trainmgr.ui.dialogs.instrument_dialog import InstrumentDialog
from trainmgr.ui.dialogs.login_dialog import LoginDialog
from trainmgr.ui.dialogs.merge_dialog import MergeDialog
from trainmgr.ui.dialogs.programme_dialog import ProgrammeDialog
from trainmgr.ui.dialogs.propose_dialog import ProposeDialog
from trainmgr.ui.dialogs.report_dialog import ReportDialog
from trainmgr.ui.dialogs.roster_import_dialog import RosterImportDialog
from trainmgr.ui.dialogs.scale_dialog import ScaleDialog
from trainmgr.ui.dialogs.session_dialog import SessionDialog
from trainmgr.ui.dialogs.settings_dialog import SettingsDialog
from trainmgr.ui.dialogs.sign_dialog import sign_dialog
from trainmgr.ui.dialogs.trainee_dialog import TraineeDialog
from trainmgr.ui.dialogs.unit_dialog import UnitDialog
from trainmgr.ui.dialogs.unlock_dialog import UnlockDialog
from trainmgr.ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
TAG = re.compile(r"<[^>]+>")


def i18n_tool() -> ModuleType:
    """tools/i18n.py (a script, not a package), loaded as a module."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def plain(text: str) -> str:
    """What the user reads: no mnemonic ampersand, no HTML tags, spaces collapsed."""
    text = TAG.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


# --- what a user reads on a widget tree ------------------------------------------------------------
def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `root` and its children, shown or not yet shown."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(root).__name__}/{type(widget).__name__}:{widget.objectName()}"
        yield from ((where, t) for t in _widget_texts(widget))
    for menu in root.findChildren(QMenu):
        yield from ((f"menu {menu.title()}", a.text()) for a in menu.actions())


def _widget_texts(w: QWidget) -> Iterator[str]:
    if w.isWindow():
        yield w.windowTitle()
    yield w.toolTip()
    if isinstance(w, QLabel | QAbstractButton):
        yield w.text()
    if isinstance(w, QGroupBox):
        yield w.title()
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield w.tabText(i)
            yield w.tabToolTip(i)
    if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        yield w.placeholderText()
    if isinstance(w, QComboBox) and w.lineEdit() is not None:
        yield w.lineEdit().placeholderText()
    if isinstance(w, QAbstractSpinBox):
        yield w.specialValueText()
    if isinstance(w, QSpinBox):
        yield w.suffix()
    if isinstance(w, QListWidget):
        yield from (w.item(i).text() for i in range(w.count()))
    header = w.horizontalHeader() if isinstance(w, QTableView) else w.header() if isinstance(w, QTreeView) else None
    if header is not None and w.model() is not None and not header.isHidden():
        for section in range(header.count()):
            yield str(w.model().headerData(section, Qt.Orientation.Horizontal) or "")


# --- every dialog, from the demo data --------------------------------------------------------------
DialogFactory = Callable[[Services, TaskRunner, QWidget], QDialog]


def dialog_factories() -> dict[str, DialogFactory]:
    return {
        "programme": lambda sv, r, p: ProgrammeDialog(sv.programmes, r, parent=p),
        "unit": lambda sv, r, p: UnitDialog(sv.units, r, _programme(sv), _units(sv), parent=p),
        "trainee": lambda sv, r, p: TraineeDialog(sv.trainees, r, _programme(sv), _units(sv), parent=p),
        "assessment": lambda sv, r, p: AssessmentDialog(sv.assessments, r, _programme(sv), _units(sv),
                                                        sv.frameworks.list(), None, p),
        "compare": _compare,
        "competency": _competency,
        "standard_ref": _standard_ref,
        "new_standard": lambda sv, r, p: NewStandardDialog(sv.framework_edits, r, p),
        "framework_version": lambda sv, r, p: FrameworkVersionDialog(sv.framework_edits, r, _framework(sv), p),
        "scale": lambda sv, r, p: ScaleDialog(sv.framework_edits, r, _framework(sv),
                                              sv.frameworks.levels(_framework(sv)[0]), 3, p),
        "framework_import": _framework_import,
        "import_preview": lambda sv, r, p: ImportPreviewDialog(_import_summary(), "team-2.xlsx", p),
        "export": lambda sv, r, p: ExportDialog([], p),
        "enrol": lambda sv, r, p: EnrolDialog(sv.trainees, r, _programme(sv), set(), p),
        "instrument": lambda sv, r, p: InstrumentDialog(sv.evaluations, r, _cohort(sv), parent=p),
        "session": lambda sv, r, p: SessionDialog(sv.sessions, r, _cohort(sv), _modules(sv), parent=p),
        "propose": lambda sv, r, p: ProposeDialog(sv.curricula, r, _programme(sv),
                                                  sv.assessments.list_for_programme(_programme(sv)), p),
        "settings": lambda sv, r, p: SettingsDialog(p),
        "sign": lambda sv, r, p: sign_dialog(p, "Cne Traoré"),
        "cohort": lambda sv, r, p: CohortDialog(sv.cohorts, r, _programme(sv), sv.curricula.list(_programme(sv)),
                                                _units(sv), p),
        "enrolment_status": lambda sv, r, p: EnrolmentStatusDialog(sv.cohorts, r, _enrolment(sv), p),
        "merge": lambda sv, r, p: MergeDialog(sv.trainees, sv.people_merge, r, _trainee(sv),
                                              sv.trainees.likely_duplicates(_trainee(sv).id), p),
        "history": lambda sv, r, p: HistoryDialog(sv.audit, r, "person", _trainee(sv).id, "Traoré", p),
        "report": lambda sv, r, p: ReportDialog(sv.reports, r, _programme(sv), p),
        "roster_import": _roster_import,
        "login": lambda sv, r, p: LoginDialog(sv.accounts, "demo.db", p),
        "first_admin": lambda sv, r, p: FirstAdminDialog(sv.accounts, p),
        "unlock": lambda sv, r, p: UnlockDialog("demo.db", lambda _passphrase: None, locked_after_idle=True,
                                                parent=p),
    }


def _programme(sv: Services) -> str:
    return sv.programmes.list()[0].id


def _units(sv: Services) -> list:
    return sv.units.list(_programme(sv))


def _framework(sv: Services) -> tuple[str, str]:
    row = sv.frameworks.list()[0]
    return row.id, row.name


def _cohort(sv: Services) -> str:
    return sv.cohorts.list(_programme(sv))[0].id


def _enrolment(sv: Services) -> Any:
    return sv.cohorts.roster(_cohort(sv))[0]


def _trainee(sv: Services) -> Any:
    return sv.trainees.get(_enrolment(sv).person_id)


def _roster_import(sv: Services, r: TaskRunner, p: QWidget) -> QDialog:
    path = Path(tempfile.mkdtemp(prefix="i18n-roster-")) / "roster.xlsx"
    sv.roster_io.export(_programme(sv), path)
    return RosterImportDialog(sv.roster_io.preview(_programme(sv), path), p)


def _modules(sv: Services) -> list:
    cohort = sv.cohorts.list(_programme(sv))[0]
    return list(sv.curricula.get(cohort.curriculum_id).modules)


def _competency_of(sv: Services) -> tuple[tuple[str, str], tuple[str, str]]:
    area = sv.frameworks.tree(_framework(sv)[0])[0]
    competency = area.competencies[0]
    return (area.id, area.title), (competency.id, f"{competency.code} {competency.title}")


def _compare(sv: Services, r: TaskRunner, p: QWidget) -> QDialog:
    rows = sv.assessments.list_for_programme(_programme(sv))
    unit_id = rows[0].unit_id
    same_unit = [a.id for a in rows if a.unit_id == unit_id]
    return CompareDialog(sv.assessments.compare(same_unit), "2e BI", p)


def _competency(sv: Services, r: TaskRunner, p: QWidget) -> QDialog:
    return CompetencyDialog(sv.frameworks, r, _competency_of(sv)[0], parent=p)


def _standard_ref(sv: Services, r: TaskRunner, p: QWidget) -> QDialog:
    _area, competency = _competency_of(sv)
    return StandardRefDialog(sv.framework_edits, r, competency, sv.framework_edits.standards(), p)


def _framework_import(sv: Services, r: TaskRunner, p: QWidget) -> QDialog:
    folder = Path(tempfile.mkdtemp(prefix="i18n-framework-"))
    path = folder / "framework.xlsx"
    sv.framework_io.export(_framework(sv)[0], path)
    return FrameworkImportDialog(sv.framework_io.preview(path), p)


def _import_summary() -> ImportSummary:
    tallies = (TableTally("person", new=12, updated=3, unchanged=40, conflicts=1),
               TableTally("attendance", new=120, deleted=2))
    return ImportSummary("pkg-1", "a1b2c3d4", "Field team 2", applied=False, already_imported=False,
                         tables=tallies)
