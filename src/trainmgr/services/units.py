"""Host-nation units as a hierarchy: create, edit, move (no cycles), delete when empty."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from trainmgr.db.engine import Database
from trainmgr.db.models import Person, Unit
from trainmgr.domain.enums import UnitKind
from trainmgr.domain.records import UnitRow
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text


@dataclass(frozen=True)
class UnitInput:
    name: str
    parent_id: str | None = None
    code: str = ""
    name_native: str = ""
    kind: str = UnitKind.OTHER.value
    location: str = ""

    def validated(self) -> dict[str, object]:
        if self.kind not in {k.value for k in UnitKind}:
            raise ValidationError(f"Unknown unit kind: {self.kind}.")
        return {
            "name": required_text(self.name, "Name", 200),
            "parent_id": self.parent_id or None,
            "code": optional_text(self.code, "Code", 40),
            "name_native": optional_text(self.name_native, "Native name", 200),
            "kind": self.kind,
            "location": optional_text(self.location, "Location", 200),
        }


def _row(u: Unit, people: int = 0) -> UnitRow:
    return UnitRow(id=u.id, programme_id=u.programme_id, parent_id=u.parent_id, code=u.code, name=u.name,
                   name_native=u.name_native, kind=u.kind, location=u.location, people=people)


class UnitService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, programme_id: str) -> list[UnitRow]:
        """Every live unit of the programme, parents before children, siblings by name."""
        with self._db.read() as s:
            counts = dict(s.execute(
                select(Person.unit_id, func.count()).where(Person.deleted.is_(False), Person.merged_into_id.is_(None))
                .group_by(Person.unit_id)).all())
            units = s.scalars(live(Unit).where(Unit.programme_id == programme_id).order_by(Unit.name)).all()
            rows = [_row(u, counts.get(u.id, 0)) for u in units]
        return _tree_order(rows)

    def create(self, programme_id: str, data: UnitInput) -> UnitRow:
        values = data.validated()
        with self._db.write() as s:
            if values["parent_id"]:
                parent = get_live(s, Unit, str(values["parent_id"]), "Parent unit")
                if parent.programme_id != programme_id:
                    raise ValidationError("The parent unit belongs to another programme.")
            unit = Unit(programme_id=programme_id, **values)
            s.add(unit)
            s.flush()
            return _row(unit)

    def update(self, unit_id: str, data: UnitInput) -> UnitRow:
        values = data.validated()
        with self._db.write() as s:
            unit = get_live(s, Unit, unit_id, "Unit")
            parent_id = values["parent_id"]
            if parent_id:
                self._check_no_cycle(s, unit_id, str(parent_id))
            apply_changes(unit, values)
            s.flush()
            return _row(unit)

    def delete(self, unit_id: str) -> None:
        with self._db.write() as s:
            unit = get_live(s, Unit, unit_id, "Unit")
            children = s.scalar(select(func.count()).select_from(Unit)
                                .where(Unit.parent_id == unit_id, Unit.deleted.is_(False))) or 0
            people = s.scalar(select(func.count()).select_from(Person)
                              .where(Person.unit_id == unit_id, Person.deleted.is_(False))) or 0
            if children or people:
                raise ValidationError(
                    f"“{unit.name}” still has {children} sub-unit(s) and {people} person(s); move them first."
                )
            unit.deleted = True

    @staticmethod
    def _check_no_cycle(s, unit_id: str, parent_id: str) -> None:  # type: ignore[no-untyped-def]
        current: str | None = parent_id
        seen: set[str] = set()
        while current:
            if current == unit_id:
                raise ValidationError("A unit cannot be placed under itself or one of its sub-units.")
            if current in seen:
                break
            seen.add(current)
            parent = get_live(s, Unit, current, "Parent unit")
            current = parent.parent_id


def _tree_order(rows: list[UnitRow]) -> list[UnitRow]:
    by_parent: dict[str | None, list[UnitRow]] = {}
    ids = {r.id for r in rows}
    for row in rows:
        key = row.parent_id if row.parent_id in ids else None
        by_parent.setdefault(key, []).append(row)
    ordered: list[UnitRow] = []
    stack = list(reversed(by_parent.get(None, [])))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(by_parent.get(row.id, [])))
    return ordered
