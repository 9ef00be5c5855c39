"""Completion of a cohort: the decision per trainee, applying it, certificates and follow-ups.

Rules:
- Who is decided: the cohort's live enrolments that are enrolled, completed or failed (nominees,
  withdrawn and transferred trainees are not).
- Attendance: the rate of services/attendance.py (held sessions the trainee was expected at;
  excused, not-expected and unmarked leave the denominator). With a minimum (`min_attendance_pct`),
  a rate below it fails; no counted session at all leaves the decision pending. No minimum: not checked.
- Post-test (when `requires_post_test`): the cohort's live post-test instruments. On one instrument a
  trainee passes when
    * scored overall: the score ≥ the pass mark (an explicit pass recorded without a score counts);
    * scored per competency: every measured competency is scored and each score ≥ its proportional
      pass mark, pass_mark × competency max / instrument max (e.g. pass 60 of 100 → 6 of a
      competency out of 10).
  Passing any of the cohort's post-tests (a re-sit) is a pass; failing every one that could be
  decided is a fail. No post-test, no pass mark, or a missing score leaves the decision pending —
  missing data is not a failure.
- Decision: failed when any check fails (the reason names every failed check); completed when every
  check passes; pending otherwise.
- `apply` (only once the cohort has ended: `today` ≥ its end date) moves enrolled trainees to
  completed or failed through CohortService.set_status, with the reason; the status date (the
  completion date) is the cohort's end date. Trainees already completed or failed are left alone
  (correcting one is a manual step: back to enrolled with a reason, then apply again). Pending ones stay
  enrolled. Every completed trainee gets follow-up observations at +90 and +180 days after the
  completion date, with deterministic ids (person, cohort, offset): applying twice, or on two
  laptops, creates nothing new, and a follow-up someone deleted is not brought back.
- Follow-ups due: scheduled ones of the programme's cohorts due within `within_days` of today,
  overdue ones included, by due date then name.

Many cohorts (a programme's report): `evaluate_cohorts` and `certificates_of` read every cohort with a
fixed number of set-based queries and stream the result cohort by cohort; `evaluate` and
`certificates` are the same functions applied to one cohort, so the rules above live in one place.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from contextlib import closing
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, literal_column, select
from sqlalchemy.orm import Session

from trainmgr.db.engine import Database
from trainmgr.db.models import (
    Cohort,
    Enrolment,
    FollowUp,
    Instrument,
    InstrumentCompetency,
    Person,
    Rank,
    Result,
    Unit,
)
from trainmgr.domain.delivery_records import AttendanceRate
from trainmgr.domain.enums import EnrolmentStatus, FollowUpStatus, InstrumentKind
from trainmgr.domain.evaluation_records import CertificateRow, CompletionDecision, CompletionOutcome, FollowUpRow
from trainmgr.domain.ids import stable_id
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.attendance import rate_of, tally_query
from trainmgr.services.cohorts import CohortService
from trainmgr.services.common import by_position, cohort_scope, get_live
from trainmgr.services.permissions import Permission, require

E = EnrolmentStatus
DECIDED = (E.ENROLLED.value, E.COMPLETED.value, E.FAILED.value)
FOLLOW_UP_OFFSETS = (90, 180)
FOLLOW_UP_KIND = "follow_up"  # kind hashed into follow-up ids (never change it)
COMPLETED, FAILED, PENDING = "completed", "failed", "pending"


def follow_up_id(person_id: str, cohort_id: str, offset_days: int) -> str:
    """Deterministic id of a scheduled follow-up (the model declares no natural key)."""
    return stable_id(FOLLOW_UP_KIND, person_id, cohort_id, str(offset_days))


def _g(x: float) -> str:
    return f"{x:g}"


class PostTest(NamedTuple):
    """A live post-test of a cohort, as the rules read it."""

    id: str
    title: str
    max_score: float
    pass_mark: float | None
    measured: dict[str, float]  # competency -> its max score; empty: scored overall


class Score(NamedTuple):
    score: float | None
    passed: bool | None


class Rules(NamedTuple):
    """A cohort's completion rules."""

    min_attendance_pct: float | None
    requires_post_test: bool


def _post_test_verdict(inst: PostTest, results: dict[str | None, Score]) -> tuple[bool | None, str]:
    """(passed, detail) of one trainee on one post-test; passed None when it cannot be decided."""
    measured = inst.measured
    if inst.pass_mark is None:
        return None, f"“{inst.title}” has no pass mark"
    if not measured:
        r = results.get(None)
        if r is None or (r.score is None and r.passed is None):
            return None, f"no score on “{inst.title}”"
        if r.score is None:
            return bool(r.passed), f"“{inst.title}” {'passed' if r.passed else 'not passed'}"
        ok = r.score >= inst.pass_mark
        return ok, f"“{inst.title}” {_g(r.score)}/{_g(inst.max_score)} (pass mark {_g(inst.pass_mark)})"
    below, missing = [], []
    for cid, top in measured.items():
        need = inst.pass_mark * top / inst.max_score
        r = results.get(cid)
        if r is None or r.score is None:
            missing.append(cid)
        elif r.score < need:
            below.append(f"{_g(r.score)}/{_g(top)} < {_g(round(need, 2))}")
    if below:
        noun = "competency" if len(below) == 1 else "competencies"
        return False, f"“{inst.title}”: below the pass mark on {len(below)} {noun} ({'; '.join(below)})"
    if missing:
        return None, f"“{inst.title}”: {len(missing)} competenc{'y' if len(missing) == 1 else 'ies'} not scored"
    return True, f"“{inst.title}”: every competency at or above its pass mark"


class CompletionService:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._cohorts = CohortService(db)

    def evaluate(self, cohort_id: str, today: date) -> list[CompletionDecision]:
        """The rules' decision for each trainee of the cohort, by name (see the module docstring).
        Before the cohort's end date (`today` < end) the decisions are provisional: `apply` refuses them."""
        with closing(self.evaluate_cohorts([cohort_id], today)) as one:
            return next(one)[1]

    def evaluate_cohorts(self, cohort_ids: Sequence[str], today: date
                         ) -> Generator[tuple[str, list[CompletionDecision]], None, None]:
        """`evaluate` of many cohorts (e.g. every cohort of a programme): (cohort id, its decisions) for
        each cohort, in the order given. A fixed number of set-based queries whatever the number of
        cohorts (post-tests, attendance tallies, post-test scores and trainees of every cohort at once,
        each ordered by cohort), streamed: only one cohort's rows are in memory at a time. Every cohort must exist
        (NotFoundError before anything is yielded). The read transaction stays open until the
        iterator is exhausted or closed."""
        ids = list(cohort_ids)
        if not ids:
            return
        with self._db.read() as s:
            rules = _live_rules(s, ids)
            scope = cohort_scope(ids)
            conn = s.connection()  # Core rows, fetched as they are read (the ORM would buffer them all)
            tests = conn.execute(self._post_tests(scope))
            tallies = conn.execute(tally_query(scope))
            scores = conn.execute(
                select(scope.c.ord, Result.instrument_id, Result.person_id, Result.competency_id, Result.score,
                       Result.passed)
                .select_from(scope)
                .join(Instrument, and_(Instrument.cohort_id == scope.c.cohort_id, Instrument.deleted.is_(False),
                                       Instrument.kind == InstrumentKind.POST_TEST.value))
                .join(Result, and_(Result.instrument_id == Instrument.id, Result.deleted.is_(False)))
                .order_by(scope.c.ord))
            people = conn.execute(
                select(scope.c.ord, Enrolment.id, Enrolment.status, Person.id, Person.family_name,
                       Person.given_names, Person.service_number)
                .select_from(scope)
                .join(Enrolment, Enrolment.cohort_id == scope.c.cohort_id)
                .join(Person, Person.id == Enrolment.person_id)
                .where(Enrolment.deleted.is_(False), Person.deleted.is_(False), Enrolment.status.in_(DECIDED))
                .order_by(scope.c.ord, Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"),
                          Person.id))
            groups = zip(ids, by_position(tests, len(ids)), by_position(tallies, len(ids)),
                         by_position(scores, len(ids)), by_position(people, len(ids)), strict=True)
            for cohort_id, test_rows, tally_rows, score_rows, people_rows in groups:
                cohort_tests = self._tests_of(test_rows)
                rates = {pid: rate_of(pid, a, b, u) for _ord, pid, a, b, u in tally_rows}
                by_test: dict[tuple[str, str], dict[str | None, Score]] = {}
                for _ord, instrument_id, person_id, competency_id, score, passed in score_rows:
                    by_test.setdefault((instrument_id, person_id), {})[competency_id] = Score(score, passed)
                yield cohort_id, [self._decision(rules[cohort_id], cohort_tests, rates, by_test, row)
                                  for row in people_rows]

    @classmethod
    def _decision(cls, rules: Rules, tests: list[PostTest], rates: dict[str, AttendanceRate],
                  scores: dict[tuple[str, str], dict[str | None, Score]], row: Any) -> CompletionDecision:
        _ord, enrolment_id, status, person_id, family, given, number = row
        rate = rates.get(person_id) or rate_of(person_id, 0, 0, 0)
        passed, detail = cls._post_test(tests, scores, person_id)
        decision, reason = cls._decide(rules, rate, passed, detail)
        return CompletionDecision(
            enrolment_id=enrolment_id, person_id=person_id, family_name=family, given_names=given,
            service_number=number, current_status=status, attendance_rate=rate.rate, attended=rate.attended,
            expected=rate.expected, post_test_passed=passed, post_test_detail=detail, decision=decision,
            reason=reason)

    def apply(self, cohort_id: str, today: date) -> CompletionOutcome:
        """Set the decided statuses and schedule follow-ups (see the module docstring). Each status
        change is its own transaction through CohortService; the whole is idempotent, so running it
        again after an interruption finishes the job."""
        require(self._db, Permission.DECIDE_COMPLETION)
        with self._db.read() as s:
            cohort = get_live(s, Cohort, cohort_id, "Cohort")
        if cohort.end_date is None:
            raise ValidationError("Set the cohort's end date before deciding completion.")
        if today < cohort.end_date:
            raise ValidationError(f"The cohort runs until {cohort.end_date.isoformat()}: decide completion once it "
                                  "has ended.")
        completed = failed = pending = unchanged = 0
        for d in self.evaluate(cohort_id, today):
            if d.current_status != E.ENROLLED.value:
                unchanged += 1
            elif d.decision == PENDING:
                pending += 1
            else:
                self._cohorts.set_status(d.enrolment_id, d.decision, reason=d.reason, today=cohort.end_date)
                completed += d.decision == COMPLETED
                failed += d.decision == FAILED
        created = 0
        with self._db.write() as s:
            done = s.execute(select(Enrolment.person_id, Enrolment.status_date).where(
                Enrolment.cohort_id == cohort.id, Enrolment.deleted.is_(False),
                Enrolment.status == E.COMPLETED.value)).all()
            for person_id, completed_on in done:
                start = completed_on or cohort.end_date
                for offset in FOLLOW_UP_OFFSETS:
                    row_id = follow_up_id(person_id, cohort.id, offset)
                    if s.get(FollowUp, row_id) is not None:
                        continue  # already scheduled (or deliberately deleted: not resurrected)
                    s.add(FollowUp(id=row_id, person_id=person_id, cohort_id=cohort.id, offset_days=offset,
                                   due_on=start + timedelta(days=offset), status=FollowUpStatus.SCHEDULED.value))
                    created += 1
        return CompletionOutcome(completed, failed, pending, unchanged, created)

    def certificates(self, cohort_id: str) -> list[CertificateRow]:
        """The cohort's completed trainees, by name, with their completion date."""
        with closing(self.certificates_of([cohort_id])) as one:
            return next(one)[1]

    def certificates_of(self, cohort_ids: Sequence[str]) -> Generator[tuple[str, list[CertificateRow]], None, None]:
        """`certificates` of many cohorts in one streamed query: (cohort id, its certificates) for each
        cohort, in the order given (as `evaluate_cohorts`)."""
        ids = list(cohort_ids)
        if not ids:
            return
        with self._db.read() as s:
            _live_rules(s, ids)
            scope = cohort_scope(ids)
            q = (select(scope.c.ord, Person.id, Person.family_name, Person.given_names, Person.service_number,
                        Rank.name, Unit.name, Enrolment.status_date)
                 .select_from(scope)
                 .join(Enrolment, Enrolment.cohort_id == scope.c.cohort_id)
                 .join(Person, Person.id == Enrolment.person_id)
                 .outerjoin(Unit, Unit.id == Person.unit_id).outerjoin(Rank, Rank.id == Person.rank_id)
                 .where(Enrolment.deleted.is_(False), Person.deleted.is_(False),
                        Enrolment.status == E.COMPLETED.value)
                 .order_by(scope.c.ord, Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"),
                           Person.id))
            groups = by_position(s.connection().execute(q), len(ids))  # streamed Core rows
            for cohort_id, rows in zip(ids, groups, strict=True):
                yield cohort_id, [CertificateRow(pid, family, given, number, rank or "", unit or "", day)
                                  for _ord, pid, family, given, number, rank, unit, day in rows]

    def follow_ups_due(self, programme_id: str, today: date, within_days: int = 14) -> list[FollowUpRow]:
        """Scheduled follow-ups of the programme's cohorts due by today + within_days (overdue included)."""
        if within_days < 0:
            raise ValidationError("The look-ahead is a number of days from 0.")
        horizon = today + timedelta(days=within_days)
        with self._db.read() as s:
            q = (select(FollowUp, Person, Unit.name, Cohort.name)
                 .join(Person, Person.id == FollowUp.person_id)
                 .join(Cohort, Cohort.id == FollowUp.cohort_id)
                 .outerjoin(Unit, Unit.id == Person.unit_id)
                 .where(Cohort.programme_id == programme_id, Cohort.deleted.is_(False), FollowUp.deleted.is_(False),
                        Person.deleted.is_(False), FollowUp.status == FollowUpStatus.SCHEDULED.value,
                        FollowUp.due_on <= horizon)
                 .order_by(FollowUp.due_on, Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"),
                           FollowUp.id))
            return [FollowUpRow(f.id, p.id, p.family_name, p.given_names, p.service_number, unit or "", f.cohort_id,
                                cohort_name, f.offset_days, f.due_on, f.status, f.due_on < today)
                    for f, p, unit, cohort_name in s.execute(q).all()]

    # --- the rules ---------------------------------------------------------------------------
    @staticmethod
    def _post_tests(scope: Any) -> Select[Any]:
        """(ord, instrument, title, max, pass mark, competency, its max) of the live post-tests of the
        cohorts of `scope`, by date given then title, each with its measured competencies in the order
        they were added to it (one row with competency None for a test scored overall)."""
        return (select(scope.c.ord, Instrument.id, Instrument.title, Instrument.max_score, Instrument.pass_mark,
                       InstrumentCompetency.competency_id, InstrumentCompetency.max_score)
                .select_from(scope)
                .join(Instrument, and_(Instrument.cohort_id == scope.c.cohort_id, Instrument.deleted.is_(False),
                                       Instrument.kind == InstrumentKind.POST_TEST.value))
                .outerjoin(InstrumentCompetency, and_(InstrumentCompetency.instrument_id == Instrument.id,
                                                      InstrumentCompetency.deleted.is_(False)))
                .order_by(scope.c.ord, Instrument.given_on, Instrument.title, Instrument.id,
                          literal_column("instrument_competency.rowid")))

    @staticmethod
    def _tests_of(rows: list[Any]) -> list[PostTest]:
        tests: dict[str, PostTest] = {}
        for _ord, instrument_id, title, top, pass_mark, competency_id, competency_top in rows:
            test = tests.setdefault(instrument_id, PostTest(instrument_id, title, top, pass_mark, {}))
            if competency_id is not None:
                test.measured[competency_id] = competency_top
        return list(tests.values())

    @staticmethod
    def _post_test(tests: list[PostTest], scores: dict[tuple[str, str], dict[str | None, Score]],
                   person_id: str) -> tuple[bool | None, str]:
        if not tests:
            return None, "no post-test for this cohort"
        verdicts = [_post_test_verdict(inst, scores.get((inst.id, person_id), {})) for inst in tests]
        passed = [d for ok, d in verdicts if ok is True]
        if passed:
            return True, passed[-1]
        if all(ok is False for ok, _ in verdicts):
            return False, "; ".join(d for _, d in verdicts)
        return None, "; ".join(d for ok, d in verdicts if ok is None)

    @staticmethod
    def _decide(rules: Rules, rate: AttendanceRate, passed: bool | None, detail: str) -> tuple[str, str]:
        fails, waits, oks = [], [], []
        minimum = rules.min_attendance_pct
        if minimum is not None:
            if rate.rate is None:
                waits.append("no attendance recorded yet")
            elif rate.rate < minimum:
                fails.append(f"attendance {rate.rate:g} % below the minimum of {minimum:g} %")
            else:
                oks.append(f"attendance {rate.rate:g} % (minimum {minimum:g} %)")
        if rules.requires_post_test:
            if passed is False:
                fails.append(f"post-test not passed: {detail}")
            elif passed is None:
                waits.append(detail)
            else:
                oks.append(f"post-test passed: {detail}")
        if fails:
            return FAILED, "; ".join(fails)
        if waits:
            return PENDING, "; ".join(waits)
        return COMPLETED, "; ".join(oks) or "no completion rule to check"


def _live_rules(s: Session, cohort_ids: list[str]) -> dict[str, Rules]:
    """cohort -> its rules, for every cohort given; NotFoundError if one is missing or deleted."""
    rows = s.execute(select(Cohort.id, Cohort.min_attendance_pct, Cohort.requires_post_test)
                     .where(Cohort.id.in_(set(cohort_ids)), Cohort.deleted.is_(False))).all()
    rules = {cohort_id: Rules(minimum, bool(required)) for cohort_id, minimum, required in rows}
    if any(cohort_id not in rules for cohort_id in cohort_ids):
        raise NotFoundError("Cohort not found (it may have been deleted).")
    return rules
