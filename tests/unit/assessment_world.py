"""A small programme world for the assessment, gap, curriculum and traceability tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import text

from trainmgr.domain.records import CompetencyNode
from trainmgr.services.assessments import AssessmentInput, AssessmentService
from trainmgr.services.container import Services
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.gaps import GapService
from trainmgr.services.programmes import ProgrammeInput
from trainmgr.services.traceability import TraceabilityService
from trainmgr.services.units import UnitInput


def _flatten(nodes: tuple[CompetencyNode, ...]) -> Iterator[CompetencyNode]:
    for node in nodes:
        yield node
        yield from _flatten(node.children)


@dataclass
class World:
    services: Services
    framework_id: str
    programme_id: str
    units: dict[str, str]
    comp: dict[str, str]  # competency code -> id
    areas: dict[str, str]  # area code -> id
    assessments: AssessmentService = field(init=False)
    gaps: GapService = field(init=False)
    curricula: CurriculumService = field(init=False)
    trace: TraceabilityService = field(init=False)

    def __post_init__(self) -> None:
        db = self.services.db
        self.assessments = AssessmentService(db)
        self.gaps = GapService(db)
        self.curricula = CurriculumService(db)
        self.trace = TraceabilityService(db)

    def assess(self, unit: str = "1BN", findings: dict[str, tuple[Any, ...]] | None = None, *,
               kind: str = "baseline", on: date = date(2025, 3, 1), status: str = "draft") -> str:
        """An assessment with findings {code: (current, required[, priority[, trainable[, response]]])}."""
        a = self.assessments.create(AssessmentInput(
            programme_id=self.programme_id, unit_id=self.units[unit], framework_id=self.framework_id,
            assessed_on=on, kind=kind, assessors="Capt. Moreau", host_counterparts="Lt-Col Diallo",
            methods=("interview", "observation")))
        for code, values in (findings or {}).items():
            fields: dict[str, Any] = {"current_level": values[0], "required_level": values[1]}
            if len(values) > 2:
                fields["priority"] = values[2]
            if len(values) > 3:
                fields["trainable"] = values[3]
            if len(values) > 4:
                fields["non_training_response"] = values[4]
            self.assessments.set_finding(a.id, self.comp[code], **fields)
        if status in ("validated", "signed"):
            self.assessments.set_status(a.id, "validated")
        if status == "signed":
            self.assessments.set_status(a.id, "signed", signed_by="Lt-Col Diallo")
        return a.id

    def raw(self, sql: str, **params: object) -> list[tuple[Any, ...]]:
        with self.services.db.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def change_seq(self) -> int:
        return self.raw("SELECT change_seq FROM local_replica")[0][0]


def make_world(services: Services) -> World:
    """Starter framework, a programme and two battalions (each test module wraps this in a fixture)."""
    framework_id = services.frameworks.ensure_starter()
    programme = services.programmes.create(ProgrammeInput(code="SAHEL-1", name="Sahel mentoring"))
    units = {code: services.units.create(programme.id, UnitInput(name=name, code=code, kind="battalion")).id
             for code, name in (("1BN", "1st Infantry Battalion"), ("2BN", "2nd Infantry Battalion"))}
    tree = services.frameworks.tree(framework_id)
    comp = {c.code: c.id for area in tree for c in _flatten(area.competencies)}
    areas = {a.code: a.id for a in tree}
    return World(services, framework_id, programme.id, units, comp, areas)
