"""Merging duplicate people (two teams registered the same person offline), in sync terms.

`PeopleMergeService(db).merge(keep_id, duplicate_id, reason)` makes the duplicate point at the keeper
(`merged_into_id`), tombstones it and redirects every reference to the keeper, in one transaction
whose writes are ordinary stamped edits, so the merge travels to other laptops like any change:

- rows with a natural key (enrolment, attendance, session instructor, result) have ids derived from
  that key, person included, so their `person_id` is never rewritten (the id would stop matching its
  key, and two laptops could derive colliding rows). Instead, per row of the duplicate: if the keeper
  has no live row for the same key, the keeper's row is created (`natural_id(Model, ..., keep_id)`;
  a tombstoned one is revived) with the duplicate's values; otherwise the keeper's values win where
  set and the duplicate's fill the blanks. The duplicate's row is then tombstoned.
- follow-ups have ordinary ids: their `person_id` is set to the keeper.
- one audit event records who merged whom, when and why.

A laptop that has not heard of the merge yet may keep writing for the duplicate (an attendance mark,
a result). After sync those rows exist, live, for a merged person: readers call `resolve_person`,
which follows `merged_into` chains to the person that stands for them; merging again (the same call)
moves such late rows onto the keeper. Merging again when nothing is left to move writes nothing.

Two laptops merging crosswise (A: x into y, B: y into x) both tombstone; after sync each points at
the other. `resolve_person` then picks the smallest id of the cycle, the same on every laptop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.base import SYNC_COLUMNS, Synced, natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import Attendance, AuditEvent, Enrolment, FollowUp, Person, Result, SessionInstructor
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.common import required_text
from trainmgr.services.permissions import Permission, require

# Natural-key tables that reference a person: their key always includes `person_id`.
KEYED: tuple[type[Synced], ...] = (Enrolment, Attendance, SessionInstructor, Result)
MAX_CHAIN = 10_000  # a merged_into chain longer than this is damage, not data


@dataclass(frozen=True)
class MergeSummary:
    keep_id: str
    duplicate_id: str
    moved: tuple[tuple[str, int], ...]  # (table, rows of the duplicate moved to the keeper)
    changed: bool  # False when the merge had already been done and nothing was left to move

    @property
    def total(self) -> int:
        return sum(n for _t, n in self.moved)


class PeopleMergeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def merge(self, keep_id: str, duplicate_id: str, reason: str) -> MergeSummary:
        """Merge `duplicate_id` into `keep_id` (see the module docstring). ValidationError for a
        merge into itself, into a deleted or merged person, one that would make a cycle, or of a
        person already merged into someone else; NotFoundError for an unknown id."""
        require(self._db, Permission.EDIT_TRAINEES)
        reason = required_text(reason, "The reason for the merge", 2000)
        if keep_id == duplicate_id:
            raise ValidationError("A person cannot be merged into itself.")
        with self._db.write() as s:
            keep = s.get(Person, keep_id)
            dup = s.get(Person, duplicate_id)
            if keep is None:
                raise NotFoundError("The person to keep was not found.")
            if dup is None:
                raise NotFoundError("The duplicate person was not found.")
            if duplicate_id in _chain(s, keep_id):
                raise ValidationError(f"{_name(keep)} was merged into {_name(dup)}: merging them the other way "
                                      "would make a cycle of merged people.")
            if keep.merged_into_id:
                raise ValidationError(f"{_name(keep)} was merged into another person; merge into that person instead.")
            if keep.deleted:
                raise ValidationError(f"{_name(keep)} is deleted; a person cannot be merged into a deleted one.")
            if dup.merged_into_id and dup.merged_into_id != keep_id:
                raise ValidationError(f"{_name(dup)} was already merged into another person.")
            first_time = dup.merged_into_id != keep_id or not dup.deleted
            moved: dict[str, int] = {}
            for model in KEYED:
                n = _move_keyed(s, model, duplicate_id, keep_id)
                if n:
                    moved[model.__tablename__] = n  # type: ignore[attr-defined]
            follow_ups = s.scalars(select(FollowUp).where(FollowUp.person_id == duplicate_id,
                                                          FollowUp.deleted.is_(False))).all()
            for row in follow_ups:
                row.person_id = keep_id
            if follow_ups:
                moved[FollowUp.__tablename__] = len(follow_ups)
            if first_time:
                before = {"merged_into_id": dup.merged_into_id, "deleted": dup.deleted}
                dup.merged_into_id = keep_id
                dup.deleted = True
                s.add(AuditEvent(at=utcnow(), actor=self._db.context.user, action="person.merge", entity="person",
                                 entity_id=duplicate_id, before=before,
                                 after={"merged_into_id": keep_id, "deleted": True, "moved": moved},
                                 reason=reason))
            return MergeSummary(keep_id, duplicate_id, tuple(sorted(moved.items())), first_time or bool(moved))


def resolve_person(session_or_db: Session | Database, person_id: str) -> str:
    """The id of the person that stands for `person_id`: itself, or the end of its merged_into chain.
    A cycle (crossed merges on two laptops) resolves to its smallest id, the same everywhere."""
    if isinstance(session_or_db, Database):
        with session_or_db.read() as s:
            return _resolve(s, person_id)
    return _resolve(session_or_db, person_id)


def _resolve(s: Session, person_id: str) -> str:
    chain = _chain(s, person_id)
    target = s.scalar(select(Person.merged_into_id).where(Person.id == chain[-1]))
    if target and target in chain:  # a cycle: everyone in it resolves to the same member
        return min(chain[chain.index(target):])
    return chain[-1]


def _chain(s: Session, person_id: str) -> list[str]:
    """`person_id` and the people it was merged into, in order, stopping before a repeat."""
    chain = [person_id]
    seen = {person_id}
    current = person_id
    while len(chain) < MAX_CHAIN:
        nxt = s.scalar(select(Person.merged_into_id).where(Person.id == current))
        if not nxt or nxt in seen:
            break
        chain.append(nxt)
        seen.add(nxt)
        current = nxt
    return chain


def _data_fields(model: type[Synced]) -> list[str]:
    key = set(model.__natural_key__)
    table = model.__table__  # type: ignore[attr-defined]
    return [c.key for c in table.c if c.key not in SYNC_COLUMNS and c.key != "deleted" and c.key not in key]


def _blank(value: Any) -> bool:
    return value is None or value == ""


def _move_keyed(s: Session, model: Any, duplicate_id: str, keep_id: str) -> int:
    """Give the keeper the duplicate's live rows of a natural-key table; tombstone the duplicate's."""
    key = model.__natural_key__
    fields = _data_fields(model)
    rows = s.scalars(select(model).where(model.person_id == duplicate_id, model.deleted.is_(False))
                     .order_by(model.id)).all()
    for row in rows:
        values = {k: (keep_id if k == "person_id" else getattr(row, k)) for k in key}
        mine = s.scalar(select(model).filter_by(**values))
        if mine is None:
            mine = s.get(model, natural_id(model, *(values[k] for k in key)))
        if mine is None:
            s.add(model(id=natural_id(model, *(values[k] for k in key)), **values,
                        **{f: getattr(row, f) for f in fields}))
        elif mine.deleted:  # the keeper's row was deleted: the duplicate's fact takes its place
            for f in fields:
                if getattr(mine, f) != getattr(row, f):
                    setattr(mine, f, getattr(row, f))
            mine.deleted = False
        else:
            for f in fields:
                if _blank(getattr(mine, f)) and not _blank(getattr(row, f)):
                    setattr(mine, f, getattr(row, f))
        row.deleted = True
        s.flush()  # one key at a time: a later row of the same key must see this one
    return len(rows)


def _name(person: Person) -> str:
    return f"{person.family_name} {person.given_names}".strip() or person.id
