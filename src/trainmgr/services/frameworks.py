"""Competency frameworks: the starter framework, browsing the tree, editing competencies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.audit_hook import summarised
from trainmgr.db.base import natural_id
from trainmgr.db.engine import Database
from trainmgr.db.models import (
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
from trainmgr.db.stamping import load_replica
from trainmgr.domain.enums import FrameworkStatus
from trainmgr.domain.ids import stable_id
from trainmgr.domain.records import (
    AreaNode,
    CompetencyDetail,
    CompetencyNode,
    FrameworkRow,
    LevelRow,
    StandardRef,
)
from trainmgr.errors import ValidationError
from trainmgr.services.common import apply_changes, get_live, live, optional_text, required_text

STARTER_RESOURCE = "frameworks/starter_framework.json"


def load_starter_document() -> dict[str, Any]:
    text = resources.files("trainmgr._resources").joinpath(STARTER_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class CompetencyInput:
    code: str
    title: str
    description: str = ""
    descriptors: tuple[tuple[int, str], ...] = ()


class FrameworkService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def db(self) -> Database:
        return self._db

    # --- the starter framework -------------------------------------------------------------
    def ensure_starter(self) -> str:
        """Load the starter framework once. Its ids are derived from its codes, so every laptop
        that loads it apart agrees on them and sync merges rather than duplicates."""
        doc = load_starter_document()
        framework_id = stable_id("framework", doc["code"], doc["version"])
        with self._db.write() as s, summarised(s, "framework.seed", entity="framework", entity_id=framework_id):
            if s.get(Framework, framework_id) is None:
                first_seq = load_replica(s).change_seq
                _insert_document(s, doc, framework_id)
                s.flush()
                _mark_seeded(s, first_seq)
        return framework_id

    # --- reading ---------------------------------------------------------------------------
    def list(self) -> list[FrameworkRow]:
        with self._db.read() as s:
            counts = dict(s.execute(select(Competency.framework_id, func.count())
                                    .where(Competency.deleted.is_(False))
                                    .group_by(Competency.framework_id)).all())
            return [
                FrameworkRow(f.id, f.code, f.name, f.version, f.status, counts.get(f.id, 0))
                for f in s.scalars(live(Framework).order_by(Framework.name, Framework.version))
            ]

    def levels(self, framework_id: str) -> list[LevelRow]:
        with self._db.read() as s:
            rows = s.execute(
                select(ProficiencyLevel).join(ProficiencyScale, ProficiencyLevel.scale_id == ProficiencyScale.id)
                .where(ProficiencyScale.framework_id == framework_id, ProficiencyLevel.deleted.is_(False))
                .order_by(ProficiencyLevel.level)
            ).scalars()
            return [LevelRow(r.level, r.label, r.description, r.proficient) for r in rows]

    def tree(self, framework_id: str, search: str = "") -> list[AreaNode]:
        """Areas with their competency trees; with `search`, only matching competencies (and the
        ancestors that lead to them) are kept."""
        needle = search.strip().casefold()
        with self._db.read() as s:
            areas = s.scalars(live(CapabilityArea).where(CapabilityArea.framework_id == framework_id)
                              .order_by(CapabilityArea.sort_order, CapabilityArea.code)).all()
            comps = s.scalars(live(Competency).where(Competency.framework_id == framework_id)
                              .order_by(Competency.sort_order, Competency.code)).all()
        children: dict[str | None, list[Competency]] = {}
        for c in comps:
            children.setdefault(c.parent_id, []).append(c)

        def build(c: Competency) -> CompetencyNode | None:
            kids = tuple(n for n in (build(k) for k in children.get(c.id, [])) if n is not None)
            matches = not needle or needle in c.code.casefold() or needle in c.title.casefold()
            if not matches and not kids:
                return None
            return CompetencyNode(c.id, c.area_id, c.parent_id, c.code, c.title, kids)

        result = []
        for area in areas:
            roots = [c for c in children.get(None, []) if c.area_id == area.id]
            nodes = tuple(n for n in (build(c) for c in roots) if n is not None)
            if nodes or not needle:
                result.append(AreaNode(area.id, area.code, area.title, nodes))
        return result

    def competency(self, competency_id: str) -> CompetencyDetail:
        with self._db.read() as s:
            c = get_live(s, Competency, competency_id, "Competency")
            area = s.get(CapabilityArea, c.area_id)
            descriptors = {d.level: d.text for d in s.scalars(
                live(LevelDescriptor).where(LevelDescriptor.competency_id == c.id))}
            refs = s.execute(
                select(CompetencyStandard, Standard).join(Standard, CompetencyStandard.standard_id == Standard.id)
                .where(CompetencyStandard.competency_id == c.id, CompetencyStandard.deleted.is_(False))
                .order_by(Standard.code)
            ).all()
            return CompetencyDetail(
                id=c.id, framework_id=c.framework_id, area_id=c.area_id,
                area_title=area.title if area else "", parent_id=c.parent_id, code=c.code, title=c.title,
                description=c.description, descriptors=descriptors,
                standards=tuple(StandardRef(st.id, st.code, st.title, st.body, link.detail) for link, st in refs),
                updated_by=c.updated_by, updated_on=c.updated_on,
            )

    # --- editing ---------------------------------------------------------------------------
    def update_competency(self, competency_id: str, data: CompetencyInput) -> CompetencyDetail:
        code = required_text(data.code, "Code", 40)
        title = required_text(data.title, "Title", 300)
        description = optional_text(data.description, "Description", 4000)
        with self._db.write() as s:
            c = get_live(s, Competency, competency_id, "Competency")
            self._check_code_free(s, c.framework_id, code, exclude=c.id)
            apply_changes(c, {"code": code, "title": title, "description": description})
            self._write_descriptors(s, c.id, data.descriptors)
        return self.competency(competency_id)

    def add_competency(self, area_id: str, data: CompetencyInput, parent_id: str | None = None) -> CompetencyDetail:
        code = required_text(data.code, "Code", 40)
        title = required_text(data.title, "Title", 300)
        with self._db.write() as s:
            area = get_live(s, CapabilityArea, area_id, "Capability area")
            if parent_id:
                parent = get_live(s, Competency, parent_id, "Parent competency")
                if parent.area_id != area_id:
                    raise ValidationError("The parent competency belongs to another capability area.")
            self._check_code_free(s, area.framework_id, code)
            last = s.scalar(select(func.max(Competency.sort_order)).where(Competency.area_id == area_id)) or 0
            c = Competency(framework_id=area.framework_id, area_id=area_id, parent_id=parent_id, code=code,
                           title=title, description=optional_text(data.description, "Description", 4000),
                           sort_order=last + 1)
            s.add(c)
            s.flush()
            self._write_descriptors(s, c.id, data.descriptors)
            new_id = c.id
        return self.competency(new_id)

    def delete_competency(self, competency_id: str) -> None:
        with self._db.write() as s:
            c = get_live(s, Competency, competency_id, "Competency")
            kids = s.scalar(select(func.count()).select_from(Competency)
                            .where(Competency.parent_id == c.id, Competency.deleted.is_(False))) or 0
            if kids:
                raise ValidationError(f"{c.code} has {kids} sub-competencies; delete or move them first.")
            used = s.scalar(select(func.count()).select_from(Finding)
                            .where(Finding.competency_id == c.id, Finding.deleted.is_(False))) or 0
            if used:
                raise ValidationError(f"{c.code} is used by {used} assessment finding(s) and cannot be deleted.")
            c.deleted = True

    @staticmethod
    def _check_code_free(s: Session, framework_id: str, code: str, exclude: str | None = None) -> None:
        query = select(Competency.id).where(Competency.framework_id == framework_id, Competency.code == code,
                                            Competency.deleted.is_(False))
        if exclude:
            query = query.where(Competency.id != exclude)
        if s.scalar(query.limit(1)):
            raise ValidationError(f"The code {code} is already used in this framework.")

    @staticmethod
    def _write_descriptors(s: Session, competency_id: str, descriptors: tuple[tuple[int, str], ...]) -> None:
        for level, text in descriptors:
            if not 1 <= level <= 5:
                raise ValidationError(f"Level {level} is outside the scale (1 to 5).")
            text = optional_text(text, f"Level {level} descriptor", 2000)
            row_id = natural_id(LevelDescriptor, competency_id, level)
            row = s.get(LevelDescriptor, row_id)
            if row is None:
                s.add(LevelDescriptor(id=row_id, competency_id=competency_id, level=level, text=text))
            else:
                apply_changes(row, {"text": text, "deleted": False})


SEED_STAMP = "0000000000000.00000.seed"


SEEDED_TABLES = (Framework, ProficiencyScale, ProficiencyLevel, CapabilityArea, Competency, LevelDescriptor,
                 Standard, CompetencyStandard)


def _mark_seeded(s: Session, first_seq: int) -> None:
    """Give seeded rows the same clock on every laptop, and no place in the change sequence.

    Every new database loads the starter framework itself, so its rows are identical everywhere
    (same ids, same values, same stamps): they are never exported until someone edits them, and an
    edit on one laptop is a plain later write for all the others, never a conflict."""
    for model in SEEDED_TABLES:
        table = model.__table__
        s.execute(table.update().where(table.c.change_seq > first_seq).values(
            born=SEED_STAMP, hlc=SEED_STAMP, field_clocks=None, vv={"seed": SEED_STAMP}, change_seq=0,
            created_by="trainmgr", updated_by="trainmgr"))
    s.expire_all()


def _insert_document(s: Session, doc: dict[str, Any], framework_id: str) -> None:
    s.add(Framework(id=framework_id, code=doc["code"], name=doc["name"], version=doc["version"],
                    status=FrameworkStatus.ACTIVE.value, source="trainmgr starter framework",
                    translations={"fr": doc.get("name_fr", "")}))
    s.flush()
    scale = doc["scale"]
    scale_id = stable_id("scale", framework_id, scale["code"])
    s.add(ProficiencyScale(id=scale_id, framework_id=framework_id, code=scale["code"], name=scale["name"]))
    s.flush()  # no ORM relationships: parents are flushed before their children reference them
    for lv in scale["levels"]:
        s.add(ProficiencyLevel(id=natural_id(ProficiencyLevel, scale_id, lv["level"]), scale_id=scale_id,
                               level=lv["level"], label=lv["label"], description=lv.get("description", ""),
                               proficient=bool(lv.get("proficient")), translations={"fr": lv.get("label_fr", "")}))
    standard_ids = {}
    for st in doc["standards"]:
        standard_ids[st["code"]] = sid = stable_id("standard", st["code"])
        if s.get(Standard, sid) is None:
            s.add(Standard(id=sid, code=st["code"], title=st["title"], body=st.get("body", "Other"),
                           detail=st.get("detail", "")))
    s.flush()
    for order, area in enumerate(doc["areas"], start=1):
        area_id = stable_id("area", framework_id, area["code"])
        s.add(CapabilityArea(id=area_id, framework_id=framework_id, code=area["code"], title=area["title"],
                             description=area.get("description", ""), sort_order=order,
                             translations={"fr": area.get("title_fr", "")}))
        s.flush()
        _insert_competencies(s, framework_id, area_id, None, area["competencies"], standard_ids)


def _insert_competencies(s: Session, framework_id: str, area_id: str, parent_id: str | None,
                         items: list[dict[str, Any]], standard_ids: dict[str, str]) -> None:
    for order, item in enumerate(items, start=1):
        cid = stable_id("competency", framework_id, item["code"])
        s.add(Competency(id=cid, framework_id=framework_id, area_id=area_id, parent_id=parent_id,
                         code=item["code"], title=item["title"], description=item.get("description", ""),
                         sort_order=order, translations={"fr": item.get("title_fr", "")}))
        s.flush()
        for level, text in sorted(item.get("levels", {}).items()):
            s.add(LevelDescriptor(id=natural_id(LevelDescriptor, cid, int(level)), competency_id=cid,
                                  level=int(level), text=text))
        for ref in item.get("standards", []):
            sid = standard_ids[ref["code"]]
            s.add(CompetencyStandard(id=natural_id(CompetencyStandard, cid, sid), competency_id=cid,
                                     standard_id=sid, detail=ref.get("detail", "")))
        _insert_competencies(s, framework_id, area_id, cid, item.get("children", []), standard_ids)
