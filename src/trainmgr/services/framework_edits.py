"""Editing a framework's scale and standard references, and making a new version of a framework.

A scale in use never changes meaning: once an assessment of the framework has a finding, only the
wording of its levels may change; anything else needs a new version of the framework."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.engine import Database
from trainmgr.db.models import (
    Assessment,
    CapabilityArea,
    Competency,
    CompetencyStandard,
    Finding,
    Framework,
    LevelDescriptor,
    ProficiencyLevel,
    ProficiencyScale,
    Standard,
)
from trainmgr.domain.enums import FrameworkStatus, StandardBody
from trainmgr.domain.ids import stable_id
from trainmgr.domain.records import LevelRow, StandardRef
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text


class FrameworkEditService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- the proficiency scale -------------------------------------------------------------
    def findings_in_use(self, framework_id: str) -> int:
        with self._db.read() as s:
            return _findings_count(s, framework_id)

    def update_level(self, framework_id: str, level: int, label: str, description: str = "") -> LevelRow:
        """Reword a level: always allowed, the meaning stays the same."""
        label = required_text(label, "Label", 80)
        description = optional_text(description, "Description", 2000)
        with self._db.write() as s:
            row = _level(s, framework_id, level)
            apply_changes(row, {"label": label, "description": description})
            return _level_row(row)

    def update_scale(self, framework_id: str, levels: list[LevelRow]) -> list[LevelRow]:
        """Save several levels' wording and proficient marks in one transaction: all or nothing."""
        wanted = [(lv.level, required_text(lv.label, f"Label of level {lv.level}", 80),
                   optional_text(lv.description, f"Description of level {lv.level}", 2000), bool(lv.proficient))
                  for lv in levels]
        with self._db.write() as s:
            saved = []
            for level, label, description, proficient in wanted:
                row = _level(s, framework_id, level)
                if row.proficient != proficient:
                    _check_scale_free(s, framework_id)
                apply_changes(row, {"label": label, "description": description, "proficient": proficient})
                saved.append(_level_row(row))
            return saved

    def set_proficient(self, framework_id: str, level: int, proficient: bool) -> LevelRow:
        with self._db.write() as s:
            row = _level(s, framework_id, level)
            if row.proficient != bool(proficient):
                _check_scale_free(s, framework_id)
                apply_changes(row, {"proficient": bool(proficient)})
            return _level_row(row)

    def renumber_level(self, framework_id: str, level: int, new_level: int) -> LevelRow:
        """Move a level to another number (its id follows its number, so the old row is tombstoned)."""
        if not 1 <= new_level <= 5:
            raise ValidationError(f"Level {new_level} is outside the scale (1 to 5).")
        with self._db.write() as s:
            row = _level(s, framework_id, level)
            if new_level == level:
                return _level_row(row)
            _check_scale_free(s, framework_id)
            target_id = natural_id(ProficiencyLevel, row.scale_id, new_level)
            target = s.get(ProficiencyLevel, target_id)
            if target is not None and not target.deleted:
                raise ValidationError(f"The scale already has a level {new_level}.")
            values = {"label": row.label, "description": row.description, "proficient": row.proficient,
                      "translations": row.translations}
            row.deleted = True
            if target is None:
                target = ProficiencyLevel(id=target_id, scale_id=row.scale_id, level=new_level, **values)
                s.add(target)
            else:
                apply_changes(target, {**values, "deleted": False})
            s.flush()
            return _level_row(target)

    # --- standards -------------------------------------------------------------------------
    def standards(self) -> list[StandardRef]:
        with self._db.read() as s:
            return [StandardRef(st.id, st.code, st.title, st.body, st.detail)
                    for st in s.scalars(live(Standard).order_by(Standard.code))]

    def add_standard(self, code: str, title: str, body: str = StandardBody.OTHER.value,
                     detail: str = "") -> StandardRef:
        code = required_text(code, "Code", 40)
        title = required_text(title, "Title", 300)
        detail = optional_text(detail, "Detail", 4000)
        if body not in {b.value for b in StandardBody}:
            raise ValidationError(f"Unknown standards body: {body}.")
        with self._db.write() as s:
            if s.scalar(select(Standard.id).where(Standard.code == code, Standard.deleted.is_(False)).limit(1)):
                raise ValidationError(f"The standard {code} already exists.")
            sid = stable_id("standard", code)  # as the starter framework: laptops agree on the id
            row = s.get(Standard, sid)
            if row is None:
                s.add(Standard(id=sid, code=code, title=title, body=body, detail=detail))
            else:
                apply_changes(row, {"title": title, "body": body, "detail": detail, "deleted": False})
            return StandardRef(sid, code, title, body, detail)

    def link_standard(self, competency_id: str, standard_id: str, detail: str = "") -> None:
        detail = optional_text(detail, "Detail", 300)
        with self._db.write() as s:
            get_live(s, Competency, competency_id, "Competency")
            get_live(s, Standard, standard_id, "Standard")
            row_id = natural_id(CompetencyStandard, competency_id, standard_id)
            row = s.get(CompetencyStandard, row_id)
            if row is None:
                s.add(CompetencyStandard(id=row_id, competency_id=competency_id, standard_id=standard_id,
                                         detail=detail))
            else:
                apply_changes(row, {"detail": detail, "deleted": False})

    def unlink_standard(self, competency_id: str, standard_id: str) -> None:
        with self._db.write() as s:
            row = s.get(CompetencyStandard, natural_id(CompetencyStandard, competency_id, standard_id))
            if row is None or row.deleted:
                raise NotFoundError("This competency does not refer to that standard.")
            row.deleted = True

    # --- versions --------------------------------------------------------------------------
    def new_version(self, framework_id: str, version: str, name: str | None = None,
                    source: str | None = None) -> str:
        """Copy the framework as `version` (active, superseding it) and retire the old one. The new
        version keeps the old name and source unless others are given (a revised edition's title)."""
        version = required_text(version, "Version", 20)
        name = required_text(name, "Name", 200) if name is not None else None
        source = optional_text(source, "Source", 300) if source is not None else None
        with self._db.write() as s:
            old = get_live(s, Framework, framework_id, "Framework")
            new_id = stable_id("framework", old.code, version)
            taken = s.scalar(select(Framework.id).where(Framework.code == old.code, Framework.version == version)
                             .limit(1))
            if taken or s.get(Framework, new_id) is not None:
                raise ValidationError(f"Version {version} of {old.code} already exists.")
            s.add(Framework(id=new_id, code=old.code, name=name or old.name, version=version,
                            status=FrameworkStatus.ACTIVE.value,
                            source=old.source if source is None else source, supersedes_id=old.id,
                            translations=old.translations))
            s.flush()
            _copy_scales(s, old.id, new_id)
            _copy_tree(s, old.id, new_id)
            old.status = FrameworkStatus.RETIRED.value
            return new_id


def _findings_count(s: Session, framework_id: str) -> int:
    return s.scalar(
        select(func.count()).select_from(Finding).join(Assessment, Finding.assessment_id == Assessment.id)
        .where(Assessment.framework_id == framework_id, Assessment.deleted.is_(False),
               Finding.deleted.is_(False))) or 0


def _check_scale_free(s: Session, framework_id: str) -> None:
    used = _findings_count(s, framework_id)
    if used:
        raise ValidationError(f"the scale is in use by {used} findings: "
                              "create a new version of the framework to change its meaning")


def _level(s: Session, framework_id: str, level: int) -> ProficiencyLevel:
    row = s.scalars(
        select(ProficiencyLevel).join(ProficiencyScale, ProficiencyLevel.scale_id == ProficiencyScale.id)
        .where(ProficiencyScale.framework_id == framework_id, ProficiencyScale.deleted.is_(False),
               ProficiencyLevel.level == level, ProficiencyLevel.deleted.is_(False)).limit(1)).first()
    if row is None:
        raise NotFoundError(f"The framework's scale has no level {level}.")
    return row


def _level_row(row: ProficiencyLevel) -> LevelRow:
    return LevelRow(row.level, row.label, row.description, row.proficient)


def _copy_scales(s: Session, old_id: str, new_id: str) -> None:
    for scale in s.scalars(live(ProficiencyScale).where(ProficiencyScale.framework_id == old_id)).all():
        scale_id = stable_id("scale", new_id, scale.code)
        s.add(ProficiencyScale(id=scale_id, framework_id=new_id, code=scale.code, name=scale.name))
        s.flush()
        for lv in s.scalars(live(ProficiencyLevel).where(ProficiencyLevel.scale_id == scale.id)).all():
            s.add(ProficiencyLevel(id=natural_id(ProficiencyLevel, scale_id, lv.level), scale_id=scale_id,
                                   level=lv.level, label=lv.label, description=lv.description,
                                   proficient=lv.proficient, translations=lv.translations))
    s.flush()


def _copy_tree(s: Session, old_id: str, new_id: str) -> None:
    area_ids: dict[str, str] = {}
    for area in s.scalars(live(CapabilityArea).where(CapabilityArea.framework_id == old_id)).all():
        area_ids[area.id] = stable_id("area", new_id, area.code)
        s.add(CapabilityArea(id=area_ids[area.id], framework_id=new_id, code=area.code, title=area.title,
                             description=area.description, sort_order=area.sort_order,
                             translations=area.translations))
    s.flush()
    comps = s.scalars(live(Competency).where(Competency.framework_id == old_id)).all()
    comp_ids: dict[str, str] = {}
    for c in comps:  # two laptops may have made the same code offline: keep both, with distinct ids
        cid = stable_id("competency", new_id, c.code)
        comp_ids[c.id] = cid if cid not in comp_ids.values() else stable_id("competency", new_id, c.code, c.id)
    pending = [c for c in comps if c.area_id in area_ids]
    done: set[str] = set()
    while pending:  # parents first: there are no ORM relationships to order the inserts
        ready = [c for c in pending if c.parent_id is None or c.parent_id in done or c.parent_id not in comp_ids]
        if not ready:
            break
        for c in ready:
            parent = comp_ids.get(c.parent_id) if c.parent_id else None
            s.add(Competency(id=comp_ids[c.id], framework_id=new_id, area_id=area_ids[c.area_id],
                             parent_id=parent, code=c.code, title=c.title, description=c.description,
                             sort_order=c.sort_order, translations=c.translations))
            done.add(c.id)
        s.flush()
        pending = [c for c in pending if c.id not in done]
    old_ids = list(done)
    for d in s.scalars(live(LevelDescriptor).where(LevelDescriptor.competency_id.in_(old_ids))).all():
        cid = comp_ids[d.competency_id]
        s.add(LevelDescriptor(id=natural_id(LevelDescriptor, cid, d.level), competency_id=cid, level=d.level,
                              text=d.text))
    for link in s.scalars(live(CompetencyStandard).where(CompetencyStandard.competency_id.in_(old_ids))).all():
        cid = comp_ids[link.competency_id]
        s.add(CompetencyStandard(id=natural_id(CompetencyStandard, cid, link.standard_id), competency_id=cid,
                                 standard_id=link.standard_id, detail=link.detail))
    s.flush()
