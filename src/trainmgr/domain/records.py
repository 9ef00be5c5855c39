"""Read models: plain frozen records shaped for screens, reports and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class ProgrammeRow:
    id: str
    code: str
    name: str
    host_country: str
    language: str
    start_date: date | None
    end_date: date | None
    description: str
    units: int = 0
    trainees: int = 0


@dataclass(frozen=True)
class UnitRow:
    id: str
    programme_id: str | None
    parent_id: str | None
    code: str
    name: str
    name_native: str
    kind: str
    location: str
    people: int = 0


@dataclass(frozen=True)
class FrameworkRow:
    id: str
    code: str
    name: str
    version: str
    status: str
    competencies: int = 0


@dataclass(frozen=True)
class LevelRow:
    level: int
    label: str
    description: str
    proficient: bool


@dataclass(frozen=True)
class CompetencyNode:
    id: str
    area_id: str
    parent_id: str | None
    code: str
    title: str
    children: tuple[CompetencyNode, ...] = ()


@dataclass(frozen=True)
class AreaNode:
    id: str
    code: str
    title: str
    competencies: tuple[CompetencyNode, ...] = ()


@dataclass(frozen=True)
class StandardRef:
    standard_id: str
    code: str
    title: str
    body: str
    detail: str


@dataclass(frozen=True)
class CompetencyDetail:
    id: str
    framework_id: str
    area_id: str
    area_title: str
    parent_id: str | None
    code: str
    title: str
    description: str
    descriptors: dict[int, str] = field(default_factory=dict)
    standards: tuple[StandardRef, ...] = ()
    updated_by: str = ""
    updated_on: str = ""


@dataclass(frozen=True)
class TableCount:
    table: str
    live: int
    deleted: int


@dataclass(frozen=True)
class DatabaseInfo:
    path: str
    revision: str | None
    head: str
    replica_id: str
    replica_name: str
    size_bytes: int
    counts: tuple[TableCount, ...]


@dataclass(frozen=True)
class CheckReport:
    integrity: str
    revision: str | None
    head: str
    foreign_key_problems: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head and self.foreign_key_problems == 0


@dataclass(frozen=True)
class SyncIdentity:
    replica_id: str
    name: str
    network_id: str | None
    public_key: str


@dataclass(frozen=True)
class PeerRow:
    replica_id: str
    name: str
    acked_seq: int
    received_seq: int
    last_seen_at: object


@dataclass(frozen=True)
class ExchangeRow:
    package_id: str
    direction: str
    peer_replica: str
    peer_name: str
    file_name: str
    at: object
    rows: int


TRAIL_TABLES = frozenset({"audit_event"})


@dataclass(frozen=True)
class TableTally:
    table: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class ImportSummary:
    package_id: str
    source_replica: str
    source_name: str
    applied: bool
    already_imported: bool
    tables: tuple[TableTally, ...] = ()
    notes: tuple[str, ...] = ()

    def total(self, what: str) -> int:
        """The records a person works with; the audit trail that travels with them is bookkeeping
        (its own row in a preview, not in the totals: "3 new units" must not read "6 new")."""
        return sum(getattr(t, what) for t in self.tables if t.table not in TRAIL_TABLES)


@dataclass(frozen=True)
class ExportSummary:
    package_id: str
    path: str
    covers: str
    for_peer: str
    rows: int
    tables: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table: str
    row_id: str
    field: str
    value_a: object
    stamp_a: str
    laptop_a: str
    value_b: object
    stamp_b: str
    laptop_b: str
    status: str
    resolved_value: object
    resolved_by: str
    label: str = ""
