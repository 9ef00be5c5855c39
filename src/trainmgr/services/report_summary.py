"""The programme summary and the disaggregated statistics: the Progress page's figures, printed.

Every number is a field of the analytics service's records (`AnalyticsService.dashboard` under the
report's filter): trainees trained by sex, unit and rank, the completion funnel, attendance per
cohort, unit capability (baseline, latest, required, gap closure) and pre/post scores. Nothing is
recomputed here; with suppression on, counts from 1 to 4 are left blank (`ReportContext.count`).
The summary carries native Excel charts beside its tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainmgr.db.engine import Database
from trainmgr.domain.analytics_records import (
    BY_RANK,
    BY_SEX,
    BY_UNIT,
    FUNNEL_STAGES,
    AnalyticsFilter,
    Dashboard,
    TrainedFigure,
)
from trainmgr.domain.enums import Sex
from trainmgr.exchange.excel.reports.cells import CellKind, Col
from trainmgr.exchange.excel.reports.charts import bar_chart
from trainmgr.services.analytics import AnalyticsService
from trainmgr.services.report_context import SMALL_CELL, ReportContext

SEXES = (Sex.FEMALE.value, Sex.MALE.value, Sex.NOT_RECORDED.value)


def report_filter(ctx: ReportContext) -> AnalyticsFilter:
    r = ctx.request
    return AnalyticsFilter(programme_id=ctx.programme_id, unit_id=r.unit_id, cohort_id=r.cohort_id)


def _dashboard(ctx: ReportContext, db: Database) -> Dashboard:
    return AnalyticsService(db).dashboard(report_filter(ctx), progress=ctx.progress, cancel=ctx.cancel)


def _chart_anchor(columns: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(columns + 2)}5"


def build_summary(ctx: ReportContext, db: Database) -> None:
    d = _dashboard(ctx, db)
    t, lang = ctx.t, ctx.lang
    stages = {s.stage: s for s in d.funnel.stages}
    sexes = d.trained.totals(BY_SEX)
    pairs: list[tuple[str, Any]] = [(t("key.trained"), ctx.count(d.trained.total))]
    pairs += [(t("key.trained_sex", sex=lang.value("sex", sex)), ctx.count(sexes.get(sex, 0))) for sex in SEXES]
    pairs += [(t(f"key.{key}"), ctx.count(stages[stage].count) if stage in stages else None)
              for key, stage in (("nominated", "nominated"), ("enrolled", "enrolled"), ("passed", "passed"),
                                 ("followed_up", "followed_up"))]
    pairs += [(t("key.cohorts"), len(d.attendance.cohorts)),
              (t("key.attendance"), d.attendance.total.rate),
              (t("key.units_assessed"), d.capability.units_assessed),
              (t("key.competencies"), len(d.capability.rows))]
    kinds = [CellKind.INT] * (len(pairs) - 3) + [CellKind.PERCENT, CellKind.INT, CellKind.INT]
    ctx.book.key_values(t("sheet.key_figures"), t("key.title"), pairs, widths=(40, 16), kinds=kinds)
    ctx.step(1, 6, "Trainees trained")
    for dimension, sheet in ((BY_SEX, "sheet.by_sex"), (BY_UNIT, "sheet.by_unit"), (BY_RANK, "sheet.by_rank")):
        _trained_sheet(ctx, d.trained, dimension, t(sheet))
    ctx.step(2, 6, "Completion funnel")
    _funnel_sheet(ctx, d)
    ctx.step(3, 6, "Attendance")
    _attendance_sheet(ctx, d)
    ctx.step(4, 6, "Capability")
    _capability_sheet(ctx, d)
    ctx.step(5, 6, "Scores")
    _scores_sheet(ctx, d)


def _group_label(ctx: ReportContext, dimension: str, key: str | None, label: str) -> str:
    if dimension == BY_SEX:
        return ctx.lang.value("sex", key)
    return label if key is not None else ctx.t("not_recorded")


def _trained_sheet(ctx: ReportContext, figure: TrainedFigure, dimension: str, sheet: str) -> None:
    t = ctx.t
    labels = {p.key: _group_label(ctx, dimension, p.key, p.label) for p in figure.points if p.dimension == dimension}
    totals = figure.totals(dimension)
    order = SEXES if dimension == BY_SEX else sorted(totals, key=lambda k: labels.get(k, "").casefold())
    rows = [[labels.get(key) or _group_label(ctx, dimension, key, ""), ctx.count(totals.get(key, 0))]
            for key in order]
    columns = [Col(t("col.group"), CellKind.TEXT, 34), Col(t("col.trained"), CellKind.INT, 12)]
    ctx.rows += len(rows)
    title = t("trained.title", dimension=t(f"dim.{dimension}"))
    ctx.book.table(sheet, title, ctx.subtitle(), columns, rows, row_count=len(rows),
                   totals=[t("total"), ctx.count(figure.total)],
                   after=lambda ws, ref: bar_chart(ws, ref, 1, [2], title, t("chart.count"), _chart_anchor(2),
                                                   horizontal=dimension != BY_SEX))


def _funnel_sheet(ctx: ReportContext, d: Dashboard) -> None:
    t, lang = ctx.t, ctx.lang
    columns = [Col(t("col.stage"), CellKind.TEXT, 24), Col(t("col.count"), CellKind.INT, 10),
               *(Col(lang.value("sex", sex).capitalize(), CellKind.INT, 12) for sex in SEXES)]
    stages = {s.stage: s for s in d.funnel.stages}
    rows = [[t(f"stage.{key}"), ctx.count(s.count), ctx.count(s.female), ctx.count(s.male),
             ctx.count(s.not_recorded)] for key in FUNNEL_STAGES if (s := stages.get(key)) is not None]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.funnel"), t("funnel.title"), ctx.subtitle(), columns, rows, row_count=len(rows),
                   after=lambda ws, ref: bar_chart(ws, ref, 1, [3, 4, 5], t("funnel.title"), t("chart.count"),
                                                   _chart_anchor(len(columns))))


def _attendance_sheet(ctx: ReportContext, d: Dashboard) -> None:
    t = ctx.t
    columns = [Col(t("col.cohort"), CellKind.TEXT, 30), Col(t("col.start"), CellKind.DATE, 13),
               Col(t("col.held"), CellKind.INT, 10), Col(t("col.cancelled"), CellKind.INT, 10),
               Col(t("col.attended"), CellKind.INT, 10), Col(t("col.absent"), CellKind.INT, 10),
               Col(t("col.expected"), CellKind.INT, 11), Col(t("col.rate"), CellKind.PERCENT, 11)]
    rows = [[c.cohort_name, c.start_date, c.held_sessions, c.cancelled_sessions, c.tally.attended, c.tally.absent,
             c.tally.counted, c.tally.rate] for c in d.attendance.cohorts]
    total = d.attendance.total
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.attendance"), t("attendance.title"), ctx.subtitle(), columns, rows, row_count=len(rows),
                   totals=[t("total"), None, None, None, total.attended, total.absent, total.counted, total.rate],
                   after=lambda ws, ref: bar_chart(ws, ref, 1, [8], t("chart.rate"), t("chart.rate"),
                                                   _chart_anchor(len(columns)), percent=True))


def _capability_sheet(ctx: ReportContext, d: Dashboard) -> None:
    t = ctx.t
    columns = [Col(t("col.competency_code"), CellKind.CODE, 10), Col(t("col.competency"), CellKind.TEXT, 36),
               Col(t("col.area"), CellKind.TEXT, 26), Col(t("col.units"), CellKind.INT, 8),
               Col(t("col.baseline"), CellKind.DECIMAL, 10), Col(t("col.latest"), CellKind.DECIMAL, 10),
               Col(t("col.required"), CellKind.DECIMAL, 10), Col(t("col.baseline_gap"), CellKind.DECIMAL, 10),
               Col(t("col.latest_gap"), CellKind.DECIMAL, 10), Col(t("col.closure"), CellKind.PERCENT, 10)]
    rows = [[r.code, r.title, r.area_title, r.units, r.baseline_level, r.latest_level, r.required_level,
             r.baseline_gap, r.latest_gap, None if r.gap_closure is None else 100.0 * r.gap_closure]
            for r in d.capability.rows]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.capability"), t("capability.title"), ctx.subtitle(), columns, rows, row_count=len(rows),
                   after=lambda ws, ref: bar_chart(ws, ref, 1, [5, 6, 7], t("capability.title"), t("chart.levels"),
                                                   _chart_anchor(len(columns)), horizontal=True))


def _scores_sheet(ctx: ReportContext, d: Dashboard) -> None:
    t = ctx.t
    columns = [Col(t("col.competency_code"), CellKind.CODE, 10), Col(t("col.competency"), CellKind.TEXT, 34),
               Col(t("col.n_pre"), CellKind.INT, 9), Col(t("col.n_post"), CellKind.INT, 9),
               Col(t("col.n_paired"), CellKind.INT, 9), Col(t("col.pre_mean"), CellKind.PERCENT, 10),
               Col(t("col.post_mean"), CellKind.PERCENT, 10), Col(t("col.gain"), CellKind.DECIMAL, 11),
               Col(t("col.norm_gain"), CellKind.DECIMAL, 11), Col(t("col.reliable"), CellKind.TEXT, 12)]
    rows = [[g.code or t("score.overall"), g.title, ctx.count(g.n_pre), ctx.count(g.n_post), ctx.count(g.n_paired),
             g.pre_mean_pct, g.post_mean_pct, g.raw_gain_pct, g.normalised_gain,
             t("no") if g.too_small else t("yes")] for g in d.scores.gains]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.scores"), t("scores.title"), ctx.subtitle(), columns, rows, row_count=len(rows),
                   after=lambda ws, ref: bar_chart(ws, ref, 1, [6, 7], t("scores.title"), t("chart.score"),
                                                   _chart_anchor(len(columns)), percent=True))


# --- statistics ------------------------------------------------------------------------------------
def build_statistics(ctx: ReportContext, db: Database) -> None:
    """Trainees trained, sex × unit × rank: the long table (one row per cell) and the unit × rank table
    with one column per sex. With suppression on, a row total is blank when exactly one of its cells
    is, since the total would give that cell back by subtraction."""
    figure = AnalyticsService(db).trained(report_filter(ctx))
    t, lang = ctx.t, ctx.lang
    note = t("stats.suppressed", n=SMALL_CELL - 1) if ctx.request.suppress_small else None
    ctx.step(1, 3, "Statistics")
    long_columns = [Col(t("col.unit"), CellKind.TEXT, 30), Col(t("col.rank"), CellKind.TEXT, 22),
                    Col(t("col.sex"), CellKind.TEXT, 14), Col(t("col.trained"), CellKind.INT, 10)]
    long_rows = [[c.unit_name or t("not_recorded"), c.rank_name or t("not_recorded"), lang.value("sex", c.sex),
                  ctx.count(c.count)] for c in figure.cells]
    ctx.rows += len(long_rows)
    ctx.book.table(t("sheet.stats_cells"), t("stats.title"), ctx.subtitle(note), long_columns, long_rows,
                   row_count=len(long_rows))
    ctx.step(2, 3, "Statistics")
    groups: dict[tuple[str, str], dict[str, int]] = {}
    for c in figure.cells:
        key = (c.unit_name or t("not_recorded"), c.rank_name or t("not_recorded"))
        groups.setdefault(key, {})[c.sex] = c.count
    columns = [Col(t("col.unit"), CellKind.TEXT, 30), Col(t("col.rank"), CellKind.TEXT, 22),
               *(Col(lang.value("sex", sex).capitalize(), CellKind.INT, 12) for sex in SEXES),
               Col(t("total"), CellKind.INT, 10)]
    rows = [[unit, rank, *_cells_and_total(ctx, [counts.get(sex, 0) for sex in SEXES])]
            for (unit, rank), counts in sorted(groups.items(), key=lambda kv: (kv[0][0].casefold(),
                                                                               kv[0][1].casefold()))]
    ctx.rows += len(rows)
    ctx.book.table(t("sheet.stats_table"), t("stats.table_title"), ctx.subtitle(note), columns, rows,
                   row_count=len(rows))


def _cells_and_total(ctx: ReportContext, counts: Sequence[int]) -> list[int | None]:
    shown = [ctx.count(c) for c in counts]
    hidden = sum(1 for c, s in zip(counts, shown, strict=True) if s is None and c)
    total = None if hidden == 1 else ctx.count(sum(counts))
    return [*shown, total]
