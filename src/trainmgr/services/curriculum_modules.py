"""Editing the modules of a draft curriculum: modules, objectives, targeted competencies and levels,
standard references, prerequisites (no cycles) and order. Every edit of an approved or retired
curriculum is refused (see `curriculum_support.draft_curriculum`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.engine import Database
from trainmgr.db.models import (
    Competency,
    LearningObjective,
    Module,
    ModuleCompetency,
    ModulePrerequisite,
    ModuleStandard,
    Standard,
    TrainingSession,
)
from trainmgr.domain.assessment_records import ModuleRow
from trainmgr.domain.enums import DeliveryMode, values
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text
from trainmgr.services.curriculum_support import (
    draft_curriculum,
    draft_module,
    live_modules,
    module_label,
    module_rows,
    next_sort_order,
    prerequisite_path,
)


@dataclass(frozen=True)
class ModuleInput:
    title: str
    code: str = ""
    description: str = ""
    hours: float | None = None
    delivery_mode: str = DeliveryMode.CLASSROOM.value

    def validated(self) -> dict[str, object]:
        if self.delivery_mode not in values(DeliveryMode):
            raise ValidationError(f"Unknown delivery mode: {self.delivery_mode} "
                                  f"(use {', '.join(values(DeliveryMode))}).")
        if self.hours is not None and (isinstance(self.hours, bool) or not 0 <= self.hours <= 1000):
            raise ValidationError(f"Hours must be from 0 to 1000 (got {self.hours}).")
        return {
            "title": required_text(self.title, "Title", 300), "code": optional_text(self.code, "Code", 40),
            "description": optional_text(self.description, "Description", 4000),
            "hours": None if self.hours is None else float(self.hours), "delivery_mode": self.delivery_mode,
        }


def _upsert(s: Session, model: type, row_id: str, fields: dict[str, object]) -> None:
    """Insert a natural-key row, or undelete and update the one that has this deterministic id."""
    row = s.get(model, row_id)
    if row is None:
        s.add(model(id=row_id, **fields))
    else:
        apply_changes(row, {**fields, "deleted": False})


def _tombstone(s: Session, model: type, row_id: str) -> None:
    row = s.get(model, row_id)
    if row is not None and not row.deleted:
        row.deleted = True


def tombstone_module(s: Session, m: Module) -> None:
    """Tombstone a module with its objectives, targets, standards and prerequisite links."""
    for model, column in ((LearningObjective, LearningObjective.module_id),
                          (ModuleCompetency, ModuleCompetency.module_id),
                          (ModuleStandard, ModuleStandard.module_id),
                          (ModulePrerequisite, ModulePrerequisite.module_id),
                          (ModulePrerequisite, ModulePrerequisite.prerequisite_id)):
        for row in s.scalars(live(model).where(column == m.id)):
            row.deleted = True
    m.deleted = True


class ModuleEditing:
    """The module-editing half of `CurriculumService` (a mixin: it needs `self._db`)."""

    _db: Database

    def module(self, module_id: str) -> ModuleRow:
        with self._db.read() as s:
            return module_rows(s, [get_live(s, Module, module_id, "Module")])[0]

    # --- modules -----------------------------------------------------------------------------
    def add_module(self, curriculum_id: str, data: ModuleInput) -> ModuleRow:
        fields = data.validated()
        with self._db.write() as s:
            c = draft_curriculum(s, curriculum_id)
            m = Module(curriculum_id=c.id, sort_order=next_sort_order(s, Module, Module.curriculum_id, c.id), **fields)
            s.add(m)
            s.flush()
            module_id = m.id
        return self.module(module_id)

    def update_module(self, module_id: str, data: ModuleInput) -> ModuleRow:
        fields = data.validated()
        with self._db.write() as s:
            apply_changes(draft_module(s, module_id), fields)
        return self.module(module_id)

    def delete_module(self, module_id: str) -> None:
        """Tombstone the module with its objectives, targets, standards and prerequisite links."""
        with self._db.write() as s:
            m = draft_module(s, module_id)
            held = s.scalar(select(func.count()).select_from(TrainingSession).where(
                TrainingSession.module_id == m.id, TrainingSession.deleted.is_(False))) or 0
            if held:
                raise ValidationError(f"{module_label(m)} has {held} training session(s) and cannot be deleted.")
            tombstone_module(s, m)

    def reorder_modules(self, curriculum_id: str, module_ids: list[str]) -> list[ModuleRow]:
        """Put the curriculum's modules in this order (every live module, each once)."""
        with self._db.write() as s:
            draft_curriculum(s, curriculum_id)
            modules = {m.id: m for m in live_modules(s, curriculum_id)}
            if sorted(module_ids) != sorted(modules):
                raise ValidationError("The new order must list every module of the curriculum exactly once.")
            for order, module_id in enumerate(module_ids, start=1):
                apply_changes(modules[module_id], {"sort_order": order})
            s.flush()
            return module_rows(s, live_modules(s, curriculum_id))

    # --- objectives --------------------------------------------------------------------------
    def add_objective(self, module_id: str, text: str) -> ModuleRow:
        clean = required_text(text, "Objective", 2000)
        with self._db.write() as s:
            m = draft_module(s, module_id)
            order = next_sort_order(s, LearningObjective, LearningObjective.module_id, m.id)
            s.add(LearningObjective(module_id=m.id, text=clean, sort_order=order))
        return self.module(module_id)

    def update_objective(self, objective_id: str, text: str) -> ModuleRow:
        clean = required_text(text, "Objective", 2000)
        with self._db.write() as s:
            o = get_live(s, LearningObjective, objective_id, "Learning objective")
            draft_module(s, o.module_id)
            apply_changes(o, {"text": clean})
            module_id = o.module_id
        return self.module(module_id)

    def delete_objective(self, objective_id: str) -> ModuleRow:
        with self._db.write() as s:
            o = get_live(s, LearningObjective, objective_id, "Learning objective")
            draft_module(s, o.module_id)
            o.deleted = True
            module_id = o.module_id
        return self.module(module_id)

    def reorder_objectives(self, module_id: str, objective_ids: list[str]) -> ModuleRow:
        with self._db.write() as s:
            m = draft_module(s, module_id)
            rows = {o.id: o for o in s.scalars(live(LearningObjective).where(LearningObjective.module_id == m.id))}
            if sorted(objective_ids) != sorted(rows):
                raise ValidationError("The new order must list every objective of the module exactly once.")
            for order, objective_id in enumerate(objective_ids, start=1):
                apply_changes(rows[objective_id], {"sort_order": order})
        return self.module(module_id)

    # --- targeted competencies, standards ----------------------------------------------------
    def set_target(self, module_id: str, competency_id: str, target_level: int | None) -> ModuleRow:
        """Target a competency (or change its target level: 1 to 5, or blank)."""
        if target_level is not None and (isinstance(target_level, bool) or not isinstance(target_level, int)
                                         or not 1 <= target_level <= 5):
            raise ValidationError(f"The target level must be from 1 to 5 (got {target_level}).")
        with self._db.write() as s:
            m = draft_module(s, module_id)
            c = get_live(s, Competency, competency_id, "Competency")
            _upsert(s, ModuleCompetency, natural_id(ModuleCompetency, m.id, c.id),
                    {"module_id": m.id, "competency_id": c.id, "target_level": target_level})
        return self.module(module_id)

    def remove_target(self, module_id: str, competency_id: str) -> ModuleRow:
        with self._db.write() as s:
            m = draft_module(s, module_id)
            _tombstone(s, ModuleCompetency, natural_id(ModuleCompetency, m.id, competency_id))
        return self.module(module_id)

    def set_standard(self, module_id: str, standard_id: str, detail: str = "") -> ModuleRow:
        clean = optional_text(detail, "Standard detail", 300)
        with self._db.write() as s:
            m = draft_module(s, module_id)
            st = get_live(s, Standard, standard_id, "Standard")
            _upsert(s, ModuleStandard, natural_id(ModuleStandard, m.id, st.id),
                    {"module_id": m.id, "standard_id": st.id, "detail": clean})
        return self.module(module_id)

    def remove_standard(self, module_id: str, standard_id: str) -> ModuleRow:
        with self._db.write() as s:
            m = draft_module(s, module_id)
            _tombstone(s, ModuleStandard, natural_id(ModuleStandard, m.id, standard_id))
        return self.module(module_id)

    # --- prerequisites -----------------------------------------------------------------------
    def add_prerequisite(self, module_id: str, prerequisite_id: str) -> ModuleRow:
        """`prerequisite_id` must be completed before `module_id`. A link that would close a cycle is
        refused, naming the modules of the cycle in order."""
        with self._db.write() as s:
            m = draft_module(s, module_id)
            pre = get_live(s, Module, prerequisite_id, "Prerequisite module")
            if pre.id == m.id:
                raise ValidationError(f"{module_label(m)} cannot be its own prerequisite.")
            if pre.curriculum_id != m.curriculum_id:
                raise ValidationError(f"{module_label(pre)} belongs to another curriculum.")
            path = prerequisite_path(s, pre.id, m.id)
            if path is not None:
                names = [module_label(s.get(Module, i)) for i in [m.id, *path]]  # type: ignore[arg-type]
                raise ValidationError("That prerequisite would make a cycle (each module needs the next): "
                                      + " → ".join(names) + ".")
            _upsert(s, ModulePrerequisite, natural_id(ModulePrerequisite, m.id, pre.id),
                    {"module_id": m.id, "prerequisite_id": pre.id})
        return self.module(module_id)

    def remove_prerequisite(self, module_id: str, prerequisite_id: str) -> ModuleRow:
        with self._db.write() as s:
            m = draft_module(s, module_id)
            _tombstone(s, ModulePrerequisite, natural_id(ModulePrerequisite, m.id, prerequisite_id))
        return self.module(module_id)
