"""Evaluation instruments of a cohort, score entry, and each trainee's progress per competency.

Rules:
- An instrument belongs to a cohort (and its programme): kind (pre-test, post-test, practical
  checklist, observation, reaction survey, follow-up), evaluation level (reaction, learning,
  behaviour, results; by default the kind's usual level), title, date, maximum (> 0) and pass mark
  (0 ≤ pass ≤ max, optional). Its module, when given, is in the cohort's curriculum.
- It may measure competencies, each with its own maximum. It is then scored per competency (one
  grid column each); otherwise with one overall score out of the instrument's maximum. A measured
  competency row has a deterministic id (instrument, competency), so two laptops adding the same
  one merge. A competency with scores cannot be dropped, a maximum cannot fall below a recorded
  score, and the kind cannot change once scores exist.
- A score is one row per (instrument, person, competency-or-none) with a deterministic id: scoring
  again updates it; clearing (no score, no pass) tombstones it. The person must be on the cohort's
  roster. A score is from 0 to the column's maximum. A practical checklist records GO / NO-GO
  (`passed`), the score being optional; observations and follow-ups may record `passed` too; tests
  and surveys may not (their pass follows from the pass mark).
- Progress: every live result of a person on a live instrument, grouped by competency (overall
  scores apart), oldest first; a point's date is the result's observation date, else the
  instrument's date; its percentage is the score over the maximum it was out of.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import (
    Cohort,
    Competency,
    Enrolment,
    Instrument,
    InstrumentCompetency,
    Module,
    Person,
    Rank,
    Result,
    Unit,
)
from trainmgr.domain.enums import EnrolmentStatus, EvaluationLevel, InstrumentKind, values
from trainmgr.domain.evaluation_records import (
    CompetencyProgress,
    GridColumn,
    InstrumentRow,
    MeasuredCompetency,
    ProgressPoint,
    ScoreCell,
    ScoreGrid,
    ScoreGridRow,
)
from trainmgr.domain.ids import stable_id
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text
from trainmgr.services.permissions import Permission, require
from trainmgr.services.vetting import person_name

K = InstrumentKind
L = EvaluationLevel
DEFAULT_LEVEL = {K.PRE_TEST.value: L.LEARNING.value, K.POST_TEST.value: L.LEARNING.value,
                 K.PRACTICAL_CHECKLIST.value: L.LEARNING.value, K.OBSERVATION.value: L.BEHAVIOUR.value,
                 K.REACTION_SURVEY.value: L.REACTION.value, K.FOLLOW_UP.value: L.BEHAVIOUR.value}
# "learning" is accepted for "2_learning" (the stored value carries the level's number).
LEVEL_NAMES = {m.value.split("_", 1)[1]: m.value for m in EvaluationLevel}
PASS_RECORDED = (K.PRACTICAL_CHECKLIST.value, K.OBSERVATION.value, K.FOLLOW_UP.value)
GRID_STATUSES = (EnrolmentStatus.ENROLLED.value, EnrolmentStatus.COMPLETED.value, EnrolmentStatus.FAILED.value)
MEASURED_KIND = "instrument_competency"  # kind hashed into measured-competency ids (never change it)


def measured_id(instrument_id: str, competency_id: str) -> str:
    """Deterministic id of an instrument's measured competency (the model declares no natural key)."""
    return stable_id(MEASURED_KIND, instrument_id, competency_id)


@dataclass(frozen=True)
class InstrumentInput:
    cohort_id: str
    kind: str
    title: str
    level: str = ""  # empty: the kind's usual level
    given_on: date | None = None
    max_score: float = 100.0
    pass_mark: float | None = None
    module_id: str | None = None
    competencies: tuple[tuple[str, float], ...] = ()  # (competency id, its maximum)

    def validated(self) -> dict[str, Any]:
        if self.kind not in values(InstrumentKind):
            raise ValidationError(f"Unknown instrument kind: {self.kind} (use {', '.join(values(InstrumentKind))}).")
        level = LEVEL_NAMES.get(self.level, self.level) or DEFAULT_LEVEL[self.kind]
        if level not in values(EvaluationLevel):
            raise ValidationError(f"Unknown evaluation level: {self.level} (use {', '.join(LEVEL_NAMES)}).")
        top = _number(self.max_score, "The maximum score")
        if top <= 0:
            raise ValidationError(f"The maximum score must be more than 0, not {self.max_score:g}.")
        mark = None if self.pass_mark is None else _number(self.pass_mark, "The pass mark")
        if mark is not None and not 0 <= mark <= top:
            raise ValidationError(f"The pass mark ({mark:g}) must be from 0 to the maximum score ({top:g}).")
        seen: set[str] = set()
        for comp_id, comp_max in self.competencies:
            if comp_id in seen:
                raise ValidationError("A competency is listed twice on this instrument.")
            seen.add(comp_id)
            if _number(comp_max, "A competency's maximum") <= 0:
                raise ValidationError(f"A competency's maximum must be more than 0, not {comp_max:g}.")
        return {"kind": self.kind, "level": level, "title": required_text(self.title, "Title", 300),
                "given_on": self.given_on, "max_score": top, "pass_mark": mark, "module_id": self.module_id or None}


def _number(value: object, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(f"{label} must be a number.")
    return float(value)


def _instrument_row(s: Session, i: Instrument) -> InstrumentRow:
    measured = s.execute(select(InstrumentCompetency, Competency)
                         .join(Competency, Competency.id == InstrumentCompetency.competency_id)
                         .where(InstrumentCompetency.instrument_id == i.id, InstrumentCompetency.deleted.is_(False))
                         .order_by(Competency.code, Competency.id)).all()
    count = s.scalar(select(func.count()).select_from(Result)
                     .where(Result.instrument_id == i.id, Result.deleted.is_(False))) or 0
    return InstrumentRow(id=i.id, programme_id=i.programme_id, cohort_id=i.cohort_id, module_id=i.module_id,
                         kind=i.kind, level=i.level, title=i.title, given_on=i.given_on, max_score=i.max_score,
                         pass_mark=i.pass_mark, results=count,
                         competencies=tuple(MeasuredCompetency(c.id, c.code, c.title, ic.max_score)
                                            for ic, c in measured))


def _fmt(x: float) -> str:
    return f"{x:g}"


class EvaluationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- instruments -------------------------------------------------------------------------
    def create_instrument(self, data: InstrumentInput) -> InstrumentRow:
        require(self._db, Permission.ENTER_SCORES)
        fields = data.validated()
        with self._db.write() as s:
            cohort = get_live(s, Cohort, data.cohort_id, "Cohort")
            self._check_module(s, cohort, fields["module_id"])
            inst = Instrument(programme_id=cohort.programme_id, cohort_id=cohort.id, **fields)
            s.add(inst)
            s.flush()
            self._set_competencies(s, inst, data.competencies)
            s.flush()
            return _instrument_row(s, inst)

    def update_instrument(self, instrument_id: str, data: InstrumentInput) -> InstrumentRow:
        fields = data.validated()
        with self._db.write() as s:
            inst = get_live(s, Instrument, instrument_id, "Instrument")
            if data.cohort_id != inst.cohort_id:
                raise ValidationError("An instrument cannot move to another cohort.")
            cohort = get_live(s, Cohort, data.cohort_id, "Cohort")
            if fields["module_id"] != inst.module_id:
                self._check_module(s, cohort, fields["module_id"])
            results = list(s.scalars(live(Result).where(Result.instrument_id == inst.id)))
            if results and fields["kind"] != inst.kind:
                raise ValidationError(f"“{inst.title}” already has scores: its kind cannot change.")
            overall = [r.score for r in results if r.competency_id is None and r.score is not None]
            if overall and max(overall) > fields["max_score"]:
                raise ValidationError(f"A score of {_fmt(max(overall))} is recorded: the maximum cannot be "
                                      f"{_fmt(fields['max_score'])}.")
            apply_changes(inst, fields)
            self._set_competencies(s, inst, data.competencies, results)
            s.flush()
            return _instrument_row(s, inst)

    def get_instrument(self, instrument_id: str) -> InstrumentRow:
        with self._db.read() as s:
            return _instrument_row(s, get_live(s, Instrument, instrument_id, "Instrument"))

    def list_instruments(self, cohort_id: str) -> list[InstrumentRow]:
        """The cohort's instruments by date (undated last), then title."""
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            rows = s.scalars(live(Instrument).where(Instrument.cohort_id == cohort_id)
                             .order_by(Instrument.given_on.is_(None), Instrument.given_on, Instrument.title)).all()
            return [_instrument_row(s, i) for i in rows]

    def delete_instrument(self, instrument_id: str) -> None:
        """Tombstone an instrument without scores (one with scores is a record: clear them first)."""
        with self._db.write() as s:
            inst = get_live(s, Instrument, instrument_id, "Instrument")
            if s.scalar(live(Result).where(Result.instrument_id == inst.id).limit(1)) is not None:
                raise ValidationError(f"“{inst.title}” has scores: clear them before deleting it.")
            for ic in s.scalars(live(InstrumentCompetency).where(InstrumentCompetency.instrument_id == inst.id)):
                ic.deleted = True
            inst.deleted = True

    @staticmethod
    def _check_module(s: Session, cohort: Cohort, module_id: str | None) -> None:
        if not module_id:
            return
        module = get_live(s, Module, module_id, "Module")
        if module.curriculum_id != cohort.curriculum_id:
            raise ValidationError(f"The module “{module.title}” is not in this cohort's curriculum.")

    @staticmethod
    def _set_competencies(s: Session, inst: Instrument, wanted: tuple[tuple[str, float], ...],
                          results: list[Result] | None = None) -> None:
        existing = {ic.competency_id: ic for ic in s.scalars(
            select(InstrumentCompetency).where(InstrumentCompetency.instrument_id == inst.id))}
        want = {cid: float(mx) for cid, mx in wanted}
        for cid, mx in want.items():
            comp = get_live(s, Competency, cid, "Competency")
            top = max((r.score for r in results or () if r.competency_id == cid and r.score is not None), default=0.0)
            if top > mx:
                raise ValidationError(f"A score of {_fmt(top)} is recorded for {comp.code}: its maximum cannot be "
                                      f"{_fmt(mx)}.")
            row = existing.get(cid)
            if row is None:
                s.add(InstrumentCompetency(id=measured_id(inst.id, cid), instrument_id=inst.id, competency_id=cid,
                                           max_score=mx))
            else:
                apply_changes(row, {"max_score": mx, "deleted": False})
        for cid, row in existing.items():
            if cid in want or row.deleted:
                continue
            if any(r.competency_id == cid for r in results or ()):
                comp = s.get(Competency, cid)
                raise ValidationError(f"{comp.code if comp else 'A competency'} has scores on this instrument: "
                                      "clear them before removing it.")
            row.deleted = True
        if want and any(r.competency_id is None for r in results or ()):
            raise ValidationError("This instrument has overall scores: clear them before scoring it per competency.")

    # --- scores ------------------------------------------------------------------------------
    def score_grid(self, instrument_id: str) -> ScoreGrid:
        """Rows: the cohort's roster (enrolled, completed, failed — and anyone already scored) by name;
        columns: the measured competencies, or one overall column."""
        with self._db.read() as s:
            inst = get_live(s, Instrument, instrument_id, "Instrument")
            row = _instrument_row(s, inst)
            columns = tuple(GridColumn(c.competency_id, f"{c.code} {c.title}".strip(), c.max_score)
                            for c in row.competencies) or (GridColumn(None, "Score", inst.max_score),)
            live_results = s.scalars(live(Result).where(Result.instrument_id == inst.id))
            results: dict[tuple[str, str | None], Result] = {(r.person_id, r.competency_id): r for r in live_results}
            scored = {pid for pid, _ in results}
            q = (select(Enrolment.status, Person, Unit.name, Rank.name)
                 .join(Person, Person.id == Enrolment.person_id)
                 .outerjoin(Unit, Unit.id == Person.unit_id).outerjoin(Rank, Rank.id == Person.rank_id)
                 .where(Enrolment.cohort_id == inst.cohort_id, Enrolment.deleted.is_(False), Person.deleted.is_(False),
                        or_(Enrolment.status.in_(GRID_STATUSES), Enrolment.person_id.in_(scored)))
                 .order_by(Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"), Person.id))
            rows = []
            for status, p, unit, rank in s.execute(q).all():
                cells = []
                for col in columns:
                    r = results.get((p.id, col.competency_id))
                    cells.append(ScoreCell(col.competency_id, r.score if r else None, r.passed if r else None,
                                           r.comment if r else ""))
                rows.append(ScoreGridRow(p.id, p.family_name, p.given_names, p.service_number, rank or "", unit or "",
                                         status, tuple(cells)))
            return ScoreGrid(row, columns, tuple(rows))

    def set_score(self, instrument_id: str, person_id: str, competency_id: str | None, score: float | None,
                  passed: bool | None = None, comment: str = "", observed_on: date | None = None) -> ScoreCell:
        """Record, change or (score and pass both None) clear one cell (see the module docstring)."""
        require(self._db, Permission.ENTER_SCORES)
        text = optional_text(comment, "Comment", 2000)
        with self._db.write() as s:
            inst = get_live(s, Instrument, instrument_id, "Instrument")
            person = get_live(s, Person, person_id, "Person")
            who = person_name(person)
            enrolled = s.scalar(select(Enrolment.id).where(Enrolment.cohort_id == inst.cohort_id,
                                                           Enrolment.person_id == person.id,
                                                           Enrolment.deleted.is_(False)))
            if enrolled is None:
                raise ValidationError(f"{who} is not in the cohort of “{inst.title}”.")
            measured = {ic.competency_id: ic.max_score for ic in s.scalars(
                live(InstrumentCompetency).where(InstrumentCompetency.instrument_id == inst.id))}
            if competency_id is None:
                if measured:
                    raise ValidationError(f"“{inst.title}” is scored per competency: choose the competency.")
                top, what = inst.max_score, f"“{inst.title}”"
            else:
                comp = get_live(s, Competency, competency_id, "Competency")
                if comp.id not in measured:
                    raise ValidationError(f"“{inst.title}” does not measure {comp.code} {comp.title}.")
                top, what = measured[comp.id], f"{comp.code} {comp.title}"
            if score is not None:
                value = _number(score, f"The score of {who} for {what}")
                if not 0 <= value <= top:
                    raise ValidationError(f"{who}: the score for {what} must be from 0 to {_fmt(top)}, "
                                          f"not {_fmt(value)}.")
                score = value
            if passed is not None and inst.kind not in PASS_RECORDED:
                raise ValidationError(f"A {inst.kind.replace('_', '-')} records scores only: its pass follows from "
                                      "the pass mark.")
            if inst.kind == K.PRACTICAL_CHECKLIST.value and passed is None and score is not None:
                raise ValidationError(f"{who}: record GO or NO-GO for {what}.")
            row_id = natural_id(Result, inst.id, person.id, competency_id)
            row = s.get(Result, row_id)
            if score is None and passed is None:
                if row is not None and not row.deleted:
                    row.deleted = True
                return ScoreCell(competency_id, None, None, "")
            fields = {"score": score, "passed": None if passed is None else bool(passed), "comment": text,
                      "observed_on": observed_on}
            stamp = {"recorded_by": self._db.context.user, "recorded_at": utcnow()}
            if row is None:
                s.add(Result(id=row_id, instrument_id=inst.id, person_id=person.id, competency_id=competency_id,
                             **fields, **stamp))
            elif row.deleted or any(getattr(row, k) != v for k, v in fields.items()):
                apply_changes(row, {**fields, **stamp, "deleted": False})
            return ScoreCell(competency_id, score, fields["passed"], text)

    # --- progress ----------------------------------------------------------------------------
    def trainee_progress(self, person_id: str) -> list[CompetencyProgress]:
        """A series per competency (by code; overall scores last), each oldest first."""
        with self._db.read() as s:
            get_live(s, Person, person_id, "Person")
            q = (select(Result, Instrument, InstrumentCompetency.max_score, Competency)
                 .join(Instrument, Instrument.id == Result.instrument_id)
                 .outerjoin(Competency, Competency.id == Result.competency_id)
                 .outerjoin(InstrumentCompetency, (InstrumentCompetency.instrument_id == Result.instrument_id)
                            & (InstrumentCompetency.competency_id == Result.competency_id)
                            & InstrumentCompetency.deleted.is_(False))
                 .where(Result.person_id == person_id, Result.deleted.is_(False), Instrument.deleted.is_(False)))
            series: dict[str | None, tuple[str, str, list[ProgressPoint]]] = {}
            for r, inst, comp_max, comp in s.execute(q).all():
                top = comp_max if r.competency_id else inst.max_score
                if top is None:
                    continue  # a competency no longer measured by the instrument
                pct = None if r.score is None else round(100.0 * r.score / top, 1)
                point = ProgressPoint(on=r.observed_on or inst.given_on, instrument_id=inst.id,
                                      instrument_title=inst.title, kind=inst.kind, level=inst.level, score=r.score,
                                      max_score=top, percent=pct, passed=r.passed)
                code, title = (comp.code, comp.title) if comp else ("", "Overall")
                series.setdefault(r.competency_id, (code, title, []))[2].append(point)
            out = [CompetencyProgress(cid, code, title,
                                      tuple(sorted(points, key=lambda p: (p.on is None, p.on or date.min,
                                                                          p.instrument_title))))
                   for cid, (code, title, points) in series.items()]
            return sorted(out, key=lambda c: (c.competency_id is None, c.code, c.title))
