"""Programmes: create, edit, list, delete (as a tombstone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from trainmgr.db.engine import Database
from trainmgr.db.models import Person, Programme, Unit
from trainmgr.domain.enums import PersonRole
from trainmgr.domain.records import ProgrammeRow
from trainmgr.services.common import apply_changes, check_period, get_live, live, optional_text, required_text

LANGUAGES = ("en", "fr", "pt", "ar")


@dataclass(frozen=True)
class ProgrammeInput:
    code: str
    name: str
    host_country: str = ""
    language: str = "fr"
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""

    def validated(self) -> dict[str, object]:
        check_period(self.start_date, self.end_date)
        language = self.language if self.language in LANGUAGES else "en"
        return {
            "code": required_text(self.code, "Code", 40),
            "name": required_text(self.name, "Name", 200),
            "host_country": optional_text(self.host_country, "Host country", 100),
            "language": language,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "description": optional_text(self.description, "Description", 4000),
        }


def _row(p: Programme, units: int = 0, trainees: int = 0) -> ProgrammeRow:
    return ProgrammeRow(
        id=p.id, code=p.code, name=p.name, host_country=p.host_country, language=p.language,
        start_date=p.start_date, end_date=p.end_date, description=p.description,
        units=units, trainees=trainees,
    )


class ProgrammeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[ProgrammeRow]:
        with self._db.read() as s:
            units = dict(s.execute(select(Unit.programme_id, func.count()).where(Unit.deleted.is_(False))
                                   .group_by(Unit.programme_id)).all())
            people = dict(s.execute(select(Person.programme_id, func.count())
                                    .where(Person.deleted.is_(False), Person.merged_into_id.is_(None),
                                           Person.role == PersonRole.TRAINEE.value)
                                    .group_by(Person.programme_id)).all())
            rows = s.scalars(live(Programme).order_by(Programme.name)).all()
            return [_row(p, units.get(p.id, 0), people.get(p.id, 0)) for p in rows]

    def get(self, programme_id: str) -> ProgrammeRow:
        with self._db.read() as s:
            return _row(get_live(s, Programme, programme_id, "Programme"))

    def count(self) -> int:
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Programme).where(Programme.deleted.is_(False))) or 0

    def create(self, data: ProgrammeInput) -> ProgrammeRow:
        values = data.validated()
        with self._db.write() as s:
            programme = Programme(**values)
            s.add(programme)
            s.flush()
            return _row(programme)

    def update(self, programme_id: str, data: ProgrammeInput) -> ProgrammeRow:
        values = data.validated()
        with self._db.write() as s:
            programme = get_live(s, Programme, programme_id, "Programme")
            apply_changes(programme, values)
            s.flush()
            return _row(programme)

    def delete(self, programme_id: str) -> None:
        with self._db.write() as s:
            get_live(s, Programme, programme_id, "Programme").deleted = True
