"""Every table, imported here so that `Base.metadata` is complete for Alembic and the services."""

from trainmgr.db.models.accounts import Account
from trainmgr.db.models.analytics_facts import (
    CohortFunnelFact,
    EnrolmentFact,
    FactsDirty,
    ProgrammeScoreFact,
    ProgrammeTrainedFact,
    ScoreFact,
    SessionFact,
    SessionGroupFact,
    SessionSexFact,
)
from trainmgr.db.models.assessments import Assessment, Finding
from trainmgr.db.models.curricula import (
    Curriculum,
    CurriculumAssessment,
    LearningObjective,
    Module,
    ModuleCompetency,
    ModulePrerequisite,
    ModuleStandard,
)
from trainmgr.db.models.delivery import Attendance, Cohort, Enrolment, SessionInstructor, TrainingSession
from trainmgr.db.models.evaluations import FollowUp, Instrument, InstrumentCompetency, Result
from trainmgr.db.models.frameworks import (
    CapabilityArea,
    Competency,
    CompetencyStandard,
    Framework,
    LevelDescriptor,
    ProficiencyLevel,
    ProficiencyScale,
    Standard,
)
from trainmgr.db.models.local import AppMeta, LocalReplica, SyncExchange, SyncPeer
from trainmgr.db.models.people import Person
from trainmgr.db.models.programmes import Programme, Rank, Unit
from trainmgr.db.models.records import AuditEvent, ImportBatch, SyncConflict
from trainmgr.db.models.review import Lesson, LessonAction

__all__ = [
    "Account",
    "AppMeta",
    "Assessment",
    "Attendance",
    "AuditEvent",
    "CapabilityArea",
    "Cohort",
    "CohortFunnelFact",
    "Competency",
    "CompetencyStandard",
    "Curriculum",
    "CurriculumAssessment",
    "Enrolment",
    "EnrolmentFact",
    "FactsDirty",
    "Finding",
    "FollowUp",
    "Framework",
    "ImportBatch",
    "Instrument",
    "InstrumentCompetency",
    "LearningObjective",
    "Lesson",
    "LessonAction",
    "LevelDescriptor",
    "LocalReplica",
    "Module",
    "ModuleCompetency",
    "ModulePrerequisite",
    "ModuleStandard",
    "Person",
    "ProficiencyLevel",
    "ProficiencyScale",
    "Programme",
    "ProgrammeScoreFact",
    "ProgrammeTrainedFact",
    "Rank",
    "Result",
    "ScoreFact",
    "SessionFact",
    "SessionGroupFact",
    "SessionInstructor",
    "SessionSexFact",
    "Standard",
    "SyncConflict",
    "SyncExchange",
    "SyncPeer",
    "TrainingSession",
    "Unit",
]
