"""What importing a framework workbook would do to one framework: checked against the database in
the caller's session, so the preview and the apply see the same rules.

`plan(...)` never writes; `carry_out(...)` writes the plan in the caller's transaction. The file is
never trusted for ids: competencies are matched by code within the framework, and new rows get
deterministic ids (from framework and code) so two laptops importing the same file agree.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from trainmgr.db.base import natural_id
from trainmgr.db.models import (
    CapabilityArea,
    Competency,
    CompetencyStandard,
    Framework,
    LevelDescriptor,
    ProficiencyLevel,
    ProficiencyScale,
    Standard,
)
from trainmgr.domain.enums import FrameworkStatus, StandardBody
from trainmgr.domain.ids import new_id, stable_id
from trainmgr.exchange.excel.columns import SheetError
from trainmgr.exchange.excel.framework_workbook import LEVELS, CompetencyLine, FrameworkInfo, FrameworkSheet
from trainmgr.services.common import apply_changes, live


@dataclass(frozen=True)
class CompetencyChange:
    code: str
    title: str
    fields: tuple[str, ...] = ()  # what changes (empty for a new competency)


@dataclass
class Plan:
    sheet: FrameworkSheet
    info: FrameworkInfo
    framework: Framework | None  # None: a new framework is created
    framework_id: str
    errors: list[SheetError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    new: list[CompetencyChange] = field(default_factory=list)
    changed: list[CompetencyChange] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0
    new_areas: dict[str, str] = field(default_factory=dict)  # code -> title
    changed_areas: dict[str, str] = field(default_factory=dict)  # code -> new title
    new_standards: list[str] = field(default_factory=list)
    # loaded state
    areas: dict[str, CapabilityArea] = field(default_factory=dict)
    comps: dict[str, Competency] = field(default_factory=dict)
    final_parent: dict[str, str] = field(default_factory=dict)  # code -> parent code ("" for a root)


def info_for(sheet: FrameworkSheet, file_stem: str) -> FrameworkInfo:
    """The framework the file describes: its Framework sheet, else one named after the file."""
    if sheet.info is not None and sheet.info.code:
        return FrameworkInfo(sheet.info.code, sheet.info.name or sheet.info.code, sheet.info.version or "1.0",
                             sheet.info.source)
    ascii_stem = unicodedata.normalize("NFKD", file_stem).encode("ascii", "ignore").decode("ascii")
    code = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").upper()[:40] or "IMPORTED"
    return FrameworkInfo(code, file_stem.strip()[:200] or code, "1.0", "")


def plan(s: Session, sheet: FrameworkSheet, framework_id: str | None, file_stem: str) -> Plan:
    info = info_for(sheet, file_stem)
    if framework_id is not None:
        fw = s.get(Framework, framework_id)
        if fw is None or fw.deleted:
            raise LookupError("framework not found")
        if sheet.info is not None and (sheet.info.code, sheet.info.version or fw.version) != (fw.code, fw.version):
            info_warning = (f"The file describes the framework {sheet.info.code} {sheet.info.version}; "
                            f"it is imported into {fw.code} {fw.version}.")
        else:
            info_warning = ""
    else:
        fw = s.scalars(live(Framework).where(Framework.code == info.code, Framework.version == info.version)
                       .order_by(Framework.created_at).limit(1)).first()
        info_warning = ""
    target_id = fw.id if fw is not None else stable_id("framework", info.code, info.version)
    p = Plan(sheet, info, fw, target_id, errors=list(sheet.errors), warnings=list(sheet.warnings))
    if info_warning:
        p.warnings.append(info_warning)
    if fw is None and s.get(Framework, target_id) is not None:
        p.errors.append(SheetError(sheet.file, f"the framework {info.code} {info.version} was deleted from this "
                                   "database; give the file another code or version"))
    _load(s, p)
    _check(s, p)
    if not p.errors:
        _diff(s, p)
        _check_scale(s, p)
    return p


def _load(s: Session, p: Plan) -> None:
    if p.framework is None:
        _match_case(p)
        return
    for area in s.scalars(live(CapabilityArea).where(CapabilityArea.framework_id == p.framework_id)):
        p.areas.setdefault(area.code, area)
    twice: set[str] = set()
    for comp in s.scalars(live(Competency).where(Competency.framework_id == p.framework_id)):
        if comp.code in p.comps:
            twice.add(comp.code)
        p.comps.setdefault(comp.code, comp)
    _match_case(p)
    file_codes = {line.code for line in p.sheet.rows}
    for code in sorted(twice & file_codes):
        p.errors.append(SheetError(p.sheet.file, f"the framework already has two competencies coded {code} "
                                   "(made apart on two laptops?); merge them before importing"))


def _match_case(p: Plan) -> None:
    """Codes match whatever their case: "log.01" in the file is the framework's "LOG.01" (and a
    parent or area code written in another case than its row is the same code). The framework's
    spelling wins, then the spelling of the row that defines the code."""
    comp_spelling: dict[str, str] = {code.casefold(): code for code in p.comps}
    area_spelling: dict[str, str] = {code.casefold(): code for code in p.areas}
    for line in p.sheet.rows:
        comp_spelling.setdefault(line.code.casefold(), line.code)
        area_spelling.setdefault(line.area_code.casefold(), line.area_code)

    def same(spelling: dict[str, str], code: str) -> str:
        return spelling.get(code.casefold(), code) if code else code

    p.sheet = replace(p.sheet, rows=tuple(
        replace(line, code=same(comp_spelling, line.code), parent_code=same(comp_spelling, line.parent_code),
                area_code=same(area_spelling, line.area_code))
        for line in p.sheet.rows))


def _err(p: Plan, line: CompetencyLine, column: str, message: str) -> None:
    p.errors.append(SheetError(p.sheet.file, message, p.sheet.sheet, line.row, column))


def _check(s: Session, p: Plan) -> None:
    rows = [line for line in p.sheet.rows if line.code]
    first_row: dict[str, CompetencyLine] = {}
    for line in rows:
        other = first_row.get(line.code.casefold())
        if other is not None:
            _err(p, line, "Code", f"the code {line.code} is used twice (also row {other.row})")
        else:
            first_row[line.code.casefold()] = line
    by_code = {line.code: line for line in rows}
    # areas: known, or introduced with a title; one title per area in the file
    titles: dict[str, tuple[str, int]] = {}
    for line in rows:
        if line.area_code and line.area_title:
            seen = titles.get(line.area_code)
            if seen is not None and seen[0] != line.area_title:
                _err(p, line, "Area title", f"the area {line.area_code} is titled {seen[0]!r} in row {seen[1]}")
            else:
                titles.setdefault(line.area_code, (line.area_title, line.row))
    reported: set[str] = set()
    for line in rows:
        if line.area_code and line.area_code not in p.areas and line.area_code not in titles \
                and line.area_code not in reported:
            reported.add(line.area_code)
            _err(p, line, "Area code", f"the area {line.area_code} is not in the framework; give its title in "
                 "the Area title column to create it")
    # the tree after the import: the file's rows over the framework's other competencies
    by_id = {c.id: c for c in p.comps.values()}
    final_parent = {code: (by_id[c.parent_id].code if c.parent_id in by_id else "") for code, c in p.comps.items()}
    final_area = {code: _area_code_of(p, c) for code, c in p.comps.items()}
    for line in rows:
        final_parent[line.code] = line.parent_code
        final_area[line.code] = line.area_code
    for line in rows:
        parent = line.parent_code
        if not parent:
            continue
        if parent == line.code:
            _err(p, line, "Parent code", f"{line.code} cannot be its own parent")
        elif parent not in final_parent:
            _err(p, line, "Parent code", f"the parent {parent} is neither in the file nor in the framework")
        elif final_area.get(parent) != line.area_code:
            _err(p, line, "Parent code", f"the parent {parent} is in the area {final_area.get(parent)}, "
                 f"not in {line.area_code}")
    for code in p.comps:  # a competency the file does not list must follow its moved parent
        parent = final_parent.get(code, "")
        if code not in by_code and parent in by_code and final_area[parent] != final_area[code]:
            line = by_code[parent]
            _err(p, line, "Area code", f"{code} (not in the file) is under {parent}, which this file moves to "
                 f"the area {line.area_code}; move {code} too")
    _check_cycles(p, rows, final_parent)
    p.final_parent = final_parent


def _area_code_of(p: Plan, comp: Competency) -> str:
    return next((code for code, area in p.areas.items() if area.id == comp.area_id), "")


def _check_cycles(p: Plan, rows: list[CompetencyLine], final_parent: dict[str, str]) -> None:
    """Follow each row's parents; coming back to a code already on the way is a cycle (reported
    once, on the first row of the file that is part of it)."""
    row_of = {line.code: line for line in rows}
    reported: set[str] = set()
    for line in rows:
        if line.parent_code == line.code:
            continue  # "cannot be its own parent" already says it
        path: list[str] = []
        position: dict[str, int] = {}
        code = line.code
        while code and code in final_parent and code not in position:
            position[code] = len(path)
            path.append(code)
            code = final_parent[code]
        if code not in position:
            continue
        cycle = path[position[code]:]
        if len(cycle) > 1 and not reported.intersection(cycle):
            at = min((row_of[c] for c in cycle if c in row_of), key=lambda line_: line_.row)
            _err(p, at, "Parent code", f"the parents form a cycle: {' → '.join([*cycle, cycle[0]])}")
        reported.update(cycle)


def _diff(s: Session, p: Plan) -> None:
    rows = p.sheet.rows
    ids = [c.id for c in p.comps.values()]
    descriptors: dict[str, dict[int, str]] = {}
    links: dict[str, dict[str, str]] = {}
    if ids:
        for d in s.scalars(live(LevelDescriptor).where(LevelDescriptor.competency_id.in_(ids))):
            descriptors.setdefault(d.competency_id, {})[d.level] = d.text
        for link, st in s.execute(select(CompetencyStandard, Standard)
                                  .join(Standard, CompetencyStandard.standard_id == Standard.id)
                                  .where(CompetencyStandard.competency_id.in_(ids),
                                         CompetencyStandard.deleted.is_(False))):
            links.setdefault(link.competency_id, {})[st.code] = link.detail
    for line in rows:
        if line.area_code not in p.areas and line.area_code not in p.new_areas:
            p.new_areas[line.area_code] = line.area_title
        area = p.areas.get(line.area_code)
        if area is not None and line.area_title and line.area_title != area.title:
            p.changed_areas[line.area_code] = line.area_title
        comp = p.comps.get(line.code)
        if comp is None:
            p.new.append(CompetencyChange(line.code, line.title))
            continue
        fields = _changed_fields(p, line, comp, descriptors.get(comp.id, {}), links.get(comp.id, {}))
        if fields:
            p.changed.append(CompetencyChange(line.code, line.title, fields))
        else:
            p.unchanged += 1
    p.kept = len(set(p.comps) - {line.code for line in rows})
    wanted = {code for line in rows for code, _d in (line.standards or ())}
    known = set(s.scalars(select(Standard.code).where(Standard.code.in_(wanted), Standard.deleted.is_(False))))
    p.new_standards = sorted(wanted - known)


def _changed_fields(p: Plan, line: CompetencyLine, comp: Competency, levels: dict[int, str],
                    refs: dict[str, str]) -> tuple[str, ...]:
    fields = []
    if line.title != comp.title:
        fields.append("title")
    if "description" in line.present and line.description != comp.description:
        fields.append("description")
    area = p.areas.get(line.area_code)
    if area is None or area.id != comp.area_id:
        fields.append("area")
    parent = p.comps.get(line.parent_code) if line.parent_code else None
    if (line.parent_code and parent is None) or (parent.id if parent else None) != comp.parent_id:
        fields.append("parent")  # a parent the file adds is new, so a change too
    if line.levels is not None:
        fields.extend(f"level {n}" for n, text in sorted(line.levels.items()) if text != levels.get(n, ""))
    if line.standards is not None and dict(line.standards) != refs:
        fields.append("standards")
    return tuple(fields)


def _check_scale(s: Session, p: Plan) -> None:
    scale = p.sheet.scale
    if p.framework is None or not scale:
        return
    current = {lv.level: lv.label for lv in s.scalars(
        select(ProficiencyLevel).join(ProficiencyScale, ProficiencyLevel.scale_id == ProficiencyScale.id)
        .where(ProficiencyScale.framework_id == p.framework_id, ProficiencyLevel.deleted.is_(False)))}
    if {line.level: line.label for line in scale} != current:
        p.warnings.append("The Scale sheet differs from this framework's scale; a scale in use never changes "
                          "meaning, so it was left as it is (make a new version of the framework to change it).")


# --- writing the plan ------------------------------------------------------------------------------
def carry_out(s: Session, p: Plan, starter_scale: dict[str, Any]) -> None:
    """Write the plan in the caller's transaction. Parents are flushed before their children (no ORM
    relationships: SQLite checks each foreign key as the row is written)."""
    if p.framework is None:
        _create_framework(s, p, starter_scale)
    area_ids = {code: area.id for code, area in p.areas.items()}
    order = (s.scalar(select(func.max(CapabilityArea.sort_order))
                      .where(CapabilityArea.framework_id == p.framework_id)) or 0)
    for code, title in p.new_areas.items():
        order += 1
        area_id = _free_id(s, CapabilityArea, stable_id("area", p.framework_id, code))
        s.add(CapabilityArea(id=area_id, framework_id=p.framework_id, code=code, title=title, sort_order=order))
        area_ids[code] = area_id
    for code, title in p.changed_areas.items():
        apply_changes(p.areas[code], {"title": title})
    s.flush()
    standard_ids = _standards(s, p)
    comp_ids = {code: c.id for code, c in p.comps.items()}
    lines = {line.code: line for line in p.sheet.rows}
    new_codes = [change.code for change in p.new]
    sort_next = _sort_counters(s, p)
    depths = {code: _depth(p.final_parent, code) for code in new_codes}
    taken = _taken_ids(s, Competency, [stable_id("competency", p.framework_id, code) for code in new_codes])
    level = 0
    for code in sorted(new_codes, key=lambda c: depths[c]):  # stable: file order within a depth
        if depths[code] != level:
            s.flush()  # the parents of the next depth are written before their children
            level = depths[code]
        line = lines[code]
        cid = stable_id("competency", p.framework_id, code)
        cid = new_id() if cid in taken else cid
        sibling_key = line.parent_code or f"area:{line.area_code}"
        sort_next[sibling_key] = sort_next.get(sibling_key, 0) + 1
        s.add(Competency(id=cid, framework_id=p.framework_id, area_id=area_ids[line.area_code],
                         parent_id=comp_ids[line.parent_code] if line.parent_code else None, code=code,
                         title=line.title, description=line.description, sort_order=sort_next[sibling_key]))
        comp_ids[code] = cid
    for change in p.changed:
        line, comp = lines[change.code], p.comps[change.code]
        values: dict[str, Any] = {"title": line.title, "area_id": area_ids[line.area_code],
                                  "parent_id": comp_ids[line.parent_code] if line.parent_code else None}
        if "description" in line.present:
            values["description"] = line.description
        apply_changes(comp, values)
    s.flush()
    touched = [comp_ids[line.code] for line in p.sheet.rows if line.levels is not None or line.standards is not None]
    descriptors = {(d.competency_id, d.level): d for d in _in_chunks(s, LevelDescriptor,
                                                                      LevelDescriptor.competency_id, touched)}
    links: dict[str, dict[str, CompetencyStandard]] = {}
    for link in _in_chunks(s, CompetencyStandard, CompetencyStandard.competency_id, touched):
        links.setdefault(link.competency_id, {})[link.standard_id] = link
    with s.no_autoflush:  # everything needed is loaded: no flush per lookup (25 s for 2 000 rows before)
        for line in p.sheet.rows:
            cid = comp_ids[line.code]
            if line.levels is not None:
                _write_levels(s, cid, line.levels, descriptors)
            if line.standards is not None:
                _write_links(s, cid, line.standards, standard_ids, links.get(cid, {}))


def _create_framework(s: Session, p: Plan, starter_scale: dict[str, Any]) -> None:
    info = p.info
    s.add(Framework(id=p.framework_id, code=info.code, name=info.name, version=info.version,
                    status=FrameworkStatus.ACTIVE.value, source=info.source or f"imported from {p.sheet.file}"))
    s.flush()
    scale_id = _free_id(s, ProficiencyScale, stable_id("scale", p.framework_id, starter_scale["code"]))
    s.add(ProficiencyScale(id=scale_id, framework_id=p.framework_id, code=starter_scale["code"],
                           name=starter_scale["name"]))
    s.flush()
    levels = p.sheet.scale or tuple(starter_scale["levels"])
    for lv in levels:
        level, label, description, proficient = (
            (lv.level, lv.label, lv.description, lv.proficient) if not isinstance(lv, dict)
            else (lv["level"], lv["label"], lv.get("description", ""), bool(lv.get("proficient"))))
        s.add(ProficiencyLevel(id=natural_id(ProficiencyLevel, scale_id, level), scale_id=scale_id, level=level,
                               label=label, description=description, proficient=proficient))


def _taken_ids(s: Session, model: type[Any], ids: list[str]) -> set[str]:
    """Which of `ids` some row (a tombstone, or a competency since recoded) already holds."""
    taken: set[str] = set()
    for start in range(0, len(ids), 500):
        taken.update(s.scalars(select(model.id).where(model.id.in_(ids[start:start + 500]))))
    return taken


def _free_id(s: Session, model: type[Any], wanted: str) -> str:
    """The deterministic id, unless a row (say a tombstone, or a competency since recoded) holds it."""
    return wanted if s.get(model, wanted) is None else new_id()


def _standards(s: Session, p: Plan) -> dict[str, str]:
    wanted = {code for line in p.sheet.rows for code, _d in (line.standards or ())}
    ids: dict[str, str] = {}
    for st in s.scalars(select(Standard).where(Standard.code.in_(wanted), Standard.deleted.is_(False))):
        ids.setdefault(st.code, st.id)
    for code in sorted(wanted - set(ids)):
        sid = stable_id("standard", code)
        row = s.get(Standard, sid)
        if row is None:
            s.add(Standard(id=sid, code=code, title=code, body=StandardBody.OTHER.value,
                           detail=f"added by the import of {p.sheet.file}"))
        else:
            row.deleted = False
        ids[code] = sid
    s.flush()
    return ids


def _sort_counters(s: Session, p: Plan) -> dict[str, int]:
    counters: dict[str, int] = {}
    by_id = {c.id: code for code, c in p.comps.items()}
    area_code = {a.id: code for code, a in p.areas.items()}
    for c in p.comps.values():
        key = by_id.get(c.parent_id or "", "") or f"area:{area_code.get(c.area_id, '')}"
        counters[key] = max(counters.get(key, 0), c.sort_order)
    return counters


def _depth(parents: dict[str, str], code: str) -> int:
    depth = 0
    while parents.get(code) and depth <= len(parents):
        code = parents[code]
        depth += 1
    return depth


def _in_chunks(s: Session, model: type[Any], column: Any, values: list[str]) -> list[Any]:
    rows: list[Any] = []
    for start in range(0, len(values), 500):
        rows.extend(s.scalars(select(model).where(column.in_(values[start:start + 500]))))
    return rows


def _write_levels(s: Session, competency_id: str, levels: dict[int, str],
                  existing: dict[tuple[str, int], LevelDescriptor]) -> None:
    for level in LEVELS:
        if level not in levels:
            continue
        text = levels[level]
        row = existing.get((competency_id, level))
        if row is None:
            if text:
                s.add(LevelDescriptor(id=natural_id(LevelDescriptor, competency_id, level),
                                      competency_id=competency_id, level=level, text=text))
        elif row.deleted:
            if text:
                apply_changes(row, {"text": text, "deleted": False})
        else:
            apply_changes(row, {"text": text})


def _write_links(s: Session, competency_id: str, refs: tuple[tuple[str, str], ...], standard_ids: dict[str, str],
                 existing: dict[str, CompetencyStandard]) -> None:
    wanted = {standard_ids[code]: detail for code, detail in refs}
    for sid, detail in wanted.items():
        link = existing.get(sid)
        if link is None:
            s.add(CompetencyStandard(id=natural_id(CompetencyStandard, competency_id, sid),
                                     competency_id=competency_id, standard_id=sid, detail=detail))
        else:
            apply_changes(link, {"detail": detail, "deleted": False})
    for sid, link in existing.items():
        if sid not in wanted and not link.deleted:
            link.deleted = True
