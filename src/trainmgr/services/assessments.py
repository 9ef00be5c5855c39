"""Needs assessments of host units: create, record findings per competency, validate and sign, amend,
compare repeated assessments (baseline → mid-term → end-line) side by side.

Rules:
- A signed assessment is read-only: every edit is refused; an amendment (`amend`) is a new draft
  version that supersedes it and starts with a copy of its findings.
- Status only moves forward: draft → validated → signed. Validating needs at least one finding with
  both levels; signing records who signed (the host counterpart) and when.
- A finding is keyed by (assessment, competency): setting it twice updates the same row (same
  deterministic id), so two laptops recording the same finding merge instead of duplicating.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import Assessment, CapabilityArea, Competency, Finding, Framework, Programme, Unit
from trainmgr.domain.assessment_records import AssessmentRow, ComparedCompetency, Comparison, FindingRow
from trainmgr.domain.enums import AssessmentKind, AssessmentStatus, Confidence, EvidenceKind, Priority, values
from trainmgr.errors import ValidationError
from trainmgr.services.assessment_rules import (
    BLANK_FINDING,
    FINDING_FIELDS,
    competency_depth,
    framework_order,
    validate_finding,
)
from trainmgr.services.common import apply_changes, get_live, live, optional_text
from trainmgr.services.permissions import Permission, require

STATUS_ORDER = (AssessmentStatus.DRAFT.value, AssessmentStatus.VALIDATED.value, AssessmentStatus.SIGNED.value)


@dataclass(frozen=True)
class AssessmentInput:
    programme_id: str
    unit_id: str
    framework_id: str
    assessed_on: date
    kind: str = AssessmentKind.BASELINE.value
    title: str = ""
    assessors: str = ""
    host_counterparts: str = ""
    methods: tuple[str, ...] = ()
    notes: str = ""

    def validated(self) -> dict[str, object]:
        if self.kind not in values(AssessmentKind):
            raise ValidationError(f"Unknown assessment kind: {self.kind} (use {', '.join(values(AssessmentKind))}).")
        if not isinstance(self.assessed_on, date):
            raise ValidationError("The assessment date is required.")
        unknown = [m for m in self.methods if m not in values(EvidenceKind)]
        if unknown:
            raise ValidationError(f"Unknown assessment method: {', '.join(unknown)} "
                                  f"(use {', '.join(values(EvidenceKind))}).")
        return {
            "kind": self.kind, "assessed_on": self.assessed_on,
            "title": optional_text(self.title, "Title", 200),
            "assessors": optional_text(self.assessors, "Assessors", 2000),
            "host_counterparts": optional_text(self.host_counterparts, "Host counterparts", 2000),
            "methods": ",".join(dict.fromkeys(self.methods)),
            "notes": optional_text(self.notes, "Notes", 4000),
        }


def _row(a: Assessment, unit_name: str = "", superseded_by: str | None = None, findings: int = 0) -> AssessmentRow:
    return AssessmentRow(
        id=a.id, programme_id=a.programme_id, unit_id=a.unit_id, unit_name=unit_name, framework_id=a.framework_id,
        kind=a.kind, title=a.title, assessed_on=a.assessed_on, assessors=a.assessors,
        host_counterparts=a.host_counterparts, methods=tuple(m for m in a.methods.split(",") if m),
        status=a.status, version=a.version, supersedes_id=a.supersedes_id, superseded_by_id=superseded_by,
        signed_at=a.signed_at, signed_by=a.signed_by, notes=a.notes, findings=findings,
    )


def editable(s: Session, assessment_id: str) -> Assessment:
    """The assessment, if it may still be edited (not signed)."""
    a = get_live(s, Assessment, assessment_id, "Assessment")
    if a.status == AssessmentStatus.SIGNED.value:
        raise ValidationError(f"This assessment (version {a.version}) is signed and cannot be changed; "
                              "amend it to make a new version.")
    return a


class AssessmentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the assessment ----------------------------------------------------------------------
    def create(self, data: AssessmentInput) -> AssessmentRow:
        require(self._db, Permission.EDIT_PROGRAMME)
        fields = data.validated()
        with self._db.write() as s:
            get_live(s, Programme, data.programme_id, "Programme")
            unit = get_live(s, Unit, data.unit_id, "Unit")
            if unit.programme_id not in (None, data.programme_id):
                raise ValidationError(f"The unit “{unit.name}” belongs to another programme.")
            get_live(s, Framework, data.framework_id, "Competency framework")
            a = Assessment(programme_id=data.programme_id, unit_id=unit.id, framework_id=data.framework_id, **fields)
            s.add(a)
            s.flush()
            return _row(a, unit.name)

    def update(self, assessment_id: str, data: AssessmentInput) -> AssessmentRow:
        """Edit the header (date, kind, people, methods, or a mistaken unit of the same programme).
        The programme and the framework cannot change: the findings are measured against it."""
        fields = data.validated()
        with self._db.write() as s:
            a = editable(s, assessment_id)
            if data.programme_id != a.programme_id or data.framework_id != a.framework_id:
                raise ValidationError("The programme and the competency framework of an assessment cannot change; "
                                      "create a new assessment instead.")
            if data.unit_id != a.unit_id:
                unit = get_live(s, Unit, data.unit_id, "Unit")
                if unit.programme_id not in (None, a.programme_id):
                    raise ValidationError(f"The unit “{unit.name}” belongs to another programme.")
                fields["unit_id"] = unit.id
            apply_changes(a, fields)
        return self.get(assessment_id)

    def get(self, assessment_id: str) -> AssessmentRow:
        with self._db.read() as s:
            return self._rows(s, [get_live(s, Assessment, assessment_id, "Assessment")])[0]

    def list_for_unit(self, unit_id: str) -> list[AssessmentRow]:
        """The unit's assessments, oldest first (date, then version)."""
        with self._db.read() as s:
            rows = s.scalars(live(Assessment).where(Assessment.unit_id == unit_id)
                             .order_by(Assessment.assessed_on, Assessment.version)).all()
            return self._rows(s, rows)

    def list_for_programme(self, programme_id: str) -> list[AssessmentRow]:
        with self._db.read() as s:
            rows = s.scalars(live(Assessment).where(Assessment.programme_id == programme_id)
                             .order_by(Assessment.assessed_on, Assessment.version)).all()
            return sorted(self._rows(s, rows), key=lambda r: (r.unit_name, r.assessed_on, r.version))

    def delete(self, assessment_id: str) -> None:
        """Tombstone a draft (with its findings). Validated and signed assessments are kept as records."""
        with self._db.write() as s:
            a = get_live(s, Assessment, assessment_id, "Assessment")
            if a.status != AssessmentStatus.DRAFT.value:
                raise ValidationError(f"Only a draft can be deleted; this assessment is {a.status}.")
            for f in s.scalars(live(Finding).where(Finding.assessment_id == a.id)):
                f.deleted = True
            a.deleted = True

    # --- findings ----------------------------------------------------------------------------
    def findings(self, assessment_id: str, area_id: str | None = None) -> list[FindingRow]:
        """A row per competency of the assessment's framework (in tree order), with the recorded
        finding or blanks; with `area_id`, only that capability area."""
        with self._db.read() as s:
            a = get_live(s, Assessment, assessment_id, "Assessment")
            recorded = {f.competency_id: f for f in s.scalars(live(Finding).where(Finding.assessment_id == a.id))}
            return [_finding_row(a.id, c, area, depth, recorded.get(c.id))
                    for area, c, depth in framework_order(s, a.framework_id, area_id)]

    def set_finding(self, assessment_id: str, competency_id: str, **fields: Any) -> FindingRow:
        """Record (or change) some fields of a competency's finding; the others keep their value."""
        require(self._db, Permission.EDIT_PROGRAMME)
        clean = validate_finding(fields)
        with self._db.write() as s:
            a = editable(s, assessment_id)
            c = get_live(s, Competency, competency_id, "Competency")
            if c.framework_id != a.framework_id:
                raise ValidationError(f"{c.code} is not in this assessment's competency framework.")
            row_id = natural_id(Finding, a.id, c.id)
            f = s.get(Finding, row_id)
            if f is None:
                f = Finding(id=row_id, assessment_id=a.id, competency_id=c.id, **clean)
                s.add(f)
            else:
                # A cleared (tombstoned) finding comes back blank, not with its old values.
                base = dict(BLANK_FINDING) if f.deleted else {}
                apply_changes(f, {**base, **clean, "deleted": False})
            s.flush()
            return _finding_row(a.id, c, s.get(CapabilityArea, c.area_id), competency_depth(s, c), f)

    def clear_finding(self, assessment_id: str, competency_id: str) -> None:
        """Blank a competency's finding (tombstone: the blank travels to other laptops)."""
        with self._db.write() as s:
            a = editable(s, assessment_id)
            f = s.get(Finding, natural_id(Finding, a.id, competency_id))
            if f is not None and not f.deleted:
                f.deleted = True

    # --- status and versions -----------------------------------------------------------------
    def set_status(self, assessment_id: str, status: str, signed_by: str = "") -> AssessmentRow:
        """Move forward: draft → validated → signed. Signing records the signer and the time."""
        require(self._db, Permission.SIGN_ASSESSMENT if status == AssessmentStatus.SIGNED.value
                else Permission.VALIDATE_ASSESSMENT)
        if status not in STATUS_ORDER:
            raise ValidationError(f"Unknown status: {status} (use {', '.join(STATUS_ORDER)}).")
        with self._db.write() as s:
            a = editable(s, assessment_id)
            if STATUS_ORDER.index(status) < STATUS_ORDER.index(a.status):
                raise ValidationError(f"A {a.status} assessment cannot go back to {status}; amend it instead.")
            if status != AssessmentStatus.DRAFT.value:
                complete = s.scalar(select(func.count()).select_from(Finding).where(
                    Finding.assessment_id == a.id, Finding.deleted.is_(False), Finding.current_level.is_not(None),
                    Finding.required_level.is_not(None))) or 0
                if not complete:
                    raise ValidationError("Record at least one finding (current and required level) first.")
            if status == AssessmentStatus.SIGNED.value:
                signer = optional_text(signed_by, "Signed by", 200)
                if not signer:
                    raise ValidationError("Name the host counterpart who signs the assessment.")
                apply_changes(a, {"signed_by": signer, "signed_at": utcnow()})
            apply_changes(a, {"status": status})
        return self.get(assessment_id)

    def amend(self, assessment_id: str) -> AssessmentRow:
        """A new draft version (version + 1) superseding a validated or signed assessment, with a copy
        of its findings. The original stays as it was."""
        with self._db.write() as s:
            old = get_live(s, Assessment, assessment_id, "Assessment")
            if old.status == AssessmentStatus.DRAFT.value:
                raise ValidationError("This assessment is still a draft: edit it directly.")
            newer = s.scalar(live(Assessment).where(Assessment.supersedes_id == old.id).limit(1))
            if newer is not None:
                raise ValidationError(f"Version {old.version} was already amended (version {newer.version}); "
                                      "amend the latest version.")
            new = Assessment(programme_id=old.programme_id, unit_id=old.unit_id, framework_id=old.framework_id,
                             kind=old.kind, title=old.title, assessed_on=old.assessed_on, assessors=old.assessors,
                             host_counterparts=old.host_counterparts, methods=old.methods, notes=old.notes,
                             status=AssessmentStatus.DRAFT.value, version=old.version + 1, supersedes_id=old.id)
            s.add(new)
            s.flush()
            for f in s.scalars(live(Finding).where(Finding.assessment_id == old.id)).all():
                s.add(Finding(id=natural_id(Finding, new.id, f.competency_id), assessment_id=new.id,
                              **{k: getattr(f, k) for k in ("competency_id", *FINDING_FIELDS)}))
            new_id = new.id
        return self.get(new_id)

    def compare(self, assessment_ids: list[str]) -> Comparison:
        """Assessments side by side (oldest first), a row per competency recorded in any of them."""
        if not assessment_ids:
            raise ValidationError("Choose the assessments to compare.")
        with self._db.read() as s:
            found = [get_live(s, Assessment, i, "Assessment") for i in dict.fromkeys(assessment_ids)]
            if len({a.framework_id for a in found}) > 1:
                raise ValidationError("Only assessments against the same competency framework can be compared.")
            found.sort(key=lambda a: (a.assessed_on, a.version))
            ids = [a.id for a in found]
            by_key = {(f.assessment_id, f.competency_id): f
                      for f in s.scalars(live(Finding).where(Finding.assessment_id.in_(ids)))}
            used = {c for _, c in by_key}
            rows = []
            for area, c, _depth in framework_order(s, found[0].framework_id):
                if c.id not in used:
                    continue
                cells = [by_key.get((i, c.id)) for i in ids]
                rows.append(ComparedCompetency(
                    c.id, c.code, c.title, area.title,
                    tuple(f.current_level if f else None for f in cells),
                    tuple(f.required_level if f else None for f in cells)))
            return Comparison(tuple(self._rows(s, found)), tuple(rows))

    @staticmethod
    def _rows(s: Session, items: list[Assessment]) -> list[AssessmentRow]:
        ids = [a.id for a in items]
        names = dict(s.execute(select(Unit.id, Unit.name).where(Unit.id.in_({a.unit_id for a in items}))).all())
        successors = dict(s.execute(select(Assessment.supersedes_id, Assessment.id).where(
            Assessment.supersedes_id.in_(ids), Assessment.deleted.is_(False))).all())
        counts = dict(s.execute(select(Finding.assessment_id, func.count()).where(
            Finding.assessment_id.in_(ids), Finding.deleted.is_(False)).group_by(Finding.assessment_id)).all())
        return [_row(a, names.get(a.unit_id, ""), successors.get(a.id), counts.get(a.id, 0)) for a in items]


def _finding_row(assessment_id: str, c: Competency, area: CapabilityArea | None, depth: int,
                 f: Finding | None) -> FindingRow:
    return FindingRow(
        assessment_id=assessment_id, competency_id=c.id, code=c.code, title=c.title, area_id=c.area_id,
        area_code=area.code if area else "", area_title=area.title if area else "", depth=depth,
        recorded=f is not None,
        current_level=f.current_level if f else None, required_level=f.required_level if f else None,
        priority=f.priority if f else Priority.MEDIUM.value, confidence=f.confidence if f else Confidence.MEDIUM.value,
        evidence_kind=f.evidence_kind if f else None, evidence=f.evidence if f else "",
        trainable=f.trainable if f else True, non_training_response=f.non_training_response if f else "",
    )
