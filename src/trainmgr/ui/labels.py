"""Translated display labels for the domain's enum values and the programme languages: one place.

Values are stored as text in the database; only the screen (and the reports) see labels. Each
label is a literal `QCoreApplication.translate` call so `pyside6-lupdate` extracts it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from trainmgr.domain.enums import (
    ActionStatus,
    AssessmentKind,
    AssessmentStatus,
    AttendanceStatus,
    CancelReason,
    Confidence,
    ConflictStatus,
    CurriculumStatus,
    DeliveryMode,
    EnrolmentStatus,
    EvaluationLevel,
    EvidenceKind,
    FollowUpStatus,
    FrameworkStatus,
    InstrumentKind,
    LessonStatus,
    PersonRole,
    Priority,
    SessionStatus,
    Sex,
    StandardBody,
    UnitKind,
    VettingStatus,
)
from trainmgr.domain.roles import Role

_LABELS: dict[type[StrEnum], Callable[[], dict[str, str]]] = {
    Sex: lambda: {
        Sex.FEMALE: QCoreApplication.translate("Sex", "Female"),
        Sex.MALE: QCoreApplication.translate("Sex", "Male"),
        Sex.NOT_RECORDED: QCoreApplication.translate("Sex", "Not recorded"),
    },
    PersonRole: lambda: {
        PersonRole.TRAINEE: QCoreApplication.translate("PersonRole", "Trainee"),
        PersonRole.INSTRUCTOR: QCoreApplication.translate("PersonRole", "Instructor"),
    },
    VettingStatus: lambda: {
        VettingStatus.NOT_STARTED: QCoreApplication.translate("VettingStatus", "Not started"),
        VettingStatus.PENDING: QCoreApplication.translate("VettingStatus", "Pending"),
        VettingStatus.CLEARED: QCoreApplication.translate("VettingStatus", "Cleared"),
        VettingStatus.REFUSED: QCoreApplication.translate("VettingStatus", "Refused"),
        VettingStatus.EXPIRED: QCoreApplication.translate("VettingStatus", "Expired"),
    },
    UnitKind: lambda: {
        UnitKind.MINISTRY: QCoreApplication.translate("UnitKind", "Ministry"),
        UnitKind.SERVICE: QCoreApplication.translate("UnitKind", "Service"),
        UnitKind.REGION: QCoreApplication.translate("UnitKind", "Region"),
        UnitKind.BRIGADE: QCoreApplication.translate("UnitKind", "Brigade"),
        UnitKind.BATTALION: QCoreApplication.translate("UnitKind", "Battalion"),
        UnitKind.COMPANY: QCoreApplication.translate("UnitKind", "Company"),
        UnitKind.CELL: QCoreApplication.translate("UnitKind", "Cell"),
        UnitKind.SCHOOL: QCoreApplication.translate("UnitKind", "School"),
        UnitKind.OTHER: QCoreApplication.translate("UnitKind", "Other"),
    },
    FrameworkStatus: lambda: {
        FrameworkStatus.DRAFT: QCoreApplication.translate("FrameworkStatus", "Draft"),
        FrameworkStatus.ACTIVE: QCoreApplication.translate("FrameworkStatus", "Active"),
        FrameworkStatus.RETIRED: QCoreApplication.translate("FrameworkStatus", "Retired"),
    },
    StandardBody: lambda: {
        StandardBody.UN: QCoreApplication.translate("StandardBody", "UN"),
        StandardBody.NATO: QCoreApplication.translate("StandardBody", "NATO"),
        StandardBody.AU: QCoreApplication.translate("StandardBody", "AU"),
        StandardBody.EU: QCoreApplication.translate("StandardBody", "EU"),
        StandardBody.ICRC: QCoreApplication.translate("StandardBody", "ICRC"),
        StandardBody.NATIONAL: QCoreApplication.translate("StandardBody", "National"),
        StandardBody.OTHER: QCoreApplication.translate("StandardBody", "Other"),
    },
    AssessmentKind: lambda: {
        AssessmentKind.BASELINE: QCoreApplication.translate("AssessmentKind", "Baseline"),
        AssessmentKind.MIDTERM: QCoreApplication.translate("AssessmentKind", "Midterm"),
        AssessmentKind.ENDLINE: QCoreApplication.translate("AssessmentKind", "Endline"),
        AssessmentKind.OTHER: QCoreApplication.translate("AssessmentKind", "Other"),
    },
    AssessmentStatus: lambda: {
        AssessmentStatus.DRAFT: QCoreApplication.translate("AssessmentStatus", "Draft"),
        AssessmentStatus.VALIDATED: QCoreApplication.translate("AssessmentStatus", "Validated"),
        AssessmentStatus.SIGNED: QCoreApplication.translate("AssessmentStatus", "Signed"),
    },
    Priority: lambda: {
        Priority.HIGH: QCoreApplication.translate("Priority", "High"),
        Priority.MEDIUM: QCoreApplication.translate("Priority", "Medium"),
        Priority.LOW: QCoreApplication.translate("Priority", "Low"),
    },
    Confidence: lambda: {
        Confidence.HIGH: QCoreApplication.translate("Confidence", "High"),
        Confidence.MEDIUM: QCoreApplication.translate("Confidence", "Medium"),
        Confidence.LOW: QCoreApplication.translate("Confidence", "Low"),
    },
    EvidenceKind: lambda: {
        EvidenceKind.INTERVIEW: QCoreApplication.translate("EvidenceKind", "Interview"),
        EvidenceKind.OBSERVATION: QCoreApplication.translate("EvidenceKind", "Observation"),
        EvidenceKind.EXERCISE: QCoreApplication.translate("EvidenceKind", "Exercise"),
        EvidenceKind.DOCUMENT_REVIEW: QCoreApplication.translate("EvidenceKind", "Document review"),
    },
    CurriculumStatus: lambda: {
        CurriculumStatus.DRAFT: QCoreApplication.translate("CurriculumStatus", "Draft"),
        CurriculumStatus.APPROVED: QCoreApplication.translate("CurriculumStatus", "Approved"),
        CurriculumStatus.RETIRED: QCoreApplication.translate("CurriculumStatus", "Retired"),
    },
    DeliveryMode: lambda: {
        DeliveryMode.CLASSROOM: QCoreApplication.translate("DeliveryMode", "Classroom"),
        DeliveryMode.PRACTICAL: QCoreApplication.translate("DeliveryMode", "Practical exercise"),
        DeliveryMode.MENTORING: QCoreApplication.translate("DeliveryMode", "Mentoring"),
        DeliveryMode.WORKSHOP: QCoreApplication.translate("DeliveryMode", "Workshop"),
        DeliveryMode.FIELD_EXERCISE: QCoreApplication.translate("DeliveryMode", "Field exercise"),
    },
    EnrolmentStatus: lambda: {
        EnrolmentStatus.NOMINATED: QCoreApplication.translate("EnrolmentStatus", "Nominated"),
        EnrolmentStatus.ENROLLED: QCoreApplication.translate("EnrolmentStatus", "Enrolled"),
        EnrolmentStatus.WITHDRAWN: QCoreApplication.translate("EnrolmentStatus", "Withdrawn"),
        EnrolmentStatus.COMPLETED: QCoreApplication.translate("EnrolmentStatus", "Completed"),
        EnrolmentStatus.FAILED: QCoreApplication.translate("EnrolmentStatus", "Failed"),
        EnrolmentStatus.TRANSFERRED: QCoreApplication.translate("EnrolmentStatus", "Transferred"),
    },
    SessionStatus: lambda: {
        SessionStatus.PLANNED: QCoreApplication.translate("SessionStatus", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("SessionStatus", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("SessionStatus", "Cancelled"),
    },
    CancelReason: lambda: {
        CancelReason.SECURITY: QCoreApplication.translate("CancelReason", "Security"),
        CancelReason.WEATHER: QCoreApplication.translate("CancelReason", "Weather"),
        CancelReason.NO_SHOW: QCoreApplication.translate("CancelReason", "No-show"),
        CancelReason.HOST_REQUEST: QCoreApplication.translate("CancelReason", "Host request"),
        CancelReason.OTHER: QCoreApplication.translate("CancelReason", "Other"),
    },
    AttendanceStatus: lambda: {
        AttendanceStatus.PRESENT: QCoreApplication.translate("AttendanceStatus", "Present"),
        AttendanceStatus.LATE: QCoreApplication.translate("AttendanceStatus", "Late"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("AttendanceStatus", "Absent"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("AttendanceStatus", "Excused"),
        AttendanceStatus.NOT_EXPECTED: QCoreApplication.translate("AttendanceStatus", "Not expected"),
    },
    InstrumentKind: lambda: {
        InstrumentKind.PRE_TEST: QCoreApplication.translate("InstrumentKind", "Pre-test"),
        InstrumentKind.POST_TEST: QCoreApplication.translate("InstrumentKind", "Post-test"),
        InstrumentKind.PRACTICAL_CHECKLIST: QCoreApplication.translate("InstrumentKind", "Practical checklist"),
        InstrumentKind.OBSERVATION: QCoreApplication.translate("InstrumentKind", "Observation"),
        InstrumentKind.REACTION_SURVEY: QCoreApplication.translate("InstrumentKind", "Reaction survey"),
        InstrumentKind.FOLLOW_UP: QCoreApplication.translate("InstrumentKind", "Follow-up"),
    },
    EvaluationLevel: lambda: {
        EvaluationLevel.REACTION: QCoreApplication.translate("EvaluationLevel", "1 – Reaction"),
        EvaluationLevel.LEARNING: QCoreApplication.translate("EvaluationLevel", "2 – Learning"),
        EvaluationLevel.BEHAVIOUR: QCoreApplication.translate("EvaluationLevel", "3 – Behaviour"),
        EvaluationLevel.RESULTS: QCoreApplication.translate("EvaluationLevel", "4 – Results"),
    },
    FollowUpStatus: lambda: {
        FollowUpStatus.SCHEDULED: QCoreApplication.translate("FollowUpStatus", "Scheduled"),
        FollowUpStatus.DONE: QCoreApplication.translate("FollowUpStatus", "Done"),
        FollowUpStatus.MISSED: QCoreApplication.translate("FollowUpStatus", "Missed"),
        FollowUpStatus.CANCELLED: QCoreApplication.translate("FollowUpStatus", "Cancelled"),
    },
    LessonStatus: lambda: {
        LessonStatus.OPEN: QCoreApplication.translate("LessonStatus", "Open"),
        LessonStatus.IN_PROGRESS: QCoreApplication.translate("LessonStatus", "In progress"),
        LessonStatus.CLOSED: QCoreApplication.translate("LessonStatus", "Closed"),
    },
    ActionStatus: lambda: {
        ActionStatus.OPEN: QCoreApplication.translate("ActionStatus", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("ActionStatus", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("ActionStatus", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("ActionStatus", "Dropped"),
    },
    ConflictStatus: lambda: {
        ConflictStatus.OPEN: QCoreApplication.translate("ConflictStatus", "Open"),
        ConflictStatus.RESOLVED: QCoreApplication.translate("ConflictStatus", "Resolved"),
    },
    Role: lambda: {
        Role.VIEWER: QCoreApplication.translate("Role", "Viewer"),
        Role.TRAINER: QCoreApplication.translate("Role", "Trainer"),
        Role.EVALUATOR: QCoreApplication.translate("Role", "Evaluator"),
        Role.PROGRAMME_MANAGER: QCoreApplication.translate("Role", "Programme manager"),
        Role.ADMINISTRATOR: QCoreApplication.translate("Role", "Administrator"),
    },
}


def label(value: StrEnum) -> str:
    """The translated label of an enum member."""
    return enum_label(type(value), value.value)


def enum_label(enum: type[StrEnum], value: str) -> str:
    """The translated label of a stored value of `enum`; an unknown value (from a newer release,
    say) is shown as it is rather than hidden."""
    table = _LABELS.get(enum)
    return table().get(value, value) if table else value


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs in declaration order, for combo boxes."""
    table = _LABELS[enum]()
    return [(member.value, table.get(member.value, member.value)) for member in enum]


def languages() -> list[tuple[str, str]]:
    """The programme languages (reports are written in the programme's language)."""
    return [
        ("en", QCoreApplication.translate("Language", "English")),
        ("fr", QCoreApplication.translate("Language", "French")),
        ("pt", QCoreApplication.translate("Language", "Portuguese")),
        ("ar", QCoreApplication.translate("Language", "Arabic")),
    ]


def language_label(code: str) -> str:
    return dict(languages()).get(code, code)
