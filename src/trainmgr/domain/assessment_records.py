"""Read models of the needs-assessment → curriculum → traceability workflow (frozen, never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    programme_id: str
    unit_id: str
    unit_name: str
    framework_id: str
    kind: str
    title: str
    assessed_on: date
    assessors: str
    host_counterparts: str
    methods: tuple[str, ...]
    status: str
    version: int
    supersedes_id: str | None
    superseded_by_id: str | None
    signed_at: datetime | None
    signed_by: str
    notes: str
    findings: int = 0

    @property
    def read_only(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True)
class FindingRow:
    """One competency of the framework in one assessment: its recorded levels, or blanks."""

    assessment_id: str
    competency_id: str
    code: str
    title: str
    area_id: str
    area_code: str
    area_title: str
    depth: int
    recorded: bool
    current_level: int | None
    required_level: int | None
    priority: str
    confidence: str
    evidence_kind: str | None
    evidence: str
    trainable: bool
    non_training_response: str

    @property
    def gap(self) -> int | None:
        """required − current; negative when the unit is above the requirement; None if a level is blank."""
        if self.current_level is None or self.required_level is None:
            return None
        return self.required_level - self.current_level


@dataclass(frozen=True)
class ComparedCompetency:
    """One competency across several assessments (columns in the order of `Comparison.assessments`)."""

    competency_id: str
    code: str
    title: str
    area_title: str
    current: tuple[int | None, ...]
    required: tuple[int | None, ...]

    @property
    def change(self) -> int | None:
        """Latest recorded current level minus the earliest one (None with fewer than two)."""
        known = [level for level in self.current if level is not None]
        return known[-1] - known[0] if len(known) >= 2 else None


@dataclass(frozen=True)
class Comparison:
    assessments: tuple[AssessmentRow, ...]
    rows: tuple[ComparedCompetency, ...]


@dataclass(frozen=True)
class GapRow:
    """A gap of one unit in one competency, from the unit's current assessment."""

    unit_id: str
    unit_name: str
    assessment_id: str
    assessment_kind: str
    assessed_on: date
    competency_id: str
    code: str
    title: str
    area_id: str
    area_title: str
    current_level: int
    required_level: int
    priority: str
    confidence: str
    trainable: bool
    non_training_response: str

    @property
    def gap(self) -> int:
        return self.required_level - self.current_level

    @property
    def weight(self) -> int:
        return PRIORITY_WEIGHT.get(self.priority, 1)

    @property
    def score(self) -> int:
        """Priority weight × gap size: the ranking key."""
        return self.weight * self.gap


PRIORITY_WEIGHT = {"high": 3, "medium": 2, "low": 1}


@dataclass(frozen=True)
class ObjectiveRow:
    id: str
    text: str
    sort_order: int


@dataclass(frozen=True)
class TargetRow:
    competency_id: str
    code: str
    title: str
    target_level: int | None


@dataclass(frozen=True)
class ModuleStandardRow:
    standard_id: str
    code: str
    title: str
    detail: str


@dataclass(frozen=True)
class ModuleRow:
    id: str
    curriculum_id: str
    code: str
    title: str
    description: str
    hours: float | None
    delivery_mode: str
    sort_order: int
    objectives: tuple[ObjectiveRow, ...] = ()
    targets: tuple[TargetRow, ...] = ()
    standards: tuple[ModuleStandardRow, ...] = ()
    prerequisite_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class CurriculumRow:
    id: str
    programme_id: str
    code: str
    name: str
    version: int
    status: str
    supersedes_id: str | None
    approved_at: datetime | None
    approved_by: str
    description: str
    modules: int = 0
    hours: float = 0.0

    @property
    def editable(self) -> bool:
        return self.status == "draft"


@dataclass(frozen=True)
class CurriculumDetail:
    curriculum: CurriculumRow
    modules: tuple[ModuleRow, ...]
    assessment_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProposedModule:
    """A module of a proposal: reused (copied from another curriculum) or newly drafted."""

    module_id: str
    code: str
    title: str
    competency_codes: tuple[str, ...]
    hours: float | None
    delivery_mode: str
    score: int
    source: str = ""  # "CODE v2 – Module title" for a reused module


@dataclass(frozen=True)
class SkippedGap:
    code: str
    title: str
    unit_name: str
    non_training_response: str


@dataclass(frozen=True)
class ProposalSummary:
    curriculum_id: str
    reused: tuple[ProposedModule, ...]
    drafted: tuple[ProposedModule, ...]
    skipped_non_trainable: tuple[SkippedGap, ...]
    without_gap: tuple[str, ...]  # codes of assessed competencies at or above their required level


@dataclass(frozen=True)
class TraceModule:
    module_id: str
    code: str
    title: str
    curriculum_id: str
    curriculum_name: str
    curriculum_version: int
    curriculum_status: str
    target_level: int | None
    sessions_held: int


@dataclass(frozen=True)
class TraceRow:
    """gap → modules → sessions held → evaluations, for one unit and competency."""

    gap: GapRow
    modules: tuple[TraceModule, ...]
    instruments: int
    results: int

    @property
    def sessions_held(self) -> int:
        return sum(m.sessions_held for m in self.modules)

    @property
    def no_module(self) -> bool:
        return not self.modules


@dataclass(frozen=True)
class UnservedModule:
    module_id: str
    code: str
    title: str
    curriculum_name: str
    curriculum_version: int
    competency_codes: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class TraceabilityMatrix:
    rows: tuple[TraceRow, ...]
    unserved_modules: tuple[UnservedModule, ...]

    @property
    def gaps_without_module(self) -> tuple[TraceRow, ...]:
        return tuple(r for r in self.rows if r.no_module)
