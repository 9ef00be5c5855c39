"""Trainees: a searchable list that stays fast at 100 000 people, add/edit with validation, likely
duplicates, delete as a tombstone.

- `search` is one SQL query for the page and one for the count (no Python loops over people): every
  word of the text must match, anywhere in, the family or given names, the native-script name, the
  service number, the unit's name, native name or code, or the rank's name or code. Matching ignores
  case and accents in every script ("traore" finds "Traoré", "MOHAMED" finds "Mohamed"): the word is
  folded (domain/search_text.py) and compared with LIKE to `person.search_key`, the same fold of the
  person's fields kept by triggers on write; units and ranks (a few hundred rows) are folded by the
  SQL function as they are read. The unit filter includes the unit's sub-units. Merged and deleted
  people never show.
- The service number is text: leading zeros are identity (0123 and 123 are two people); only the
  spaces around it are trimmed. A number given as an int is refused, not converted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import Person, Programme, Rank, Unit
from trainmgr.domain.delivery_records import DuplicateCandidate, TraineePage, TraineeRow
from trainmgr.domain.enums import PersonRole, Sex, VettingStatus, values
from trainmgr.domain.search_text import SQL_NAME, fold
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, optional_text, required_text
from trainmgr.services.permissions import Permission, require
from trainmgr.services.trainee_duplicates import DuplicateIndex
from trainmgr.services.vetting import record_vetting_change, validate_vetting

MAX_PAGE = 1000
EARLIEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class TraineeInput:
    programme_id: str
    family_name: str
    given_names: str = ""
    name_native: str = ""
    service_number: str = ""
    sex: str = Sex.NOT_RECORDED.value
    birth_date: date | None = None
    rank_id: str | None = None
    unit_id: str | None = None
    position: str = ""
    phone: str = ""
    vetting_status: str = VettingStatus.NOT_STARTED.value
    vetting_date: date | None = None
    vetting_reference: str = ""
    notes: str = ""

    def validated(self, today: date) -> dict[str, Any]:
        if not isinstance(self.service_number, str):
            raise ValidationError("The service number must be text (a number would lose its leading zeros).")
        if self.sex not in values(Sex):
            raise ValidationError(f"Unknown sex: {self.sex} (use {', '.join(values(Sex))}).")
        born = self.birth_date.date() if isinstance(self.birth_date, datetime) else self.birth_date
        if born is not None and (not isinstance(born, date) or not EARLIEST_BIRTH <= born <= today):
            raise ValidationError(f"The birth date ({born}) must be a date between 1900 and today.")
        return {
            "family_name": required_text(self.family_name, "Family name", 120),
            "given_names": optional_text(self.given_names, "Given names", 200),
            "name_native": optional_text(self.name_native, "Native-script name", 300),
            "service_number": optional_text(self.service_number, "Service number", 40),
            "sex": self.sex, "birth_date": born,
            "rank_id": self.rank_id or None, "unit_id": self.unit_id or None,
            "position": optional_text(self.position, "Position", 200),
            "phone": optional_text(self.phone, "Phone", 40),
            "notes": optional_text(self.notes, "Notes", 4000),
            **validate_vetting(self.vetting_status, self.vetting_date, self.vetting_reference, today),
        }


_SORTS: dict[str, tuple[Any, ...]] = {
    "family_name": (Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE")),
    "given_names": (Person.given_names.collate("NOCASE"), Person.family_name.collate("NOCASE")),
    "service_number": (Person.service_number,),
    "unit": (Unit.name.collate("NOCASE"), Person.family_name.collate("NOCASE")),
    "rank": (Rank.service.collate("NOCASE"), Rank.sort_order, Person.family_name.collate("NOCASE")),
    "sex": (Person.sex, Person.family_name.collate("NOCASE")),
    "vetting": (Person.vetting_status, Person.vetting_date),
    "updated": (Person.updated_at,),
}
SORTS = tuple(_SORTS)


def _row(p: Person, unit_name: str | None, rank_name: str | None) -> TraineeRow:
    return TraineeRow(
        id=p.id, programme_id=p.programme_id, family_name=p.family_name, given_names=p.given_names,
        name_native=p.name_native, service_number=p.service_number, sex=p.sex, birth_date=p.birth_date,
        rank_id=p.rank_id, rank_name=rank_name or "", unit_id=p.unit_id, unit_name=unit_name or "",
        position=p.position, phone=p.phone, vetting_status=p.vetting_status, vetting_date=p.vetting_date,
        vetting_reference=p.vetting_reference, notes=p.notes,
    )


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class TraineeService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._duplicates = DuplicateIndex()
        self._totals: dict[tuple[Any, ...], int] = {}

    # --- the list ----------------------------------------------------------------------------
    def search(self, programme_id: str, text: str = "", unit_id: str | None = None, rank_id: str | None = None,
               sex: str | None = None, vetting: str | None = None, sort: str = "family_name",
               offset: int = 0, limit: int = 200) -> TraineePage:
        """A page of the programme's trainees matching every filter, and the number matching in all.
        `sort` is one of SORTS, prefixed with "-" for descending."""
        descending = sort.startswith("-")
        keys = _SORTS.get(sort.lstrip("-"))
        if keys is None:
            raise ValidationError(f"Unknown sort: {sort} (use {', '.join(SORTS)}).")
        if offset < 0 or not 1 <= limit <= MAX_PAGE:
            raise ValidationError(f"A page starts at 0 or later and holds 1 to {MAX_PAGE} rows.")
        with self._db.read() as s:
            conditions = self._conditions(programme_id, text, unit_id, rank_id, sex, vetting)
            total = self._total(s, conditions, (programme_id, text, unit_id, rank_id, sex, vetting))
            # A page past the middle is read from the other end (sorted the other way round): SQLite
            # then keeps only offset+limit rows while sorting, and the last page costs what the first does.
            reverse = total // 2 < offset < total
            if reverse:
                offset, limit = max(0, total - offset - limit), min(limit, total - offset)
            down = descending != reverse
            ids = select(Person.id)
            if sort.lstrip("-") == "unit":
                ids = ids.outerjoin(Unit, Unit.id == Person.unit_id)
            elif sort.lstrip("-") == "rank":
                ids = ids.outerjoin(Rank, Rank.id == Person.rank_id)
            order = [*(k.desc() if down else k for k in keys), Person.id.desc() if down else Person.id]
            page = list(s.scalars(ids.where(*conditions).order_by(*order).offset(offset).limit(limit)))
            if reverse:
                page.reverse()
            # The page's rows, with their unit and rank names, read by id: the sort above stays narrow.
            found = {p.id: _row(p, u, r) for p, u, r in s.execute(
                select(Person, Unit.name, Rank.name).outerjoin(Unit, Unit.id == Person.unit_id)
                .outerjoin(Rank, Rank.id == Person.rank_id).where(Person.id.in_(page))).all()}
            return TraineePage(tuple(found[i] for i in page), total)

    def _total(self, s: Session, conditions: list[Any], filters: tuple[Any, ...]) -> int:
        """How many match. Counting reads every person row (about half of a search at 100 000 people),
        so the count is kept while no person, unit or rank changed: sorting and paging reuse it. Every
        write (local or imported) raises the database's change sequence, read here from its index."""
        seqs = tuple(s.scalar(select(func.max(m.change_seq))) or 0 for m in (Person, Unit, Rank))
        key = (*filters, *seqs)
        if key not in self._totals:
            if len(self._totals) >= 64:
                self._totals.clear()
            self._totals[key] = s.scalar(select(func.count()).select_from(Person).where(*conditions)) or 0
        return self._totals[key]

    @staticmethod
    def _conditions(programme_id: str, text: str, unit_id: str | None, rank_id: str | None,
                    sex: str | None, vetting: str | None) -> list[Any]:
        conditions: list[Any] = [Person.programme_id == programme_id, Person.role == PersonRole.TRAINEE.value,
                                 Person.deleted.is_(False), Person.merged_into_id.is_(None)]
        if unit_id:
            tree = select(Unit.id).where(Unit.id == unit_id).cte("unit_tree", recursive=True)
            tree = tree.union(select(Unit.id).where(Unit.parent_id == tree.c.id, Unit.deleted.is_(False)))
            conditions.append(Person.unit_id.in_(select(tree.c.id)))
        if rank_id:
            conditions.append(Person.rank_id == rank_id)
        if sex:
            conditions.append(Person.sex == sex)
        if vetting:
            conditions.append(Person.vetting_status == vetting)
        for word in fold(text).split():
            # Units and ranks matching the word are found first (a few hundred rows), so the people
            # query needs no join: joining unit and rank to 100 000 people tripled its time.
            def like(*fields: Any, pattern: str = _like(word)) -> Any:
                return or_(*(getattr(func, SQL_NAME)(f).like(pattern, escape="\\") for f in fields))

            conditions.append(or_(
                Person.search_key.like(_like(word), escape="\\"),
                Person.unit_id.in_(select(Unit.id).where(like(Unit.name, Unit.name_native, Unit.code))),
                Person.rank_id.in_(select(Rank.id).where(like(Rank.name, Rank.code)))))
        return conditions

    def get(self, person_id: str) -> TraineeRow:
        with self._db.read() as s:
            return self._load(s, person_id)

    # --- edits -------------------------------------------------------------------------------
    def create(self, data: TraineeInput, today: date | None = None) -> TraineeRow:
        require(self._db, Permission.EDIT_TRAINEES)
        values_ = data.validated(today or date.today())
        with self._db.write() as s:
            get_live(s, Programme, data.programme_id, "Programme")
            self._check_refs(s, data.programme_id, values_)
            person = Person(programme_id=data.programme_id, role=PersonRole.TRAINEE.value, **values_)
            s.add(person)
            s.flush()
            return self._load(s, person.id)

    def update(self, person_id: str, data: TraineeInput, reason: str = "", today: date | None = None) -> TraineeRow:
        """Change only the fields that differ; a vetting change is written to the audit log."""
        require(self._db, Permission.EDIT_TRAINEES)
        values_ = data.validated(today or date.today())
        with self._db.write() as s:
            person = get_live(s, Person, person_id, "Trainee")
            if person.programme_id != data.programme_id:
                raise ValidationError("A trainee cannot move to another programme.")
            self._check_refs(s, data.programme_id, values_)
            vetting = {k: values_.pop(k) for k in ("vetting_status", "vetting_date", "vetting_reference")}
            apply_changes(person, values_)
            record_vetting_change(s, person, vetting, self._db.context.user, optional_text(reason, "Reason", 2000))
            s.flush()
            return self._load(s, person.id)

    def delete(self, person_id: str) -> None:
        """Tombstone the trainee (enrolments, marks and results stay, as records of what happened)."""
        require(self._db, Permission.EDIT_TRAINEES)
        with self._db.write() as s:
            get_live(s, Person, person_id, "Trainee").deleted = True

    def likely_duplicates(self, data: TraineeInput | str, limit: int = 20) -> list[DuplicateCandidate]:
        """Live people of the same programme who may be the one entered (a TraineeInput) or the
        existing person (an id): the exact same service number (leading zeros included), or a close
        name by the rule of domain/name_match.py (ratio ≥ 0.85 on normalised "family given").
        Same service number first, then by name score."""
        with self._db.read() as s:
            if isinstance(data, str):
                p = get_live(s, Person, data, "Trainee")
                programme_id, family, given, number, exclude = (p.programme_id, p.family_name, p.given_names,
                                                                p.service_number, p.id)
            else:
                number = data.service_number.strip() if isinstance(data.service_number, str) else ""
                programme_id, family, given, exclude = data.programme_id, data.family_name, data.given_names, None
            return self._duplicates.find(s, programme_id, family, given, number, exclude, limit)

    @staticmethod
    def _check_refs(s: Session, programme_id: str, values_: dict[str, Any]) -> None:
        for model, key, label in ((Unit, "unit_id", "Unit"), (Rank, "rank_id", "Rank")):
            if values_[key]:
                row = get_live(s, model, values_[key], label)
                if row.programme_id not in (None, programme_id):
                    raise ValidationError(f"The {label.lower()} “{row.name}” belongs to another programme.")

    @staticmethod
    def _load(s: Session, person_id: str) -> TraineeRow:
        p = get_live(s, Person, person_id, "Trainee")
        unit = s.scalar(select(Unit.name).where(Unit.id == p.unit_id)) if p.unit_id else None
        rank = s.scalar(select(Rank.name).where(Rank.id == p.rank_id)) if p.rank_id else None
        return _row(p, unit, rank)
