"""The core's progress messages in the interface language.

Services, the exchange formats and the database layer know nothing of Qt: they report progress as
`progress(done, total, message)` with an English message (the command line prints it as is). The GUI
shows `progress_text(message)` instead: the fixed messages are looked up in the catalogue below (one
literal `translate()` each, so lupdate extracts them into the "ProgressMessages" context), the few
families built at run time (a row number, a table name) are recognised by their pattern. A message
that is neither — one the GUI composed and translated itself, or a new one nobody catalogued yet —
is shown unchanged; tests/ui/test_progress_text.py fails for a core message missing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainmgr.ui.formatting import format_number

# A table name (demo build, sync package, sync export/import): an SQL identifier, never shown as such.
_TABLE = r"[a-z][a-z0-9_]*"


def _fixed() -> dict[str, str]:
    """The core's fixed messages → the text shown. Built at each call: translators can change."""
    return {
        # framework and roster workbooks (services.framework_io, services.roster_io, exchange.excel)
        "Reading the framework": QCoreApplication.translate("ProgressMessages", "Reading the framework"),
        "Comparing with the framework": QCoreApplication.translate("ProgressMessages",
                                                                   "Comparing with the framework"),
        "Reading the trainees": QCoreApplication.translate("ProgressMessages", "Reading the trainees"),
        "Comparing with the trainees": QCoreApplication.translate("ProgressMessages", "Comparing with the trainees"),
        "Importing": QCoreApplication.translate("ProgressMessages", "Importing"),
        "Writing competencies": QCoreApplication.translate("ProgressMessages", "Writing competencies"),
        "Writing trainees": QCoreApplication.translate("ProgressMessages", "Writing trainees"),
        "Saving the workbook": QCoreApplication.translate("ProgressMessages", "Saving the workbook"),
        # the audit trail (services.audit, exchange.excel.audit_workbook)
        "Verifying the audit trail": QCoreApplication.translate("ProgressMessages", "Verifying the audit trail"),
        "Writing the audit trail": QCoreApplication.translate("ProgressMessages", "Writing the audit trail"),
        # reports (services.reports and the report_* builders' ctx.step)
        "Preparing the report": QCoreApplication.translate("ProgressMessages", "Preparing the report"),
        "Trainees trained": QCoreApplication.translate("ProgressMessages", "Trainees trained"),
        "Completion funnel": QCoreApplication.translate("ProgressMessages", "Completion funnel"),
        "Attendance": QCoreApplication.translate("ProgressMessages", "Attendance"),
        "Capability": QCoreApplication.translate("ProgressMessages", "Capability"),
        "Scores": QCoreApplication.translate("ProgressMessages", "Scores"),
        "Statistics": QCoreApplication.translate("ProgressMessages", "Statistics"),
        "Assessment matrix": QCoreApplication.translate("ProgressMessages", "Assessment matrix"),
        "Gaps": QCoreApplication.translate("ProgressMessages", "Gaps"),
        "Assessments": QCoreApplication.translate("ProgressMessages", "Assessments"),
        "Reading the registers": QCoreApplication.translate("ProgressMessages", "Reading the registers"),
        "Reading results and completion": QCoreApplication.translate("ProgressMessages",
                                                                     "Reading results and completion"),
        "Reading the curricula": QCoreApplication.translate("ProgressMessages", "Reading the curricula"),
        # the Progress figures (services.analytics)
        "Preparing figures": QCoreApplication.translate("ProgressMessages", "Preparing figures"),
        "Done": QCoreApplication.translate("ProgressMessages", "Done"),
        # the demo programme (services.demo)
        "Demo: planning": QCoreApplication.translate("ProgressMessages", "Planning the demo programme"),
        "Demo: saving": QCoreApplication.translate("ProgressMessages", "Saving the demo programme"),
        # sync packages (exchange.sync.package)
        "Saving the package": QCoreApplication.translate("ProgressMessages", "Saving the package"),
        "Checking the package file": QCoreApplication.translate("ProgressMessages", "Checking the package file"),
        "Package checked": QCoreApplication.translate("ProgressMessages", "Package checked"),
        # database encryption (db.encryption)
        "Backing up": QCoreApplication.translate("ProgressMessages", "Backing up the database"),
        "Encrypting: done": QCoreApplication.translate("ProgressMessages", "Database encrypted"),
        "Decrypting: done": QCoreApplication.translate("ProgressMessages", "Database decrypted"),
    }


def _reading_row(match: re.Match[str]) -> str:
    row = int(match.group(1).replace(",", ""))
    return QCoreApplication.translate("ProgressMessages", "Reading row {row}").format(row=format_number(row, 0))


def _encrypting(match: re.Match[str]) -> str:
    done, total = format_number(int(match.group(1)), 0), format_number(int(match.group(2)), 0)
    return QCoreApplication.translate("ProgressMessages", "Encrypting the database: {done} of {total} MB").format(
        done=done, total=total)


def _decrypting(match: re.Match[str]) -> str:
    done, total = format_number(int(match.group(1)), 0), format_number(int(match.group(2)), 0)
    return QCoreApplication.translate("ProgressMessages", "Decrypting the database: {done} of {total} MB").format(
        done=done, total=total)


# The messages built at run time, tried in order after the fixed ones: (pattern, the text shown).
_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    # f"Reading row {row:,}" (exchange.excel.framework_workbook, roster_workbook)
    (re.compile(r"Reading row (\d[\d,]*)"), _reading_row),
    # f"Demo: {insert.table}" (services.demo): the table is an implementation detail
    (re.compile(rf"Demo: {_TABLE}"),
     lambda _m: QCoreApplication.translate("ProgressMessages", "Creating the demo records")),
    # f"Writing {table.name}", f"Checking {info.name}" (exchange.sync.package)
    (re.compile(rf"Writing {_TABLE}"),
     lambda _m: QCoreApplication.translate("ProgressMessages", "Writing the package")),
    (re.compile(rf"Checking {_TABLE}"),
     lambda _m: QCoreApplication.translate("ProgressMessages", "Checking the package")),
    # f"{verb}: {done} of {total} MB" (db.encryption), sizes in MB
    (re.compile(r"Encrypting: (\d+) of (\d+) MB"), _encrypting),
    (re.compile(r"Decrypting: (\d+) of (\d+) MB"), _decrypting),
    # spec.name alone (services.sync: the table being exported or merged)
    (re.compile(_TABLE), lambda _m: QCoreApplication.translate("ProgressMessages", "Processing the records")),
)


def _known(message: str) -> str | None:
    fixed = _fixed().get(message)
    if fixed is not None:
        return fixed
    for pattern, text in _PATTERNS:
        match = pattern.fullmatch(message)
        if match is not None:
            return text(match)
    return None


def is_catalogued(message: str) -> bool:
    """True if `message` is a core progress message this module translates."""
    return _known(message) is not None


def progress_text(message: str) -> str:
    """`message` (as a service reported it) in the interface language; unknown messages unchanged."""
    if not message:
        return message
    known = _known(message)
    return message if known is None else known
