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
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
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
from trainmgr.errors import ValidationError
from trainmgr.services.attendance import AttendanceService
from trainmgr.services.cohorts import CohortService
from trainmgr.services.common import get_live, live
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


def _post_test_verdict(inst: Instrument, measured: dict[str, float],
                       results: dict[str | None, Result]) -> tuple[bool | None, str]:
    """(passed, detail) of one trainee on one post-test; passed None when it cannot be decided."""
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
        self._attendance = AttendanceService(db)
        self._cohorts = CohortService(db)

    def evaluate(self, cohort_id: str, today: date) -> list[CompletionDecision]:
        """The rules' decision for each trainee of the cohort, by name (see the module docstring).
        Before the cohort's end date (`today` < end) the decisions are provisional: `apply` refuses them."""
        rates = self._attendance.rates_by_trainee(cohort_id)
        with self._db.read() as s:
            cohort = get_live(s, Cohort, cohort_id, "Cohort")
            tests = self._post_tests(s, cohort.id)
            scores: dict[tuple[str, str], dict[str | None, Result]] = {}
            for r in s.scalars(live(Result).where(Result.instrument_id.in_([t.id for t, _ in tests]))):
                scores.setdefault((r.instrument_id, r.person_id), {})[r.competency_id] = r
            out = []
            q = (select(Enrolment, Person).join(Person, Person.id == Enrolment.person_id)
                 .where(Enrolment.cohort_id == cohort.id, Enrolment.deleted.is_(False), Person.deleted.is_(False),
                        Enrolment.status.in_(DECIDED))
                 .order_by(Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"), Person.id))
            for e, p in s.execute(q).all():
                rate = rates.get(p.id) or AttendanceRate(p.id, 0, 0, 0, 0)
                passed, detail = self._post_test(tests, scores, p.id)
                decision, reason = self._decide(cohort, rate, passed, detail)
                out.append(CompletionDecision(
                    enrolment_id=e.id, person_id=p.id, family_name=p.family_name, given_names=p.given_names,
                    service_number=p.service_number, current_status=e.status, attendance_rate=rate.rate,
                    attended=rate.attended, expected=rate.expected, post_test_passed=passed,
                    post_test_detail=detail, decision=decision, reason=reason))
            return out

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
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            q = (select(Enrolment.status_date, Person, Unit.name, Rank.name)
                 .join(Person, Person.id == Enrolment.person_id)
                 .outerjoin(Unit, Unit.id == Person.unit_id).outerjoin(Rank, Rank.id == Person.rank_id)
                 .where(Enrolment.cohort_id == cohort_id, Enrolment.deleted.is_(False), Person.deleted.is_(False),
                        Enrolment.status == E.COMPLETED.value)
                 .order_by(Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"), Person.id))
            return [CertificateRow(p.id, p.family_name, p.given_names, p.service_number, rank or "", unit or "", day)
                    for day, p, unit, rank in s.execute(q).all()]

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
    def _post_tests(s: Session, cohort_id: str) -> list[tuple[Instrument, dict[str, float]]]:
        tests = s.scalars(live(Instrument).where(Instrument.cohort_id == cohort_id,
                                                 Instrument.kind == InstrumentKind.POST_TEST.value)
                          .order_by(Instrument.given_on, Instrument.title)).all()
        return [(t, {ic.competency_id: ic.max_score for ic in s.scalars(
            live(InstrumentCompetency).where(InstrumentCompetency.instrument_id == t.id))}) for t in tests]

    @staticmethod
    def _post_test(tests: list[tuple[Instrument, dict[str, float]]],
                   scores: dict[tuple[str, str], dict[str | None, Result]], person_id: str) -> tuple[bool | None, str]:
        if not tests:
            return None, "no post-test for this cohort"
        verdicts = [_post_test_verdict(inst, measured, scores.get((inst.id, person_id), {}))
                    for inst, measured in tests]
        passed = [d for ok, d in verdicts if ok is True]
        if passed:
            return True, passed[-1]
        if all(ok is False for ok, _ in verdicts):
            return False, "; ".join(d for _, d in verdicts)
        return None, "; ".join(d for ok, d in verdicts if ok is None)

    @staticmethod
    def _decide(cohort: Cohort, rate: AttendanceRate, passed: bool | None, detail: str) -> tuple[str, str]:
        fails, waits, oks = [], [], []
        minimum = cohort.min_attendance_pct
        if minimum is not None:
            if rate.rate is None:
                waits.append("no attendance recorded yet")
            elif rate.rate < minimum:
                fails.append(f"attendance {rate.rate:g} % below the minimum of {minimum:g} %")
            else:
                oks.append(f"attendance {rate.rate:g} % (minimum {minimum:g} %)")
        if cohort.requires_post_test:
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
