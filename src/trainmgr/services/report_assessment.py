"""The needs-assessment matrix of a unit (or of one assessment): competencies × assessments with the
current and required levels and the gap, colour-scaled; the ranked gaps; the assessments themselves.

Figures: levels from `AssessmentService.compare` (the Compare view), gaps from `GapService.ranked` /
`non_trainable` for a unit (the Gaps view: its current assessment) and from the assessment's own
findings when the report is about one assessment.
"""

from __future__ import annotations

from typing import Any

from trainmgr.db.engine import Database
from trainmgr.domain.assessment_records import PRIORITY_WEIGHT, AssessmentRow, GapRow
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.exchange.excel.reports.writer import ColourScale
from trainmgr.services.assessments import AssessmentService
from trainmgr.services.gaps import GapService, rank_key
from trainmgr.services.report_context import PersonalData, ReportContext

LOW_LEVEL, HIGH_LEVEL = 1, 5


def build_assessment(ctx: ReportContext, db: Database) -> None:
    assessments, gaps_service = AssessmentService(db), GapService(db)
    request = ctx.request
    if request.assessment_id:
        chosen = [assessments.get(request.assessment_id)]
        unit_name = chosen[0].unit_name
        gaps = _gaps_of_assessment(assessments, chosen[0])
    else:
        assert request.unit_id is not None
        chosen = assessments.list_for_unit(request.unit_id)
        unit_name = next((a.unit_name for a in chosen), "") or ctx.scope_text
        gaps = sorted(gaps_service.ranked(ctx.programme_id, request.unit_id)
                      + gaps_service.non_trainable(ctx.programme_id, request.unit_id), key=rank_key)
    ctx.step(1, 4, "Assessment matrix")
    _matrix(ctx, assessments, chosen, unit_name)
    ctx.step(2, 4, "Gaps")
    _gaps(ctx, gaps)
    ctx.step(3, 4, "Assessments")
    _assessment_list(ctx, chosen, unit_name)


def _label(ctx: ReportContext, a: AssessmentRow) -> str:
    return f"{ctx.lang.value('akind', a.kind)} {ctx.lang.date_text(a.assessed_on)}"


def _matrix(ctx: ReportContext, service: AssessmentService, chosen: list[AssessmentRow], unit_name: str) -> None:
    t = ctx.t
    # Only assessments against one framework can sit side by side: the latest one's framework.
    framework = chosen[-1].framework_id if chosen else None
    same = [a for a in chosen if a.framework_id == framework]
    comparison = service.compare([a.id for a in same]) if same else None
    columns = [Col(t("col.competency_code"), CellKind.CODE, 10), Col(t("col.area"), CellKind.TEXT, 30),
               Col(t("col.competency"), CellKind.TEXT, 40)]
    ordered = comparison.assessments if comparison else ()
    for a in ordered:
        label = _label(ctx, a)
        columns += [Col(t("matrix.current", label=label), CellKind.INT, 12),
                    Col(t("matrix.required", label=label), CellKind.INT, 12),
                    Col(t("matrix.gap", label=label), CellKind.INT, 10)]
    rows: list[list[Any]] = []
    for r in comparison.rows if comparison else ():
        row: list[Any] = [r.code, r.area_title, r.title]
        for current, required in zip(r.current, r.required, strict=True):
            gap = required - current if current is not None and required is not None else None
            row += [current, required, gap]
        rows.append(row)
    ctx.rows += len(rows)
    scales = []
    for index in range(len(ordered)):
        first = 4 + 3 * index  # levels: red (1) to green (5); gap: green (0) to red (4)
        scales += [ColourScale(first, first + 1, LOW_LEVEL, HIGH_LEVEL), gap_scale(first + 2)]
    ctx.book.table(t("sheet.matrix"), t("matrix.title", unit=unit_name), ctx.subtitle(t("matrix.legend")),
                   columns, rows, row_count=len(rows), colour_scales=scales)


def gap_scale(column: int) -> ColourScale:
    return ColourScale(column, column, 0, HIGH_LEVEL - LOW_LEVEL, low_colour="63BE7B", high_colour="F8696B")


def _gaps_of_assessment(service: AssessmentService, a: AssessmentRow) -> list[GapRow]:
    """The positive gaps recorded in one assessment, as the Gaps view words them."""
    out = [GapRow(a.unit_id, a.unit_name, a.id, a.kind, a.assessed_on, f.competency_id, f.code, f.title, f.area_id,
                  f.area_title, f.current_level, f.required_level, f.priority, f.confidence, f.trainable,
                  f.non_training_response)
           for f in service.findings(a.id)
           if f.gap is not None and f.gap > 0 and f.current_level is not None and f.required_level is not None]
    return sorted(out, key=rank_key)


def _gaps(ctx: ReportContext, gaps: list[GapRow]) -> None:
    t, lang = ctx.t, ctx.lang
    columns = [Col(t("col.competency_code"), CellKind.CODE, 10), Col(t("col.competency"), CellKind.TEXT, 40),
               Col(t("col.area"), CellKind.TEXT, 24), Col(t("col.current"), CellKind.INT, 10),
               Col(t("col.required"), CellKind.INT, 10), Col(t("col.gap"), CellKind.INT, 8),
               Col(t("col.priority"), CellKind.TEXT, 10), Col(t("col.score"), CellKind.INT, 10),
               Col(t("col.confidence"), CellKind.TEXT, 10), Col(t("col.trainable"), CellKind.TEXT, 10),
               Col(t("col.response"), CellKind.TEXT, 36)]
    rows = [[g.code, g.title, g.area_title, g.current_level, g.required_level, g.gap,
             lang.value("priority", g.priority), PRIORITY_WEIGHT.get(g.priority, 1) * g.gap,
             lang.value("confidence", g.confidence), t("yes") if g.trainable else t("no"),
             g.non_training_response] for g in gaps]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.gaps"), t("gaps.title"), ctx.subtitle(), columns, rows, row_count=len(rows),
                   colour_scales=[gap_scale(6)])


def _assessment_list(ctx: ReportContext, chosen: list[AssessmentRow], unit_name: str) -> None:
    t, lang = ctx.t, ctx.lang
    full = ctx.level is PersonalData.FULL
    columns = [Col(t("col.date"), CellKind.DATE, 14), Col(t("col.kind"), CellKind.TEXT, 14),
               Col(t("col.title"), CellKind.TEXT, 34), Col(t("col.version"), CellKind.INT, 9),
               Col(t("col.status"), CellKind.TEXT, 12), Col(t("col.findings"), CellKind.INT, 10)]
    if full:  # the assessors and the host signatory are people too
        columns += [Col(t("col.assessors"), CellKind.TEXT, 30), Col(t("col.signed_by"), CellKind.TEXT, 24)]
    rows = []
    for a in chosen:
        row: list[Any] = [a.assessed_on, lang.value("akind", a.kind), a.title, a.version,
                          lang.value("astatus", a.status), a.findings]
        if full:
            row += [a.assessors, a.signed_by]
        rows.append(row)
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.assessments"), t("assessments.title", unit=unit_name), ctx.subtitle(), columns, rows,
                   row_count=len(rows))
