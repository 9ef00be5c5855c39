"""Which units' trainees a cohort is for (table cohort_unit, keyed by cohort and unit so two laptops
adding the same unit write the same row). Removing a unit tombstones its row; adding it back revives
it. Used by CohortService inside its own write transactions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.models import Cohort, Unit
from trainmgr.db.models.delivery import CohortUnit
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live


def set_cohort_units(s: Session, cohort: Cohort, unit_ids: Iterable[str]) -> None:
    """Make the cohort's live units exactly `unit_ids` (each a live unit of the cohort's programme)."""
    wanted = list(dict.fromkeys(u for u in unit_ids if u))
    for unit_id in wanted:
        unit = get_live(s, Unit, unit_id, "Unit")
        if unit.programme_id not in (None, cohort.programme_id):
            raise ValidationError(f"The unit “{unit.name}” belongs to another programme.")
    existing = {row.unit_id: row for row in s.scalars(select(CohortUnit).where(CohortUnit.cohort_id == cohort.id))}
    for unit_id, row in existing.items():
        if unit_id not in wanted and not row.deleted:
            row.deleted = True
    for unit_id in wanted:
        row = existing.get(unit_id)
        if row is None:
            s.add(CohortUnit(id=natural_id(CohortUnit, cohort.id, unit_id), cohort_id=cohort.id, unit_id=unit_id))
        elif row.deleted:
            apply_changes(row, {"deleted": False})


def cohort_unit_ids(s: Session, cohort_id: str) -> list[str]:
    """The cohort's live units, by name (a unit deleted since still counts: the link is history)."""
    return list(s.scalars(select(CohortUnit.unit_id).join(Unit, Unit.id == CohortUnit.unit_id)
                          .where(CohortUnit.cohort_id == cohort_id, CohortUnit.deleted.is_(False))
                          .order_by(Unit.name, Unit.id)))
