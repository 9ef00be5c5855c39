"""Import and export of competency frameworks as .xlsx workbooks (see
`trainmgr.exchange.excel.framework_workbook` for the layout).

An import is always previewed first: the file is read with the hardened reader, checked against the
database (duplicate codes, unknown parents and areas, cycles...) and compared with the framework.
Any error means nothing can be applied. `apply` re-reads and re-checks the file inside one write
transaction, changes only the fields that differ (so sync carries exactly the edits) and records an
ImportBatch. Importing the same file again changes nothing, and records nothing.

Which framework a file goes to: `framework_id`, else the framework with the code and version of the
file's Framework sheet (or, without one, of its file name), else a new framework with those.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainmgr.db.base import utcnow
from trainmgr.db.engine import Database
from trainmgr.db.models import (
    CapabilityArea,
    Competency,
    CompetencyStandard,
    Framework,
    ImportBatch,
    LevelDescriptor,
    ProficiencyLevel,
    ProficiencyScale,
    Standard,
)
from trainmgr.errors import NotFoundError, ValidationError
from trainmgr.exchange.excel.columns import SheetError
from trainmgr.exchange.excel.framework_workbook import (
    CompetencyLine,
    FrameworkInfo,
    FrameworkSheet,
    ScaleLine,
    read_framework,
    write_framework,
)
from trainmgr.services.common import WorkbookImportError, get_live, live
from trainmgr.services.framework_import_plan import CompetencyChange, Plan, carry_out, plan
from trainmgr.services.frameworks import load_starter_document
from trainmgr.services.permissions import Permission, require
from trainmgr.services.tasks import NEVER, CancelToken, ProgressFn, no_progress

__all__ = ["CompetencyChange", "FrameworkExport", "FrameworkIOService", "FrameworkImportError",
           "FrameworkImportPreview"]


@dataclass(frozen=True)
class FrameworkImportPreview:
    """What an import does (or did, when `applied`). `errors` non-empty: nothing can be applied."""

    file_name: str
    sha256: str
    framework_id: str  # the framework updated, or the id the new one gets
    framework_code: str
    framework_name: str
    framework_version: str
    new_framework: bool
    new: tuple[CompetencyChange, ...] = ()
    changed: tuple[CompetencyChange, ...] = ()
    unchanged: int = 0
    kept: int = 0  # competencies of the framework the file does not list: left as they are
    new_areas: tuple[str, ...] = ()
    changed_areas: tuple[str, ...] = ()
    new_standards: tuple[str, ...] = ()
    errors: tuple[SheetError, ...] = ()
    warnings: tuple[str, ...] = ()
    applied: bool = False

    @property
    def can_apply(self) -> bool:
        return not self.errors

    @property
    def has_changes(self) -> bool:
        return bool(self.new_framework or self.new or self.changed or self.new_areas or self.changed_areas)

    def error_lines(self) -> list[str]:
        return [str(e) for e in self.errors]

    def summary(self) -> str:
        what = "new framework" if self.new_framework else "framework"
        return (f"{what} {self.framework_code} {self.framework_version} ({self.framework_name}): "
                f"{len(self.new)} new, {len(self.changed)} changed, {self.unchanged} unchanged competencies; "
                f"{len(self.new_areas)} new area(s), {len(self.new_standards)} new standard(s)")


class FrameworkImportError(WorkbookImportError):
    """The file has errors; nothing was changed. `preview.errors` lists them."""


@dataclass(frozen=True)
class FrameworkExport:
    path: str
    framework_code: str
    framework_version: str
    competencies: int


class FrameworkIOService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- export --------------------------------------------------------------------------------
    def find(self, code: str) -> str:
        """The id of the live framework `code` (or "CODE@VERSION" when several versions exist)."""
        code, _at, version = code.partition("@")
        with self._db.read() as s:
            query = live(Framework).where(Framework.code == code.strip())
            if version:
                query = query.where(Framework.version == version.strip())
            found = s.scalars(query).all()
        if not found:
            raise NotFoundError(f"No framework with the code {code}{'@' + version if version else ''}.")
        if len(found) > 1:
            versions = ", ".join(f"{f.code}@{f.version}" for f in found)
            raise ValidationError(f"Several versions of {code} exist ({versions}); name one as CODE@VERSION.")
        return found[0].id

    def only_framework(self) -> str:
        """The framework when the database has exactly one; otherwise a message listing them."""
        with self._db.read() as s:
            found = s.scalars(live(Framework).order_by(Framework.code, Framework.version)).all()
        if len(found) == 1:
            return found[0].id
        if not found:
            raise NotFoundError("This database has no framework.")
        names = ", ".join(f"{f.code}@{f.version}" for f in found)
        raise ValidationError(f"This database has several frameworks ({names}); choose one with --framework CODE.")

    def export(self, framework_id: str, path: str | os.PathLike[str], progress: ProgressFn = no_progress,
               cancel: CancelToken = NEVER) -> FrameworkExport:
        """Write the framework to `path` (atomically) in the layout `preview` reads back unchanged."""
        progress(0, 0, "Reading the framework")
        with self._db.read() as s:
            fw = get_live(s, Framework, framework_id, "Framework")
            info = FrameworkInfo(fw.code, fw.name, fw.version, fw.source)
            lines = _framework_lines(s, framework_id)
            scale = [ScaleLine(0, lv.level, lv.label, lv.description, lv.proficient) for lv in s.scalars(
                select(ProficiencyLevel).join(ProficiencyScale, ProficiencyLevel.scale_id == ProficiencyScale.id)
                .where(ProficiencyScale.framework_id == framework_id, ProficiencyLevel.deleted.is_(False))
                .order_by(ProficiencyLevel.level))]
        cancel.check()
        count = write_framework(path, lines, progress, cancel, info=info, scale=scale, total=len(lines))
        return FrameworkExport(str(path), info.code, info.version, count)

    # --- import --------------------------------------------------------------------------------
    def preview(self, path: str | os.PathLike[str], framework_id: str | None = None,
                progress: ProgressFn = no_progress, cancel: CancelToken = NEVER) -> FrameworkImportPreview:
        """What importing `path` would do; changes nothing."""
        path = Path(path)
        sheet = read_framework(path, progress, cancel)
        digest = _sha256(path) if not sheet.errors else ""
        cancel.check()
        progress(0, 0, "Comparing with the framework")
        with self._db.read() as s:
            return _preview(path, digest, _plan(s, sheet, framework_id, path))

    def apply(self, path: str | os.PathLike[str], framework_id: str | None = None,
              progress: ProgressFn = no_progress, cancel: CancelToken = NEVER,
              expected_sha256: str | None = None) -> FrameworkImportPreview:
        """Import `path` in one transaction. Raises FrameworkImportError (nothing changed) when the
        file has errors, or ValidationError when it changed since the preview (`expected_sha256`)."""
        require(self._db, Permission.IMPORT_FRAMEWORK)
        path = Path(path)
        sheet = read_framework(path, progress, cancel)
        digest = _sha256(path) if not sheet.errors else ""
        if expected_sha256 and digest and digest != expected_sha256:
            raise ValidationError(f"{path.name}: the file changed since it was checked; check it again.")
        cancel.check()
        progress(0, 0, "Importing")
        with self._db.write() as s:
            p = _plan(s, sheet, framework_id, path)
            result = _preview(path, digest, p)
            if result.errors:
                raise FrameworkImportError(result)
            if not result.has_changes:
                return result
            cancel.check()  # the last point where cancelling still leaves everything as it was
            carry_out(s, p, load_starter_document()["scale"])
            s.add(ImportBatch(kind="framework", file_name=path.name, sha256=digest, imported_at=utcnow(),
                              rows_new=len(result.new), rows_updated=len(result.changed),
                              rows_unchanged=result.unchanged,
                              summary={"framework_id": p.framework_id, "framework": f"{p.info.code}@{p.info.version}",
                                       "new_framework": result.new_framework, "new_areas": list(result.new_areas),
                                       "changed_areas": list(result.changed_areas),
                                       "new_standards": list(result.new_standards)}))
        return _replace_applied(result)


def _plan(s: Session, sheet: FrameworkSheet, framework_id: str | None, path: Path) -> Plan:
    try:
        return plan(s, sheet, framework_id, path.stem)
    except LookupError as exc:
        raise NotFoundError("Framework not found (it may have been deleted).") from exc


def _preview(path: Path, digest: str, p: Plan) -> FrameworkImportPreview:
    fw = p.framework
    return FrameworkImportPreview(
        file_name=path.name, sha256=digest, framework_id=p.framework_id,
        framework_code=fw.code if fw else p.info.code, framework_name=fw.name if fw else p.info.name,
        framework_version=fw.version if fw else p.info.version, new_framework=fw is None,
        new=tuple(p.new), changed=tuple(p.changed), unchanged=p.unchanged, kept=p.kept,
        new_areas=tuple(p.new_areas), changed_areas=tuple(p.changed_areas), new_standards=tuple(p.new_standards),
        errors=tuple(p.errors), warnings=tuple(p.warnings))


def _replace_applied(preview: FrameworkImportPreview) -> FrameworkImportPreview:
    return replace(preview, applied=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _framework_lines(s: Session, framework_id: str) -> list[CompetencyLine]:
    """Every live competency in tree order (areas, then depth first by sort order and code)."""
    areas = s.scalars(live(CapabilityArea).where(CapabilityArea.framework_id == framework_id)
                      .order_by(CapabilityArea.sort_order, CapabilityArea.code)).all()
    comps = s.scalars(live(Competency).where(Competency.framework_id == framework_id)
                      .order_by(Competency.sort_order, Competency.code)).all()
    ids = [c.id for c in comps]
    levels: dict[str, dict[int, str]] = {}
    refs: dict[str, list[tuple[str, str]]] = {}
    if ids:
        for d in s.scalars(live(LevelDescriptor).where(LevelDescriptor.competency_id.in_(ids))):
            levels.setdefault(d.competency_id, {})[d.level] = d.text
        for link, st in s.execute(select(CompetencyStandard, Standard)
                                  .join(Standard, CompetencyStandard.standard_id == Standard.id)
                                  .where(CompetencyStandard.competency_id.in_(ids),
                                         CompetencyStandard.deleted.is_(False)).order_by(Standard.code)):
            refs.setdefault(link.competency_id, []).append((st.code, link.detail))
    by_id = {c.id: c for c in comps}
    children: dict[str | None, list[Competency]] = {}
    for c in comps:
        children.setdefault(c.parent_id if c.parent_id in by_id else None, []).append(c)
    lines: list[CompetencyLine] = []

    def walk(c: Competency, area: CapabilityArea, parent_code: str) -> None:
        lines.append(CompetencyLine(0, c.code, area.code, c.title, parent_code, area.title, c.description,
                                    levels.get(c.id, {}), tuple(refs.get(c.id, ()))))
        for kid in children.get(c.id, []):
            walk(kid, area, c.code)

    for area in areas:
        for c in children.get(None, []):
            if c.area_id == area.id:
                walk(c, area, "")
    return lines
