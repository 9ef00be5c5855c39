"""Proposing a curriculum from needs assessments.

The rules (a proposal is a draft: every choice below is editable afterwards):
1. Needs: the trainable gaps (required > current) of the chosen assessments. A competency assessed
   in several units is one need: its target level is the highest required level, its score the
   highest priority weight × gap (high 3, medium 2, low 1).
2. Reuse: for each need, highest score first, a module of another live, non-retired curriculum of
   the programme that targets the competency at the target level or above (or with no level set)
   is copied into the new curriculum, with its objectives, targets and standards (a module belongs
   to one curriculum version, so reuse is a copy). Among candidates: the one covering most
   remaining needs, then from an approved curriculum, then the highest version. Prerequisites
   between two reused modules of the same source are copied too.
3. Draft: the remaining needs become new modules, one per capability area and delivery mode:
   - target level 1–2 → classroom (knowledge), 3 → practical exercise, 4 → mentoring when the gap
     is 1 level (coaching on the job), else field exercise, 5 → specialised workshop;
   - objectives: the competency's level descriptor at the target level;
   - hours: 4 per level of gap, per competency;
   - standards: the targeted competencies' standard references.
4. Order: modules by the highest score of the needs they serve, then code.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.models import (
    Assessment,
    CapabilityArea,
    Competency,
    CompetencyStandard,
    Curriculum,
    CurriculumAssessment,
    Finding,
    LearningObjective,
    LevelDescriptor,
    Module,
    ModuleCompetency,
    ModuleStandard,
)
from trainmgr.domain.assessment_records import GapRow, ProposalSummary, ProposedModule, SkippedGap
from trainmgr.domain.enums import CurriculumStatus, DeliveryMode
from trainmgr.errors import ValidationError
from trainmgr.services.common import get_live, live
from trainmgr.services.curriculum_support import copy_module, copy_prerequisites
from trainmgr.services.gaps import gaps_of

HOURS_PER_LEVEL = 4
MODE_LABEL = {DeliveryMode.CLASSROOM.value: "classroom", DeliveryMode.PRACTICAL.value: "practical exercise",
              DeliveryMode.MENTORING.value: "mentoring", DeliveryMode.WORKSHOP.value: "workshop",
              DeliveryMode.FIELD_EXERCISE.value: "field exercise"}


def delivery_mode_for(target_level: int, gap: int) -> str:
    """The delivery mode a drafted module gets for a competency (see rule 3 above)."""
    if target_level <= 2:
        return DeliveryMode.CLASSROOM.value
    if target_level == 3:
        return DeliveryMode.PRACTICAL.value
    if target_level == 4:
        return DeliveryMode.MENTORING.value if gap <= 1 else DeliveryMode.FIELD_EXERCISE.value
    return DeliveryMode.WORKSHOP.value


@dataclass
class Need:
    competency_id: str
    code: str
    title: str
    area_id: str
    area_title: str
    target: int
    gap: int
    score: int


def needs_from(gaps: list[GapRow]) -> list[Need]:
    """One need per competency (highest target, gap and score across units), highest score first."""
    needs: dict[str, Need] = {}
    for g in gaps:
        n = needs.get(g.competency_id)
        if n is None:
            needs[g.competency_id] = Need(g.competency_id, g.code, g.title, g.area_id, g.area_title,
                                          g.required_level, g.gap, g.score)
        else:
            n.target, n.gap, n.score = max(n.target, g.required_level), max(n.gap, g.gap), max(n.score, g.score)
    return sorted(needs.values(), key=lambda n: (-n.score, n.code))


def propose(s: Session, programme_id: str, assessment_ids: list[str], name: str, code: str) -> ProposalSummary:
    if not assessment_ids:
        raise ValidationError("Choose at least one assessment to propose a curriculum from.")
    assessments = [get_live(s, Assessment, i, "Assessment") for i in dict.fromkeys(assessment_ids)]
    if any(a.programme_id != programme_id for a in assessments):
        raise ValidationError("Every assessment must belong to the programme of the curriculum.")
    gaps = gaps_of(s, assessments)
    trainable = [g for g in gaps if g.trainable]
    skipped = tuple(SkippedGap(g.code, g.title, g.unit_name, g.non_training_response) for g in gaps if not g.trainable)
    if not gaps:
        raise ValidationError("The selected assessments record no gap (no competency below its required level): "
                              "there is nothing to propose.")
    if not trainable:
        names = "; ".join(f"{g.code} {g.title} ({g.unit_name}): {g.non_training_response or 'no response recorded'}"
                          for g in gaps)
        raise ValidationError(f"Every gap in the selected assessments needs a non-training response, "
                              f"so no curriculum was proposed: {names}.")
    curriculum = Curriculum(programme_id=programme_id, name=name, code=code, status=CurriculumStatus.DRAFT.value,
                            description="Proposed from the needs assessments.")
    s.add(curriculum)
    s.flush()
    for a in assessments:
        s.add(CurriculumAssessment(id=natural_id(CurriculumAssessment, curriculum.id, a.id),
                                   curriculum_id=curriculum.id, assessment_id=a.id))
    needs = needs_from(trainable)
    reused = _reuse(s, curriculum, needs)
    covered = {c for p in reused for c in p.competency_ids}
    drafted = _draft(s, curriculum, [n for n in needs if n.competency_id not in covered],
                     used_codes={p.module.code for p in reused})
    planned = sorted([*reused, *drafted], key=lambda p: (-p.score, p.module.code))
    for order, p in enumerate(planned, start=1):
        p.module.sort_order = order
    without_gap = _without_gap(s, [a.id for a in assessments], {g.competency_id for g in gaps})
    return ProposalSummary(curriculum.id, tuple(p.summary() for p in planned if p in reused),
                           tuple(p.summary() for p in planned if p in drafted), skipped, without_gap)


@dataclass
class _Planned:
    module: Module
    competency_ids: tuple[str, ...]
    codes: tuple[str, ...]
    score: int
    source: str = ""

    def summary(self) -> ProposedModule:
        m = self.module
        return ProposedModule(m.id, m.code, m.title, self.codes, m.hours, m.delivery_mode, self.score, self.source)


def _reuse(s: Session, curriculum: Curriculum, needs: list[Need]) -> list[_Planned]:
    by_id = {n.competency_id: n for n in needs}
    rows = s.execute(
        select(ModuleCompetency, Module, Curriculum)
        .join(Module, ModuleCompetency.module_id == Module.id)
        .join(Curriculum, Module.curriculum_id == Curriculum.id)
        .where(Curriculum.programme_id == curriculum.programme_id, Curriculum.id != curriculum.id,
               Curriculum.deleted.is_(False), Curriculum.status != CurriculumStatus.RETIRED.value,
               Module.deleted.is_(False), ModuleCompetency.deleted.is_(False),
               ModuleCompetency.competency_id.in_(by_id))
    ).all()
    serves: dict[str, set[str]] = {}  # module id -> needs it can serve
    info: dict[str, tuple[Module, Curriculum]] = {}
    for target, module, source in rows:
        need = by_id[target.competency_id]
        if target.target_level is None or target.target_level >= need.target:
            serves.setdefault(module.id, set()).add(need.competency_id)
            info[module.id] = (module, source)
    covered: set[str] = set()
    planned: list[_Planned] = []
    id_map: dict[str, str] = {}
    for need in needs:
        if need.competency_id in covered:
            continue
        candidates = [m for m, comps in serves.items() if need.competency_id in comps]
        if not candidates:
            continue
        best = max(candidates, key=lambda m: (len(serves[m] - covered), info[m][1].status == "approved",
                                              info[m][1].version, -info[m][0].sort_order, info[m][0].code))
        module, source = info[best]
        gained = sorted(serves[best] - covered, key=lambda c: (-by_id[c].score, by_id[c].code))
        covered |= set(gained)
        copy = copy_module(s, module, curriculum.id, 0)
        id_map[module.id] = copy.id
        label = f"{source.code or source.name} v{source.version} – {module.title}"
        planned.append(_Planned(copy, tuple(gained), tuple(by_id[c].code for c in gained),
                                max(by_id[c].score for c in gained), label))
    copy_prerequisites(s, id_map)
    return planned


def _draft(s: Session, curriculum: Curriculum, needs: list[Need], used_codes: set[str]) -> list[_Planned]:
    groups: dict[tuple[str, str], list[Need]] = {}
    for n in needs:
        groups.setdefault((n.area_id, delivery_mode_for(n.target, n.gap)), []).append(n)
    planned = []
    counters: dict[str, int] = {}
    for (area_id, mode), items in groups.items():
        area = s.get(CapabilityArea, area_id)
        prefix = area.code if area else "MOD"
        code = ""
        while not code or code in used_codes:
            counters[prefix] = counters.get(prefix, 0) + 1
            code = f"{prefix}-{counters[prefix]}"
        used_codes.add(code)
        closes = ", ".join(f"{n.code} {n.title} (gap {n.gap} → level {n.target})" for n in items)
        module = Module(curriculum_id=curriculum.id, code=code, delivery_mode=mode,
                        title=f"{items[0].area_title} – {MODE_LABEL[mode]}"[:300],
                        description=f"Drafted from the needs assessment to close: {closes}."[:4000],
                        hours=float(HOURS_PER_LEVEL * sum(n.gap for n in items)))
        s.add(module)
        s.flush()
        standards: dict[str, str] = {}
        for order, n in enumerate(items, start=1):
            descriptor = s.get(LevelDescriptor, natural_id(LevelDescriptor, n.competency_id, n.target))
            text = descriptor.text if descriptor is not None and not descriptor.deleted else ""
            s.add(LearningObjective(module_id=module.id, sort_order=order,
                                    text=f"{n.code} {n.title} (level {n.target}): "
                                         f"{text or f'perform to level {n.target} of the scale.'}"))
            s.add(ModuleCompetency(id=natural_id(ModuleCompetency, module.id, n.competency_id), module_id=module.id,
                                   competency_id=n.competency_id, target_level=n.target))
            for link in s.scalars(live(CompetencyStandard).where(CompetencyStandard.competency_id == n.competency_id)):
                standards.setdefault(link.standard_id, link.detail)
        for standard_id, detail in standards.items():
            s.add(ModuleStandard(id=natural_id(ModuleStandard, module.id, standard_id), module_id=module.id,
                                 standard_id=standard_id, detail=detail))
        planned.append(_Planned(module, tuple(n.competency_id for n in items), tuple(n.code for n in items),
                                max(n.score for n in items)))
    return planned


def _without_gap(s: Session, assessment_ids: list[str], with_gap: set[str]) -> tuple[str, ...]:
    rows = s.execute(select(Competency.id, Competency.code).join(Finding, Finding.competency_id == Competency.id)
                     .where(Finding.assessment_id.in_(assessment_ids), Finding.deleted.is_(False),
                            Finding.current_level.is_not(None), Finding.required_level.is_not(None),
                            Finding.required_level <= Finding.current_level)).all()
    return tuple(sorted({code for cid, code in rows if cid not in with_gap}))
