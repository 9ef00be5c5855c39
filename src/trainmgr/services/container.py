"""All services over one open database: built by the composition roots (app.py, the CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from trainmgr.db.engine import Database
from trainmgr.services.accounts import AccountService
from trainmgr.services.admin import AdminService
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.assessments import AssessmentService
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.audit import AuditService
from trainmgr.services.cohorts import CohortService
from trainmgr.services.completion import CompletionService
from trainmgr.services.conflicts import ConflictService
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.evaluations import EvaluationService
from trainmgr.services.framework_edits import FrameworkEditService
from trainmgr.services.framework_io import FrameworkIOService
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.gaps import GapService
from trainmgr.services.lessons import LessonService
from trainmgr.services.people_merge import PeopleMergeService
from trainmgr.services.programmes import ProgrammeService
from trainmgr.services.ranks import RankService
from trainmgr.services.reports import ReportService
from trainmgr.services.roster_io import RosterIOService
from trainmgr.services.sessions import SessionService
from trainmgr.services.sync import SyncService
from trainmgr.services.sync_history import SyncHistoryService
from trainmgr.services.traceability import TraceabilityService
from trainmgr.services.trainees import TraineeService
from trainmgr.services.units import UnitService
from trainmgr.services.vetting import VettingService


@dataclass(frozen=True)
class Services:
    db: Database
    admin: AdminService
    accounts: AccountService
    audit: AuditService
    programmes: ProgrammeService
    units: UnitService
    frameworks: FrameworkService
    framework_io: FrameworkIOService
    framework_edits: FrameworkEditService
    sync: SyncService
    sync_history: SyncHistoryService
    conflicts: ConflictService
    assessments: AssessmentService
    gaps: GapService
    curricula: CurriculumService
    traceability: TraceabilityService
    trainees: TraineeService
    ranks: RankService
    roster_io: RosterIOService
    people_merge: PeopleMergeService
    vetting: VettingService
    cohorts: CohortService
    sessions: SessionService
    attendance: AttendanceService
    evaluations: EvaluationService
    completion: CompletionService
    lessons: LessonService
    analytics: AnalyticsService
    reports: ReportService

    @classmethod
    def build(cls, db: Database) -> Services:
        return cls(
            db=db,
            admin=AdminService(db),
            accounts=AccountService(db),
            audit=AuditService(db),
            programmes=ProgrammeService(db),
            units=UnitService(db),
            frameworks=FrameworkService(db),
            framework_io=FrameworkIOService(db),
            framework_edits=FrameworkEditService(db),
            sync=SyncService(db),
            sync_history=SyncHistoryService(db),
            conflicts=ConflictService(db),
            assessments=AssessmentService(db),
            gaps=GapService(db),
            curricula=CurriculumService(db),
            traceability=TraceabilityService(db),
            trainees=TraineeService(db),
            ranks=RankService(db),
            roster_io=RosterIOService(db),
            people_merge=PeopleMergeService(db),
            vetting=VettingService(db),
            cohorts=CohortService(db),
            sessions=SessionService(db),
            attendance=AttendanceService(db),
            evaluations=EvaluationService(db),
            completion=CompletionService(db),
            lessons=LessonService(db),
            analytics=AnalyticsService(db),
            reports=ReportService(db),
        )
