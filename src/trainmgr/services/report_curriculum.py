"""The curriculum outline: modules (order, hours, delivery mode, prerequisites), their learning
objectives, and the competencies they target with the international standards each aligns with.

Scope: a cohort's curriculum, or every curriculum of the programme that is not retired (all of
them when every one is retired). Everything comes from `CurriculumService.get` and, for a
competency's own standard references, `FrameworkService.competency` (the Framework page).
"""

from __future__ import annotations

from typing import Any

from trainmgr.db.engine import Database
from trainmgr.domain.assessment_records import CurriculumDetail
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.services.cohorts import CohortService
from trainmgr.services.curricula import CurriculumService
from trainmgr.services.frameworks import FrameworkService
from trainmgr.services.report_context import ReportContext


def build_curriculum(ctx: ReportContext, db: Database) -> None:
    curricula, frameworks = CurriculumService(db), FrameworkService(db)
    if ctx.request.cohort_id:
        curriculum_id = CohortService(db).get(ctx.request.cohort_id).curriculum_id
        ids = [curriculum_id] if curriculum_id else []
    else:
        rows = curricula.list(ctx.programme_id)
        ids = [c.id for c in rows if c.status != "retired"] or [c.id for c in rows]
    details = []
    for done, cid in enumerate(ids, start=1):
        ctx.step(done, len(ids) + 1, "Reading the curricula")
        details.append(curricula.get(cid))
    title = details[0].curriculum.name if len(details) == 1 else ctx.scope_text
    _modules(ctx, title, details)
    _objectives(ctx, details)
    _alignment(ctx, details, frameworks)


def _curriculum_label(d: CurriculumDetail) -> str:
    return f"{d.curriculum.name} v{d.curriculum.version}"


def _modules(ctx: ReportContext, title: str, details: list[CurriculumDetail]) -> None:
    t, lang = ctx.t, ctx.lang
    columns = [Col(t("col.curriculum"), CellKind.TEXT, 22), Col(t("col.status"), CellKind.TEXT, 10),
               Col(t("col.order"), CellKind.INT, 6), Col(t("col.module_code"), CellKind.CODE, 11),
               Col(t("col.module"), CellKind.TEXT, 34), Col(t("col.hours"), CellKind.DECIMAL, 8),
               Col(t("col.mode"), CellKind.TEXT, 18), Col(t("col.prerequisites"), CellKind.TEXT, 18),
               Col(t("col.objectives"), CellKind.INT, 10), Col(t("col.competency"), CellKind.TEXT, 30),
               Col(t("col.standards"), CellKind.TEXT, 30)]
    rows: list[list[Any]] = []
    for d in details:
        codes = {m.id: m.code or m.title for m in d.modules}
        for number, m in enumerate(d.modules, start=1):
            rows.append([_curriculum_label(d), lang.value("cstatus", d.curriculum.status), number, m.code, m.title,
                         m.hours, lang.value("mode", m.delivery_mode),
                         ", ".join(codes.get(p, "") for p in m.prerequisite_ids),
                         len(m.objectives), ", ".join(x.code for x in m.targets),
                         ", ".join(s.code for s in m.standards)])
    ctx.rows += len(rows)
    hours = sum(d.curriculum.hours for d in details)
    totals = [t("total"), None, None, None, None, hours, None, None, None, None, None] if rows else None
    ctx.book.table(t("sheet.modules"), t("curriculum.title", name=title), ctx.subtitle(), columns, rows,
                   row_count=len(rows), totals=totals)


def _objectives(ctx: ReportContext, details: list[CurriculumDetail]) -> None:
    t = ctx.t
    columns = [Col(t("col.curriculum"), CellKind.TEXT, 22), Col(t("col.module_code"), CellKind.CODE, 11),
               Col(t("col.module"), CellKind.TEXT, 30), Col(t("col.order"), CellKind.INT, 6),
               Col(t("col.objective"), CellKind.TEXT, 80)]
    rows = [[_curriculum_label(d), m.code, m.title, number, o.text]
            for d in details for m in d.modules for number, o in enumerate(m.objectives, start=1)]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.objectives"), t("objectives.title"), ctx.subtitle(), columns, rows, row_count=len(rows))


def _alignment(ctx: ReportContext, details: list[CurriculumDetail], frameworks: FrameworkService) -> None:
    t = ctx.t
    columns = [Col(t("col.curriculum"), CellKind.TEXT, 22), Col(t("col.module_code"), CellKind.CODE, 11),
               Col(t("col.module"), CellKind.TEXT, 28), Col(t("col.competency_code"), CellKind.CODE, 10),
               Col(t("col.competency"), CellKind.TEXT, 34), Col(t("col.target"), CellKind.INT, 9),
               Col(t("col.standards"), CellKind.TEXT, 60)]
    standards: dict[str, str] = {}
    rows: list[list[Any]] = []
    for d in details:
        for m in d.modules:
            module_refs = [f"{s.code} {s.detail}".strip() for s in m.standards]
            for target in m.targets:
                if target.competency_id not in standards:
                    detail = frameworks.competency(target.competency_id)
                    standards[target.competency_id] = "; ".join(
                        f"{s.code} {s.detail}".strip() for s in detail.standards)
                refs = "; ".join(x for x in (standards[target.competency_id], *module_refs) if x)
                rows.append([_curriculum_label(d), m.code, m.title, target.code, target.title, target.target_level,
                             refs])
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.alignment"), t("alignment.title"), ctx.subtitle(), columns, rows, row_count=len(rows))
