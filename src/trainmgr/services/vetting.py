"""Vetting of host-nation personnel before training, and the enrolment rule it drives.

Rule (`check_enrolment`), on the day of the check:
- refused → blocked;
- expired → blocked; a *cleared* vetting dated more than `VETTING_VALID_DAYS` (365) days ago, or with
  no date at all, counts as expired (a clearance is a point-in-time check; programmes re-vet yearly);
- pending or not started → needs an explicit override with a justification (see CohortService.enrol);
- cleared within the last 365 days → allowed.
Every change of a person's vetting status, date or reference is written to the audit log.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import AuditEvent, Person
from trainmgr.domain.delivery_records import VettingCheck
from trainmgr.domain.enums import VettingStatus, values
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, optional_text
from trainmgr.services.permissions import Permission, require

VETTING_VALID_DAYS = 365
VETTING_FIELDS = ("vetting_status", "vetting_date", "vetting_reference")
ALLOWED = "allowed"
BLOCKED = "blocked"
NEEDS_OVERRIDE = "needs_override"


def person_name(p: Person) -> str:
    name = f"{p.family_name} {p.given_names}".strip()
    return f"{name} ({p.service_number})" if p.service_number else name


def validate_vetting(status: str, vetting_date: date | None, reference: str, today: date) -> dict[str, object]:
    """The vetting fields, checked: a known status, a real date not in the future (required for a
    decision: cleared, refused, expired), a reference of at most 120 characters."""
    if status not in values(VettingStatus):
        raise ValidationError(f"Unknown vetting status: {status} (use {', '.join(values(VettingStatus))}).")
    if isinstance(vetting_date, datetime):
        vetting_date = vetting_date.date()
    if vetting_date is not None and not isinstance(vetting_date, date):
        raise ValidationError("The vetting date must be a date.")
    if vetting_date and vetting_date > today:
        raise ValidationError(f"The vetting date ({vetting_date.isoformat()}) is in the future.")
    decided = (VettingStatus.CLEARED.value, VettingStatus.REFUSED.value, VettingStatus.EXPIRED.value)
    if status in decided and vetting_date is None:
        raise ValidationError(f"A {status} vetting needs the date of the decision.")
    return {"vetting_status": status, "vetting_date": vetting_date,
            "vetting_reference": optional_text(reference, "Vetting reference", 120)}


def check_enrolment(person: Person, today: date, valid_days: int = VETTING_VALID_DAYS) -> VettingCheck:
    """Allowed, blocked or needs an override (see the module docstring)."""
    status = person.vetting_status
    name = person_name(person)
    if status == VettingStatus.CLEARED.value:
        vetted = person.vetting_date
        if vetted is not None and (today - vetted) <= timedelta(days=valid_days):
            return VettingCheck(person.id, name, status, ALLOWED, "")
        since = f"on {vetted.isoformat()}, more than {valid_days} days ago" if vetted else "with no date"
        return VettingCheck(person.id, name, VettingStatus.EXPIRED.value, BLOCKED,
                            f"{name}: vetting expired (cleared {since}); re-vet before enrolling.")
    if status == VettingStatus.REFUSED.value:
        return VettingCheck(person.id, name, status, BLOCKED, f"{name}: vetting refused; cannot be enrolled.")
    if status == VettingStatus.EXPIRED.value:
        return VettingCheck(person.id, name, status, BLOCKED,
                            f"{name}: vetting expired; re-vet before enrolling.")
    label = "pending" if status == VettingStatus.PENDING.value else "not started"
    return VettingCheck(person.id, name, status, NEEDS_OVERRIDE,
                        f"{name}: vetting {label}; enrolling needs an override with a justification.")


def record_vetting_change(s: Session, person: Person, fields: dict[str, object], actor: str, reason: str = "") -> bool:
    """Apply new vetting fields to `person` and, if anything changed, append an audit event."""
    before = {k: _plain(getattr(person, k)) for k in VETTING_FIELDS}
    if not apply_changes(person, {k: fields[k] for k in VETTING_FIELDS if k in fields}):
        return False
    s.add(AuditEvent(at=utcnow(), actor=actor, action="vetting_change", entity="person", entity_id=person.id,
                     before=before, after={k: _plain(getattr(person, k)) for k in VETTING_FIELDS}, reason=reason))
    return True


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


class VettingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def set(self, person_id: str, status: str, vetting_date: date | None = None, reference: str = "",
            reason: str = "", today: date | None = None) -> VettingCheck:
        """Record a person's vetting status, date and reference (audited); returns the enrolment check."""
        require(self._db, Permission.EDIT_TRAINEES)
        day = today or date.today()
        fields = validate_vetting(status, vetting_date, reference, day)
        note = optional_text(reason, "Reason", 2000)
        with self._db.write() as s:
            person = get_live(s, Person, person_id, "Person")
            record_vetting_change(s, person, fields, self._db.context.user, note)
            return check_enrolment(person, day)

    def check(self, person_id: str, today: date | None = None) -> VettingCheck:
        with self._db.read() as s:
            return check_enrolment(get_live(s, Person, person_id, "Person"), today or date.today())
