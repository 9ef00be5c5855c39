"""Ranks of the host force: a list per programme (plus shared ranks), grouped by service and ordered by
seniority, and their creation and edits.

Rules:
- a rank belongs to a programme, or to none (shared by every programme);
- seniority is `sort_order` inside its service (1 = most junior); two ranks of one service may not
  share a code (the roster and the demo identify ranks by code);
- a rank held by a live person cannot be deleted (the people would lose it silently); a deleted rank
  is a tombstone, like every synced row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import Person, Programme, Rank
from trainmgr.domain.rank_records import RankRow
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text

CATEGORIES = ("", "enlisted", "nco", "officer")


@dataclass(frozen=True)
class RankInput:
    code: str
    name: str
    service: str = ""
    category: str = ""
    sort_order: int = 1

    def validated(self) -> dict[str, Any]:
        if self.category not in CATEGORIES:
            raise ValidationError(f"Unknown rank category: {self.category} (use {', '.join(CATEGORIES[1:])}).")
        if isinstance(self.sort_order, bool) or not isinstance(self.sort_order, int) or not 0 <= self.sort_order <= 999:
            raise ValidationError(f"The seniority order is a whole number from 0 to 999, not {self.sort_order!r}.")
        return {"code": required_text(self.code, "Code", 20), "name": required_text(self.name, "Name", 100),
                "service": optional_text(self.service, "Service", 60), "category": self.category,
                "sort_order": self.sort_order}


def _row(r: Rank, people: int = 0) -> RankRow:
    return RankRow(id=r.id, programme_id=r.programme_id, code=r.code, name=r.name, category=r.category,
                   sort_order=r.sort_order, service=r.service, people=people)


def _of_programme(programme_id: str) -> Any:
    return live(Rank).where((Rank.programme_id == programme_id) | Rank.programme_id.is_(None))


class RankService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, programme_id: str, service: str | None = None) -> list[RankRow]:
        """The programme's ranks and the shared ones, by service (alphabetical, "" first), then from the
        most junior to the most senior; `service` keeps one service's ranks."""
        with self._db.read() as s:
            q = _of_programme(programme_id)
            if service is not None:
                q = q.where(Rank.service == service.strip())
            ranks = list(s.scalars(q.order_by(Rank.service.collate("NOCASE"), Rank.sort_order,
                                              Rank.name.collate("NOCASE"), Rank.id)))
            counts = dict(s.execute(select(Person.rank_id, func.count()).where(
                Person.rank_id.in_([r.id for r in ranks]), Person.deleted.is_(False),
                Person.merged_into_id.is_(None)).group_by(Person.rank_id)).all())
            return [_row(r, counts.get(r.id, 0)) for r in ranks]

    def services(self, programme_id: str) -> list[str]:
        """The services the programme's ranks belong to, alphabetically ("" when some have none)."""
        return sorted({r.service for r in self.list(programme_id)}, key=str.casefold)

    def create(self, programme_id: str | None, data: RankInput) -> RankRow:
        """A rank of `programme_id` (None: shared by every programme)."""
        values = data.validated()
        with self._db.write() as s:
            if programme_id is not None:
                get_live(s, Programme, programme_id, "Programme")
            self._check_code(s, programme_id, values, None)
            rank = Rank(programme_id=programme_id, **values)
            s.add(rank)
            s.flush()
            return _row(rank)

    def update(self, rank_id: str, data: RankInput) -> RankRow:
        values = data.validated()
        with self._db.write() as s:
            rank = get_live(s, Rank, rank_id, "Rank")
            self._check_code(s, rank.programme_id, values, rank.id)
            apply_changes(rank, values)
            s.flush()
            return _row(rank)

    def delete(self, rank_id: str) -> None:
        with self._db.write() as s:
            rank = get_live(s, Rank, rank_id, "Rank")
            holders = s.scalar(select(func.count()).select_from(Person).where(
                Person.rank_id == rank.id, Person.deleted.is_(False), Person.merged_into_id.is_(None))) or 0
            if holders:
                raise ValidationError(f"The rank “{rank.name}” is held by {holders} person(s); give them another "
                                      "rank first.")
            rank.deleted = True

    @staticmethod
    def _check_code(s: Session, programme_id: str | None, values: dict[str, Any], own_id: str | None) -> None:
        q = live(Rank).where(func.upper(Rank.code) == values["code"].upper(), Rank.service == values["service"],
                             Rank.programme_id.is_(None) if programme_id is None else Rank.programme_id == programme_id)
        clash = next((r for r in s.scalars(q) if r.id != own_id), None)
        if clash is not None:
            where = f" of the service {values['service']}" if values["service"] else ""
            raise ValidationError(f"The code {values['code']} is already the rank “{clash.name}”{where}.")
