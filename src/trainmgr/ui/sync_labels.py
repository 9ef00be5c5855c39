"""How sync facts read on screen: table names, directions, times and conflict values, in one place.

Times are stored as naive UTC and clock stamps start with epoch milliseconds; people read both in
their laptop's local time, written as the interface language writes dates (ui/formatting.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from trainmgr.ui.formatting import format_datetime

_TABLES: Callable[[], dict[str, str]] = lambda: {  # noqa: E731 - literal calls for pyside6-lupdate
    "assessment": QCoreApplication.translate("SyncTable", "Assessments"),
    "attendance": QCoreApplication.translate("SyncTable", "Attendance records"),
    "audit_event": QCoreApplication.translate("SyncTable", "Audit events"),
    "capability_area": QCoreApplication.translate("SyncTable", "Capability areas"),
    "cohort": QCoreApplication.translate("SyncTable", "Cohorts"),
    "competency": QCoreApplication.translate("SyncTable", "Competencies"),
    "competency_standard": QCoreApplication.translate("SyncTable", "Competency standards"),
    "curriculum": QCoreApplication.translate("SyncTable", "Curricula"),
    "curriculum_assessment": QCoreApplication.translate("SyncTable", "Curriculum assessments"),
    "enrolment": QCoreApplication.translate("SyncTable", "Enrolments"),
    "finding": QCoreApplication.translate("SyncTable", "Findings"),
    "follow_up": QCoreApplication.translate("SyncTable", "Follow-ups"),
    "framework": QCoreApplication.translate("SyncTable", "Frameworks"),
    "import_batch": QCoreApplication.translate("SyncTable", "Import batches"),
    "instrument": QCoreApplication.translate("SyncTable", "Instruments"),
    "instrument_competency": QCoreApplication.translate("SyncTable", "Instrument competencies"),
    "learning_objective": QCoreApplication.translate("SyncTable", "Learning objectives"),
    "lesson": QCoreApplication.translate("SyncTable", "Lessons learned"),
    "lesson_action": QCoreApplication.translate("SyncTable", "Lesson actions"),
    "level_descriptor": QCoreApplication.translate("SyncTable", "Level descriptors"),
    "module": QCoreApplication.translate("SyncTable", "Modules"),
    "module_competency": QCoreApplication.translate("SyncTable", "Module competencies"),
    "module_prerequisite": QCoreApplication.translate("SyncTable", "Module prerequisites"),
    "module_standard": QCoreApplication.translate("SyncTable", "Module standards"),
    "person": QCoreApplication.translate("SyncTable", "People"),
    "proficiency_level": QCoreApplication.translate("SyncTable", "Proficiency levels"),
    "proficiency_scale": QCoreApplication.translate("SyncTable", "Proficiency scales"),
    "programme": QCoreApplication.translate("SyncTable", "Programmes"),
    "rank": QCoreApplication.translate("SyncTable", "Ranks"),
    "result": QCoreApplication.translate("SyncTable", "Results"),
    "session_instructor": QCoreApplication.translate("SyncTable", "Session instructors"),
    "standard": QCoreApplication.translate("SyncTable", "Standards"),
    "sync_conflict": QCoreApplication.translate("SyncTable", "Sync conflicts"),
    "training_session": QCoreApplication.translate("SyncTable", "Training sessions"),
    "unit": QCoreApplication.translate("SyncTable", "Units"),
}


def table_label(name: str) -> str:
    """A synced table as people call it; a table from a newer release shows as its own name."""
    return _TABLES().get(name) or name.replace("_", " ").capitalize()


def direction_label(direction: str) -> str:
    labels = {"export": QCoreApplication.translate("SyncDirection", "Sent"),
              "import": QCoreApplication.translate("SyncDirection", "Received")}
    return labels.get(direction, direction)


def format_when(value: object) -> str:
    """A stored naive-UTC datetime in local time; anything else (None) as blank."""
    if not isinstance(value, datetime):
        return ""
    return format_datetime(value if value.tzinfo is not None else value.replace(tzinfo=UTC))


def stamp_time(stamp: str) -> datetime | None:
    """The wall-clock time a clock stamp was made: its first 13 characters are epoch milliseconds."""
    head = stamp[:13]
    if len(head) != 13 or not head.isdigit():
        return None
    return datetime.fromtimestamp(int(head) / 1000, UTC)


def format_stamp(stamp: str) -> str:
    when = stamp_time(stamp)
    return format_datetime(when)


def format_value(value: object, limit: int = 80) -> str:
    """A conflict value as text: empty shown as such, yes/no for booleans, long text shortened."""
    if value is None or value == "":
        return QCoreApplication.translate("SyncValue", "(empty)")
    if isinstance(value, bool):
        yes, no = QCoreApplication.translate("SyncValue", "Yes"), QCoreApplication.translate("SyncValue", "No")
        return yes if value else no
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())  # one line in a table cell
    return text if len(text) <= limit else text[: limit - 1] + "…"


def laptop_label(replica_id: str, names: dict[str, str]) -> str:
    """A laptop by its name when known, else by its replica id (the id is then in the tooltip)."""
    return names.get(replica_id) or replica_id
