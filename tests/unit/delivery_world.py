"""A small programme for the delivery tests: units, ranks, an approved curriculum, people (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from trainmgr.db.models import Person, Rank
from trainmgr.domain.enums import PersonRole
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.cohorts import CohortInput, CohortService
from trainmgr.services.container import Services
from trainmgr.services.curricula import ModuleInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sessions import SessionInput, SessionService
from trainmgr.services.trainees import TraineeInput, TraineeService
from trainmgr.services.units import UnitInput
from trainmgr.services.vetting import VettingService

TODAY = date(2025, 6, 30)


@dataclass
class World:
    services: Services
    programme_id: str
    battalion: str
    company: str
    rank: str
    curriculum_id: str
    module_id: str
    trainees: TraineeService = field(init=False)
    vetting: VettingService = field(init=False)
    cohorts: CohortService = field(init=False)
    sessions: SessionService = field(init=False)
    attendance: AttendanceService = field(init=False)

    def __post_init__(self) -> None:
        db = self.services.db
        self.trainees, self.vetting, self.cohorts = TraineeService(db), VettingService(db), CohortService(db)
        self.sessions, self.attendance = SessionService(db), AttendanceService(db)

    def trainee(self, family: str, given: str = "", number: str = "", vetting: str = "cleared",
                vetted: date | None = date(2025, 3, 1), **kw: object) -> str:
        data = TraineeInput(self.programme_id, family, given, service_number=number, unit_id=self.company,
                            rank_id=self.rank, vetting_status=vetting,
                            vetting_date=vetted if vetting in ("cleared", "refused", "expired") else None, **kw)
        return self.trainees.create(data, today=TODAY).id

    def instructor(self, family: str) -> str:
        with self.services.db.write() as s:
            p = Person(programme_id=self.programme_id, role=PersonRole.INSTRUCTOR.value, family_name=family)
            s.add(p)
            s.flush()
            return p.id

    def cohort(self, name: str = "Cohort 1", **kw: object) -> str:
        return self.cohorts.create(CohortInput(self.programme_id, name, curriculum_id=self.curriculum_id,
                                               start_date=date(2025, 5, 1), end_date=date(2025, 7, 31), **kw)).id

    def session(self, cohort_id: str, day: date, start: time | None = time(8), end: time | None = time(10),
                instructors: tuple[str, ...] = (), held: bool = False) -> str:
        sid = self.sessions.schedule(SessionInput(cohort_id, day, module_id=self.module_id, start_time=start,
                                                  end_time=end, place="Camp", instructor_ids=instructors)).id
        if held:
            self.sessions.hold(sid, today=TODAY)
        return sid


def make_world(services: Services) -> World:
    programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    battalion = services.units.create(programme, UnitInput(name="1er Bataillon", kind="battalion")).id
    company = services.units.create(programme, UnitInput(name="2e Compagnie", parent_id=battalion,
                                                         kind="company")).id
    with services.db.write() as s:
        rank = Rank(programme_id=programme, code="SGT", name="Sergent", category="nco", sort_order=5)
        s.add(rank)
        s.flush()
        rank_id = rank.id
    cur = services.curricula.create(programme, "Logistics")
    module = services.curricula.add_module(cur.id, ModuleInput(title="Supply chain"))
    services.curricula.approve(cur.id)
    return World(services, programme, battalion, company, rank_id, cur.id, module.id)
