"""Rows of the programme's structure: programme, units, ranks, people, assessments, curriculum.

Each `Batch` names its model, the columns its tuples fill (in that order) and the exact number of
rows, so the writer can report true progress. Rows are generated lazily: a 100 000-trainee demo is
never held in memory as rows, only as the plan in `demo_world`.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from trainmgr.db.base import Synced
from trainmgr.db.models import (
    Assessment,
    Curriculum,
    CurriculumAssessment,
    Finding,
    LearningObjective,
    Module,
    ModuleCompetency,
    ModulePrerequisite,
    ModuleStandard,
    Person,
    Programme,
    Rank,
    Unit,
)
from trainmgr.domain.enums import AssessmentKind, AssessmentStatus, CurriculumStatus, PersonRole, Sex
from trainmgr.services import demo_data as data
from trainmgr.services.demo_ids import natural_ids
from trainmgr.services.demo_world import Cohort, Member, World, priority

# Female share by service: lower in the army than in the police, about 18% overall.
FEMALE_SHARE = {"AT": 0.13, "GN": 0.18, "PN": 0.25}
NOT_RECORDED_SHARE = 0.01
NATIVE_SCRIPT_SHARE = 0.4  # of trainees whose names both have an Arabic-script form


@dataclass(frozen=True)
class Batch:
    model: type[Synced]
    fields: tuple[str, ...]
    rows: Iterable[tuple[Any, ...]]
    count: int


def batch(model: type[Synced], fields: str, rows: Iterable[tuple[Any, ...]], count: int | None = None) -> Batch:
    if count is None:
        rows = list(rows)
        count = len(rows)
    return Batch(model, tuple(fields.split()), rows, count)


@dataclass(frozen=True)
class RankRow:
    id: str
    code: str
    name: str
    category: str
    group: str


class People:
    """Makes the person rows: instructors first, then each cohort's trainees in cohort order, so
    that ids (time-ordered) and inserts run the same way."""

    def __init__(self, world: World, ranks: list[RankRow]) -> None:
        self.world = world
        self.rng = random.Random(f"{world.seed}/people")
        self.ranks = {(r.group, r.category): [x for x in ranks if (x.group, x.category) == (r.group, r.category)]
                      for r in ranks}
        self.children = {u.id: [c for c in world.units if c.parent_id == u.id] for u in world.units}
        self.school = next(u for u in world.units if u.kind == "school")
        self.numbers: set[tuple[str, str]] = set()
        self.vetting_seq = 0
        self.instructors = [self._instructor(i) for i in range(world.instructors)]
        # How records name an instructor ("Adjudant-chef Traoré"): attendance and results say who recorded them.
        self.instructor_names = [f"{row[-1]} {row[3]}" for row in self.instructors]

    def rows(self) -> Iterator[tuple[Any, ...]]:
        for row in self.instructors:
            yield row[:-1]
        for cohort in self.world.cohorts:
            for member in cohort.members:
                yield self._trainee(cohort, member)

    def _instructor(self, i: int) -> tuple[Any, ...]:
        w, rng = self.world, self.rng
        female = rng.random() < 0.2
        given, family = self._names(female)
        category = "officer" if i % 3 == 0 else "nco"
        rank = rng.choice(self.ranks["MIL", category])
        vetted = w.start - timedelta(days=rng.randint(20, 200))
        return (w.ids.entity("instructor", i, w.start), w.programme_id, PersonRole.INSTRUCTOR.value, family[0],
                given[0], "", self._number("AT", 1985 + rng.randrange(20)),
                Sex.FEMALE.value if female else Sex.MALE.value, self._born(category), rank.id, self.school.id,
                "Instructeur", "cleared", vetted, self._reference(vetted), rank.name)

    def _trainee(self, cohort: Cohort, m: Member) -> tuple[Any, ...]:
        rng, unit = self.rng, cohort.battalion
        service = unit.service
        unit = rng.choices([unit, *self.children[unit.id]], (10, 45, 45))[0]
        draw = rng.random()
        sex = Sex.FEMALE if draw < FEMALE_SHARE[service] else Sex.NOT_RECORDED if draw > 1 - NOT_RECORDED_SHARE \
            else Sex.MALE
        given, family = self._names(sex == Sex.FEMALE)
        native = f"{given[1]} {family[1]}" if given[1] and family[1] and rng.random() < NATIVE_SCRIPT_SHARE else ""
        category = rng.choices(list(data.CATEGORY_WEIGHTS), list(data.CATEGORY_WEIGHTS.values()))[0]
        rank = rng.choice(self.ranks[data.RANK_GROUP[service], category])
        born = self._born(category)
        vetting_date = {
            "cleared": cohort.start - timedelta(days=rng.randint(20, 150)),
            "expired": min(cohort.start, self.world.as_of - timedelta(days=731)) - timedelta(days=rng.randint(0, 120)),
            "refused": cohort.start - timedelta(days=rng.randint(10, 60)),
            "pending": min(cohort.start, self.world.as_of) - timedelta(days=rng.randint(5, 40)),
        }.get(m.vetting)
        return (m.person_id, self.world.programme_id, PersonRole.TRAINEE.value, family[0], given[0], native,
                self._number(service, born.year + rng.randint(19, 24)), sex.value, born, rank.id, unit.id,
                rng.choice(data.POSITIONS[service]), m.vetting, vetting_date,
                self._reference(vetting_date) if vetting_date else "")

    def _names(self, female: bool) -> tuple[tuple[str, str], tuple[str, str]]:
        return self.rng.choice(data.GIVEN_FEMALE if female else data.GIVEN_MALE), self.rng.choice(data.FAMILY_NAMES)

    def _born(self, category: str) -> date:
        low, high = {"enlisted": (19, 30), "nco": (25, 45), "officer": (24, 55)}[category]
        return self.world.as_of - timedelta(days=365 * self.rng.randint(low, high) + self.rng.randrange(365))

    def _number(self, service: str, enlisted: int) -> str:
        """Service numbers are text: the army's start with the two-digit enlistment year (so 2000-2009
        recruits have a leading zero), the gendarmerie's and police's are zero-padded sequences."""
        while True:
            if service == "AT":
                number = f"{enlisted % 100:02d}{self.rng.randrange(1_000_000):06d}"
            elif service == "GN":
                number = f"{self.rng.randrange(2_000_000):07d}"
            else:
                number = f"{self.rng.randrange(400_000):06d}"
            if (service, number) not in self.numbers:
                self.numbers.add((service, number))  # type: ignore[arg-type]
                return number

    def _reference(self, day: date) -> str:
        self.vetting_seq += 1
        return f"VET-{day.year}-{self.vetting_seq:06d}"


PERSON_FIELDS = ("id programme_id role family_name given_names name_native service_number sex birth_date rank_id "
                 "unit_id position vetting_status vetting_date vetting_reference")


def structure(world: World) -> tuple[list[Batch], People]:
    w, ids = world, world.ids
    programme = [(w.programme_id, data.DEMO_CODE, data.PROGRAMME_NAME, data.COUNTRY, "fr", w.start,
                  w.start + timedelta(days=4 * 365), data.PROGRAMME_DESCRIPTION)]
    units = [(u.id, w.programme_id, u.parent_id, u.code, u.name, u.native, u.kind, u.location) for u in w.units]
    ranks = [RankRow(ids.entity("rank", n, w.start), code, name, category, group)
             for n, (group, (code, name, category)) in enumerate(
                 (group, item) for group, items in data.RANKS.items() for item in items)]
    rank_rows = [(r.id, w.programme_id, r.code, r.name, r.category, order)
                 for group in data.RANKS for order, r in enumerate((r for r in ranks if r.group == group), start=1)]
    people = People(world, ranks)
    batches = [
        batch(Programme, "id code name host_country language start_date end_date description", programme),
        batch(Unit, "id programme_id parent_id code name name_native kind location", units),
        batch(Rank, "id programme_id code name category sort_order", rank_rows),
        batch(Person, PERSON_FIELDS, people.rows(), world.instructors + world.trainees),
        *_assessments(world),
        *_curriculum(world),
    ]
    return batches, people


def _assessments(world: World) -> list[Batch]:
    rng = random.Random(f"{world.seed}/findings")
    finding_id = natural_ids(Finding)
    heads, findings = [], []
    for n, a in enumerate(world.assessments):
        baseline = a.kind == AssessmentKind.BASELINE.value
        label = "Évaluation initiale" if baseline else "Évaluation à mi-parcours"
        signed_at = datetime.combine(a.day + timedelta(days=14), time(10, 0)) if baseline else None
        heads.append((a.id, world.programme_id, a.unit.id, world.framework.id, a.kind, f"{label} — {a.unit.name}",
                      a.day, data.TEAM.format(n=1 + n % 3), f"Chef de corps et commandants d'unité ({a.unit.code})",
                      "interview,observation,document_review" + ("" if baseline else ",exercise"),
                      AssessmentStatus.SIGNED.value if baseline else AssessmentStatus.VALIDATED.value, 1, signed_at,
                      f"Chef de corps — {a.unit.name}" if baseline else ""))
        for f in a.findings:
            gap = f.required - f.current
            kind = rng.choice(list(data.EVIDENCE))
            trainable = gap <= 0 or rng.random() >= 0.05
            findings.append((finding_id(a.id, f.competency.id), a.id, f.competency.id, f.current, f.required,
                             priority(gap), rng.choices(("high", "medium", "low"), (30, 55, 15))[0], kind,
                             data.EVIDENCE[kind], trainable, "" if trainable else data.NON_TRAINABLE))
    return [
        batch(Assessment, "id programme_id unit_id framework_id kind title assessed_on assessors host_counterparts "
                          "methods status version signed_at signed_by", heads),
        batch(Finding, "id assessment_id competency_id current_level required_level priority confidence "
                       "evidence_kind evidence trainable non_training_response", findings),
    ]


def _curriculum(world: World) -> list[Batch]:
    w, ids = world, world.ids
    approved = w.start + timedelta(days=70)
    link_id, target_id, prereq_id, standard_id = (natural_ids(m) for m in (
        CurriculumAssessment, ModuleCompetency, ModulePrerequisite, ModuleStandard))
    baselines = [a for a in w.assessments if a.kind == AssessmentKind.BASELINE.value]
    by_area = {m.area: m for m in w.modules}
    chain = [by_area[a] for a in data.PREREQUISITE_CHAIN if a in by_area]
    objectives, targets, standards = [], [], []
    for m in w.modules:
        for n, (c, level) in enumerate(m.targets, start=1):
            verb = data.OBJECTIVE_VERBS[n % len(data.OBJECTIVE_VERBS)]
            label = w.framework.level_labels.get(level, "")
            objectives.append((ids.entity("objective", len(objectives), approved), m.id,
                               f"{verb} : {c.title_fr[:1].lower()}{c.title_fr[1:]} (niveau {level} — {label})", n))
            targets.append((target_id(m.id, c.id), m.id, c.id, level))
        seen = sorted({s for c, _level in m.targets for s in c.standards})
        standards.extend((standard_id(m.id, s), m.id, s, "") for s in seen)
    return [
        batch(Curriculum, "id programme_id code name version status approved_at approved_by description", [(
            w.curriculum_id, w.programme_id, "PFC-RSC",
            "Curriculum de formation des unités des forces de défense et de sécurité", 1,
            CurriculumStatus.APPROVED.value, datetime.combine(approved, time(11, 0)), "Directeur de la formation, MDS",
            "Établi à partir des évaluations initiales des bataillons : un module par domaine de capacité "
            "lacunaire.")]),
        batch(CurriculumAssessment, "id curriculum_id assessment_id",
              [(link_id(w.curriculum_id, a.id), w.curriculum_id, a.id) for a in baselines]),
        batch(Module, "id curriculum_id code title description hours delivery_mode sort_order", [
            (m.id, w.curriculum_id, m.code, m.title, f"Domaine {m.area} : écarts prioritaires des évaluations "
             "initiales.", float(m.hours), m.mode, n) for n, m in enumerate(w.modules, start=1)]),
        batch(LearningObjective, "id module_id text sort_order", objectives),
        batch(ModuleCompetency, "id module_id competency_id target_level", targets),
        batch(ModulePrerequisite, "id module_id prerequisite_id",
              [(prereq_id(b.id, a.id), b.id, a.id) for a, b in itertools.pairwise(chain)]),
        batch(ModuleStandard, "id module_id standard_id detail", standards),
    ]
