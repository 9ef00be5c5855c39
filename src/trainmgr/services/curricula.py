"""Tailored curricula: propose one from needs assessments, edit it while it is a draft, approve it
(immutable from then on), make a new version of it, retire it.

Versions: each version is its own row (`version`, `supersedes_id`) with its own copies of the
modules, so a cohort keeps running exactly the version it started with. Approving a new version
does not retire the previous one (cohorts may still run it): retire it explicitly.
The proposal rules are in `curriculum_proposal`; module editing in `curriculum_modules`.
"""

from __future__ import annotations

from sqlalchemy import func, select

from trainmgr.db.base import natural_id, utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import Cohort, Curriculum, CurriculumAssessment, Programme
from trainmgr.domain.assessment_records import CurriculumDetail, CurriculumRow, ProposalSummary
from trainmgr.domain.enums import CurriculumStatus
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text
from trainmgr.services.curriculum_modules import ModuleEditing, ModuleInput, tombstone_module
from trainmgr.services.curriculum_proposal import propose
from trainmgr.services.curriculum_support import (
    copy_module,
    copy_prerequisites,
    curriculum_rows,
    draft_curriculum,
    live_modules,
    module_rows,
)
from trainmgr.services.permissions import Permission, require

__all__ = ["CurriculumService", "ModuleInput"]


class CurriculumService(ModuleEditing):
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- reading -----------------------------------------------------------------------------
    def list(self, programme_id: str) -> list[CurriculumRow]:
        """The programme's curricula, by name then version."""
        with self._db.read() as s:
            items = s.scalars(live(Curriculum).where(Curriculum.programme_id == programme_id)
                              .order_by(Curriculum.name, Curriculum.version)).all()
            return curriculum_rows(s, list(items))

    def get(self, curriculum_id: str) -> CurriculumDetail:
        """The curriculum with its modules in order and the assessments it was designed from."""
        with self._db.read() as s:
            c = get_live(s, Curriculum, curriculum_id, "Curriculum")
            links = s.scalars(select(CurriculumAssessment.assessment_id).where(
                CurriculumAssessment.curriculum_id == c.id, CurriculumAssessment.deleted.is_(False))).all()
            return CurriculumDetail(curriculum_rows(s, [c])[0], tuple(module_rows(s, live_modules(s, c.id))),
                                    tuple(sorted(links)))

    # --- creating ----------------------------------------------------------------------------
    def create(self, programme_id: str, name: str, code: str = "", description: str = "") -> CurriculumRow:
        """An empty draft curriculum."""
        fields = _header(name, code, description)
        with self._db.write() as s:
            get_live(s, Programme, programme_id, "Programme")
            c = Curriculum(programme_id=programme_id, status=CurriculumStatus.DRAFT.value, **fields)
            s.add(c)
            s.flush()
            return curriculum_rows(s, [c])[0]

    def propose(self, programme_id: str, assessment_ids: list[str], name: str, code: str = "") -> ProposalSummary:
        """A new draft curriculum closing the trainable gaps of these assessments (rules in
        `curriculum_proposal`). Nothing is saved when it is refused."""
        fields = _header(name, code, "")
        with self._db.write() as s:
            get_live(s, Programme, programme_id, "Programme")
            return propose(s, programme_id, list(assessment_ids), str(fields["name"]), str(fields["code"]))

    def update(self, curriculum_id: str, name: str, code: str = "", description: str = "") -> CurriculumRow:
        fields = _header(name, code, description)
        with self._db.write() as s:
            apply_changes(draft_curriculum(s, curriculum_id), fields)
        return self.get(curriculum_id).curriculum

    def delete(self, curriculum_id: str) -> None:
        """Tombstone a draft nobody runs (its modules go with it)."""
        with self._db.write() as s:
            c = draft_curriculum(s, curriculum_id)
            cohorts = s.scalar(select(func.count()).select_from(Cohort).where(
                Cohort.curriculum_id == c.id, Cohort.deleted.is_(False))) or 0
            if cohorts:
                raise ValidationError(f"“{c.name}” is run by {cohorts} cohort(s) and cannot be deleted.")
            for m in live_modules(s, c.id):
                tombstone_module(s, m)
            for link in s.scalars(live(CurriculumAssessment).where(CurriculumAssessment.curriculum_id == c.id)):
                link.deleted = True
            c.deleted = True

    # --- life cycle --------------------------------------------------------------------------
    def approve(self, curriculum_id: str, approved_by: str = "") -> CurriculumRow:
        """Approve a draft: from now on it cannot change (a new version can)."""
        require(self._db, Permission.APPROVE_CURRICULUM)
        with self._db.write() as s:
            c = draft_curriculum(s, curriculum_id)
            if not live_modules(s, c.id):
                raise ValidationError(f"“{c.name}” has no module yet; add one before approving it.")
            approver = optional_text(approved_by, "Approved by", 200) or self._db.context.user
            apply_changes(c, {"status": CurriculumStatus.APPROVED.value, "approved_at": utcnow(),
                              "approved_by": approver})
        return self.get(curriculum_id).curriculum

    def new_version(self, curriculum_id: str) -> CurriculumRow:
        """A draft copy (version + 1, superseding this one) of an approved or retired curriculum."""
        with self._db.write() as s:
            old = get_live(s, Curriculum, curriculum_id, "Curriculum")
            if old.status == CurriculumStatus.DRAFT.value:
                raise ValidationError(f"“{old.name}” version {old.version} is still a draft: edit it directly.")
            newer = s.scalar(live(Curriculum).where(Curriculum.supersedes_id == old.id).limit(1))
            if newer is not None:
                raise ValidationError(f"“{old.name}” version {old.version} already has a newer version "
                                      f"({newer.version}); start from that one.")
            new = Curriculum(programme_id=old.programme_id, code=old.code, name=old.name, version=old.version + 1,
                             status=CurriculumStatus.DRAFT.value, supersedes_id=old.id, description=old.description)
            s.add(new)
            s.flush()
            id_map = {m.id: copy_module(s, m, new.id, m.sort_order).id for m in live_modules(s, old.id)}
            copy_prerequisites(s, id_map)
            for link in s.scalars(live(CurriculumAssessment).where(CurriculumAssessment.curriculum_id == old.id)):
                s.add(CurriculumAssessment(id=natural_id(CurriculumAssessment, new.id, link.assessment_id),
                                           curriculum_id=new.id, assessment_id=link.assessment_id))
            new_id = new.id
        return self.get(new_id).curriculum

    def retire(self, curriculum_id: str) -> CurriculumRow:
        """Retire an approved version (no new cohort should start it; existing ones keep their records)."""
        with self._db.write() as s:
            c = get_live(s, Curriculum, curriculum_id, "Curriculum")
            if c.status == CurriculumStatus.DRAFT.value:
                raise ValidationError(f"“{c.name}” version {c.version} is a draft, not in use: delete it instead.")
            if c.status == CurriculumStatus.RETIRED.value:
                raise ValidationError(f"“{c.name}” version {c.version} is already retired.")
            apply_changes(c, {"status": CurriculumStatus.RETIRED.value})
        return self.get(curriculum_id).curriculum


def _header(name: str, code: str, description: str) -> dict[str, object]:
    return {"name": required_text(name, "Name", 200), "code": optional_text(code, "Code", 40),
            "description": optional_text(description, "Description", 4000)}
