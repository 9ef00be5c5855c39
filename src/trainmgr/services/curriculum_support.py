"""Shared by the curriculum services: the draft-only guard, copying modules, read models, cycle search."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.models import (
    Competency,
    Curriculum,
    LearningObjective,
    Module,
    ModuleCompetency,
    ModulePrerequisite,
    ModuleStandard,
    Standard,
)
from trainmgr.domain.assessment_records import CurriculumRow, ModuleRow, ModuleStandardRow, ObjectiveRow, TargetRow
from trainmgr.domain.enums import CurriculumStatus
from trainmgr.errors import ValidationError
from trainmgr.services.common import get_live, live


def draft_curriculum(s: Session, curriculum_id: str) -> Curriculum:
    """The curriculum, if it may be edited: only drafts can; approved versions are immutable."""
    c = get_live(s, Curriculum, curriculum_id, "Curriculum")
    if c.status == CurriculumStatus.APPROVED.value:
        raise ValidationError(f"“{c.name}” version {c.version} is approved and cannot be changed; "
                              "make a new version to change it.")
    if c.status == CurriculumStatus.RETIRED.value:
        raise ValidationError(f"“{c.name}” version {c.version} is retired and cannot be changed.")
    return c


def draft_module(s: Session, module_id: str) -> Module:
    m = get_live(s, Module, module_id, "Module")
    draft_curriculum(s, m.curriculum_id)
    return m


def module_label(m: Module) -> str:
    return f"{m.code} {m.title}".strip() if m.code else m.title


def next_sort_order(s: Session, model: type[Module] | type[LearningObjective], column: object, parent: str) -> int:
    return (s.scalar(select(func.max(model.sort_order)).where(column == parent, model.deleted.is_(False))) or 0) + 1


def copy_module(s: Session, src: Module, curriculum_id: str, sort_order: int) -> Module:
    """A copy of `src` (objectives, targeted competencies, standards) in another curriculum.
    Modules belong to one curriculum version, so reuse is always a copy."""
    new = Module(curriculum_id=curriculum_id, code=src.code, title=src.title, description=src.description,
                 hours=src.hours, delivery_mode=src.delivery_mode, sort_order=sort_order)
    s.add(new)
    s.flush()
    for o in s.scalars(live(LearningObjective).where(LearningObjective.module_id == src.id)):
        s.add(LearningObjective(module_id=new.id, text=o.text, sort_order=o.sort_order))
    for t in s.scalars(live(ModuleCompetency).where(ModuleCompetency.module_id == src.id)):
        s.add(ModuleCompetency(id=natural_id(ModuleCompetency, new.id, t.competency_id), module_id=new.id,
                               competency_id=t.competency_id, target_level=t.target_level))
    for st in s.scalars(live(ModuleStandard).where(ModuleStandard.module_id == src.id)):
        s.add(ModuleStandard(id=natural_id(ModuleStandard, new.id, st.standard_id), module_id=new.id,
                             standard_id=st.standard_id, detail=st.detail))
    return new


def copy_prerequisites(s: Session, id_map: dict[str, str]) -> None:
    """Copy the prerequisite links whose both ends were copied (old module id -> new module id)."""
    links = s.scalars(live(ModulePrerequisite).where(ModulePrerequisite.module_id.in_(id_map))).all()
    for link in links:
        if link.prerequisite_id in id_map:
            a, b = id_map[link.module_id], id_map[link.prerequisite_id]
            s.add(ModulePrerequisite(id=natural_id(ModulePrerequisite, a, b), module_id=a, prerequisite_id=b))


def prerequisite_path(s: Session, start: str, goal: str) -> list[str] | None:
    """Module ids from `start` to `goal` following live prerequisite links (depth first), or None."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        if node == goal:
            return path
        if node in seen:
            continue
        seen.add(node)
        nexts = s.scalars(select(ModulePrerequisite.prerequisite_id).where(
            ModulePrerequisite.module_id == node, ModulePrerequisite.deleted.is_(False))).all()
        stack.extend((n, [*path, n]) for n in nexts)
    return None


def curriculum_rows(s: Session, items: list[Curriculum]) -> list[CurriculumRow]:
    ids = [c.id for c in items]
    stats = {cid: (n, h or 0.0) for cid, n, h in s.execute(
        select(Module.curriculum_id, func.count(), func.sum(Module.hours))
        .where(Module.curriculum_id.in_(ids), Module.deleted.is_(False)).group_by(Module.curriculum_id))}
    return [CurriculumRow(c.id, c.programme_id, c.code, c.name, c.version, c.status, c.supersedes_id, c.approved_at,
                          c.approved_by, c.description, *stats.get(c.id, (0, 0.0))) for c in items]


def module_rows(s: Session, modules: list[Module]) -> list[ModuleRow]:
    """Read models of these modules with their objectives, targets, standards and prerequisites."""
    ids = [m.id for m in modules]
    objectives: dict[str, list[ObjectiveRow]] = {}
    for o in s.scalars(live(LearningObjective).where(LearningObjective.module_id.in_(ids))
                       .order_by(LearningObjective.sort_order, LearningObjective.created_at)):
        objectives.setdefault(o.module_id, []).append(ObjectiveRow(o.id, o.text, o.sort_order))
    targets: dict[str, list[TargetRow]] = {}
    for t, c in s.execute(select(ModuleCompetency, Competency)
                          .join(Competency, ModuleCompetency.competency_id == Competency.id)
                          .where(ModuleCompetency.module_id.in_(ids), ModuleCompetency.deleted.is_(False))
                          .order_by(Competency.code)):
        targets.setdefault(t.module_id, []).append(TargetRow(c.id, c.code, c.title, t.target_level))
    standards: dict[str, list[ModuleStandardRow]] = {}
    for link, st in s.execute(select(ModuleStandard, Standard).join(Standard, ModuleStandard.standard_id == Standard.id)
                              .where(ModuleStandard.module_id.in_(ids), ModuleStandard.deleted.is_(False))
                              .order_by(Standard.code)):
        standards.setdefault(link.module_id, []).append(ModuleStandardRow(st.id, st.code, st.title, link.detail))
    prereqs: dict[str, list[str]] = {}
    for link in s.scalars(live(ModulePrerequisite).where(ModulePrerequisite.module_id.in_(ids))):
        prereqs.setdefault(link.module_id, []).append(link.prerequisite_id)
    return [ModuleRow(m.id, m.curriculum_id, m.code, m.title, m.description, m.hours, m.delivery_mode, m.sort_order,
                      tuple(objectives.get(m.id, ())), tuple(targets.get(m.id, ())), tuple(standards.get(m.id, ())),
                      tuple(sorted(prereqs.get(m.id, ())))) for m in modules]


def live_modules(s: Session, curriculum_id: str) -> list[Module]:
    return list(s.scalars(live(Module).where(Module.curriculum_id == curriculum_id)
                          .order_by(Module.sort_order, Module.code, Module.created_at)))
