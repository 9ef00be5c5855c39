"""Cohorts and enrolment.

Rules:
- A cohort runs one *approved* curriculum version of its programme (a draft may still change under a
  running cohort; a retired one is no longer taught), or none yet.
- Enrolment goes through vetting (services/vetting.py): refused or expired (a clearance older than a
  year counts as expired) is blocked with the reason; pending or not started needs an override
  justification, stored on the enrolment (`vetting_override`) and appended to the audit log
  (action "vetting_override", entity "enrolment", who, when, why, before/after).
- An enrolment is keyed by (cohort, person): enrolling twice is refused while the enrolment is live;
  a deleted one is revived.
- Statuses: nominated → enrolled → withdrawn / completed / failed / transferred (a nominee may also
  be withdrawn or transferred). Withdrawn, failed and transferred need a reason. A final status may
  be corrected back to enrolled, with a reason.
- A cohort is for the trainees of given units (services/cohort_units.py): set on create, and on
  update when `unit_ids` is given (None leaves them as they are).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import AuditEvent, Cohort, Curriculum, Enrolment, Person, Programme, Rank, Unit
from trainmgr.domain.delivery_records import CohortRow, EnrolmentRow
from trainmgr.domain.enums import CurriculumStatus, EnrolmentStatus
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.cohort_units import cohort_unit_ids, set_cohort_units
from trainmgr.services.common import (
    apply_changes,
    by_position,
    check_period,
    cohort_scope,
    get_live,
    live,
    optional_text,
    required_text,
)
from trainmgr.services.permissions import Permission, require
from trainmgr.services.vetting import check_enrolment, person_name

E = EnrolmentStatus
FINAL = (E.WITHDRAWN.value, E.COMPLETED.value, E.FAILED.value, E.TRANSFERRED.value)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    E.NOMINATED.value: (E.ENROLLED.value, E.WITHDRAWN.value, E.TRANSFERRED.value),
    E.ENROLLED.value: FINAL,
    **{final: (E.ENROLLED.value,) for final in FINAL},
}
NEEDS_REASON = (E.WITHDRAWN.value, E.FAILED.value, E.TRANSFERRED.value)


@dataclass(frozen=True)
class CohortInput:
    programme_id: str
    name: str
    curriculum_id: str | None = None
    code: str = ""
    location: str = ""
    start_date: date | None = None
    end_date: date | None = None
    min_attendance_pct: float | None = 80.0
    requires_post_test: bool = True
    unit_ids: tuple[str, ...] | None = None  # the units whose trainees it is for; None: unchanged on update

    def validated(self) -> dict[str, Any]:
        check_period(self.start_date, self.end_date)
        pct = self.min_attendance_pct
        if pct is not None and not 0 <= pct <= 100:
            raise ValidationError(f"The minimum attendance is a percentage from 0 to 100, not {pct}.")
        return {"name": required_text(self.name, "Name", 200), "curriculum_id": self.curriculum_id or None,
                "code": optional_text(self.code, "Code", 40), "location": optional_text(self.location, "Location", 200),
                "start_date": self.start_date, "end_date": self.end_date,
                "min_attendance_pct": None if pct is None else float(pct),
                "requires_post_test": bool(self.requires_post_test)}


def _roster_query(scope: Any) -> Select[Any]:
    """(ord, enrolment and person fields) of the live enrolments of the cohorts of `scope`
    (common.cohort_scope), by cohort then family and given names."""
    return (select(scope.c.ord, Enrolment.id, Enrolment.cohort_id, Person.id, Person.family_name, Person.given_names,
                   Person.service_number, Unit.name, Rank.name, Person.sex, Enrolment.status, Enrolment.status_reason,
                   Enrolment.enrolled_on, Enrolment.status_date, Person.vetting_status, Enrolment.vetting_override)
            .select_from(scope)
            .join(Enrolment, Enrolment.cohort_id == scope.c.cohort_id)
            .join(Person, Person.id == Enrolment.person_id)
            .outerjoin(Unit, Unit.id == Person.unit_id).outerjoin(Rank, Rank.id == Person.rank_id)
            .where(Enrolment.deleted.is_(False))
            .order_by(scope.c.ord, Person.family_name.collate("NOCASE"), Person.given_names.collate("NOCASE"),
                      Person.id))


def _roster_row(row: Any) -> EnrolmentRow:
    (_ord, enrolment_id, cohort_id, person_id, family, given, number, unit, rank, sex, status, reason, enrolled_on,
     status_date, vetting_status, vetting_override) = row
    return EnrolmentRow(id=enrolment_id, cohort_id=cohort_id, person_id=person_id, family_name=family,
                        given_names=given, service_number=number, unit_name=unit or "", rank_name=rank or "",
                        sex=sex, status=status, status_reason=reason, enrolled_on=enrolled_on,
                        status_date=status_date, vetting_status=vetting_status, vetting_override=vetting_override)


def _cohort_row(c: Cohort, enrolled: int = 0) -> CohortRow:
    return CohortRow(id=c.id, programme_id=c.programme_id, curriculum_id=c.curriculum_id, code=c.code, name=c.name,
                     location=c.location, start_date=c.start_date, end_date=c.end_date,
                     min_attendance_pct=c.min_attendance_pct, requires_post_test=c.requires_post_test,
                     enrolled=enrolled)


class CohortService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- cohorts -----------------------------------------------------------------------------
    def create(self, data: CohortInput) -> CohortRow:
        values_ = data.validated()
        with self._db.write() as s:
            get_live(s, Programme, data.programme_id, "Programme")
            self._check_curriculum(s, data.programme_id, values_["curriculum_id"])
            cohort = Cohort(programme_id=data.programme_id, **values_)
            s.add(cohort)
            s.flush()
            set_cohort_units(s, cohort, data.unit_ids or ())
            return _cohort_row(cohort)

    def update(self, cohort_id: str, data: CohortInput) -> CohortRow:
        values_ = data.validated()
        with self._db.write() as s:
            cohort = get_live(s, Cohort, cohort_id, "Cohort")
            if data.programme_id != cohort.programme_id:
                raise ValidationError("A cohort cannot move to another programme.")
            if values_["curriculum_id"] != cohort.curriculum_id:
                self._check_curriculum(s, cohort.programme_id, values_["curriculum_id"])
            apply_changes(cohort, values_)
            if data.unit_ids is not None:
                set_cohort_units(s, cohort, data.unit_ids)
        return self.get(cohort_id)

    def get(self, cohort_id: str) -> CohortRow:
        with self._db.read() as s:
            return self._rows(s, [get_live(s, Cohort, cohort_id, "Cohort")])[0]

    def units(self, cohort_id: str) -> list[str]:
        """The ids of the units whose trainees the cohort is for, by unit name."""
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            return cohort_unit_ids(s, cohort_id)

    def list(self, programme_id: str) -> list[CohortRow]:
        """The programme's cohorts, latest start first."""
        with self._db.read() as s:
            cohorts = s.scalars(live(Cohort).where(Cohort.programme_id == programme_id)
                                .order_by(Cohort.start_date.desc(), Cohort.name)).all()
            return self._rows(s, list(cohorts))

    @staticmethod
    def _rows(s: Session, cohorts: list[Cohort]) -> list[CohortRow]:
        counts = dict(s.execute(select(Enrolment.cohort_id, func.count()).where(
            Enrolment.cohort_id.in_([c.id for c in cohorts]), Enrolment.deleted.is_(False),
            Enrolment.status.in_((E.ENROLLED.value, E.COMPLETED.value, E.FAILED.value)))
            .group_by(Enrolment.cohort_id)).all())
        return [_cohort_row(c, counts.get(c.id, 0)) for c in cohorts]

    @staticmethod
    def _check_curriculum(s: Session, programme_id: str, curriculum_id: str | None) -> None:
        if not curriculum_id:
            return
        cur = get_live(s, Curriculum, curriculum_id, "Curriculum")
        if cur.programme_id != programme_id:
            raise ValidationError(f"The curriculum “{cur.name}” belongs to another programme.")
        if cur.status != CurriculumStatus.APPROVED.value:
            raise ValidationError(f"“{cur.name}” version {cur.version} is {cur.status}: a cohort runs an approved "
                                  "curriculum version.")

    # --- enrolment ---------------------------------------------------------------------------
    def enrol(self, cohort_id: str, person_id: str, override_reason: str = "", status: str = E.ENROLLED.value,
              today: date | None = None) -> EnrolmentRow:
        """Put a person on the cohort's roster (enrolled, or nominated), through the vetting rule."""
        require(self._db, Permission.EDIT_TRAINEES)
        if status not in (E.NOMINATED.value, E.ENROLLED.value):
            raise ValidationError("A new enrolment is nominated or enrolled.")
        day = today or date.today()
        reason = optional_text(override_reason, "Override justification", 2000)
        with self._db.write() as s:
            cohort = get_live(s, Cohort, cohort_id, "Cohort")
            person = get_live(s, Person, person_id, "Person")
            if person.merged_into_id:
                raise ValidationError(f"{person_name(person)} was merged into another person; enrol that person.")
            if person.programme_id not in (None, cohort.programme_id):
                raise ValidationError(f"{person_name(person)} belongs to another programme.")
            row_id = natural_id(Enrolment, cohort.id, person.id)
            enrolment = s.get(Enrolment, row_id)
            if enrolment is not None and not enrolment.deleted:
                raise ValidationError(f"{person_name(person)} is already on this cohort's roster ({enrolment.status}).")
            fields = {"status": status, "status_reason": "", "enrolled_on": day, "status_date": day,
                      "vetting_override": ""}
            if enrolment is None:
                enrolment = Enrolment(id=row_id, cohort_id=cohort.id, person_id=person.id, **fields)
                s.add(enrolment)
            else:
                apply_changes(enrolment, {**fields, "deleted": False})
            s.flush()
            self._vetting_gate(s, person, enrolment, reason, day, None)
            return self._roster(s, cohort.id, enrolment.id)[0]

    def set_status(self, enrolment_id: str, status: str, reason: str = "", today: date | None = None) -> EnrolmentRow:
        """Move an enrolment along (see the module docstring); a nominee becoming enrolled passes the
        vetting rule again (with `reason` as the override justification when one is needed)."""
        require(self._db, Permission.EDIT_TRAINEES)
        day = today or date.today()
        text = optional_text(reason, "Reason", 2000)
        with self._db.write() as s:
            enrolment = get_live(s, Enrolment, enrolment_id, "Enrolment")
            if status not in TRANSITIONS.get(enrolment.status, ()):
                allowed = ", ".join(TRANSITIONS.get(enrolment.status, ())) or "nothing"
                raise ValidationError(f"An enrolment that is {enrolment.status} can become {allowed}, not {status}.")
            needs = status in NEEDS_REASON or enrolment.status in FINAL
            if needs and not text:
                raise ValidationError(f"Give the reason for {status}.")
            before = enrolment.status
            apply_changes(enrolment, {"status": status, "status_reason": text, "status_date": day})
            if before == E.NOMINATED.value and status == E.ENROLLED.value:
                person = get_live(s, Person, enrolment.person_id, "Person")
                self._vetting_gate(s, person, enrolment, text, day, before)
            s.flush()
            return self._roster(s, enrolment.cohort_id, enrolment.id)[0]

    def _vetting_gate(self, s: Session, person: Person, enrolment: Enrolment, reason: str, day: date,
                      before_status: str | None) -> None:
        check = check_enrolment(person, day)
        if check.blocked:
            raise ValidationError(check.reason)
        if not check.needs_override or (before_status and enrolment.vetting_override and not reason):
            return  # cleared; or a nominee whose override was already justified and recorded
        if not reason:
            raise ValidationError(check.reason)
        require(self._db, Permission.OVERRIDE_VETTING)
        before = {"status": before_status, "vetting_override": enrolment.vetting_override if before_status else None,
                  "vetting_status": person.vetting_status}
        apply_changes(enrolment, {"vetting_override": reason})
        s.add(AuditEvent(at=utcnow(), actor=self._db.context.user, action="vetting_override", entity="enrolment",
                         entity_id=enrolment.id, before=before, reason=reason,
                         after={"status": enrolment.status, "vetting_override": reason, "person_id": person.id,
                                "cohort_id": enrolment.cohort_id, "vetting_status": person.vetting_status}))

    def roster(self, cohort_id: str) -> list[EnrolmentRow]:
        """Everyone enrolled in the cohort, whatever their status, by family and given names."""
        with self._db.read() as s:
            get_live(s, Cohort, cohort_id, "Cohort")
            return self._roster(s, cohort_id)

    def rosters(self, cohort_ids: Sequence[str]) -> Iterator[tuple[str, list[EnrolmentRow]]]:
        """`roster` of many cohorts in one streamed query: (cohort id, its roster) for each cohort, in
        the order given; only one cohort's rows are in memory at a time. Every cohort must exist."""
        ids = list(cohort_ids)
        if not ids:
            return
        with self._db.read() as s:
            found = set(s.scalars(select(Cohort.id).where(Cohort.id.in_(set(ids)), Cohort.deleted.is_(False))))
            if found != set(ids):
                raise NotFoundError("Cohort not found (it may have been deleted).")
            rows = s.connection().execute(_roster_query(cohort_scope(ids)))  # Core rows, fetched as read
            for cohort_id, group in zip(ids, by_position(rows, len(ids)), strict=True):
                yield cohort_id, [_roster_row(row) for row in group]

    @staticmethod
    def _roster(s: Session, cohort_id: str, enrolment_id: str | None = None) -> list[EnrolmentRow]:
        q = _roster_query(cohort_scope([cohort_id]))
        if enrolment_id:
            q = q.where(Enrolment.id == enrolment_id)
        return [_roster_row(row) for row in s.execute(q).all()]
