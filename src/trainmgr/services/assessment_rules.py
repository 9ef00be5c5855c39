"""Rules shared by the assessment services: the fields of a finding and their validation, and the
order in which a framework's competencies are listed (areas, then each competency's tree)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from trainmgr.db.models import CapabilityArea, Competency
from trainmgr.domain.enums import Confidence, EvidenceKind, Priority, values
from trainmgr.errors import ValidationError
from trainmgr.services.common import live, optional_text

FINDING_FIELDS = ("current_level", "required_level", "priority", "confidence", "evidence_kind", "evidence",
                  "trainable", "non_training_response")

BLANK_FINDING: dict[str, Any] = {
    "current_level": None, "required_level": None, "priority": Priority.MEDIUM.value,
    "confidence": Confidence.MEDIUM.value, "evidence_kind": None, "evidence": "", "trainable": True,
    "non_training_response": "",
}


def _level(value: Any, label: str, low: int) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label} must be a whole number from {low} to 5.")
    if not low <= value <= 5:
        raise ValidationError(f"{label} must be from {low} to 5 (got {value}).")
    return value


def _choice(value: Any, enum: type, label: str) -> str:
    if value not in values(enum):
        raise ValidationError(f"Unknown {label}: {value} (use {', '.join(values(enum))}).")
    return str(value)


def validate_finding(fields: dict[str, Any]) -> dict[str, Any]:
    """Check the fields of a finding; returns them normalised."""
    unknown = sorted(set(fields) - set(FINDING_FIELDS))
    if unknown:
        raise ValidationError(f"A finding has no field {', '.join(unknown)}.")
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "current_level":
            out[key] = _level(value, "The current level", 0)
        elif key == "required_level":
            out[key] = _level(value, "The required level", 1)
        elif key == "priority":
            out[key] = _choice(value, Priority, "priority")
        elif key == "confidence":
            out[key] = _choice(value, Confidence, "confidence")
        elif key == "evidence_kind":
            out[key] = None if value in (None, "") else _choice(value, EvidenceKind, "kind of evidence")
        elif key == "trainable":
            if not isinstance(value, bool):
                raise ValidationError("Trainable must be yes or no.")
            out[key] = value
        elif key == "evidence":
            out[key] = optional_text(value, "Evidence", 4000)
        else:
            out[key] = optional_text(value, "Non-training response", 2000)
    return out


def framework_order(s: Session, framework_id: str,
                    area_id: str | None = None) -> list[tuple[CapabilityArea, Competency, int]]:
    """(area, competency, depth) for every live competency of the framework, areas in order, each
    competency followed by its sub-competencies."""
    query = live(CapabilityArea).where(CapabilityArea.framework_id == framework_id)
    if area_id:
        query = query.where(CapabilityArea.id == area_id)
    areas = s.scalars(query.order_by(CapabilityArea.sort_order, CapabilityArea.code)).all()
    comps = s.scalars(live(Competency).where(Competency.framework_id == framework_id)
                      .order_by(Competency.sort_order, Competency.code)).all()
    ids = {c.id for c in comps}
    children: dict[str | None, list[Competency]] = {}
    for c in comps:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)
    out: list[tuple[CapabilityArea, Competency, int]] = []

    def walk(area: CapabilityArea, c: Competency, depth: int) -> None:
        out.append((area, c, depth))
        for kid in children.get(c.id, []):
            walk(area, kid, depth + 1)

    for area in areas:
        for root in children.get(None, []):
            if root.area_id == area.id:
                walk(area, root, 0)
    return out


def competency_depth(s: Session, c: Competency) -> int:
    depth, parent, seen = 0, c.parent_id, {c.id}
    while parent and parent not in seen:
        seen.add(parent)
        row = s.get(Competency, parent)
        parent = row.parent_id if row else None
        depth += 1
    return depth
