"""The traceability matrix of a programme: gap → module(s) → sessions held → evaluations.

Rules:
- Gaps: the trainable gaps of each unit's current assessment (`gaps.current_assessments`), ranked.
- Curricula: per lineage (a curriculum and its versions, linked by `supersedes_id`), the latest
  approved version; a lineage with no approved version contributes its latest draft; a lineage
  whose versions are all retired contributes nothing.
- Sessions held for a module: sessions with status "held" of live cohorts running the module's
  curriculum (`cohort.curriculum_id`). Training delivered under an earlier version of the same
  curriculum counts too: a module is matched across the versions of its lineage by its code
  (the schema has no module lineage column; modules without a code match only themselves).
- Evaluations: the programme's live instruments that measure the competency, and the results
  recorded for the competency on them.
- Flags: a gap that no module targets (`TraceRow.no_module`); a module that targets none of the
  gaps is listed apart (`TraceabilityMatrix.unserved_modules`).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import (
    Cohort,
    Competency,
    Curriculum,
    Instrument,
    InstrumentCompetency,
    Module,
    ModuleCompetency,
    Result,
    TrainingSession,
)
from trainmgr.domain.assessment_records import TraceabilityMatrix, TraceModule, TraceRow, UnservedModule
from trainmgr.domain.enums import CurriculumStatus, SessionStatus
from trainmgr.services.common import live
from trainmgr.services.gaps import current_assessments, gaps_of


def lineage_roots(curricula: list[Curriculum]) -> dict[str, str]:
    """Curriculum id -> the id of the first version of its lineage."""
    by_id = {c.id: c for c in curricula}
    roots: dict[str, str] = {}
    for c in curricula:
        node, seen = c, {c.id}
        while node.supersedes_id in by_id and node.supersedes_id not in seen:
            node = by_id[node.supersedes_id]
            seen.add(node.id)
        roots[c.id] = node.id
    return roots


def current_curricula(curricula: list[Curriculum], roots: dict[str, str]) -> list[Curriculum]:
    """Per lineage, the latest approved version, else the latest draft (see the module docstring)."""
    chosen: dict[str, Curriculum] = {}
    for c in curricula:
        if c.status == CurriculumStatus.RETIRED.value:
            continue
        held = chosen.get(roots[c.id])
        key = (c.status == CurriculumStatus.APPROVED.value, c.version)
        if held is None or key > (held.status == CurriculumStatus.APPROVED.value, held.version):
            chosen[roots[c.id]] = c
    return sorted(chosen.values(), key=lambda c: (c.name, c.version))


class TraceabilityService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def matrix(self, programme_id: str, unit_id: str | None = None) -> TraceabilityMatrix:
        with self._db.read() as s:
            gaps = [g for g in gaps_of(s, current_assessments(s, programme_id, unit_id)) if g.trainable]
            curricula = list(s.scalars(live(Curriculum).where(Curriculum.programme_id == programme_id)))
            roots = lineage_roots(curricula)
            current = {c.id: c for c in current_curricula(curricula, roots)}
            all_modules = list(s.scalars(live(Module).where(Module.curriculum_id.in_([c.id for c in curricula]))))
            modules = [m for m in all_modules if m.curriculum_id in current]
            held = _family_counts(all_modules, roots, _sessions_held(s, all_modules))
            targets: dict[str, list[tuple[str, int | None]]] = {}
            module_targets: dict[str, set[str]] = {}
            module_codes: dict[str, list[str]] = {}
            for t, code in s.execute(select(ModuleCompetency, Competency.code)
                                     .join(Competency, ModuleCompetency.competency_id == Competency.id)
                                     .where(ModuleCompetency.module_id.in_([m.id for m in modules]),
                                            ModuleCompetency.deleted.is_(False))
                                     .order_by(Competency.code)):
                module_codes.setdefault(t.module_id, []).append(code)
                targets.setdefault(t.competency_id, []).append((t.module_id, t.target_level))
                module_targets.setdefault(t.module_id, set()).add(t.competency_id)
            by_module = {m.id: m for m in modules}
            instruments, results = _evaluations(s, programme_id)
            rows = []
            for g in gaps:
                traced = []
                for module_id, level in targets.get(g.competency_id, []):
                    m = by_module[module_id]
                    c = current[m.curriculum_id]
                    traced.append(TraceModule(m.id, m.code, m.title, c.id, c.name, c.version, c.status, level,
                                              held.get(m.id, 0)))
                traced.sort(key=lambda t: (t.curriculum_name, t.code, t.title))
                rows.append(TraceRow(g, tuple(traced), instruments.get(g.competency_id, 0),
                                     results.get(g.competency_id, 0)))
            gap_competencies = {g.competency_id for g in gaps}
            unserved = []
            for m in sorted(modules, key=lambda m: (current[m.curriculum_id].name, m.sort_order, m.code)):
                if module_targets.get(m.id, set()) & gap_competencies:
                    continue
                codes = tuple(module_codes.get(m.id, ()))
                reason = "targets no competency" if not codes else "targets no current gap"
                c = current[m.curriculum_id]
                unserved.append(UnservedModule(m.id, m.code, m.title, c.name, c.version, codes, reason))
            return TraceabilityMatrix(tuple(rows), tuple(unserved))


def _sessions_held(s: Session, modules: list[Module]) -> dict[str, int]:
    """Module id -> sessions held for it by cohorts running its curriculum."""
    if not modules:
        return {}
    return dict(s.execute(
        select(TrainingSession.module_id, func.count())
        .join(Module, TrainingSession.module_id == Module.id)
        .join(Cohort, TrainingSession.cohort_id == Cohort.id)
        .where(TrainingSession.module_id.in_([m.id for m in modules]), TrainingSession.deleted.is_(False),
               TrainingSession.status == SessionStatus.HELD.value, Cohort.deleted.is_(False),
               Cohort.curriculum_id == Module.curriculum_id)
        .group_by(TrainingSession.module_id)).all())


def _family_counts(modules: list[Module], roots: dict[str, str], held: dict[str, int]) -> dict[str, int]:
    """Module id -> sessions held for it and for its copies (same code) in the other versions of its
    curriculum."""
    families: dict[tuple[str, str], int] = {}
    for m in modules:
        if m.code:
            key = (roots[m.curriculum_id], m.code)
            families[key] = families.get(key, 0) + held.get(m.id, 0)
    return {m.id: families[(roots[m.curriculum_id], m.code)] if m.code else held.get(m.id, 0) for m in modules}


def _evaluations(s: Session, programme_id: str) -> tuple[dict[str, int], dict[str, int]]:
    """Competency id -> instruments measuring it, and -> results recorded for it, in the programme."""
    instruments = dict(s.execute(
        select(InstrumentCompetency.competency_id, func.count(func.distinct(Instrument.id)))
        .join(Instrument, InstrumentCompetency.instrument_id == Instrument.id)
        .where(Instrument.programme_id == programme_id, Instrument.deleted.is_(False),
               InstrumentCompetency.deleted.is_(False))
        .group_by(InstrumentCompetency.competency_id)).all())
    results = dict(s.execute(
        select(Result.competency_id, func.count())
        .join(Instrument, Result.instrument_id == Instrument.id)
        .where(Instrument.programme_id == programme_id, Instrument.deleted.is_(False), Result.deleted.is_(False),
               Result.competency_id.is_not(None))
        .group_by(Result.competency_id)).all())
    return instruments, results
