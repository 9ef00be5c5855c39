"""The closed vocabularies of the domain. Values are stored as text; labels are translated in the UI."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    NOT_RECORDED = "not_recorded"


class PersonRole(StrEnum):
    TRAINEE = "trainee"
    INSTRUCTOR = "instructor"


class VettingStatus(StrEnum):
    NOT_STARTED = "not_started"
    PENDING = "pending"
    CLEARED = "cleared"
    REFUSED = "refused"
    EXPIRED = "expired"


class UnitKind(StrEnum):
    MINISTRY = "ministry"
    SERVICE = "service"
    REGION = "region"
    BRIGADE = "brigade"
    BATTALION = "battalion"
    COMPANY = "company"
    CELL = "cell"
    SCHOOL = "school"
    OTHER = "other"


class FrameworkStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class StandardBody(StrEnum):
    UN = "UN"
    NATO = "NATO"
    AU = "AU"
    EU = "EU"
    ICRC = "ICRC"
    NATIONAL = "National"
    OTHER = "Other"


class AssessmentKind(StrEnum):
    BASELINE = "baseline"
    MIDTERM = "midterm"
    ENDLINE = "endline"
    OTHER = "other"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    SIGNED = "signed"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class EvidenceKind(StrEnum):
    INTERVIEW = "interview"
    OBSERVATION = "observation"
    EXERCISE = "exercise"
    DOCUMENT_REVIEW = "document_review"


class CurriculumStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    RETIRED = "retired"


class DeliveryMode(StrEnum):
    CLASSROOM = "classroom"
    PRACTICAL = "practical_exercise"
    MENTORING = "mentoring"
    WORKSHOP = "workshop"
    FIELD_EXERCISE = "field_exercise"


class EnrolmentStatus(StrEnum):
    NOMINATED = "nominated"
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"
    FAILED = "failed"
    TRANSFERRED = "transferred"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class CancelReason(StrEnum):
    SECURITY = "security"
    WEATHER = "weather"
    NO_SHOW = "no_show"
    HOST_REQUEST = "host_request"
    OTHER = "other"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"
    NOT_EXPECTED = "not_expected"


class InstrumentKind(StrEnum):
    PRE_TEST = "pre_test"
    POST_TEST = "post_test"
    PRACTICAL_CHECKLIST = "practical_checklist"
    OBSERVATION = "observation"
    REACTION_SURVEY = "reaction_survey"
    FOLLOW_UP = "follow_up"


class EvaluationLevel(StrEnum):
    """The four levels of training evaluation."""

    REACTION = "1_reaction"
    LEARNING = "2_learning"
    BEHAVIOUR = "3_behaviour"
    RESULTS = "4_results"


class FollowUpStatus(StrEnum):
    SCHEDULED = "scheduled"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class LessonStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]
