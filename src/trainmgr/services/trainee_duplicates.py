"""Finding likely duplicate people without comparing names with 100 000 others on every keystroke.

The normalised name key of every person (domain/name_match.py) is kept in memory and refreshed
incrementally: each lookup first reads only the person rows whose `change_seq` is above the last one
seen (local edits and sync imports both advance it), so after the first lookup a check costs a few
milliseconds. Names are compared only within a block: the same first two letters of the normalised
family name and first letter of the given names, looked up in both orders (for names entered in each
other's field). A variant that changes those letters (Kouyaté/Couyaté) is therefore not found by name.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.models import Person, Unit
from trainmgr.domain.delivery_records import DuplicateCandidate
from trainmgr.domain.name_match import THRESHOLD, name_key, similarity

Key = tuple[str, str]


def _block(first: str, second: str) -> str:
    return f"{first.replace(' ', '')[:2]}|{second[:1]}"


class DuplicateIndex:
    def __init__(self) -> None:
        self._people: dict[str, tuple[str | None, Key]] = {}  # live, unmerged: id -> (programme, key)
        self._blocks: dict[tuple[str | None, str], set[str]] = {}
        self._seq = -1

    def find(self, s: Session, programme_id: str | None, family: str, given: str, number: str,
             exclude: str | None, limit: int) -> list[DuplicateCandidate]:
        self._refresh(s)
        found: dict[str, float] = {}
        key = name_key(family, given)
        for block in {_block(key[0], key[1]), _block(key[1], key[0])}:
            for pid in self._blocks.get((programme_id, block), ()):
                score = similarity(key, self._people[pid][1])
                if score >= THRESHOLD and pid != exclude:
                    found[pid] = max(score, found.get(pid, 0.0))
        same_number: set[str] = set()
        if number:
            same_number = set(s.scalars(select(Person.id).where(
                Person.service_number == number, Person.programme_id == programme_id,
                Person.deleted.is_(False), Person.merged_into_id.is_(None))))
            same_number.discard(exclude or "")
        ids = same_number | set(found)
        if not ids:
            return []
        rows = s.execute(select(Person.id, Person.family_name, Person.given_names, Person.service_number, Unit.name)
                         .outerjoin(Unit, Unit.id == Person.unit_id).where(Person.id.in_(ids))).all()
        out = [DuplicateCandidate(pid, fam, giv, num, unit or "", pid in same_number, round(found.get(pid, 0.0), 3))
               for pid, fam, giv, num, unit in rows]
        out.sort(key=lambda c: (not c.same_service_number, -c.name_score, c.family_name, c.person_id))
        return out[:limit]

    def _refresh(self, s: Session) -> None:
        top = s.scalar(select(func.max(Person.change_seq))) or 0
        if top < self._seq:  # the database went back (a restored backup): start again
            self.__init__()  # type: ignore[misc]
        if top == self._seq:
            return
        changed = s.execute(select(Person.id, Person.programme_id, Person.family_name, Person.given_names,
                                   Person.deleted, Person.merged_into_id).where(Person.change_seq > self._seq))
        for pid, programme_id, family, given, deleted, merged_into in changed:
            old = self._people.pop(pid, None)
            if old is not None:
                self._blocks.get((old[0], _block(*old[1])), set()).discard(pid)
            if deleted or merged_into:
                continue
            key = name_key(family, given)
            self._people[pid] = (programme_id, key)
            self._blocks.setdefault((programme_id, _block(*key)), set()).add(pid)
        self._seq = top
