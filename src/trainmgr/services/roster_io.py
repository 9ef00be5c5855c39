"""Roster import and export: trainees of a programme as an .xlsx workbook (layout:
`trainmgr.exchange.excel.roster_workbook`).

An import is previewed first: the file is read with the hardened reader, each row checked (the same
rules as entering a trainee by hand: `TraineeInput.validated`), rank and unit resolved, and each row
matched to a trainee of the programme:
1. a row with an ID (an exported roster) updates that trainee; an unknown ID is an error;
2. else a row whose service number is that of exactly one trainee updates that trainee (two trainees
   with that number: an error, merge them first);
3. else the row is a new trainee.
Only the fields that differ change (so sync carries exactly the edits); a column the sheet does not
have leaves its field as it is, and a blank Sex or Vetting status cell keeps the trainee's value (a
new trainee gets "not recorded" / "not started"). Vetting changes are audited like any other.
The same ID or service number twice in the file is an error. Close names (inside the file, or of a
new row and an existing trainee) are reported as likely duplicates, for a person to check; they do
not block the import.

Any error means nothing is applied. `apply` re-reads and re-checks the file inside one write
transaction and records an ImportBatch; importing the same file again changes nothing and records
nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import ImportBatch, Person, Programme, Rank, Unit
from trainmgr.domain.enums import PersonRole, Sex, VettingStatus
from trainmgr.domain.name_match import THRESHOLD, name_key, similarity
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.exchange.excel.columns import SheetError
from trainmgr.exchange.excel.roster_workbook import (
    COLUMN_BY_KEY,
    RosterLine,
    RosterSheet,
    read_roster,
)
from trainmgr.exchange.excel.roster_writer import write_roster_template
from trainmgr.services.common import WorkbookImportError, apply_changes, get_live, live
from trainmgr.services.permissions import Permission, PersonalData, require, require_export
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress
from trainmgr.services.trainees import TraineeInput
from trainmgr.services.vetting import VETTING_FIELDS, record_vetting_change

__all__ = ["RosterChange", "RosterDuplicate", "RosterExport", "RosterIOService", "RosterImportError",
           "RosterPreview"]

# TraineeInput fields the roster carries (phone and notes are not in the roster: left as they are).
_FIELDS = ("service_number", "family_name", "given_names", "name_native", "sex", "rank_id", "unit_id", "position",
           "birth_date", "vetting_status", "vetting_date", "vetting_reference")
_FIELD_COLUMN = {"rank_id": "rank", "unit_id": "unit"}
# Words of a ValidationError message -> the column it is about.
_MESSAGE_COLUMNS = (("vetting date", "vetting_date"), ("vetting reference", "vetting_reference"),
                    ("vetting", "vetting_status"), ("birth date", "birth_date"), ("family name", "family_name"),
                    ("given names", "given_names"), ("native-script", "name_native"),
                    ("service number", "service_number"), ("position", "position"), ("sex", "sex"))


@dataclass(frozen=True)
class RosterChange:
    row: int
    person_id: str  # the trainee updated, or "" for a new one
    name: str
    service_number: str
    fields: tuple[str, ...] = ()  # roster column headers that change (empty for a new trainee)


@dataclass(frozen=True)
class RosterDuplicate:
    """A row that may be the same person as another row of the file or an existing trainee."""

    row: int
    name: str
    service_number: str
    other: str  # "row 7" or the existing trainee's name and service number
    other_person_id: str  # "" for another row of the file
    reason: str


@dataclass(frozen=True)
class RosterPreview:
    """What an import does (or did, when `applied`). `errors` non-empty: nothing can be applied."""

    file_name: str
    sha256: str
    programme_id: str
    new: tuple[RosterChange, ...] = ()
    updated: tuple[RosterChange, ...] = ()
    unchanged: int = 0
    duplicates: tuple[RosterDuplicate, ...] = ()
    errors: tuple[SheetError, ...] = ()
    warnings: tuple[str, ...] = ()
    applied: bool = False

    @property
    def can_apply(self) -> bool:
        return not self.errors

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.updated)

    def error_lines(self) -> list[str]:
        return [str(e) for e in self.errors]

    def summary(self) -> str:
        return (f"{len(self.new)} new, {len(self.updated)} updated, {self.unchanged} unchanged trainees; "
                f"{len(self.duplicates)} likely duplicate(s)")


class RosterImportError(WorkbookImportError):
    """The roster has errors; nothing was changed. `preview.errors` lists them."""


@dataclass(frozen=True)
class RosterExport:
    path: str
    programme_code: str
    trainees: int


@dataclass
class _Plan:
    errors: list[SheetError] = field(default_factory=list)
    new: list[tuple[RosterChange, dict[str, Any]]] = field(default_factory=list)
    updated: list[tuple[RosterChange, Person, dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    duplicates: list[RosterDuplicate] = field(default_factory=list)


class RosterIOService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- which programme -------------------------------------------------------------------------
    def find_programme(self, code: str) -> str:
        with self._db.read() as s:
            found = s.scalars(live(Programme).where(Programme.code == code.strip())).all()
        if not found:
            raise NotFoundError(f"No programme with the code {code}.")
        if len(found) > 1:
            raise ValidationError(f"Several programmes have the code {code}.")
        return found[0].id

    def only_programme(self) -> str:
        with self._db.read() as s:
            found = s.scalars(live(Programme).order_by(Programme.code)).all()
        if len(found) == 1:
            return found[0].id
        if not found:
            raise NotFoundError("This database has no programme.")
        codes = ", ".join(p.code for p in found)
        raise ValidationError(f"This database has several programmes ({codes}); choose one with --programme CODE.")

    # --- export ----------------------------------------------------------------------------------
    def template(self, programme_id: str, path: str | os.PathLike[str], lang: str = "en") -> RosterExport:
        """A blank roster with the programme's drop-down lists, in `lang` ("en" or "fr": headers,
        drop-down values, instructions; exchange/excel/roster_labels.py)."""
        with self._db.read() as s:
            programme = get_live(s, Programme, programme_id, "Programme")
            units, ranks = _labels(s, programme_id)
            code = programme.code
        write_roster_template(path, list(units.values()), list(ranks.values()), lang=lang)
        return RosterExport(str(path), code, 0)

    def export(self, programme_id: str, path: str | os.PathLike[str], progress: ProgressFn = no_progress,
               cancel: CancelToken = NEVER, lang: str = "en") -> RosterExport:
        """The programme's trainees in the template layout (in `lang`); importing it back changes nothing."""
        require_export(self._db, PersonalData.PERSONAL)
        progress(0, 0, "Reading the trainees")
        with self._db.read() as s:
            programme = get_live(s, Programme, programme_id, "Programme")
            units, ranks = _labels(s, programme_id)
            code = programme.code
            lines = [RosterLine(0, id=p.id, service_number=p.service_number, family_name=p.family_name,
                                given_names=p.given_names, name_native=p.name_native, sex=p.sex,
                                rank=ranks.get(p.rank_id or "", ""), unit=units.get(p.unit_id or "", ""),
                                position=p.position, birth_date=p.birth_date, vetting_status=p.vetting_status,
                                vetting_date=p.vetting_date, vetting_reference=p.vetting_reference)
                     for p in s.scalars(_trainees(programme_id).order_by(Person.family_name, Person.given_names,
                                                                         Person.id))]
        cancel.check()
        count = write_roster_template(path, list(units.values()), list(ranks.values()), lines, progress=progress,
                                      cancel=cancel, total=len(lines), lang=lang)
        return RosterExport(str(path), code, count)

    # --- import ----------------------------------------------------------------------------------
    def preview(self, programme_id: str, path: str | os.PathLike[str], progress: ProgressFn = no_progress,
                cancel: CancelToken = NEVER, today: date | None = None) -> RosterPreview:
        """What importing `path` would do; changes nothing."""
        path = Path(path)
        sheet = read_roster(path, progress, cancel)
        digest = _sha256(path) if not sheet.errors else ""
        cancel.check()
        progress(0, 0, "Comparing with the trainees")
        with self._db.read() as s:
            get_live(s, Programme, programme_id, "Programme")
            p = self._plan(s, programme_id, sheet, today or date.today(), find_duplicates=True)
        return _preview(path, digest, programme_id, sheet, p)

    def apply(self, programme_id: str, path: str | os.PathLike[str], progress: ProgressFn = no_progress,
              cancel: CancelToken = NEVER, today: date | None = None,
              expected_sha256: str | None = None) -> RosterPreview:
        """Import `path` in one transaction. Raises RosterImportError (nothing changed) when the file
        has errors, or ValidationError when it changed since the preview (`expected_sha256`)."""
        require(self._db, Permission.EDIT_TRAINEES)
        path = Path(path)
        sheet = read_roster(path, progress, cancel)
        digest = _sha256(path) if not sheet.errors else ""
        if expected_sha256 and digest and digest != expected_sha256:
            raise ValidationError(f"{path.name}: the file changed since it was checked; check it again.")
        cancel.check()
        progress(0, 0, "Importing")
        reason = f"roster import {path.name}"
        with self._db.write() as s:
            get_live(s, Programme, programme_id, "Programme")
            p = self._plan(s, programme_id, sheet, today or date.today(), find_duplicates=True)
            result = _preview(path, digest, programme_id, sheet, p)
            if result.errors:
                raise RosterImportError(result)
            if not result.has_changes:
                return result
            cancel.check()  # the last point where cancelling still leaves everything as it was
            for _change, values in p.new:
                s.add(Person(programme_id=programme_id, role=PersonRole.TRAINEE.value, **values))
            for _change, person, values in p.updated:
                vetting = {k: values.pop(k) for k in VETTING_FIELDS if k in values}
                apply_changes(person, values)
                if vetting:
                    record_vetting_change(s, person, {**{k: getattr(person, k) for k in VETTING_FIELDS}, **vetting},
                                          self._db.context.user, reason)
            s.add(ImportBatch(kind="roster", file_name=path.name, sha256=digest, imported_at=utcnow(),
                              rows_new=len(result.new), rows_updated=len(result.updated),
                              rows_unchanged=result.unchanged,
                              summary={"programme_id": programme_id, "sheet": sheet.sheet,
                                       "duplicates": len(result.duplicates)}))
        return replace(result, applied=True)

    # --- the plan --------------------------------------------------------------------------------
    def _plan(self, s: Session, programme_id: str, sheet: RosterSheet, today: date,
              find_duplicates: bool) -> _Plan:
        p = _Plan(errors=list(sheet.errors))
        if sheet.errors and not sheet.rows:
            return p
        # Rows with a refused cell are still checked for duplicates, not validated further (a refused
        # cell reads as blank and would only add a second, misleading error).
        refused = {e.row for e in sheet.errors}
        file, name = sheet.file, sheet.sheet
        present = sheet.present

        def error(row: int, key: str | None, message: str) -> None:
            p.errors.append(SheetError(file, message, name, row, COLUMN_BY_KEY[key].header if key else None))

        people = {person.id: person for person in s.scalars(_trainees(programme_id))}
        by_number: dict[str, list[Person]] = {}
        for person in people.values():
            if person.service_number:
                by_number.setdefault(person.service_number, []).append(person)
        units = _lookup(s, Unit, programme_id)
        ranks = _lookup(s, Rank, programme_id)
        seen_ids: dict[str, int] = {}
        seen_numbers: dict[str, int] = {}
        names = _NameIndex(people.values()) if find_duplicates else None
        for line in sheet.rows:
            before = len(p.errors)
            person: Person | None = None
            if line.id:
                if line.id in seen_ids:
                    error(line.row, "id", f"the ID {line.id} is used twice (also row {seen_ids[line.id]})")
                seen_ids.setdefault(line.id, line.row)
                person = people.get(line.id)
                if person is None:
                    error(line.row, "id", f"the ID {line.id} is not a trainee of this programme; clear the ID to "
                          "add the person as a new trainee")
            if line.service_number:
                if line.service_number in seen_numbers:
                    error(line.row, "service_number", f"the service number {line.service_number} is used twice "
                          f"(also row {seen_numbers[line.service_number]})")
                seen_numbers.setdefault(line.service_number, line.row)
                if person is None and not line.id:
                    matches = by_number.get(line.service_number, [])
                    if len(matches) > 1:
                        error(line.row, "service_number", f"the service number {line.service_number} belongs to "
                              f"{len(matches)} trainees; merge the duplicates before importing")
                    elif matches:
                        person = matches[0]
            if line.row in refused:
                continue
            values = _values(line, present, person, units, ranks, error)
            if values is None or len(p.errors) > before:
                continue
            data = TraineeInput(programme_id, **{k: values[k] for k in _FIELDS},
                                phone=person.phone if person else "", notes=person.notes if person else "")
            try:
                clean = data.validated(today)
            except ValidationError as exc:
                error(line.row, _column_of(str(exc)), str(exc).rstrip("."))
                continue
            clean = {k: clean[k] for k in _FIELDS}
            display = f"{clean['family_name']} {clean['given_names']}".strip()
            if person is None:
                p.new.append((RosterChange(line.row, "", display, clean["service_number"]), clean))
                if names is not None:
                    p.duplicates.extend(names.check(line.row, display, clean))
                continue
            changed = {k: v for k, v in clean.items() if getattr(person, k) != v}
            if changed:
                headers = tuple(COLUMN_BY_KEY[_FIELD_COLUMN.get(k, k)].header for k in changed)
                p.updated.append((RosterChange(line.row, person.id, display, clean["service_number"], headers),
                                  person, changed))
            else:
                p.unchanged += 1
        return p


def _block(first: str, second: str) -> str:
    return f"{first.replace(' ', '')[:2]}|{second[:1]}"


class _NameIndex:
    """Close names (the rule of domain/name_match.py, compared within the blocks DuplicateIndex uses)
    among the programme's trainees and the new rows of the file seen so far: built once per import,
    so 100 000 rows cost 100 000 dictionary lookups, not 100 000 queries."""

    def __init__(self, people: Iterable[Person]) -> None:
        self._blocks: dict[str, list[tuple[tuple[str, str], str, str, str]]] = {}
        for p in people:
            other = f"{p.family_name} {p.given_names}".strip() + (f" ({p.service_number})" if p.service_number else "")
            self._add(name_key(p.family_name, p.given_names), other, p.id, p.service_number)

    def _add(self, key: tuple[str, str], label: str, person_id: str, number: str) -> None:
        self._blocks.setdefault(_block(*key), []).append((key, label, person_id, number))

    def check(self, row: int, display: str, values: dict[str, Any]) -> list[RosterDuplicate]:
        key = name_key(values["family_name"], values["given_names"])
        number = values["service_number"]
        found: dict[tuple[str, str], RosterDuplicate] = {}
        for block in {_block(key[0], key[1]), _block(key[1], key[0])}:
            for other_key, label, person_id, _number in self._blocks.get(block, ()):
                score = similarity(key, other_key)
                if score >= THRESHOLD and (label, person_id) not in found:
                    reason = "same name" if score >= 1.0 else f"similar name ({score:.0%})"
                    found[(label, person_id)] = RosterDuplicate(row, display, number, label, person_id, reason)
        self._add(key, f"row {row}", "", number)
        return sorted(found.values(), key=lambda d: (d.other_person_id == "", d.other))


def _values(line: RosterLine, present: frozenset[str], person: Person | None, units: dict[str, list[tuple[str, str]]],
            ranks: dict[str, list[tuple[str, str]]], error: Any) -> dict[str, Any] | None:
    """The trainee's fields from the row: columns the sheet lacks (and blank sex / vetting status)
    keep the trainee's value; rank and unit resolved by name or code."""
    out: dict[str, Any] = {}
    for key in _FIELDS:
        column = _FIELD_COLUMN.get(key, key)
        keep = column not in present or (column in ("sex", "vetting_status") and not getattr(line, column))
        if keep:
            if person is not None:
                out[key] = getattr(person, key)
            else:
                out[key] = {"sex": Sex.NOT_RECORDED.value, "vetting_status": VettingStatus.NOT_STARTED.value,
                            "birth_date": None, "vetting_date": None, "rank_id": None, "unit_id": None}.get(key, "")
            continue
        value = getattr(line, column)
        if key in ("rank_id", "unit_id"):
            value = _resolve(value, units if key == "unit_id" else ranks, column, line.row, error)
            if value is False:
                return None
        out[key] = value
    return out


def _resolve(text: str, table: dict[str, list[tuple[str, str]]], column: str, row: int, error: Any) -> Any:
    if not text:
        return None
    found = table.get(_fold(text), [])
    what = "unit" if column == "unit" else "rank"
    if not found:
        error(row, column, f'"{text[:60]}" is not a {what} of this programme; choose one from the list '
              "(add the " + what + " first if it is missing)")
        return False
    ids = {i for i, _label in found}
    if len(ids) > 1:
        labels = ", ".join(sorted(label for _i, label in found))
        error(row, column, f'"{text[:60]}" names several {what}s ({labels}); use the label from the list')
        return False
    return found[0][0]


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _lookup(s: Session, model: Any, programme_id: str) -> dict[str, list[tuple[str, str]]]:
    """Folded text -> (id, label) of the live units or ranks of the programme (and shared ones), by
    the label the template lists, the name and the code."""
    labels = _label_map(s, model, programme_id)
    table: dict[str, list[tuple[str, str]]] = {}
    for row in s.scalars(_of_programme(model, programme_id)):
        for text in (labels[row.id], row.name, row.code):
            if text:
                entries = table.setdefault(_fold(text), [])
                if (row.id, labels[row.id]) not in entries:
                    entries.append((row.id, labels[row.id]))
    return table


def _of_programme(model: Any, programme_id: str) -> Any:
    return live(model).where((model.programme_id == programme_id) | model.programme_id.is_(None))


def _label_map(s: Session, model: Any, programme_id: str) -> dict[str, str]:
    """id -> the label shown in the drop-down: the name (a rank's with its service, "Sergent
    (Gendarmerie)", as the trainee dialog shows it), or "name [code]" when those clash. Ranks are
    listed by service, then from the most junior."""
    order = (model.service, model.sort_order, model.name) if model is Rank else (model.name,)
    rows = list(s.scalars(_of_programme(model, programme_id).order_by(*order, model.id)))

    def base(row: Any) -> str:
        return f"{row.name} ({row.service})" if model is Rank and row.service else row.name

    counts: dict[str, int] = {}
    for row in rows:
        counts[_fold(base(row))] = counts.get(_fold(base(row)), 0) + 1
    out: dict[str, str] = {}
    for row in rows:
        clash = counts[_fold(base(row))] > 1
        out[row.id] = f"{base(row)} [{row.code or row.id[:8]}]" if clash else base(row)
    return out


def _labels(s: Session, programme_id: str) -> tuple[dict[str, str], dict[str, str]]:
    return _label_map(s, Unit, programme_id), _label_map(s, Rank, programme_id)


def _trainees(programme_id: str) -> Any:
    return select(Person).where(Person.programme_id == programme_id, Person.role == PersonRole.TRAINEE.value,
                                Person.deleted.is_(False), Person.merged_into_id.is_(None))


def _column_of(message: str) -> str | None:
    folded = message.casefold()
    return next((key for words, key in _MESSAGE_COLUMNS if words in folded), None)


def _preview(path: Path, digest: str, programme_id: str, sheet: RosterSheet, p: _Plan) -> RosterPreview:
    return RosterPreview(
        file_name=path.name, sha256=digest, programme_id=programme_id,
        new=tuple(c for c, _v in p.new), updated=tuple(c for c, _p, _v in p.updated), unchanged=p.unchanged,
        duplicates=tuple(p.duplicates), errors=tuple(p.errors), warnings=sheet.warnings)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
