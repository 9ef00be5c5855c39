"""A small programme for the analytics tests, built through the services (no Qt).

Units: 1er Bataillon (B) with its 2e Compagnie (C) under it, and Escadron (O) apart. Ranks SGT, CPL.
Competencies X (scored out of 10) and Y (out of 20) are the first two of the starter framework.

Cohort A (May 2025, minimum attendance 75 %, post-test required): sessions S1 05-05, S2 05-12,
S3 05-19 (cancelled), S4 05-26; pre-test on 05-05, post-test on 05-26 (max 30, pass mark 18).
    person  sex   unit rank   marks S1 S2 S4     pre X/10 Y/20   post X Y   outcome
    Amina   F     C    SGT    P  P  P            4  10           8  16      completed
    Binta   F     C    CPL    P  A  P            5  8            7  14      failed (66.7 %)
    Chloé   F     B    SGT    L  P  P            6  12           10 18      completed
    Dan     M     C    SGT    A  A  P            2  6            5  10      failed
    Eric    M     B    CPL    P  P  A            3  10           6  12      failed (66.7 %)
    Fodé    M     O    SGT    E  P  P            4  9            8  15      completed
    Gani    n/r   C    —      P  .  P            5  10           —  —       pending (stays enrolled)
    Hugo    M     C    SGT    P  (withdrawn 05-08) 3  (7 cleared) —      withdrawn
    Ines    F     O    CPL    nominee only                                 nominated
    Jean    M     C    SGT    —  P  L (enrolled 05-10)  —       7  14      completed
    Zoé     F     C    SGT    P (deleted afterwards) 10 20                 tombstoned
  (S2: Gani was marked present, then the mark was cleared: unmarked.)
Cohort B (September 2025, no minimum, no post-test): sessions T1 09-05, T2 09-12.
    Amina P P, Kadi (F, C, SGT) P A, Lamine (M, B, CPL) A P — all completed on 09-30.
Follow-ups done: Amina and Fodé (cohort A).
Assessments (competency X unless said): B baseline 01-10 validated X 1/4, Y 2/3 and midterm 06-10
validated X 3/4, Y 3/3; C baseline 02-01 validated X 2/4, endline 08-01 signed X 4/4 and a later draft
09-15 X 5/5 (not the latest: a validated or signed one is preferred); O baseline 03-01 validated X 2/5.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from trainmgr.db.models import FollowUp, Rank
from trainmgr.domain.enums import FollowUpStatus
from trainmgr.domain.records import CompetencyNode
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.assessments import AssessmentInput
from trainmgr.services.cohorts import CohortInput
from trainmgr.services.container import Services
from trainmgr.services.evaluations import InstrumentInput
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.sessions import SessionInput
from trainmgr.services.trainees import TraineeInput
from trainmgr.services.units import UnitInput

TODAY = date(2025, 10, 31)
NOMINATED = date(2025, 4, 20)


@dataclass
class World:
    services: Services
    analytics: AnalyticsService
    programme_id: str
    units: dict[str, str]  # B, C, O
    ranks: dict[str, str]  # SGT, CPL
    comp: dict[str, str]  # X, Y -> competency id
    people: dict[str, str]  # first name -> person id
    cohorts: dict[str, str]  # A, B
    sessions: dict[str, str]  # S1.., T1..


def _first_competencies(services: Services, framework_id: str) -> tuple[str, str]:
    def walk(nodes: tuple[CompetencyNode, ...]) -> list[CompetencyNode]:
        return [n for node in nodes for n in (node, *walk(node.children))]
    found = sorted((c for area in services.frameworks.tree(framework_id) for c in walk(area.competencies)),
                   key=lambda c: c.code)
    return found[0].id, found[1].id


def _structure(services: Services) -> tuple[str, dict[str, str], dict[str, str]]:
    programme = services.programmes.create(ProgrammeInput(code="SAH", name="Sahel")).id
    units = {"B": services.units.create(programme, UnitInput(name="1er Bataillon", code="B", kind="battalion")).id}
    units["C"] = services.units.create(programme, UnitInput(name="2e Compagnie", code="C", parent_id=units["B"],
                                                            kind="company")).id
    units["O"] = services.units.create(programme, UnitInput(name="Escadron", code="O", kind="company")).id
    ranks = {}
    with services.db.write() as s:
        for code, name, order in (("SGT", "Sergent", 5), ("CPL", "Caporal", 3)):
            rank = Rank(programme_id=programme, code=code, name=name, category="nco", sort_order=order)
            s.add(rank)
            s.flush()
            ranks[code] = rank.id
    return programme, units, ranks


PEOPLE = (  # name, sex, unit, rank
    ("Amina", "female", "C", "SGT"), ("Binta", "female", "C", "CPL"), ("Chloé", "female", "B", "SGT"),
    ("Dan", "male", "C", "SGT"), ("Eric", "male", "B", "CPL"), ("Fodé", "male", "O", "SGT"),
    ("Gani", "not_recorded", "C", None), ("Hugo", "male", "C", "SGT"), ("Ines", "female", "O", "CPL"),
    ("Jean", "male", "C", "SGT"), ("Zoé", "female", "C", "SGT"), ("Kadi", "female", "C", "SGT"),
    ("Lamine", "male", "B", "CPL"),
)
MARKS_A = {"S1": {"Amina": "present", "Binta": "present", "Chloé": "late", "Dan": "absent", "Eric": "present",
                  "Fodé": "excused", "Gani": "present", "Hugo": "present", "Zoé": "present"},
           "S2": {"Amina": "present", "Binta": "absent", "Chloé": "present", "Dan": "absent", "Eric": "present",
                  "Fodé": "present", "Jean": "present"},
           "S4": {"Amina": "present", "Binta": "present", "Chloé": "present", "Dan": "present", "Eric": "absent",
                  "Fodé": "present", "Gani": "present", "Jean": "late"}}
MARKS_B = {"T1": {"Amina": "present", "Kadi": "present", "Lamine": "absent"},
           "T2": {"Amina": "present", "Kadi": "absent", "Lamine": "present"}}
PRE = {"Amina": (4, 10), "Binta": (5, 8), "Chloé": (6, 12), "Dan": (2, 6), "Eric": (3, 10), "Fodé": (4, 9),
       "Gani": (5, 10), "Hugo": (3, None), "Zoé": (10, 20)}
POST = {"Amina": (8, 16), "Binta": (7, 14), "Chloé": (10, 18), "Dan": (5, 10), "Eric": (6, 12), "Fodé": (8, 15),
        "Jean": (7, 14)}


def make_world(services: Services) -> World:
    framework_id = services.frameworks.ensure_starter()
    programme, units, ranks = _structure(services)
    x, y = _first_competencies(services, framework_id)
    people = {name: services.trainees.create(TraineeInput(
        programme, name, "Test", service_number=f"SN{i:03}", sex=sex, unit_id=units[unit],
        rank_id=ranks[rank] if rank else None, vetting_status="cleared", vetting_date=date(2025, 3, 1)),
        today=NOMINATED).id for i, (name, sex, unit, rank) in enumerate(PEOPLE)}
    w = World(services, AnalyticsService(services.db), programme, units, ranks, {"X": x, "Y": y}, people, {}, {})
    _cohort_a(w)
    _cohort_b(w)
    _assessments(w, framework_id)
    return w


def _enrol(w: World, cohort: str, names: list[str], day: date = NOMINATED, status: str = "enrolled") -> None:
    for name in names:
        w.services.cohorts.enrol(w.cohorts[cohort], w.people[name], status=status, today=day)


def _mark(w: World, marks: dict[str, dict[str, str]]) -> None:
    for session, by_name in marks.items():
        for name, mark in by_name.items():
            w.services.attendance.mark(w.sessions[session], w.people[name], mark, today=TODAY)


def _cohort_a(w: World) -> None:
    s = w.services
    w.cohorts["A"] = s.cohorts.create(CohortInput(w.programme_id, "Cohort A", start_date=date(2025, 5, 1),
                                                  end_date=date(2025, 5, 31), min_attendance_pct=75.0)).id
    _enrol(w, "A", ["Amina", "Binta", "Chloé", "Dan", "Eric", "Fodé", "Gani", "Hugo", "Zoé"])
    _enrol(w, "A", ["Ines"], status="nominated")
    _enrol(w, "A", ["Jean"], day=date(2025, 5, 10))
    for key, day in (("S1", date(2025, 5, 5)), ("S2", date(2025, 5, 12)), ("S3", date(2025, 5, 19)),
                     ("S4", date(2025, 5, 26))):
        w.sessions[key] = s.sessions.schedule(SessionInput(w.cohorts["A"], day, title=key)).id
    s.sessions.cancel(w.sessions["S3"], "weather")
    _mark(w, {"S1": MARKS_A["S1"]})
    hugo = next(r for r in s.cohorts.roster(w.cohorts["A"]) if r.person_id == w.people["Hugo"])
    s.cohorts.set_status(hugo.id, "withdrawn", reason="Posted away", today=date(2025, 5, 8))
    _mark(w, {"S2": MARKS_A["S2"], "S4": MARKS_A["S4"]})
    s.attendance.mark(w.sessions["S2"], w.people["Gani"], "present", today=TODAY)
    s.attendance.unmark(w.sessions["S2"], w.people["Gani"])
    comps = ((w.comp["X"], 10.0), (w.comp["Y"], 20.0))
    pre = s.evaluations.create_instrument(InstrumentInput(w.cohorts["A"], "pre_test", "Pre", given_on=date(2025, 5, 5),
                                                          max_score=30, competencies=comps)).id
    post = s.evaluations.create_instrument(InstrumentInput(w.cohorts["A"], "post_test", "Post",
                                                           given_on=date(2025, 5, 26), max_score=30, pass_mark=18,
                                                           competencies=comps)).id
    for instrument, scores in ((pre, PRE), (post, POST)):
        for name, (sx, sy) in scores.items():
            s.evaluations.set_score(instrument, w.people[name], w.comp["X"], sx)
            if sy is not None:
                s.evaluations.set_score(instrument, w.people[name], w.comp["Y"], sy)
    s.evaluations.set_score(pre, w.people["Hugo"], w.comp["Y"], 7)
    s.evaluations.set_score(pre, w.people["Hugo"], w.comp["Y"], None)  # cleared: a tombstone
    s.trainees.delete(w.people["Zoé"])
    s.completion.apply(w.cohorts["A"], TODAY)
    with s.db.write() as session:
        for name in ("Amina", "Fodé"):
            f = session.scalars(select(FollowUp).where(FollowUp.person_id == w.people[name],
                                                       FollowUp.cohort_id == w.cohorts["A"],
                                                       FollowUp.offset_days == 90)).one()
            f.status, f.done_on, f.applies_training = FollowUpStatus.DONE.value, date(2025, 9, 1), True


def _cohort_b(w: World) -> None:
    s = w.services
    w.cohorts["B"] = s.cohorts.create(CohortInput(w.programme_id, "Cohort B", start_date=date(2025, 9, 1),
                                                  end_date=date(2025, 9, 30), min_attendance_pct=None,
                                                  requires_post_test=False)).id
    _enrol(w, "B", ["Amina", "Kadi", "Lamine"], day=date(2025, 8, 25))
    for key, day in (("T1", date(2025, 9, 5)), ("T2", date(2025, 9, 12))):
        w.sessions[key] = s.sessions.schedule(SessionInput(w.cohorts["B"], day, title=key)).id
    _mark(w, MARKS_B)
    s.completion.apply(w.cohorts["B"], TODAY)


def _assessments(w: World, framework_id: str) -> None:
    s = w.services

    def assess(unit: str, on: date, kind: str, status: str, findings: dict[str, tuple[int, int]]) -> None:
        a = s.assessments.create(AssessmentInput(programme_id=w.programme_id, unit_id=w.units[unit],
                                                 framework_id=framework_id, assessed_on=on, kind=kind,
                                                 assessors="Capt. Moreau", host_counterparts="Lt-Col Diallo",
                                                 methods=("interview",)))
        for code, (current, required) in findings.items():
            s.assessments.set_finding(a.id, w.comp[code], current_level=current, required_level=required)
        if status in ("validated", "signed"):
            s.assessments.set_status(a.id, "validated")
        if status == "signed":
            s.assessments.set_status(a.id, "signed", signed_by="Lt-Col Diallo")

    assess("B", date(2025, 1, 10), "baseline", "validated", {"X": (1, 4), "Y": (2, 3)})
    assess("B", date(2025, 6, 10), "midterm", "validated", {"X": (3, 4), "Y": (3, 3)})
    assess("C", date(2025, 2, 1), "baseline", "validated", {"X": (2, 4)})
    assess("C", date(2025, 9, 15), "midterm", "draft", {"X": (5, 5)})
    assess("C", date(2025, 8, 1), "endline", "signed", {"X": (4, 4)})
    assess("O", date(2025, 3, 1), "baseline", "validated", {"X": (2, 5)})


@pytest.fixture(scope="module", name="world")
def world_fixture(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """The world, built once per test module on its own copy of the template (the tests only read it)."""
    from tests.conftest import TEST_USER, copy_database

    from trainmgr.db.engine import Database, make_engine

    path = copy_database(template_db, tmp_path_factory.mktemp("analytics") / "analytics.db")
    services = Services.build(Database(path, make_engine(path), TEST_USER))
    try:
        yield make_world(services)
    finally:
        services.db.close()
