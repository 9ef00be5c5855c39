"""Display helpers of the assessment → curriculum → traceability screens: topics they announce,
gap colours, levels and assessment titles. Enum labels themselves come from `ui.labels`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from trainmgr.domain.assessment_records import AssessmentRow, CurriculumRow
from trainmgr.domain.changes import ASSESSMENTS, CURRICULA, FINDINGS  # noqa: F401  (re-exported for the pages)
from trainmgr.domain.enums import AssessmentKind, AssessmentStatus, CurriculumStatus
from trainmgr.ui.formatting import format_signed
from trainmgr.ui.labels import enum_label
from trainmgr.ui.table_models.programmes_model import format_date

GAP_RED, GAP_AMBER, GAP_GREEN = QColor("#f4c7c3"), QColor("#fce8b2"), QColor("#c8e6c9")
TEXT_DARK = QColor("#202124")
DEFAULT_GREY = QColor("#9aa0a6")
NO_MODULE = QColor("#f4c7c3")


def gap_colour(gap: int | None) -> QColor | None:
    """Red for a gap of 2 levels or more, amber for 1, green when the unit meets the requirement."""
    if gap is None:
        return None
    if gap >= 2:
        return GAP_RED
    return GAP_AMBER if gap == 1 else GAP_GREEN


def level_text(level: int | None) -> str:
    return "" if level is None else str(level)


def gap_text(gap: int | None) -> str:
    return "" if gap is None else format_signed(gap)


def assessment_title(row: AssessmentRow) -> str:
    """"Baseline 2025-03-01 (v2, Signed)": what a person calls an assessment."""
    return QCoreApplication.translate("assessment_labels", "{kind} {date} (v{version}, {status})").format(
        kind=enum_label(AssessmentKind, row.kind), date=format_date(row.assessed_on), version=row.version,
        status=enum_label(AssessmentStatus, row.status))


def assessment_status_text(row: AssessmentRow) -> str:
    if row.status == AssessmentStatus.SIGNED.value:
        text = QCoreApplication.translate("assessment_labels", "Signed by {name} on {date}: read-only.").format(
            name=row.signed_by, date=format_date(row.signed_at.date()) if row.signed_at else "")
        if row.superseded_by_id:
            text += " " + QCoreApplication.translate("assessment_labels", "Amended by a newer version.")
        return text
    if row.status == AssessmentStatus.VALIDATED.value:
        return QCoreApplication.translate("assessment_labels", "Validated: still editable until signed by the host.")
    return QCoreApplication.translate("assessment_labels", "Draft: type levels 0–5 in the grid.")


def assessment_header(row: AssessmentRow) -> str:
    """Two lines for a column header: "Baseline" / "2025-03-01 v2"."""
    return QCoreApplication.translate("assessment_labels", "{kind}\n{date} v{version}").format(
        kind=enum_label(AssessmentKind, row.kind), date=format_date(row.assessed_on), version=row.version)


def curriculum_title(row: CurriculumRow) -> str:
    return QCoreApplication.translate("assessment_labels", "{name} v{version} ({status})").format(
        name=row.name, version=row.version, status=enum_label(CurriculumStatus, row.status))


def hours_text(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}"
