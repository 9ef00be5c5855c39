"""Read models of the accounts and the audit trail (plain values for the GUI and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AccountRow:
    id: str
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime | None
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime | None
    actor: str
    replica: str  # the laptop that recorded the event
    action: str
    entity: str
    entity_id: str
    reason: str
    changes: tuple[FieldChange, ...]  # field by field, before and after (one side empty for a create)

    def summary(self, limit: int = 120) -> str:
        """'field: before → after; …' in one line (for lists and exports)."""
        parts = []
        for c in self.changes:
            if c.before is None:
                parts.append(f"{c.field}: {c.after}")
            else:
                parts.append(f"{c.field}: {c.before} → {c.after}")
        text = "; ".join(parts)
        return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    entity: str = ""
    entity_id: str = ""
    since: datetime | None = None
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    total: int  # matching events, of which `rows` is one page (newest first)


@dataclass(frozen=True)
class AuditChoices:
    """What the audit page's filters offer."""

    actors: tuple[str, ...]
    actions: tuple[str, ...]
    entities: tuple[str, ...]
