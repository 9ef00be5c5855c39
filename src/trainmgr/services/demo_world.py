"""The demo programme's story, decided in memory before anything is written.

Planning first gives the exact number of rows (so progress has a true total), keeps every decision
that spans tables consistent (a withdrawn trainee has no post-test; a failed one failed on attendance
or on the final test; a trainee refused at vetting never attended), and leaves the writing phase a
straight, fast pass. Every choice comes from `random.Random` streams seeded from the seed, consumed
in a fixed order, so the same seed and date tell the same story. Dates are relative to `as_of` (the
demo's "today"): cohorts before it are finished, one around it is running, later ones are planned.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from trainmgr.domain.enums import AssessmentKind, EnrolmentStatus, Priority, VettingStatus
from trainmgr.services import demo_data as data
from trainmgr.services.demo_ids import DemoIds

COHORT_SIZE = 25
TESTED_COMPETENCIES = 5  # per pre/post test: about 10 result rows per trainee
SCORE_PER_COMPETENCY = 20.0
PASS_MARK = 50.0
CANCEL_RATE = 0.04
FINDING_SKIP_RATE = 0.08  # competencies an assessment team did not get to


@dataclass(frozen=True)
class Competency:
    id: str
    code: str
    area: str
    title_fr: str
    standards: tuple[str, ...]


@dataclass(frozen=True)
class FrameworkView:
    """The starter framework as the demo needs it (read from the database)."""

    id: str
    competencies: tuple[Competency, ...]
    level_labels: dict[int, str]


@dataclass(frozen=True)
class Unit:
    id: str
    parent_id: str | None
    code: str
    name: str
    native: str
    kind: str
    location: str
    service: str  # AT / GN / PN, "" above the services


@dataclass(frozen=True)
class Finding:
    competency: Competency
    current: int
    required: int


@dataclass(frozen=True)
class Assessment:
    id: str
    unit: Unit
    kind: str
    day: date
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class Module:
    id: str
    code: str
    area: str
    title: str
    mode: str
    hours: int
    targets: tuple[tuple[Competency, int], ...]  # (competency, target level)


@dataclass(frozen=True)
class Session:
    id: str
    module: Module | None
    title: str
    day: date
    status: str  # held / cancelled / planned
    cancel_reason: str | None = None


@dataclass
class Member:
    person_id: str
    vetting: str
    status: str
    reason: str = ""
    marks: str = ""  # one letter per held session expected: P(resent) L(ate) A(bsent) E(xcused)
    pre: bool = False
    post: bool = False
    passed: bool = False
    ability: float = 0.0


@dataclass
class Cohort:
    index: int
    id: str
    battalion: Unit
    start: date
    end: date
    phase: str  # finished / running / future
    instructors: tuple[int, int]
    sessions: list[Session] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    tested: tuple[Competency, ...] = ()

    @property
    def code(self) -> str:
        return f"C{self.start.year}-{self.index + 1:04d}"

    @property
    def held(self) -> list[Session]:
        return [s for s in self.sessions if s.status == "held"]


@dataclass
class World:
    seed: int
    trainees: int
    as_of: date
    ids: DemoIds
    framework: FrameworkView
    programme_id: str
    start: date
    units: list[Unit]
    instructors: int
    assessments: list[Assessment]
    curriculum_id: str
    modules: list[Module]
    cohorts: list[Cohort]


def business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def monday(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7)


def plan_world(seed: int, trainees: int, as_of: date, framework: FrameworkView,
               check: Callable[[], None] = lambda: None) -> World:
    """The whole story; `check` is called every hundred cohorts (a cancel token's `check`)."""
    ids = DemoIds(seed)
    start = monday(as_of - timedelta(days=903))  # about two and a half years of programme
    units = _units(ids, start)
    battalion_units = [u for u in units if u.kind == "battalion"]
    rng = random.Random(f"{seed}/assessments")
    baseline = [_assess(ids, rng, i, u, AssessmentKind.BASELINE.value, start + timedelta(days=7 * i), framework, None)
                for i, u in enumerate(battalion_units)]
    modules = _modules(ids, start, baseline, framework)
    midterm_day = start + timedelta(days=511)
    midterm = [_assess(ids, rng, i, a.unit, AssessmentKind.MIDTERM.value, midterm_day + timedelta(days=7 * i),
                       framework, (a, modules)) for i, a in enumerate(baseline)
               if midterm_day + timedelta(days=7 * i) <= as_of]
    instructors = min(150, 4 + trainees // 1000)
    world = World(seed, trainees, as_of, ids, framework, ids.entity("programme", 0, start), start, units,
                  instructors, baseline + midterm, ids.entity("curriculum", 0, start + timedelta(days=70)),
                  modules, [])
    _cohorts(world, battalion_units, check)
    return world


def _units(ids: DemoIds, day: date) -> list[Unit]:
    seq = iter(range(1000))
    code, name, native, town = data.MINISTRY
    ministry = Unit(ids.entity("unit", next(seq), day), None, code, name, native, "ministry", town, "")
    school = Unit(ids.entity("unit", next(seq), day), ministry.id, *data.SCHOOL[:3], "school", data.SCHOOL[3], "")
    units = [ministry, school]
    for s_code, s_name, s_native, _group, level_kind, regions in data.SERVICES:
        service = Unit(ids.entity("unit", next(seq), day), ministry.id, s_code, s_name, s_native, "service",
                       town, s_code)
        units.append(service)
        for r_code, r_name, r_town, battalions in regions:
            region = Unit(ids.entity("unit", next(seq), day), service.id, f"{s_code}-{r_code}", r_name, "",
                          level_kind, r_town, s_code)
            units.append(region)
            for b_code, b_name, b_town in battalions:
                battalion = Unit(ids.entity("unit", next(seq), day), region.id, f"{s_code}-{b_code}", b_name, "",
                                 "battalion", b_town, s_code)
                units.append(battalion)
                for suffix, sub_name, kind in data.SUB_UNITS[s_code]:
                    units.append(Unit(ids.entity("unit", next(seq), day), battalion.id, f"{battalion.code}-{suffix}",
                                      f"{sub_name} ({b_code})", "", kind, b_town, s_code))
    return units


def _assess(ids: DemoIds, rng: random.Random, seq: int, unit: Unit, kind: str, day: date, fw: FrameworkView,
            earlier: tuple[Assessment, list[Module]] | None) -> Assessment:
    """Baseline levels come from the unit's strength per area; a mid-term re-assesses the same
    competencies, and those the curriculum targets mostly gained a level (the programme's proof)."""
    findings = []
    if earlier is None:
        strength = {c.area: rng.choice((1, 1, 2, 2, 2, 3)) for c in fw.competencies}
        for c in fw.competencies:
            if rng.random() < FINDING_SKIP_RATE:
                continue
            required = 4 if c.area in ("C2", "PLAN") and rng.random() < 0.5 else 3
            current = max(0, min(4, strength[c.area] + rng.choice((-1, 0, 0, 0, 1))))
            findings.append(Finding(c, current, required))
    else:
        base, modules = earlier
        targeted = {c.id for m in modules for c, _level in m.targets}
        for f in base.findings:
            gain = rng.choices((0, 1, 2), (20, 70, 10))[0] if f.competency.id in targeted else \
                rng.choices((0, 1), (85, 15))[0]
            findings.append(Finding(f.competency, min(5, max(f.current, min(f.required, f.current + gain))),
                                    f.required))
    return Assessment(ids.entity(f"assessment-{kind}", seq, day), unit, kind, day, tuple(findings))


def priority(gap: int) -> str:
    return Priority.HIGH.value if gap >= 2 else Priority.MEDIUM.value if gap == 1 else Priority.LOW.value


def _modules(ids: DemoIds, start: date, baseline: list[Assessment], fw: FrameworkView) -> list[Module]:
    """A module per capability area with gaps, largest mean gap first, targeting the area's three
    largest gaps at their required level; the prerequisite chain keeps its order."""
    gaps: dict[str, list[int]] = {}
    required: dict[str, int] = {}
    for a in baseline:
        for f in a.findings:
            gaps.setdefault(f.competency.id, []).append(max(0, f.required - f.current))
            required[f.competency.id] = max(required.get(f.competency.id, 0), f.required)
    mean = {cid: sum(v) / len(v) for cid, v in gaps.items()}
    areas: dict[str, list[Competency]] = {}
    for c in fw.competencies:
        if mean.get(c.id, 0) > 0 and c.area in data.MODULES:
            areas.setdefault(c.area, []).append(c)
    area_gap = {a: sum(mean[c.id] for c in cs) / len(cs) for a, cs in areas.items()}
    order = sorted(areas, key=lambda a: (-area_gap[a], a))
    chain = [a for a in data.PREREQUISITE_CHAIN if a in order]
    slots = sorted(order.index(a) for a in chain)
    for slot, area in zip(slots, chain, strict=True):
        order[slot] = area
    modules = []
    day = start + timedelta(days=60)
    for n, area in enumerate(order, start=1):
        best = sorted(areas[area], key=lambda c: (-mean[c.id], c.code))[:3]
        title, mode, hours = data.MODULES[area]
        modules.append(Module(ids.entity("module", n, day), f"M{n:02d}-{area}", area, title, mode, hours,
                              tuple((c, required[c.id]) for c in sorted(best, key=lambda c: c.code))))
    return modules


def _cohorts(world: World, battalions: list[Unit], check: Callable[[], None]) -> None:
    count = max(1, math.ceil(world.trainees / COHORT_SIZE))
    first = world.start + timedelta(days=84)
    span = (world.as_of + timedelta(days=42) - first).days
    rng = random.Random(f"{world.seed}/cohorts")
    targets = [c for m in world.modules for c, _level in m.targets]
    person_seq = 0
    session_seq = 0
    for i in range(count):
        if i % 100 == 0:
            check()
        begin = monday(first + timedelta(days=span * i // count))
        size = world.trainees // count + (1 if i < world.trainees % count else 0)
        lead = i % world.instructors
        cohort = Cohort(i, world.ids.entity("cohort", i, begin - timedelta(days=28)), battalions[i % len(battalions)],
                        begin, begin, "", (lead, (lead + 1 + i // world.instructors) % world.instructors))
        session_seq = _sessions(world, rng, cohort, session_seq)
        cohort.phase = "finished" if cohort.end <= world.as_of else "future" if begin > world.as_of else "running"
        cohort.tested = tuple(sorted(rng.sample(targets, min(TESTED_COMPETENCIES, len(targets))),
                                     key=lambda c: c.code))
        enrolled_on = begin - timedelta(days=21)
        for _ in range(size):
            member = Member(world.ids.entity("person", person_seq, enrolled_on), "", "")
            person_seq += 1
            _member(rng, cohort, member)
            cohort.members.append(member)
        world.cohorts.append(cohort)


def _sessions(world: World, rng: random.Random, cohort: Cohort, seq: int) -> int:
    """Opening (pre-test), one session per module in curriculum order, closing (post-test). A past
    session is sometimes cancelled, with a reason, and made up on the next working day."""
    day = cohort.start

    def add(module: Module | None, title: str, status: str, reason: str | None = None) -> None:
        nonlocal seq
        if status == "held" and day > world.as_of:
            status = "planned"
        cohort.sessions.append(Session(world.ids.entity("session", seq, day), module, title, day, status, reason))
        seq += 1

    add(None, "Ouverture de la formation et test initial", "held")
    for module in world.modules:
        day = business_days(day, 1)
        title = f"{module.code} — {module.title}"
        if day <= world.as_of and rng.random() < CANCEL_RATE:
            reason = rng.choices(list(data.CANCEL_WEIGHTS), list(data.CANCEL_WEIGHTS.values()))[0]
            add(module, title, "cancelled", reason)
            day = business_days(day, 1)
            title += " (séance de rattrapage)"
        add(module, title, "held")
        day = business_days(day, max(0, math.ceil(module.hours / 8) - 1))
    day = business_days(day, 1)
    add(None, "Test final et clôture de la formation", "held")
    cohort.end = day
    return seq


def _member(rng: random.Random, cohort: Cohort, m: Member) -> None:
    """Vetting, enrolment status, attendance marks and test outcome of one trainee, consistently."""
    m.ability = rng.gauss(0.0, 1.0)
    held = len(cohort.held)
    if cohort.phase == "future":
        m.vetting = rng.choices(("cleared", "pending", "not_started"), (65, 25, 10))[0]
    elif cohort.phase == "running":
        m.vetting = rng.choices(("cleared", "pending", "refused", "expired"), (85, 10, 2, 3))[0]
    else:
        m.vetting = rng.choices(("cleared", "expired", "refused"), (94, 4, 2))[0]
    if m.vetting == VettingStatus.REFUSED.value:
        m.status, m.reason = EnrolmentStatus.WITHDRAWN.value, data.VETTING_REFUSED_REASON
        return
    if m.vetting in (VettingStatus.PENDING.value, VettingStatus.NOT_STARTED.value):
        override = m.vetting == VettingStatus.PENDING.value and rng.random() < 0.3
        m.status = EnrolmentStatus.ENROLLED.value if override else EnrolmentStatus.NOMINATED.value
        m.reason = data.VETTING_OVERRIDE if override else ""
        if not override or cohort.phase == "future":
            return
    else:
        m.status = EnrolmentStatus.ENROLLED.value
    expected = held
    weak = False
    if held > 2 and rng.random() < 0.05:
        m.status = EnrolmentStatus.WITHDRAWN.value
        m.reason = rng.choice(data.WITHDRAWAL_REASONS)
        expected = rng.randint(1, held - 1)
    elif cohort.phase == "finished":
        weak = rng.random() < 0.04
        m.status = EnrolmentStatus.FAILED.value if weak else EnrolmentStatus.COMPLETED.value
    # Marks: late 6%; absent or excused 8% (30% for a trainee about to fail on attendance).
    absent = 0.3 if weak and m.ability >= 0 else 0.08
    present, late, away = 1 - absent - 0.06, 1 - absent, 1 - absent * 0.4
    draws = [rng.random() for _ in range(expected)]
    marks = ["P" if r < present else "L" if r < late else "A" if r < away else "E" for r in draws]
    if marks:
        marks[0] = "P" if marks[0] in "AE" else marks[0]  # took the pre-test
    if m.status in (EnrolmentStatus.COMPLETED.value, EnrolmentStatus.FAILED.value):
        marks[-1] = "P"  # took the post-test
        while m.status == EnrolmentStatus.COMPLETED.value and sum(x in "PL" for x in marks) < 0.8 * held:
            marks[next(i for i, x in enumerate(marks) if x in "AE")] = "P"
        m.post = True
        m.passed = not weak or sum(x in "PL" for x in marks) < 0.8 * held
        m.reason = "" if not weak else "Assiduité insuffisante (moins de 80 %)" if m.passed else \
            "Note au test final inférieure à la note de réussite"
    m.marks = "".join(marks)
    m.pre = bool(marks)
